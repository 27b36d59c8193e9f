#include "snapshotcompare.h"

#include "snapshotcomparemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace DriftDeck {

SnapshotCompare::SnapshotCompare(QWidget *parent)
    : QWidget(parent)
    , m_model(new SnapshotCompareModel(this))
    , m_filter(new SnapshotCompareFilter(this))
{
    m_filter->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("compareTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("compareNotes"));
    m_notes->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_notes);

    auto *filters = new QHBoxLayout;
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("compareFilterText"));
    m_text->setPlaceholderText(tr("Filter keys…"));
    m_text->setClearButtonEnabled(true);
    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("compareEnvironment"));
    m_environment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("compareKind"));
    m_kind->addItem(tr("All changes"), -1);
    for (int kind = 0; kind < CompareRow::KindCount; ++kind)
        m_kind->addItem(SnapshotCompareModel::kindTitle(CompareRow::Kind(kind)), kind);
    m_showing = new QLabel(this);
    m_showing->setObjectName(QStringLiteral("compareShowing"));
    filters->addWidget(m_text, 1);
    filters->addWidget(m_environment);
    filters->addWidget(m_kind);
    filters->addWidget(m_showing);
    layout->addLayout(filters);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("compareRows"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the model's order until a header is clicked
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->header()->setStretchLastSection(true);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("compareEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);

    connect(m_text, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updateShowing();
    });
    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setEnvironment(m_environment->currentData().toString());
        updateShowing();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setKind(m_kind->currentData().toInt());
        updateShowing();
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const CompareRow &row = m_model->compareRow(m_filter->mapToSource(index).row());
        Q_EMIT keyActivated(row.key, row.environment);
    });
    setDiff(SnapshotDiff(), QString(), QString());
}

void SnapshotCompare::setDiff(const SnapshotDiff &diff, const QString &labelA, const QString &labelB)
{
    using Kind = CompareRow::Kind;
    m_model->setDiff(diff, labelA, labelB);
    m_title->setText(
        tr("%1 → %2").arg(labelA.isEmpty() ? tr("Before") : labelA, labelB.isEmpty() ? tr("After") : labelB));
    QStringList counts;
    for (const Kind kind : {Kind::Added, Kind::Removed, Kind::Changed, Kind::NewDrift, Kind::ResolvedDrift})
        counts.append(tr("%1 %2").arg(SnapshotCompareModel::kindTitle(kind)).arg(m_model->count(kind)));
    if (m_model->count(Kind::NotComparable) > 0)
        counts.append(tr("%1 %2")
                          .arg(SnapshotCompareModel::kindTitle(Kind::NotComparable))
                          .arg(m_model->count(Kind::NotComparable)));
    m_summary->setText(counts.join(QStringLiteral(" · ")));

    QStringList notes;
    if (!diff.environmentsAdded.isEmpty())
        notes.append(tr("Environments only in %1: %2.").arg(labelB, diff.environmentsAdded.join(QStringLiteral(", "))));
    if (!diff.environmentsRemoved.isEmpty())
        notes.append(
            tr("Environments only in %1: %2.").arg(labelA, diff.environmentsRemoved.join(QStringLiteral(", "))));
    if (diff.saltMismatch)
        notes.append(tr("Secrets were fingerprinted with different salts, so whether they changed cannot be told."));
    if (!diff.driftError.isEmpty())
        notes.append(tr("Drift changes are not shown: %1.").arg(diff.driftError));
    m_notes->setText(notes.join(u' '));
    m_notes->setVisible(!notes.isEmpty());

    const QString chosen = m_environment->currentData().toString();
    {
        const QSignalBlocker blocker(m_environment);
        m_environment->clear();
        m_environment->addItem(tr("All environments"), QString());
        // Only environments with something to show: the baseline often has nothing.
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString &name = m_model->compareRow(row).environment;
            if (m_environment->findData(name) < 0)
                m_environment->addItem(name, name);
        }
        m_environment->setCurrentIndex(std::max(0, m_environment->findData(chosen)));
    }
    m_filter->setEnvironment(m_environment->currentData().toString());
    for (int column = 0; column < SnapshotCompareModel::AfterColumn; ++column)
        m_view->resizeColumnToContents(column);
    m_empty->setText(tr("No differences: both hold the same keys, values and drift."));
    updateShowing();
}

void SnapshotCompare::updateShowing()
{
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    m_showing->setText(shown == total ? QString() : tr("Showing %1 of %2").arg(shown).arg(total));
    const bool nothing = total == 0;
    m_view->setVisible(!nothing);
    m_empty->setVisible(nothing);
    for (QWidget *w :
         {static_cast<QWidget *>(m_text), static_cast<QWidget *>(m_environment), static_cast<QWidget *>(m_kind)})
        w->setEnabled(!nothing);
}

QString SnapshotCompare::summaryText() const
{
    return m_summary->text();
}

QString SnapshotCompare::notesText() const
{
    return m_notes->isHidden() ? QString() : m_notes->text();
}

} // namespace DriftDeck
