#include "diffview.h"

#include "cellstyle.h"

#include <QEvent>
#include <QFontDatabase>
#include <QTextBlock>
#include <QTextCursor>

namespace DriftDeck {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

DiffColours DiffColours::fromPalette(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    // A dark base needs a stronger tint for the same visible difference.
    const double line = isDark(palette) ? 0.2 : 0.12;
    const double text = isDark(palette) ? 0.6 : 0.42;
    const QColor red(218, 54, 51);
    const QColor green(46, 160, 67);
    DiffColours colours;
    colours.removedLine = CellColours::mix(base, red, line);
    colours.addedLine = CellColours::mix(base, green, line);
    colours.removedText = CellColours::mix(base, red, text);
    colours.addedText = CellColours::mix(base, green, text);
    colours.marker = palette.color(QPalette::PlaceholderText);
    return colours;
}

DiffView::DiffView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setAccessibleName(tr("Differences from the baseline"));
}

void DiffView::setTexts(const QString &baseline, const QString &other)
{
    m_left = LineDiff::splitLines(baseline);
    m_right = LineDiff::splitLines(other);
    m_lines = LineDiff::diffLines(m_left, m_right);
    render();
}

void DiffView::clearDiff()
{
    m_left.clear();
    m_right.clear();
    m_lines.clear();
    render();
}

int DiffView::changeCount() const
{
    int count = 0;
    for (const DiffLine &line : m_lines)
        count += line.kind == DiffLine::Kind::Same ? 0 : 1;
    return count;
}

void DiffView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void DiffView::render()
{
    const DiffColours colours = DiffColours::fromPalette(palette());
    QTextDocument *doc = document();
    doc->clear();
    QTextCursor cursor(doc);
    cursor.beginEditBlock();

    QTextCharFormat markerFormat;
    markerFormat.setForeground(colours.marker);
    bool first = true;
    // One document line: marker, text, and the highlighted character ranges.
    const auto addLine = [&](QChar marker, const QString &text, const QColor &lineColour,
                             const QList<TextRange> &ranges, const QColor &rangeColour) {
        QTextBlockFormat blockFormat;
        if (lineColour.isValid())
            blockFormat.setBackground(lineColour);
        if (first) {
            cursor.setBlockFormat(blockFormat);
            first = false;
        } else {
            cursor.insertBlock(blockFormat);
        }
        cursor.insertText(QString(marker) + u' ', markerFormat);
        int at = 0;
        for (const TextRange &range : ranges) {
            cursor.insertText(text.mid(at, range.start - at), QTextCharFormat());
            QTextCharFormat changed;
            changed.setBackground(rangeColour);
            cursor.insertText(text.mid(range.start, range.length), changed);
            at = range.start + range.length;
        }
        cursor.insertText(text.mid(at), QTextCharFormat());
    };

    const QChar minus(0x2212);
    for (const DiffLine &line : std::as_const(m_lines)) {
        switch (line.kind) {
        case DiffLine::Kind::Same:
            addLine(u' ', m_left[line.left], QColor(), {}, QColor());
            break;
        case DiffLine::Kind::Removed:
            addLine(minus, m_left[line.left], colours.removedLine, {}, QColor());
            break;
        case DiffLine::Kind::Added:
            addLine(u'+', m_right[line.right], colours.addedLine, {}, QColor());
            break;
        case DiffLine::Kind::Changed:
            addLine(minus, m_left[line.left], colours.removedLine, line.leftChanges, colours.removedText);
            addLine(u'+', m_right[line.right], colours.addedLine, line.rightChanges, colours.addedText);
            break;
        }
    }
    cursor.endEditBlock();
    moveCursor(QTextCursor::Start);
}

} // namespace DriftDeck
