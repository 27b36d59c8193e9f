#include "reportcanvas.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <memory>

namespace DriftDeck {

namespace {

const QColor TextColour(0x23, 0x26, 0x27);
const QColor QuietColour(0x6b, 0x72, 0x7a);
const QColor RuleColour(0xc4, 0xc9, 0xcf);
const QColor HeaderFill(0xe8, 0xeb, 0xee);
constexpr qreal HeaderPoints = 8; // font of the running header and footer
constexpr qreal CellPadding = 2.5; // points around a table cell's text

// Lines laid out for one width. Long words without spaces (keys, URLs) break anywhere, so
// nothing runs into the next column.
std::unique_ptr<QTextLayout> layoutText(const QString &text, const QFont &font, qreal width, QPaintDevice *device,
                                        Qt::Alignment alignment = Qt::AlignLeft)
{
    auto layout = std::make_unique<QTextLayout>(text, font, device);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->beginLayout();
    qreal y = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    return layout;
}

qreal layoutHeight(const QTextLayout &layout)
{
    const int count = layout.lineCount();
    return count ? layout.lineAt(count - 1).rect().bottom() : 0;
}

// A struct, not a tr() function: lupdate then files these strings under the context used at run time.
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::ReportWriter)
};

} // namespace

ReportCanvas::ReportCanvas(QPagedPaintDevice *device, QPainter *painter, Header header, int totalPages)
    : m_device(device)
    , m_painter(painter)
    , m_header(std::move(header))
    , m_totalPages(totalPages)
{
    m_scale = device->logicalDpiY() / 72.0;
}

QFont ReportCanvas::font(qreal pointSize, bool bold) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // Metrics as designed, not hinted for a screen: the PDF is printed and zoomed.
    f.setHintingPreference(QFont::PreferNoHinting);
    // Ligatures would turn "config" into "conﬁg" for anyone who searches or copies the text.
    f.setFeature(QFont::Tag("liga"), 0);
    f.setFeature(QFont::Tag("clig"), 0);
    return f;
}

void ReportCanvas::newPage()
{
    if (m_page > 0 && m_painter)
        m_device->newPage();
    ++m_page;
    const QRectF paper = m_device->pageLayout().paintRectPixels(m_device->logicalDpiX()).toRectF();
    const QRectF page(0, 0, paper.width(), paper.height());
    const qreal headerHeight = 22 * m_scale;
    const qreal footerHeight = 18 * m_scale;
    m_content = page.adjusted(0, headerHeight, 0, -footerHeight);
    m_y = m_content.top();
    drawPageFrame();
}

void ReportCanvas::ensureSpace(qreal points)
{
    if (m_page == 0 || remaining() < points * m_scale)
        newPage();
}

void ReportCanvas::drawPageFrame()
{
    if (!m_painter)
        return;
    QPainter &p = *m_painter;
    const qreal top = 0;
    const qreal w = m_content.width();
    const QFont f = font(HeaderPoints);
    const QFontMetricsF metrics(f, m_device);
    p.setFont(f);
    p.setPen(QuietColour);
    const QRectF headerLine(0, top, w, metrics.height());
    const QString detail = metrics.elidedText(m_header.detail, Qt::ElideRight, w * 0.6);
    const qreal detailWidth = metrics.horizontalAdvance(detail);
    p.drawText(headerLine, Qt::AlignRight | Qt::AlignVCenter, detail);
    p.setFont(font(HeaderPoints, true));
    const QFontMetricsF bold(p.font(), m_device);
    p.setPen(TextColour);
    p.drawText(headerLine.adjusted(0, 0, -detailWidth - 8 * m_scale, 0), Qt::AlignLeft | Qt::AlignVCenter,
               bold.elidedText(m_header.title, Qt::ElideRight, w - detailWidth - 8 * m_scale));
    p.setPen(QPen(RuleColour, 0.6 * m_scale));
    const qreal ruleY = headerLine.bottom() + 4 * m_scale;
    p.drawLine(QPointF(0, ruleY), QPointF(w, ruleY));

    const qreal footerY = m_content.bottom() + 18 * m_scale - metrics.height();
    const QRectF footerLine(0, footerY, w, metrics.height());
    p.setFont(f);
    p.setPen(QuietColour);
    const QString pageText = ReportText::tr("Page %1 of %2").arg(m_page).arg(m_totalPages);
    p.drawText(footerLine, Qt::AlignRight | Qt::AlignVCenter, pageText);
    p.drawText(footerLine.adjusted(0, 0, -metrics.horizontalAdvance(pageText) - 8 * m_scale, 0),
               Qt::AlignLeft | Qt::AlignVCenter, m_header.footer);
}

void ReportCanvas::heading(const QString &text, int level)
{
    const qreal size = level == 1 ? 14 : level == 2 ? 11 : 9.5;
    const QFont f = font(size, true);
    if (m_page == 0)
        newPage(); // the width is known once there is a page
    const auto layout = layoutText(text, f, width(), m_device);
    const qreal height = layoutHeight(*layout);
    // Keep a heading with at least a few lines of what follows it.
    const qreal before = (level == 1 ? 10 : 7) * m_scale;
    if (remaining() < before + height + 40 * m_scale)
        newPage();
    else if (m_y > m_content.top())
        m_y += before;
    if (m_painter) {
        m_painter->setPen(TextColour);
        layout->draw(m_painter, QPointF(m_content.left(), m_y));
    }
    m_y += height + 3 * m_scale;
}

void ReportCanvas::paragraph(const QString &text, qreal pointSize, const QColor &colour)
{
    if (m_page == 0)
        newPage();
    const QFont f = font(pointSize);
    const auto layout = layoutText(text, f, width(), m_device);
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        if (remaining() < line.height())
            newPage();
        if (m_painter) {
            m_painter->setPen(colour.isValid() ? colour : TextColour);
            line.draw(m_painter, QPointF(m_content.left(), m_y - line.y()));
        }
        m_y += line.height();
    }
    m_y += 3 * m_scale;
}

QList<qreal> ReportCanvas::columnWidths(const QList<TableColumn> &columns) const
{
    QList<qreal> widths;
    qreal used = 0;
    for (int i = 0; i < columns.size(); ++i) {
        const bool last = i == columns.size() - 1;
        const qreal w = last ? std::max<qreal>(width() - used, 10 * m_scale) : columns[i].width * m_scale;
        widths.append(w);
        used += w;
    }
    return widths;
}

qreal ReportCanvas::rowHeight(const QList<TableColumn> &columns, const TableRow &row, qreal pointSize) const
{
    const QList<qreal> widths = columnWidths(columns);
    const QFontMetricsF metrics(font(pointSize), m_device);
    qreal height = metrics.height();
    for (int i = 0; i < columns.size() && i < row.size(); ++i) {
        if (!columns[i].wrap || row[i].text.isEmpty())
            continue;
        const auto layout
            = layoutText(row[i].text, font(pointSize, row[i].bold), widths[i] - 2 * CellPadding * m_scale, m_device);
        height = std::max(height, layoutHeight(*layout));
    }
    return height / m_scale + 2 * CellPadding;
}

void ReportCanvas::drawRow(const QList<TableColumn> &columns, const TableRow &row, qreal pointSize, qreal height,
                           bool header)
{
    const qreal h = height * m_scale;
    if (m_painter) {
        QPainter &p = *m_painter;
        const QList<qreal> widths = columnWidths(columns);
        const qreal pad = CellPadding * m_scale;
        qreal x = m_content.left();
        for (int i = 0; i < columns.size(); ++i) {
            const QRectF cell(x, m_y, widths[i], h);
            x += widths[i];
            const TableCell content = i < row.size() ? row[i] : TableCell{};
            const QColor fill = header ? HeaderFill : content.background;
            if (fill.isValid())
                p.fillRect(cell, fill);
            if (content.text.isEmpty())
                continue;
            const QFont f = font(pointSize, header || content.bold);
            p.setFont(f);
            p.setPen(content.foreground.isValid() ? content.foreground : TextColour);
            const QRectF inner = cell.adjusted(pad, pad, -pad, -pad);
            if (columns[i].wrap && !header) {
                const auto layout = layoutText(content.text, f, inner.width(), m_device, columns[i].alignment);
                layout->draw(&p, inner.topLeft());
            } else {
                // One line each, elided; header cells may hold a second line ("baseline", parity).
                const QFontMetricsF metrics(f, m_device);
                const QStringList lines = content.text.split(u'\n');
                const qreal lineHeight = metrics.height();
                qreal top = inner.center().y() - lineHeight * lines.size() / 2;
                for (const QString &line : lines) {
                    p.drawText(QRectF(inner.left(), top, inner.width(), lineHeight),
                               int(columns[i].alignment | Qt::AlignVCenter),
                               metrics.elidedText(line, Qt::ElideRight, inner.width()));
                    top += lineHeight;
                }
            }
        }
        p.setPen(QPen(RuleColour, 0.4 * m_scale));
        p.drawLine(QPointF(m_content.left(), m_y + h), QPointF(m_content.right(), m_y + h));
    }
    m_y += h;
}

void ReportCanvas::table(const QList<TableColumn> &columns, int rowCount, const std::function<TableRow(int)> &row,
                         qreal pointSize)
{
    TableRow titles;
    for (const TableColumn &column : columns)
        titles.append({column.title, {}, {}, true});
    const qreal headerHeight = QFontMetricsF(font(pointSize, true), m_device).height() / m_scale + 2 * CellPadding;
    bool headerDrawn = false;
    for (int r = 0; r < rowCount; ++r) {
        const TableRow cells = row(r);
        const qreal height = rowHeight(columns, cells, pointSize);
        if (!headerDrawn || remaining() < height * m_scale) {
            if (m_page == 0 || remaining() < (headerHeight + height) * m_scale)
                newPage();
            drawRow(columns, titles, pointSize, headerHeight, true);
            headerDrawn = true;
        }
        drawRow(columns, cells, pointSize, height, false);
    }
    m_y += 6 * m_scale;
}

} // namespace DriftDeck
