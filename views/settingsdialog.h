#pragma once

#include "pipeline/historykeeper.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace DriftDeck {

// Preferences: for now how snapshots are kept. OK writes them to QSettings (through
// HistoryKeeper::writeSettings); Restore Defaults only changes the fields.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // historyFolder: the open workspace's history folder, or empty when nothing is open.
    explicit SettingsDialog(const QString &historyFolder, QWidget *parent = nullptr);

    HistorySettings historySettings() const; // as the fields say now
    void setHistorySettings(const HistorySettings &settings);

    void accept() override;

Q_SIGNALS:
    // OK was pressed and the settings were written; pass them to the HistoryKeeper.
    void historySettingsChanged(const DriftDeck::HistorySettings &settings);

private:
    void openFolder();

    QString m_folder;
    QCheckBox *m_keepAutomatically = nullptr;
    QSpinBox *m_keepCount = nullptr;
    QSpinBox *m_keepDays = nullptr;
    QLabel *m_folderLabel = nullptr;
    QPushButton *m_openFolder = nullptr;
};

} // namespace DriftDeck
