#include "keydrilldown.h"

#include "diffview.h"
#include "itemmodels/flagmetadata.h"
#include "itemmodels/keydetailmodel.h"
#include "metrics/metricchartview.h"
#include "valuehighlighter.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

namespace DriftDeck {

namespace {

enum ValuePage { ValuesPage, SecretPage };
enum Page { EmptyPage, DetailsPage };

// Rows at most this many lines high before the table scrolls.
constexpr int VisibleEnvironmentRows = 8;

// One line per value in a list: line breaks shown as a symbol, the full text below and in tooltips.
QString oneLine(const QString &text)
{
    static const QRegularExpression lineBreak(QStringLiteral("\\s*[\\r\\n]+\\s*"));
    return text.trimmed().replace(lineBreak, QStringLiteral(" ↵ "));
}

class OneLineValues : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        const QVariant value = QIdentityProxyModel::data(index, role);
        if (role == Qt::DisplayRole && index.column() == KeyDetailModel::ValueColumn)
            return oneLine(value.toString());
        return value;
    }
};

QLabel *wrappingLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // values and error texts come from outside
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPlainTextEdit *valueEditor(const QString &objectName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap); // long values scroll sideways
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

// Compact JSON (how structures are displayed in cells) is spread over lines, so the line diff
// has lines to work with.
QString readable(const QString &text, ValueHighlighter::Syntax syntax)
{
    if (syntax != ValueHighlighter::Syntax::Json || text.contains(u'\n'))
        return text;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isNull() ? text : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace

KeyDrillDown::KeyDrillDown(QWidget *parent, KSyntaxHighlighting::Repository *repository)
    : QWidget(parent)
    , m_repository(repository ? repository : ValueHighlighter::sharedRepository())
    , m_model(new KeyDetailModel(this))
{
    buildLayout();
    clear();
}

KeyDrillDown::~KeyDrillDown() = default;

void KeyDrillDown::buildLayout()
{
    m_keyLabel = wrappingLabel(QStringLiteral("keyLabel"), this);
    QFont bold = m_keyLabel->font();
    bold.setBold(true);
    m_keyLabel->setFont(bold);
    m_summaryLabel = wrappingLabel(QStringLiteral("summaryLabel"), this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("environmentTable"));
    m_table->setAccessibleName(tr("Value in every environment"));
    auto *oneLineModel = new OneLineValues(this);
    oneLineModel->setSourceModel(m_model);
    m_table->setModel(oneLineModel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    // Source and note are spelt out below for the compared environment; the table stays narrow.
    m_table->setColumnHidden(KeyDetailModel::SourceColumn, true);
    m_table->setColumnHidden(KeyDetailModel::NoteColumn, true);
    // Names and verdicts are short and sized to fit; the value and the layer share what is left
    // and elide (full text in the tooltip and below), so the dock never scrolls sideways.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(KeyDetailModel::ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(KeyDetailModel::WinningLayerColumn, QHeaderView::Stretch);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setTextElideMode(Qt::ElideMiddle);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.row() != m_baseline)
            setComparedEnvironment(index.row());
    });

    auto *compareLabel = new QLabel(tr("Compare the baseline with:"), this);
    m_compareCombo = new QComboBox(this);
    m_compareCombo->setObjectName(QStringLiteral("compareCombo"));
    m_compareCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    compareLabel->setBuddy(m_compareCombo);
    connect(m_compareCombo, &QComboBox::activated, this,
            [this](int index) { setComparedEnvironment(m_compareCombo->itemData(index).toInt()); });
    m_syntaxLabel = new QLabel(this);
    m_syntaxLabel->setObjectName(QStringLiteral("syntaxLabel"));
    m_markButton = new QPushButton(tr("Mark as Expected…"), this);
    m_markButton->setObjectName(QStringLiteral("markExpectedButton"));
    connect(m_markButton, &QPushButton::clicked, this, [this] { Q_EMIT markExpectedRequested(m_key, m_compared); });
    auto *compareBar = new QHBoxLayout;
    compareBar->addWidget(compareLabel);
    compareBar->addWidget(m_compareCombo);
    compareBar->addWidget(m_syntaxLabel);
    compareBar->addStretch();
    compareBar->addWidget(m_markButton);

    // Side by side: baseline left, compared environment right.
    auto *sideBySide = new QSplitter(Qt::Horizontal, this);
    const auto pane = [&](QLabel **title, QPlainTextEdit **edit, const QString &name) {
        auto *box = new QWidget(sideBySide);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        *title = new QLabel(box);
        (*title)->setTextFormat(Qt::PlainText);
        *edit = valueEditor(name, box);
        layout->addWidget(*title);
        layout->addWidget(*edit);
        sideBySide->addWidget(box);
    };
    pane(&m_baselineTitle, &m_baselineValue, QStringLiteral("baselineValue"));
    pane(&m_otherTitle, &m_otherValue, QStringLiteral("otherValue"));
    m_baselineHighlighter = new ValueHighlighter(m_baselineValue->document(), m_repository);
    m_otherHighlighter = new ValueHighlighter(m_otherValue->document(), m_repository);

    m_diff = new DiffView(this);
    m_diff->setObjectName(QStringLiteral("diffView"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("valueTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_diff, tr("Differences"));
    m_tabs->addTab(sideBySide, tr("Side by Side"));
    // Added as a third tab only for metric rows the workspace can chart (showKey).
    m_metricChart = new MetricChartView(this);
    m_metricChart->setObjectName(QStringLiteral("metricChartView"));
    m_metricChart->hide();

    m_secretLabel = wrappingLabel(QStringLiteral("secretLabel"), this);
    m_secretLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_valueStack = new QStackedWidget(this);
    m_valueStack->insertWidget(ValuesPage, m_tabs);
    m_valueStack->insertWidget(SecretPage, m_secretLabel);

    m_provenanceTitle = wrappingLabel(QStringLiteral("provenanceTitle"), this);
    m_provenance = new QTreeWidget(this);
    m_provenance->setObjectName(QStringLiteral("provenanceTree"));
    m_provenance->setAccessibleName(tr("Provenance"));
    m_provenance->setRootIsDecorated(false);
    m_provenance->setUniformRowHeights(true);
    m_provenance->setHeaderLabels({tr("Layer"), tr("Value"), tr("Result")});
    m_provenance->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_provenance->header()->setStretchLastSection(false);
    m_provenance->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_provenance, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT openLocationRequested(item->data(0, Qt::UserRole).toString(), item->data(0, Qt::UserRole + 1).toInt());
    });
    m_sourceLabel = wrappingLabel(QStringLiteral("sourceLabel"), this);
    m_ruleLabel = wrappingLabel(QStringLiteral("ruleLabel"), this);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_keyLabel);
    topLayout->addWidget(m_summaryLabel);
    topLayout->addWidget(m_table);
    topLayout->addStretch();

    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addLayout(compareBar);
    middleLayout->addWidget(m_valueStack);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_ruleLabel);
    bottomLayout->addWidget(m_sourceLabel);
    bottomLayout->addWidget(m_provenanceTitle);
    bottomLayout->addWidget(m_provenance);
    bottomLayout->addStretch();

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("drillDownSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(middle);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(1, 2);
    // With no key chosen, empty tables and editors would say nothing: a hint says what to do.
    auto *hint = new QLabel(tr("Select a cell in the matrix to see each environment's value, the "
                               "difference from the baseline and where the value came from."),
                            this);
    hint->setObjectName(QStringLiteral("drillDownHint"));
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setMargin(24);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("drillDownPages"));
    m_pages->insertWidget(EmptyPage, hint);
    m_pages->insertWidget(DetailsPage, splitter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    m_baselineHighlighter->setPalette(palette());
    m_otherHighlighter->setPalette(palette());
}

void KeyDrillDown::showKey(SnapshotPtr snapshot, const DriftResult &result, const QString &key, int environment)
{
    const bool newCapture = snapshot != m_snapshot;
    m_snapshot = std::move(snapshot);
    m_key = key;
    m_row = m_snapshot ? m_snapshot->rowOf(key) : -1;
    m_verdicts.clear();
    m_baseline = -1;
    const bool fits = m_row >= 0 && result.rowCount() == m_snapshot->rowCount()
        && result.environmentCount() == m_snapshot->environmentCount();
    m_reason = fits ? result.stateReason(m_row) : QString();
    if (fits) {
        m_baseline = result.baseline();
        for (int env = 0; env < result.environmentCount(); ++env)
            m_verdicts.append({result.status(m_row, env), result.note(m_row, env), result.rule(m_row, env)});
    }
    m_model->setKey(m_snapshot, result, key);
    // Exactly as tall as its rows (up to a point, then it scrolls): the splitter must not squeeze
    // it to two rows, and the values below get the rest.
    const int rows = std::clamp(m_model->rowCount(), 1, VisibleEnvironmentRows);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
                            + rows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());

    m_compareCombo->clear();
    const int count = m_row >= 0 ? m_snapshot->environmentCount() : 0;
    for (int env = 0; env < count; ++env) {
        if (env != m_baseline)
            m_compareCombo->addItem(environmentTitle(env), env);
    }
    // The first environment that drifts (or is unknown) is the interesting one.
    if (environment < 0 || environment >= count || environment == m_baseline) {
        environment = -1;
        for (int env = 0; env < m_verdicts.size() && environment < 0; ++env) {
            if (env != m_baseline
                && (isDrift(m_verdicts[env].status) || m_verdicts[env].status == DriftStatus::Expected))
                environment = env;
        }
        if (environment < 0 && m_compareCombo->count() > 0)
            environment = m_compareCombo->itemData(0).toInt();
    }
    m_compared = -2; // force the update below
    setComparedEnvironment(environment);
    m_tabs->setCurrentIndex(0);
    showMetricChart(newCapture);
}

void KeyDrillDown::showMetricChart(bool newCapture)
{
    // A metric row opens on its chart: over time is what a number alone cannot say.
    const QString metric = m_key.startsWith(u"metric/") ? m_key.mid(7) : QString();
    const bool charted = !metric.isEmpty() && m_metricChart->canChart(metric);
    const int tab = m_tabs->indexOf(m_metricChart);
    if (!charted) {
        if (tab >= 0)
            m_tabs->removeTab(tab);
        return;
    }
    if (tab < 0)
        m_tabs->addTab(m_metricChart, tr("Over Time"));
    if (newCapture || m_metricChart->metricName() != metric)
        m_metricChart->showMetric(metric);
    m_tabs->setCurrentWidget(m_metricChart);
}

void KeyDrillDown::clear()
{
    showKey({}, {}, {});
}

void KeyDrillDown::setComparedEnvironment(int environment)
{
    if (environment == m_compared)
        return;
    m_compared = environment;
    m_compareCombo->setCurrentIndex(m_compareCombo->findData(environment));
    m_compareCombo->setEnabled(m_compareCombo->count() > 1);
    if (environment >= 0)
        m_table->selectRow(environment);
    else
        m_table->clearSelection();
    updateComparison();
    Q_EMIT comparedEnvironmentChanged(environment);
}

void KeyDrillDown::updateComparison()
{
    m_keyLabel->setText(
        m_row >= 0 ? m_key : (m_key.isEmpty() ? tr("No key selected") : tr("%1 is not in this snapshot").arg(m_key)));
    m_pages->setCurrentIndex(m_key.isEmpty() ? EmptyPage : DetailsPage);
    m_summaryLabel->setText(summaryText());
    const bool drifting = m_compared >= 0 && m_compared < m_verdicts.size() && isDrift(m_verdicts[m_compared].status);
    m_markButton->setEnabled(drifting);
    m_markButton->setVisible(m_row >= 0);
    updateValues();
    updateDetails();
}

QString KeyDrillDown::environmentTitle(int environment) const
{
    const EnvironmentCapture &capture = m_snapshot->environments[environment];
    return capture.displayName.isEmpty() ? capture.name : capture.displayName;
}

QString KeyDrillDown::summaryText() const
{
    if (m_row < 0 || m_verdicts.isEmpty())
        return {};
    int drift = 0;
    int expected = 0;
    int unknown = 0;
    int same = 0;
    for (int env = 0; env < m_verdicts.size(); ++env) {
        const DriftStatus status = m_verdicts[env].status;
        if (env == m_baseline)
            continue;
        if (isDrift(status))
            ++drift;
        else if (status == DriftStatus::Expected)
            ++expected;
        else if (status == DriftStatus::Unknown)
            ++unknown;
        else if (status == DriftStatus::Same || status == DriftStatus::SecretSame)
            ++same;
    }
    QStringList parts;
    if (drift)
        parts << tr("%n drifting", nullptr, drift);
    if (expected)
        parts << tr("%n expected", nullptr, expected);
    if (unknown)
        parts << tr("%n unknown", nullptr, unknown);
    if (same)
        parts << tr("%n same", nullptr, same);
    const QString baseline = m_baseline >= 0 ? environmentTitle(m_baseline) : tr("none");
    QString text = parts.isEmpty() ? tr("Baseline: %1").arg(baseline)
                                   : tr("Baseline: %1 · %2").arg(baseline, parts.join(QStringLiteral(" · ")));
    // Seed-format flag metadata, as the baseline has it, and what the engine found in it.
    const QString flag = FlagMetadata::of(*m_snapshot, m_key, m_baseline).describe();
    if (!flag.isEmpty())
        text += u'\n' + tr("Flag: %1").arg(flag);
    if (!m_reason.isEmpty())
        text += u'\n' + tr("Finding: %1").arg(m_reason);
    return text;
}

void KeyDrillDown::updateValues()
{
    const Entry *base = (m_row >= 0 && m_baseline >= 0) ? m_snapshot->entry(m_row, m_baseline) : nullptr;
    const Entry *other = (m_row >= 0 && m_compared >= 0) ? m_snapshot->entry(m_row, m_compared) : nullptr;
    // A secret on either side: nothing but the verdict, not even the other side's value.
    if ((base && base->value.isSecret()) || (other && other->value.isSecret())) {
        const DriftStatus status
            = m_verdicts.isEmpty() || m_compared < 0 ? DriftStatus::Unknown : m_verdicts[m_compared].status;
        QString verdict;
        if (status == DriftStatus::SecretSame)
            verdict = tr("Secret — the same as in %1.").arg(environmentTitle(m_baseline));
        else if (status == DriftStatus::SecretDiffers)
            verdict = tr("Secret — differs from %1.").arg(environmentTitle(m_baseline));
        else
            verdict = tr("Secret — %1.").arg(driftStatusTitle(status).toLower());
        m_secretLabel->setText(verdict + u'\n'
                               + tr("Secrets are compared by a salted fingerprint; their values are never shown."));
        m_valueStack->setCurrentIndex(SecretPage);
        m_baselineValue->clear();
        m_otherValue->clear();
        m_diff->clearDiff();
        m_syntaxLabel->clear();
        return;
    }
    m_valueStack->setCurrentIndex(ValuesPage);
    const QString baseText = base && !base->value.isMasked() ? base->value.display() : QString();
    const QString otherText = other && !other->value.isMasked() ? other->value.display() : QString();
    const ValueHighlighter::Syntax syntax = ValueHighlighter::detect(baseText.isEmpty() ? otherText : baseText);
    m_syntaxLabel->setText(m_row >= 0 ? tr("Syntax: %1").arg(ValueHighlighter::title(syntax)) : QString());
    m_baselineHighlighter->setSyntax(syntax);
    m_otherHighlighter->setSyntax(syntax);
    const QString left = readable(baseText, syntax);
    const QString right = readable(otherText, syntax);
    m_baselineValue->setPlainText(left);
    m_otherValue->setPlainText(right);
    const QString notSet = tr("Not set in %1");
    const QString masked = tr("The source hides this value");
    m_baselineTitle->setText(m_baseline >= 0 ? tr("%1 (baseline)").arg(environmentTitle(m_baseline)) : QString());
    m_otherTitle->setText(m_compared >= 0 ? environmentTitle(m_compared) : QString());
    m_baselineValue->setPlaceholderText(base && base->value.isMasked()
                                            ? masked
                                            : (m_baseline >= 0 ? notSet.arg(environmentTitle(m_baseline)) : QString()));
    m_otherValue->setPlaceholderText(other && other->value.isMasked()
                                         ? masked
                                         : (m_compared >= 0 ? notSet.arg(environmentTitle(m_compared)) : QString()));
    if (m_compared >= 0)
        m_diff->setTexts(left, right);
    else
        m_diff->clearDiff();
    m_diff->setPlaceholderText(m_row < 0 ? QString() : tr("No differences"));
}

void KeyDrillDown::updateDetails()
{
    m_provenance->clear();
    m_sourceLabel->clear();
    m_ruleLabel->clear();
    m_provenanceTitle->clear();
    if (m_row < 0 || m_compared < 0)
        return;
    const QList<ProvenanceStep> steps = m_model->provenance(m_compared);
    const Entry *entry = m_snapshot->entry(m_row, m_compared);
    const bool secret = entry && entry->value.isSecret();
    if (!entry)
        m_provenanceTitle->setText(tr("%1 has no value for this key.").arg(environmentTitle(m_compared)));
    else if (steps.isEmpty())
        m_provenanceTitle->setText(
            tr("The source did not record where %1's value was set.").arg(environmentTitle(m_compared)));
    else
        m_provenanceTitle->setText(
            tr("How %1 got its value (lowest priority first, the winner last):").arg(environmentTitle(m_compared)));
    m_provenance->setVisible(!steps.isEmpty());
    const int rows = std::clamp(int(steps.size()), 1, VisibleEnvironmentRows);
    m_provenance->setMaximumHeight(
        m_provenance->header()->sizeHint().height()
        + rows * std::max(m_provenance->sizeHintForRow(0), m_provenance->fontMetrics().height() + 4)
        + 2 * m_provenance->frameWidth());
    for (const ProvenanceStep &step : steps) {
        auto *item = new QTreeWidgetItem(m_provenance);
        item->setText(0, step.where());
        item->setToolTip(0, step.location);
        item->setData(0, Qt::UserRole, step.location);
        item->setData(0, Qt::UserRole + 1, step.line);
        // Secrets: the layers that set one are known, what they said is not shown.
        item->setText(1, secret ? CellText::secretPlaceholder() : oneLine(step.display));
        item->setToolTip(1, secret ? QString() : step.display);
        item->setText(2, step.won ? tr("✓ wins") : tr("overridden"));
        if (step.won) {
            QFont font = item->font(0);
            font.setBold(true);
            for (int column = 0; column < 3; ++column)
                item->setFont(column, font);
        }
    }
    QStringList sources;
    if (m_baseline >= 0 && m_baseline != m_compared)
        sources << sourceText(m_baseline);
    sources << sourceText(m_compared);
    sources.removeAll(QString());
    m_sourceLabel->setText(sources.join(u'\n'));
    m_ruleLabel->setText(ruleText(m_compared));
    m_ruleLabel->setVisible(!m_ruleLabel->text().isEmpty());
}

QString KeyDrillDown::sourceText(int environment) const
{
    const EnvironmentCapture &capture = m_snapshot->environments[environment];
    const Entry *entry = m_snapshot->entry(m_row, environment);
    const SourceStatus *source = nullptr;
    if (entry && entry->source >= 0 && entry->source < capture.sources.size())
        source = &capture.sources[entry->source];
    for (qsizetype i = 0; !source && i < capture.sources.size(); ++i) {
        if (capture.sources[i].covers(m_key))
            source = &capture.sources[i];
    }
    if (!source)
        return {};
    const QLocale locale;
    const auto when = [&](const QDateTime &time) {
        return locale.toString(time.toLocalTime(), QLocale::ShortFormat);
    };
    const QString name = source->label.isEmpty() ? source->id : source->label;
    const QString env = environmentTitle(environment);
    const bool failed = source->state == SourceState::Failed || source->state == SourceState::Cancelled;
    if (failed && entry && entry->stale) {
        const QString from = source->lastSuccess.isValid() ? when(source->lastSuccess) : tr("an earlier refresh");
        return tr("⚠ Stale in %1: %2 failed (%3); showing the last value read, from %4.")
            .arg(env, name, source->error.isEmpty() ? sourceStateName(source->state) : source->error, from);
    }
    if (failed)
        return tr("✖ %1: %2 failed: %3")
            .arg(env, name, source->error.isEmpty() ? sourceStateName(source->state) : source->error);
    if (!source->fetchedAt.isValid())
        return tr("%1: from %2").arg(env, name);
    return tr("%1: from %2, read %3").arg(env, name, when(source->fetchedAt));
}

QString KeyDrillDown::ruleText(int environment) const
{
    if (environment < 0 || environment >= m_verdicts.size())
        return {};
    const Verdict &verdict = m_verdicts[environment];
    const auto &rules = m_snapshot->policy.expected;
    if (verdict.rule < 0 || verdict.rule >= rules.size())
        return verdict.note == CellNote::None ? QString() : cellNoteText(verdict.note);
    const ExpectedDifference &rule = rules[verdict.rule];
    QStringList lines;
    const bool expired = verdict.note == CellNote::ExpiredRule;
    lines << (expired ? tr("⚠ Expected difference — rule expired, counts as drift again") : tr("Expected difference"));
    lines << tr("Reason: %1").arg(rule.reason.isEmpty() ? tr("none given") : rule.reason);
    lines << tr("Owner: %1").arg(rule.owner.isEmpty() ? tr("none given") : rule.owner);
    if (!rule.expires.isValid())
        lines << tr("Never expires");
    else
        lines << (expired ? tr("Expired: %1") : tr("Expires: %1"))
                     .arg(QLocale().toString(rule.expires, QLocale::ShortFormat));
    return lines.join(u'\n');
}

void KeyDrillDown::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_baselineHighlighter->setPalette(palette());
        m_otherHighlighter->setPalette(palette());
    }
}

} // namespace DriftDeck
