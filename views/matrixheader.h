#pragma once

#include <QHeaderView>

namespace DriftDeck {

// The environment columns' header: name, parity and drift count, the baseline marked. A click
// on an environment asks for it to become the baseline; sections can be dragged to reorder and
// hidden from the context menu (the key column stays first and always shown).
class MatrixHeader : public QHeaderView
{
    Q_OBJECT
public:
    explicit MatrixHeader(QWidget *parent = nullptr);

    // The two lines a section shows, exposed for tests.
    QString titleLine(int logicalIndex) const;
    QString detailLine(int logicalIndex) const;
    // The detail line for a narrow column: the drift count without the parity score ("16
    // drifting"), which matters more at a glance; the score stays in the tooltip.
    QString shortDetailLine(int logicalIndex) const;

Q_SIGNALS:
    void baselineRequested(int logicalIndex);

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    bool isBaseline(int logicalIndex) const;
};

} // namespace DriftDeck
