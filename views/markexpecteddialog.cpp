#include "markexpecteddialog.h"

#include "drift/driftengine.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>

namespace DriftDeck {

namespace {
// Enough examples to recognise a glob that is too broad, without a wall of text.
constexpr int PreviewExamples = 5;
} // namespace

MarkExpectedDialog::MarkExpectedDialog(SnapshotPtr snapshot, const DriftResult &result, const QString &key,
                                       const QStringList &environments, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_snapshot(std::move(snapshot))
    , m_result(result)
    , m_today(today)
{
    setWindowTitle(tr("Mark as Expected"));

    m_key = new QLineEdit(key, this);
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_key->setToolTip(tr("A key, or a pattern where * matches anything: config/database.*"));

    m_environments = new QListWidget(this);
    m_environments->setObjectName(QStringLiteral("environmentList"));
    m_environments->setAccessibleName(tr("Environments"));
    if (m_snapshot) {
        for (int env = 0; env < m_snapshot->environmentCount(); ++env) {
            if (env == m_result.baseline())
                continue; // the baseline never differs from itself
            const EnvironmentCapture &capture = m_snapshot->environments[env];
            auto *item = new QListWidgetItem(capture.displayName.isEmpty() ? capture.name : capture.displayName,
                                             m_environments);
            item->setData(Qt::UserRole, capture.name);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(environments.contains(capture.name) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_environments->setMaximumHeight(m_environments->sizeHintForRow(0) * std::min(6, m_environments->count() + 1)
                                     + 2 * m_environments->frameWidth());

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Why this difference is intended"));
    m_owner = new QLineEdit(this);
    m_owner->setObjectName(QStringLiteral("ownerEdit"));
    m_owner->setPlaceholderText(tr("Team or person who answers for it"));

    m_expires = new QCheckBox(tr("Expires on"), this);
    m_expires->setObjectName(QStringLiteral("expiresCheck"));
    m_expires->setChecked(true);
    m_expiry = new QDateEdit(today.addDays(DefaultExpiryDays), this);
    m_expiry->setObjectName(QStringLiteral("expiryEdit"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setMinimumDate(today);
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    auto *expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_expires);
    expiryRow->addWidget(m_expiry);
    expiryRow->addStretch();

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark as Expected"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&Environments:"), m_environments);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("Expiry:"), expiryRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addStretch();
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    // Matching a glob against every key of a large workspace: wait for a pause in typing.
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &MarkExpectedDialog::updatePreview);
    const auto changed = [this] {
        m_previewTimer->start();
        updateAcceptable();
    };
    connect(m_key, &QLineEdit::textChanged, this, changed);
    connect(m_environments, &QListWidget::itemChanged, this, changed);
    connect(m_reason, &QLineEdit::textChanged, this, &MarkExpectedDialog::updateAcceptable);
    connect(m_owner, &QLineEdit::textChanged, this, &MarkExpectedDialog::updateAcceptable);
    connect(m_expires, &QCheckBox::toggled, this, changed);
    connect(m_expiry, &QDateEdit::dateChanged, this, changed);

    updatePreview();
    updateAcceptable();
    m_reason->setFocus();
    resize(sizeHint().expandedTo(QSize(460, 0)));
}

MarkExpectedDialog::~MarkExpectedDialog() = default;

ExpectedDifference MarkExpectedDialog::rule() const
{
    ExpectedDifference rule;
    rule.key = m_key->text().trimmed();
    for (int i = 0; i < m_environments->count(); ++i) {
        if (m_environments->item(i)->checkState() == Qt::Checked)
            rule.environments << m_environments->item(i)->data(Qt::UserRole).toString();
    }
    rule.reason = m_reason->text().trimmed();
    rule.owner = m_owner->text().trimmed();
    if (m_expires->isChecked())
        rule.expires = m_expiry->date();
    return rule;
}

void MarkExpectedDialog::updatePreview()
{
    m_previewTimer->stop();
    const ExpectedDifference proposed = rule();
    QList<CellRef> cells;
    if (m_snapshot && !proposed.key.isEmpty() && !proposed.environments.isEmpty())
        cells = DriftEngine::cellsHiddenBy(*m_snapshot, m_result, proposed, m_today);
    m_hiddenCount = int(cells.size());
    if (cells.isEmpty()) {
        m_preview->setText(tr("This rule hides no drifting cells right now."));
        return;
    }
    QStringList lines = {tr("This rule hides %n cell(s):", nullptr, m_hiddenCount)};
    for (qsizetype i = 0; i < cells.size() && i < PreviewExamples; ++i) {
        const EnvironmentCapture &capture = m_snapshot->environments[cells[i].environment];
        lines << QStringLiteral("  • ")
                + tr("%1 in %2")
                      .arg(m_snapshot->key(cells[i].row),
                           capture.displayName.isEmpty() ? capture.name : capture.displayName);
    }
    if (cells.size() > PreviewExamples)
        lines << QStringLiteral("  ") + tr("and %n more", nullptr, int(cells.size()) - PreviewExamples);
    const QString text = lines.join(u'\n');
    m_preview->setText(text);
}

void MarkExpectedDialog::updateAcceptable()
{
    const ExpectedDifference proposed = rule();
    QString missing;
    if (proposed.key.isEmpty())
        missing = tr("Enter the key or a pattern.");
    else if (proposed.environments.isEmpty())
        missing = tr("Choose at least one environment.");
    else if (proposed.reason.isEmpty())
        missing = tr("Say why the difference is intended.");
    else if (proposed.owner.isEmpty())
        missing = tr("Name who owns this exemption.");
    m_hint->setText(missing);
    m_hint->setVisible(!missing.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(missing.isEmpty());
}

} // namespace DriftDeck
