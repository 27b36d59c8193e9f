#include "matrixdelegate.h"

#include "itemmodels/celltext.h"
#include "itemmodels/matrixmodel.h"
#include "values/value.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace DriftDeck {

namespace {
// Long values that are really identifiers (digests, URLs, paths) say the most at both ends.
Qt::TextElideMode elideModeFor(const QString &text)
{
    return !text.contains(u' ') && (text.contains(u'/') || text.contains(u':')) ? Qt::ElideMiddle : Qt::ElideRight;
}

QString singleLine(QString text)
{
    if (text.contains(u'\n'))
        text.replace(u'\n', QStringLiteral(" ⏎ "));
    return text;
}
} // namespace

MatrixDelegate::MatrixDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void MatrixDelegate::setNewDrift(const QSet<QString> &cells)
{
    m_newDrift = cells;
}

QString MatrixDelegate::newDriftId(const QString &key, const QString &environment)
{
    return key + u'\n' + environment;
}

bool MatrixDelegate::isNewDrift(const QModelIndex &index) const
{
    if (m_newDrift.isEmpty() || index.data(MatrixModel::IsGroupRole).toBool())
        return false;
    const QString key = index.data(MatrixModel::KeyRole).toString();
    if (index.column() > 0)
        return m_newDrift.contains(newDriftId(key, index.data(MatrixModel::EnvironmentRole).toString()));
    // The key column is marked when any of its cells is.
    const QAbstractItemModel *model = index.model();
    for (int column = 1; column < model->columnCount(index.parent()); ++column) {
        const QString environment = index.siblingAtColumn(column).data(MatrixModel::EnvironmentRole).toString();
        if (m_newDrift.contains(newDriftId(key, environment)))
            return true;
    }
    return false;
}

CellInput MatrixDelegate::cellInput(const QModelIndex &index)
{
    // Fast path for the matrix behind its proxy: read the verdict straight from the result
    // instead of boxing six roles in QVariants; this is most of a repaint's cost.
    if (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(index.model())) {
        if (const auto *matrix = qobject_cast<const MatrixModel *>(proxy->sourceModel())) {
            const QModelIndex source = proxy->mapToSource(index);
            const int row = matrix->snapshotRow(source);
            const int environment = matrix->environmentForColumn(source.column());
            if (row >= 0 && environment >= 0) {
                const Entry *entry = matrix->snapshot()->entry(row, environment);
                CellInput cell;
                cell.stale = entry && entry->stale;
                cell.hasValue = entry != nullptr;
                if (matrix->hasVerdicts()) {
                    const DriftResult &result = matrix->driftResult();
                    cell.status = result.status(row, environment);
                    cell.note = result.note(row, environment);
                    cell.severity = result.severity(row);
                }
                return cell;
            }
        }
    }
    CellInput cell;
    const QVariant status = index.data(MatrixModel::StatusRole);
    cell.status = status.isValid() ? DriftStatus(status.toInt()) : DriftStatus::Absent;
    cell.note = CellNote(index.data(MatrixModel::NoteRole).toInt());
    cell.severity = Severity(index.data(MatrixModel::SeverityRole).toInt());
    cell.stale = index.data(MatrixModel::StaleRole).toBool();
    cell.hasValue = index.data(MatrixModel::ValueKindRole).isValid();
    return cell;
}

CellStyle MatrixDelegate::styleFor(const QModelIndex &index, const QPalette &palette)
{
    return computeCellStyle(cellInput(index), palette);
}

const CellStyle &MatrixDelegate::cachedStyle(const CellInput &cell, const QPalette &palette) const
{
    if (palette.cacheKey() != m_paletteKey) {
        m_styles.clear();
        m_paletteKey = palette.cacheKey();
    }
    const quint32 key = quint32(cell.status) | quint32(cell.note) << 8 | quint32(cell.severity) << 16
        | quint32(cell.stale) << 24 | quint32(cell.hasValue) << 25;
    auto it = m_styles.find(key);
    if (it == m_styles.end())
        it = m_styles.insert(key, computeCellStyle(cell, palette));
    return *it;
}

const MatrixDelegate::Fonts &MatrixDelegate::fonts(const QFont &font) const
{
    if (!m_fonts || m_fonts->base != font) {
        Fonts f{font, font, font, font, QFontMetrics(font), QFontMetrics(font)};
        f.italic.setItalic(true);
        f.bold.setBold(true);
        f.small.setPointSizeF(font.pointSizeF() * 0.85);
        f.metrics = QFontMetrics(f.base);
        f.italicMetrics = QFontMetrics(f.italic);
        m_fonts = std::make_unique<Fonts>(std::move(f));
    }
    return *m_fonts;
}

void MatrixDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The matrix's frozen key column lies over the main tree's own first column: painting that
    // one too would cost a sixth of every scroll for pixels nobody sees.
    if (index.column() == 0 && m_coveredKeyColumn && option.widget == m_coveredKeyColumn)
        return;
    if (index.data(MatrixModel::IsGroupRole).toBool())
        paintGroup(painter, option, index);
    else if (index.column() == 0)
        paintKey(painter, option, index);
    else
        paintCell(painter, option, index);
}

void MatrixDelegate::paintGroup(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    painter->fillRect(option.rect, palette.color(selected ? QPalette::Highlight : QPalette::AlternateBase));
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    const QRect textRect = option.rect.adjusted(4, 0, -4, 0);
    QColor textColour = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QString text;
    if (index.column() == 0) {
        text = index.data(Qt::DisplayRole).toString();
    } else if (index.data(MatrixModel::IsBaselineColumnRole).toBool()) {
        text = QStringLiteral("◆");
        textColour = selected ? textColour : CellColours::muted(palette);
    } else {
        const int drift = index.data(MatrixModel::DriftCountRole).toInt();
        if (drift > 0) {
            text = QStringLiteral("≠ ") + QLocale().toString(drift);
            if (!selected)
                textColour = CellColours::severity(Severity(index.data(MatrixModel::SeverityRole).toInt()), palette);
        }
    }
    painter->setPen(textColour);
    const Qt::Alignment alignment = Qt::AlignVCenter | (index.column() == 0 ? Qt::AlignLeft : Qt::AlignRight);
    painter->drawText(textRect, int(alignment), QFontMetrics(font).elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

void MatrixDelegate::paintKey(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    const bool isNew = isNewDrift(index);
    if (isNew)
        opt.font.setBold(true);
    opt.textElideMode = Qt::ElideMiddle;
    QStyledItemDelegate::paint(painter, opt, index);
    if (isNew)
        paintNewMark(painter, option.rect, option.palette);
}

void MatrixDelegate::paintCell(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const CellStyle &style = cachedStyle(cellInput(index), palette);
    const bool selected = option.state & QStyle::State_Selected;
    const QRect rect = option.rect;
    const Fonts &f = fonts(option.font);
    const CellLayout layout = layoutCell(rect, style, f.metrics);

    painter->save();
    if (selected)
        painter->fillRect(rect, palette.color(QPalette::Highlight));
    else if (style.background.isValid())
        painter->fillRect(rect, style.background);
    if (style.hatched && !selected) {
        QColor hatch = style.accent;
        hatch.setAlphaF(0.35f);
        painter->fillRect(rect, QBrush(hatch, Qt::BDiagPattern));
    }
    const QColor accent = selected ? palette.color(QPalette::HighlightedText) : style.accent;
    if (style.severityBar > 0)
        painter->fillRect(layout.bar, accent);
    if (style.border != CellStyle::Border::None) {
        painter->setPen(QPen(accent, 1, style.border == CellStyle::Border::Dashed ? Qt::DashLine : Qt::SolidLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(rect.adjusted(style.severityBar + 1, 1, -2, -2));
    }

    // The text: a mask for secrets, the value, or a placeholder saying why there is none.
    QString text = style.masked ? CellText::secretPlaceholder() : singleLine(index.data(Qt::DisplayRole).toString());
    bool italic = style.italic;
    QColor textColour = selected ? palette.color(QPalette::HighlightedText) : style.text;
    if (text.isEmpty() && !style.placeholder.isEmpty()) {
        text = style.placeholder;
        italic = true;
        if (!selected)
            textColour = CellColours::muted(palette);
    }
    const QFontMetrics &textMetrics = italic ? f.italicMetrics : f.metrics;
    painter->setFont(italic ? f.italic : f.base);
    painter->setPen(textColour);
    // Eliding lays the text out; most values fit, and measuring them is much cheaper.
    const int width = layout.text.width();
    const bool fits
        = qsizetype(textMetrics.maxWidth()) * text.size() <= width || textMetrics.horizontalAdvance(text) <= width;
    const QString elided = fits ? text : textMetrics.elidedText(text, elideModeFor(text), width);
    const int baseline = layout.text.top() + (layout.text.height() - textMetrics.height()) / 2 + textMetrics.ascent();
    painter->drawText(QPoint(layout.text.left(), baseline), elided);
    if (style.dottedUnderline && !elided.isEmpty()) {
        const int y = baseline + 2;
        painter->setPen(QPen(accent, 1, Qt::DotLine));
        painter->drawLine(layout.text.left(), y, layout.text.left() + textMetrics.horizontalAdvance(elided), y);
    }

    if (!style.badge.isEmpty()) {
        painter->setFont(f.small);
        painter->setPen(QPen(accent, 1));
        painter->setBrush(Qt::NoBrush);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->drawRoundedRect(QRectF(layout.badge).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->drawText(layout.badge, Qt::AlignCenter, style.badge);
        painter->setRenderHint(QPainter::Antialiasing, false);
    }

    painter->setFont(style.boldGlyph ? f.bold : f.base);
    painter->setPen(accent);
    painter->drawText(layout.glyph, Qt::AlignCenter, style.glyph);

    if (isNewDrift(index))
        paintNewMark(painter, rect, palette);
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(
            QPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight), 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(rect.adjusted(0, 0, -1, -1));
    }
    painter->restore();
}

void MatrixDelegate::paintNewMark(QPainter *painter, const QRect &rect, const QPalette &palette) const
{
    // A corner triangle: visible in any colour vision, and it does not cover the value.
    const int size = std::min(rect.height() / 2, 9);
    QPainterPath triangle;
    triangle.moveTo(rect.topLeft());
    triangle.lineTo(rect.left() + size, rect.top());
    triangle.lineTo(rect.left(), rect.top() + size);
    triangle.closeSubpath();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillPath(triangle, palette.color(QPalette::Highlight));
    painter->restore();
}

QSize MatrixDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    return size;
}

} // namespace DriftDeck
