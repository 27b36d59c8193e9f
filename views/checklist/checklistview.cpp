#include "checklistview.h"

#include "cellstyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace DriftDeck {

namespace {
constexpr int ItemRole = Qt::UserRole + 1; // the item's index in m_items (children only)
}

ChecklistCellLook checklistCellLook(const ChecklistCell &cell, const QPalette &palette)
{
    ChecklistCellLook look;
    switch (cell.state) {
    case ChecklistState::Pass:
        look.text = ChecklistView::tr("✓ pass");
        // Green at the lightness the palette's severity colours use, so it reads on dark themes too.
        look.colour = CellColours::isDark(palette) ? QColor::fromHslF(130.0f / 360.0f, 0.55f, 0.62f)
                                                   : QColor::fromHslF(130.0f / 360.0f, 0.70f, 0.30f);
        break;
    case ChecklistState::Fail:
        look.text = ChecklistView::tr("✗ fail");
        look.colour = CellColours::severity(Severity::Critical, palette);
        break;
    case ChecklistState::Unknown:
        look.text = ChecklistView::tr("? unknown");
        look.colour = CellColours::muted(palette);
        break;
    }
    if (cell.manual)
        look.text += u' ' + ChecklistView::tr("(by hand)");
    return look;
}

ChecklistView::ChecklistView(QWidget *parent)
    : QWidget(parent)
{
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("checklistSummary"));
    m_tick = new QPushButton(tr("Tick by Hand…"));
    m_tick->setObjectName(QStringLiteral("tickButton"));
    m_tick->setEnabled(false);
    connect(m_tick, &QPushButton::clicked, this, [this] {
        const ChecklistItem *item = nullptr;
        if (const ChecklistCell *cell = currentCell(&item))
            Q_EMIT tickRequested(item->id, item->title, cell->environment);
    });

    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("checklistTree"));
    m_tree->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_tree->setUniformRowHeights(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setAccessibleName(tr("Parity checklist"));
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ChecklistView::showEvidence);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ChecklistView::showEvidence);

    m_evidence = new QTextBrowser;
    m_evidence->setObjectName(QStringLiteral("checklistEvidence"));
    m_evidence->setAccessibleName(tr("Evidence"));

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_evidence);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_tick);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    rebuild();
}

void ChecklistView::setChecklist(const QList<ChecklistItem> &items, const QStringList &environments)
{
    // Keep the selected cell across refreshes, so reading evidence is not interrupted.
    QString itemId, environment;
    const ChecklistItem *item = nullptr;
    if (const ChecklistCell *cell = currentCell(&item)) {
        itemId = item->id;
        environment = cell->environment;
    }
    m_items = items;
    m_environments = environments;
    rebuild();
    if (!itemId.isEmpty())
        select(itemId, environment);
}

void ChecklistView::setTickEnabled(bool enabled, const QString &why)
{
    m_tickAllowed = enabled;
    m_tick->setToolTip(enabled ? tr("Record a pass or fail for the selected cell, with a note, in the rules file")
                               : why);
    showEvidence();
}

void ChecklistView::rebuild()
{
    m_tree->clear();
    QStringList headers{tr("Item")};
    headers += m_environments;
    m_tree->setColumnCount(int(headers.size()));
    m_tree->setHeaderLabels(headers);
    QTreeWidgetItem *area = nullptr;
    QString areaId;
    QFont bold = m_tree->font();
    bold.setBold(true);
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const ChecklistItem &item = m_items[i];
        if (!area || item.area != areaId) {
            areaId = item.area;
            area = new QTreeWidgetItem(m_tree, {Checklist::areaTitle(item.area)});
            area->setFont(0, bold);
            area->setFlags(Qt::ItemIsEnabled);
            area->setFirstColumnSpanned(true);
        }
        auto *row = new QTreeWidgetItem(area, {item.title});
        row->setData(0, ItemRole, int(i));
        row->setToolTip(0, item.fromData ? item.title : tr("%1 (by hand only)").arg(item.title));
        for (qsizetype c = 0; c < item.cells.size() && c < m_environments.size(); ++c) {
            const ChecklistCellLook look = checklistCellLook(item.cells[c], palette());
            row->setText(int(c) + 1, look.text);
            row->setForeground(int(c) + 1, look.colour);
            row->setToolTip(int(c) + 1, item.cells[c].evidence.join(u'\n'));
        }
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    for (int c = 1; c < m_tree->columnCount(); ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    m_summary->setText(m_items.isEmpty() ? tr("No checklist yet: open a workspace or a snapshot.")
                                         : tr("%1 pass · %2 fail · %3 unknown")
                                               .arg(Checklist::count(m_items, ChecklistState::Pass))
                                               .arg(Checklist::count(m_items, ChecklistState::Fail))
                                               .arg(Checklist::count(m_items, ChecklistState::Unknown)));
    showEvidence();
}

const ChecklistCell *ChecklistView::currentCell(const ChecklistItem **item) const
{
    const QTreeWidgetItem *row = m_tree->currentItem();
    const int column = m_tree->currentColumn();
    if (!row || column < 1)
        return nullptr;
    const QVariant index = row->data(0, ItemRole);
    if (!index.isValid() || index.toInt() < 0 || index.toInt() >= m_items.size())
        return nullptr;
    const ChecklistItem &found = m_items[index.toInt()];
    if (column - 1 >= found.cells.size())
        return nullptr;
    if (item)
        *item = &found;
    return &found.cells[column - 1];
}

void ChecklistView::select(const QString &itemId, const QString &environment)
{
    const int column = int(m_environments.indexOf(environment)) + 1;
    for (int a = 0; a < m_tree->topLevelItemCount(); ++a) {
        QTreeWidgetItem *area = m_tree->topLevelItem(a);
        for (int r = 0; r < area->childCount(); ++r) {
            QTreeWidgetItem *row = area->child(r);
            const int index = row->data(0, ItemRole).toInt();
            if (column > 0 && index >= 0 && index < m_items.size() && m_items[index].id == itemId) {
                m_tree->setCurrentItem(row, column);
                return;
            }
        }
    }
}

QString ChecklistView::evidenceText() const
{
    return m_evidence->toPlainText();
}

void ChecklistView::showEvidence()
{
    const ChecklistItem *item = nullptr;
    const ChecklistCell *cell = currentCell(&item);
    m_tick->setEnabled(cell && m_tickAllowed);
    if (!cell) {
        m_evidence->setPlainText(m_items.isEmpty() ? QString() : tr("Select a cell to see the evidence behind it."));
        return;
    }
    const ChecklistCellLook look = checklistCellLook(*cell, palette());
    QString html = QStringLiteral("<p><b>%1</b> — %2: <span style=\"color:%3\">%4</span></p><ul>")
                       .arg(item->title.toHtmlEscaped(), cell->environment.toHtmlEscaped(), look.colour.name(),
                            look.text.toHtmlEscaped());
    for (const QString &line : cell->evidence)
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_evidence->setHtml(html);
}

void ChecklistView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        setChecklist(m_items, m_environments); // the cell colours follow the palette; the selection stays
}

} // namespace DriftDeck
