#include "matrixheader.h"

#include "cellstyle.h"
#include "itemmodels/matrixmodel.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
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

void MatrixHeader::setModel(QAbstractItemModel *newModel)
{
    if (model())
        disconnect(model(), nullptr, this, nullptr);
    QHeaderView::setModel(newModel);
    if (!newModel)
        return;
    // Queued: the header rebuilds its sections in its own handlers of these signals first.
    connect(newModel, &QAbstractItemModel::modelReset, this, &MatrixHeader::applyCollapsedGroups, Qt::QueuedConnection);
    connect(newModel, &QAbstractItemModel::layoutChanged, this, &MatrixHeader::applyCollapsedGroups,
            Qt::QueuedConnection);
    connect(newModel, &QAbstractItemModel::columnsInserted, this, &MatrixHeader::applyCollapsedGroups,
            Qt::QueuedConnection);
    connect(newModel, &QAbstractItemModel::headerDataChanged, this, &MatrixHeader::applyCollapsedGroups,
            Qt::QueuedConnection);
    applyCollapsedGroups();
}

QString MatrixHeader::groupOf(int logicalIndex) const
{
    if (!model() || logicalIndex <= 0)
        return {};
    return model()->headerData(logicalIndex, Qt::Horizontal, MatrixModel::EnvironmentGroupRole).toString();
}

QStringList MatrixHeader::groups() const
{
    QStringList out;
    for (int visual = 1; visual < count(); ++visual) {
        const QString group = groupOf(logicalIndex(visual));
        if (!group.isEmpty() && !out.contains(group))
            out.append(group);
    }
    return out;
}

QList<int> MatrixHeader::sectionsOf(const QString &group) const
{
    QList<int> out;
    for (int section = 1; section < count(); ++section) {
        if (groupOf(section) == group)
            out.append(section);
    }
    return out;
}

QString MatrixHeader::groupLabel(const QString &group) const
{
    const QString arrow = isGroupCollapsed(group) ? QStringLiteral("▸ ") : QStringLiteral("▾ ");
    return arrow + tr("%1 (%2)").arg(group, QLocale().toString(sectionsOf(group).size()));
}

void MatrixHeader::setGroupCollapsed(const QString &group, bool collapsed)
{
    if (group.isEmpty() || isGroupCollapsed(group) == collapsed)
        return;
    if (collapsed)
        m_collapsed.insert(group);
    else
        m_collapsed.remove(group);
    const QList<int> sections = sectionsOf(group);
    for (int section : sections)
        setSectionHidden(section, collapsed);
    viewport()->update();
    Q_EMIT groupCollapsedChanged(group, collapsed);
}

void MatrixHeader::applyCollapsedGroups()
{
    for (int section = 1; section < count(); ++section) {
        if (m_collapsed.contains(groupOf(section)) && !isSectionHidden(section))
            hideSection(section);
    }
    updateGeometries(); // a band appears or goes with the first or last discovered environment
    viewport()->update();
}

int MatrixHeader::bandHeight() const
{
    return groups().isEmpty() ? 0 : fontMetrics().height() + 6;
}

int MatrixHeader::chipSection(const QString &group) const
{
    int first = count();
    const QList<int> groupSections = sectionsOf(group);
    for (int section : groupSections)
        first = std::min(first, visualIndex(section));
    if (first >= count())
        return -1;
    // The nearest shown environment before the group, else after it (the key column is covered
    // by the frozen key view and cannot carry it).
    for (int visual = first - 1; visual >= 1; --visual) {
        if (!isSectionHidden(logicalIndex(visual)))
            return logicalIndex(visual);
    }
    for (int visual = first + 1; visual < count(); ++visual) {
        const int section = logicalIndex(visual);
        if (!isSectionHidden(section) && groupOf(section) != group)
            return section;
    }
    return -1;
}

QRect MatrixHeader::chipRect(const QString &group, int section) const
{
    // Chips of the collapsed groups that share this section, right-aligned in column order.
    int right = sectionViewportPosition(section) + sectionSize(section) - 3;
    const QStringList all = groups();
    for (qsizetype i = all.size() - 1; i >= 0; --i) {
        if (!isGroupCollapsed(all[i]) || chipSection(all[i]) != section)
            continue;
        const int width = fontMetrics().horizontalAdvance(groupLabel(all[i])) + 12;
        const QRect rect(right - width, 2, width, bandHeight() - 3);
        if (all[i] == group)
            return rect;
        right -= width + 4;
    }
    return {};
}

QRect MatrixHeader::groupToggleRect(const QString &group) const
{
    if (isGroupCollapsed(group)) {
        const int section = chipSection(group);
        return section < 0 ? QRect() : chipRect(group, section);
    }
    for (int visual = 1; visual < count(); ++visual) {
        const int section = logicalIndex(visual);
        if (!isSectionHidden(section) && groupOf(section) == group)
            return QRect(sectionViewportPosition(section), 0, sectionSize(section), bandHeight());
    }
    return {};
}

QString MatrixHeader::groupToggleAt(const QPoint &pos) const
{
    if (pos.y() >= bandHeight())
        return {};
    const QStringList all = groups();
    for (const QString &group : all) {
        if (isGroupCollapsed(group) && groupToggleRect(group).contains(pos))
            return group;
    }
    return groupOf(logicalIndexAt(pos));
}

void MatrixHeader::paintBand(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    const QString group = groupOf(logicalIndex);
    painter->save();
    if (!group.isEmpty()) {
        painter->fillRect(
            rect.adjusted(0, 0, 0, -1),
            CellColours::mix(palette().color(QPalette::Button), palette().color(QPalette::Highlight), 0.25));
        // The label once, on the group's first shown column; the band runs on under the others.
        const int visual = visualIndex(logicalIndex);
        int previous = visual - 1;
        while (previous >= 1 && isSectionHidden(this->logicalIndex(previous)))
            --previous;
        if (previous < 1 || groupOf(this->logicalIndex(previous)) != group) {
            painter->setPen(palette().color(QPalette::ButtonText));
            painter->drawText(rect.adjusted(6, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter,
                              fontMetrics().elidedText(groupLabel(group), Qt::ElideRight, rect.width() - 10));
        }
    }
    for (const QString &collapsed : std::as_const(m_collapsed)) {
        if (chipSection(collapsed) != logicalIndex)
            continue;
        const QRect chip = chipRect(collapsed, logicalIndex)
                               .translated(rect.left() - sectionViewportPosition(logicalIndex), rect.top());
        QPainterPath path;
        path.addRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->fillPath(
            path, CellColours::mix(palette().color(QPalette::Button), palette().color(QPalette::Highlight), 0.25));
        painter->setPen(palette().color(QPalette::Mid));
        painter->drawPath(path);
        painter->setPen(palette().color(QPalette::ButtonText));
        painter->drawText(chip, Qt::AlignCenter, groupLabel(collapsed));
    }
    painter->restore();
}

void MatrixHeader::mousePressEvent(QMouseEvent *event)
{
    const QString group = event->button() == Qt::LeftButton ? groupToggleAt(event->position().toPoint()) : QString();
    if (group.isEmpty()) {
        QHeaderView::mousePressEvent(event);
        return;
    }
    m_bandPressed = true; // neither a baseline click nor the start of a drag
    setGroupCollapsed(group, !isGroupCollapsed(group));
    event->accept();
}

void MatrixHeader::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_bandPressed) {
        m_bandPressed = false;
        event->accept();
        return;
    }
    QHeaderView::mouseReleaseEvent(event);
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

    const int band = bandHeight();
    if (band > 0)
        paintBand(painter, QRect(rect.left(), rect.top(), rect.width(), band), logicalIndex);
    const QRect textRect = rect.adjusted(6, 3 + band, -6, -3);
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
    size.setHeight(std::max(size.height(), QFontMetrics(titleFont).height() + fontMetrics().height() + 8)
                   + bandHeight());
    return size;
}

bool MatrixHeader::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && model()) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const QString group = groupToggleAt(help->pos()); !group.isEmpty()) {
            const int environments = int(sectionsOf(group).size());
            QToolTip::showText(
                help->globalPos(),
                isGroupCollapsed(group)
                    ? tr("%n environment(s) found at refresh. Click to show them.", nullptr, environments)
                    : tr("%n environment(s) found at refresh. Click to collapse them.", nullptr, environments),
                this);
            return true;
        }
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
    if (const QString group = groupOf(clicked); !group.isEmpty()) {
        menu.addAction(tr("Collapse “%1”").arg(group), this, [this, group] { setGroupCollapsed(group, true); });
        menu.addSeparator();
    }
    for (int section = 1; section < count(); ++section) {
        QAction *action = menu.addAction(model()->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!isSectionHidden(section));
        connect(action, &QAction::toggled, this, [this, section](bool shown) {
            if (shown)
                m_collapsed.remove(groupOf(section)); // one of its columns is back: no longer collapsed
            setSectionHidden(section, !shown);
            viewport()->update();
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Show All Environments"), this, [this] {
        const QStringList all = groups();
        for (const QString &group : all)
            setGroupCollapsed(group, false);
        for (int section = 0; section < count(); ++section)
            showSection(section);
    });
    menu.exec(event->globalPos());
}

} // namespace DriftDeck
