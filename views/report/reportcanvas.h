#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPageLayout>
#include <QRectF>
#include <QString>

#include <functional>

class QPainter;
class QPagedPaintDevice;

namespace DriftDeck {

// One column of a report table. Widths are in points; the last column takes what is left.
struct TableColumn {
    QString title;
    qreal width = 0;
    Qt::Alignment alignment = Qt::AlignLeft;
    bool wrap = true; // wrap long text; otherwise elide to one line
};

struct TableCell {
    TableCell() = default;
    TableCell(QString text, QColor background = {}, QColor foreground = {},
              bool bold = false) // NOLINT(google-explicit-constructor)
        : text(std::move(text))
        , background(background)
        , foreground(foreground)
        , bold(bold)
    {
    }

    QString text;
    QColor background; // invalid: none
    QColor foreground; // invalid: the default text colour
    bool bold = false;
};

using TableRow = QList<TableCell>;

// Lays text and tables out page by page on a QPdfWriter, in points. The layout runs twice: a
// counting pass without a painter, which learns how many pages there are, and the painting pass,
// which can then print "Page n of m". Everything the layout decides depends only on font metrics,
// so both passes break pages at the same places.
class ReportCanvas
{
public:
    struct Header {
        QString title; // left: the workspace
        QString detail; // right: baseline and capture time
        QString footer; // left of the page number
    };

    // painter may be null (counting pass); device gives the page size and font metrics.
    ReportCanvas(QPagedPaintDevice *device, QPainter *painter, Header header, int totalPages);

    int pageCount() const { return m_page; }
    QRectF contentRect() const { return m_content; }
    qreal width() const { return m_content.width(); }
    qreal remaining() const { return m_content.bottom() - m_y; }
    qreal y() const { return m_y; }
    void advance(qreal points) { m_y += points * m_scale; }
    QPainter *painter() const { return m_painter; }
    qreal scale() const { return m_scale; } // device units per point

    void newPage();
    // Starts a new page unless `points` still fit on this one.
    void ensureSpace(qreal points);

    QFont font(qreal pointSize, bool bold = false) const;
    // Wrapped text across the full width; breaks pages between lines of long paragraphs.
    void heading(const QString &text, int level = 1);
    void paragraph(const QString &text, qreal pointSize = 9, const QColor &colour = {});
    // A table whose header row repeats on every page it spans.
    void table(const QList<TableColumn> &columns, int rowCount, const std::function<TableRow(int)> &row,
               qreal pointSize = 8);
    // The height, in points, a table row needs (wrapped cells grow).
    qreal rowHeight(const QList<TableColumn> &columns, const TableRow &row, qreal pointSize) const;

    // Draws one row of cells at the current position and moves below it; fixedHeight in points.
    void drawRow(const QList<TableColumn> &columns, const TableRow &row, qreal pointSize, qreal height, bool header);

private:
    QList<qreal> columnWidths(const QList<TableColumn> &columns) const;
    void drawPageFrame();

    QPagedPaintDevice *m_device;
    QPainter *m_painter;
    Header m_header;
    int m_totalPages;
    int m_page = 0;
    qreal m_scale = 1;
    QRectF m_content;
    qreal m_y = 0;
};

} // namespace DriftDeck
