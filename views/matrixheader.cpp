#include "matrixheader.h"

#include "cellstyle.h"
#include "itemmodels/matrixmodel.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QToolTip>

namespace DriftDeck {

MatrixHeader::MatrixHeader(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsMovable(true);
    setFirstSectionMovable(false);
    setSectionsClickable(true);
    setHighlightSections(false);
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setContextMenuPolicy(Qt::DefaultContextMenu);
    setAccessibleName(tr("Environments"));
    connect(this, &QHeaderView::sectionClicked, this, [this](int logicalIndex) {
        if (logicalIndex > 0 && !isBaseline(logicalIndex))
            Q_EMIT baselineRequested(logicalIndex);
    });
}

bool MatrixHeader::isBaseline(int logicalIndex) const
{
    return model() && model()->headerData(logicalIndex, Qt::Horizontal, MatrixModel::IsBaselineRole).toBool();
}

QString MatrixHeader::titleLine(int logicalIndex) const
{
    if (!model())
        return {};
    const QString name = model()->headerData(logicalIndex, Qt::Horizontal, Qt::DisplayRole).toString();
    return isBaseline(logicalIndex) ? QStringLiteral("◆ ") + name : name;
}

QString MatrixHeader::detailLine(int logicalIndex) const
{
    if (!model() || logicalIndex == 0)
        return {};
    if (isBaseline(logicalIndex))
        return tr("baseline");
    const QVariant parity = model()->headerData(logicalIndex, Qt::Horizontal, MatrixModel::ParityRole);
    if (!parity.isValid())
        return {};
    const int drift = model()->headerData(logicalIndex, Qt::Horizontal, MatrixModel::DriftCellsRole).toInt();
    const QLocale locale;
    const QString score = tr("%1 %").arg(locale.toString(parity.toDouble() * 100, 'f', 1));
    if (drift == 0)
        return tr("%1 · no drift").arg(score);
    // No plural form needed: "12 drifting" reads right for any number.
    return tr("%1 · %2 drifting").arg(score, locale.toString(drift));
}

QString MatrixHeader::shortDetailLine(int logicalIndex) const
{
    if (!model() || logicalIndex == 0 || isBaseline(logicalIndex))
        return detailLine(logicalIndex);
    if (!model()->headerData(logicalIndex, Qt::Horizontal, MatrixModel::ParityRole).isValid())
        return {};
    const int drift = model()->headerData(logicalIndex, Qt::Horizontal, MatrixModel::DriftCellsRole).toInt();
    return drift == 0 ? tr("no drift") : tr("%1 drifting").arg(QLocale().toString(drift));
}

void MatrixHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!rect.isValid())
        return;
    // The style draws the frame and background; the two lines of text are ours.
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.rect = rect;
    option.section = logicalIndex;
    option.text.clear();
    style()->drawControl(QStyle::CE_HeaderSection, &option, painter, this);

    const QRect textRect = rect.adjusted(6, 3, -6, -3);
    const QString title = titleLine(logicalIndex);
    const QString detail = detailLine(logicalIndex);
    QFont titleFont = font();
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    painter->save();
    painter->setFont(titleFont);
    painter->setPen(palette().color(QPalette::ButtonText));
    const int lineHeight = titleMetrics.height();
    const QRect titleRect(textRect.left(), textRect.top(), textRect.width(), lineHeight);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, textRect.width()));
    if (!detail.isEmpty()) {
        painter->setFont(font());
        const bool baseline = isBaseline(logicalIndex);
        const int drift = model()->headerData(logicalIndex, Qt::Horizontal, MatrixModel::DriftCellsRole).toInt();
        QPalette colours = palette();
        colours.setColor(QPalette::Base, palette().color(QPalette::Button));
        colours.setColor(QPalette::Text, palette().color(QPalette::ButtonText));
        painter->setPen(baseline || drift == 0 ? CellColours::muted(colours)
                                               : CellColours::severity(Severity::Warning, colours));
        const QRect detailRect(textRect.left(), titleRect.bottom() + 1, textRect.width(), lineHeight);
        const QString fitting
            = fontMetrics().horizontalAdvance(detail) <= textRect.width() ? detail : shortDetailLine(logicalIndex);
        painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                          fontMetrics().elidedText(fitting, Qt::ElideRight, textRect.width()));
    }
    painter->restore();
}

QSize MatrixHeader::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    QFont titleFont = font();
    titleFont.setBold(true);
    size.setHeight(std::max(size.height(), QFontMetrics(titleFont).height() + fontMetrics().height() + 8));
    return size;
}

bool MatrixHeader::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && model()) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int section = logicalIndexAt(help->pos());
        if (section > 0) {
            QString tip = model()->headerData(section, Qt::Horizontal, Qt::ToolTipRole).toString();
            if (!isBaseline(section))
                tip += u'\n' + tr("Click to compare every environment against this one.");
            QToolTip::showText(help->globalPos(), tip, this);
            return true;
        }
    }
    return QHeaderView::viewportEvent(event);
}

void MatrixHeader::contextMenuEvent(QContextMenuEvent *event)
{
    if (!model())
        return;
    QMenu menu(this);
    const int clicked = logicalIndexAt(event->pos());
    if (clicked > 0 && !isBaseline(clicked)) {
        const QString name = model()->headerData(clicked, Qt::Horizontal, Qt::DisplayRole).toString();
        menu.addAction(tr("Make “%1” the Baseline").arg(name), this,
                       [this, clicked] { Q_EMIT baselineRequested(clicked); });
        menu.addSeparator();
    }
    for (int section = 1; section < count(); ++section) {
        QAction *action = menu.addAction(model()->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!isSectionHidden(section));
        connect(action, &QAction::toggled, this, [this, section](bool shown) { setSectionHidden(section, !shown); });
    }
    menu.addSeparator();
    menu.addAction(tr("Show All Environments"), this, [this] {
        for (int section = 0; section < count(); ++section)
            showSection(section);
    });
    menu.exec(event->globalPos());
}

} // namespace DriftDeck
