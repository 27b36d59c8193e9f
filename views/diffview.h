#pragma once

#include "drift/linediff.h"

#include <QColor>
#include <QPlainTextEdit>

namespace DriftDeck {

// Colours of a diff, derived from the palette so they read on light and dark backgrounds:
// the base colour tinted towards red (baseline side) or green (other side), stronger for the
// characters that changed inside a line.
struct DiffColours {
    QColor removedLine;
    QColor addedLine;
    QColor removedText;
    QColor addedText;
    QColor marker; // the −/+ column

    static DiffColours fromPalette(const QPalette &palette);
};

// A unified line diff of two values: unchanged lines plain, baseline-only lines marked "−",
// other-only lines marked "+", and inside changed lines the differing characters highlighted.
// The markers make changes visible without colour.
class DiffView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit DiffView(QWidget *parent = nullptr);

    void setTexts(const QString &baseline, const QString &other);
    void clearDiff();

    const QList<DiffLine> &diffLines() const { return m_lines; }
    // Lines that differ (removed, added or changed; a changed line counts once).
    int changeCount() const;

    // Text before each line's content, "− ", "+ " or two spaces; positions in the document are
    // shifted by its length.
    static constexpr int MarkerLength = 2;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QStringList m_left;
    QStringList m_right;
    QList<DiffLine> m_lines;
};

} // namespace DriftDeck
