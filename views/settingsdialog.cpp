#include "settingsdialog.h"

#include "actionicon.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace DriftDeck {

namespace {

// A spin box shows the number itself; its suffix is the translated plural phrase without it
// ("%n days" for 1 → " day").
QString unitAfter(QString phrase, int value)
{
    phrase.remove(QLocale().toString(value));
    return phrase.startsWith(u' ') ? phrase : u' ' + phrase;
}

} // namespace

SettingsDialog::SettingsDialog(const QString &historyFolder, QWidget *parent)
    : QDialog(parent)
    , m_folder(historyFolder)
{
    setWindowTitle(tr("Configure Drift Deck"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    // KDE's form layout: right-aligned labels, fields left-aligned beside them.
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFormAlignment(Qt::AlignHCenter | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);

    m_keepAutomatically = new QCheckBox(tr("Keep a snapshot of every refresh"), this);
    m_keepAutomatically->setObjectName(QStringLiteral("keepAutomatically"));
    form->addRow(tr("Snapshot history:"), m_keepAutomatically);

    // -1 is "No limit", shown as words at the bottom of the range.
    m_keepCount = new QSpinBox(this);
    m_keepCount->setObjectName(QStringLiteral("keepCount"));
    m_keepCount->setRange(-1, HistorySettings::MaximumKeepCount);
    m_keepCount->setSpecialValueText(tr("No limit"));
    // The unit follows the number: "1 snapshot", "500 snapshots".
    connect(m_keepCount, &QSpinBox::valueChanged, this,
            [this](int value) { m_keepCount->setSuffix(unitAfter(tr("%n snapshot(s)", nullptr, value), value)); });
    form->addRow(tr("Keep at least:"), m_keepCount);

    m_keepDays = new QSpinBox(this);
    m_keepDays->setObjectName(QStringLiteral("keepDays"));
    m_keepDays->setRange(-1, HistorySettings::MaximumKeepDays);
    m_keepDays->setSpecialValueText(tr("No limit"));
    connect(m_keepDays, &QSpinBox::valueChanged, this,
            [this](int value) { m_keepDays->setSuffix(unitAfter(tr("%n day(s)", nullptr, value), value)); });
    form->addRow(tr("Keep everything from the last:"), m_keepDays);
    // At least one is kept by count, so retention never deletes the snapshot just saved: 0 is
    // skipped, stepping between 1 and "No limit".
    connect(m_keepCount, &QSpinBox::valueChanged, this, [this, previous = 0](int value) mutable {
        if (value == 0)
            m_keepCount->setValue(previous == -1 ? 1 : -1);
        else
            previous = value;
    });

    auto *hint = new QLabel(tr("A snapshot is deleted only when it is beyond both limits."), this);
    hint->setWordWrap(true);
    QFont small = hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    hint->setFont(small);
    form->addRow(QString(), hint);

    auto *folderRow = new QHBoxLayout;
    m_folderLabel = new QLabel(this);
    m_folderLabel->setObjectName(QStringLiteral("historyFolder"));
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const int width = fontMetrics().averageCharWidth() * 48;
    if (m_folder.isEmpty()) {
        m_folderLabel->setText(tr("Open a workspace to see its history folder."));
    } else {
        // Long paths lose their middle rather than wrap at odd places; the tooltip has it whole.
        const QString native = QDir::toNativeSeparators(m_folder);
        m_folderLabel->setText(fontMetrics().elidedText(native, Qt::ElideMiddle, width));
        m_folderLabel->setToolTip(native);
    }
    m_openFolder = new QPushButton(actionIcon(QStringLiteral("folder-open")), tr("Open Folder"), this);
    m_openFolder->setObjectName(QStringLiteral("openHistoryFolder"));
    m_openFolder->setEnabled(!m_folder.isEmpty());
    connect(m_openFolder, &QPushButton::clicked, this, &SettingsDialog::openFolder);
    folderRow->addWidget(m_folderLabel, 1);
    folderRow->addWidget(m_openFolder, 0, Qt::AlignTop);
    form->addRow(tr("Saved in:"), folderRow);
    layout->addLayout(form);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setHistorySettings(HistorySettings()); });
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);

    // The limits matter even when only "Keep Snapshot" saves, so they stay enabled.
    setHistorySettings(HistoryKeeper::readSettings());
}

HistorySettings SettingsDialog::historySettings() const
{
    return {m_keepAutomatically->isChecked(), m_keepCount->value(), m_keepDays->value()};
}

void SettingsDialog::setHistorySettings(const HistorySettings &settings)
{
    m_keepAutomatically->setChecked(settings.keepAutomatically);
    m_keepCount->setValue(settings.keepCount);
    m_keepDays->setValue(settings.keepDays);
}

void SettingsDialog::accept()
{
    const HistorySettings settings = historySettings();
    HistoryKeeper::writeSettings(settings);
    Q_EMIT historySettingsChanged(settings);
    QDialog::accept();
}

void SettingsDialog::openFolder()
{
    // A workspace whose first snapshot is not saved yet has no folder; make it so there is
    // something to open.
    QDir().mkpath(m_folder);
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder));
}

} // namespace DriftDeck
