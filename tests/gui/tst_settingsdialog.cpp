#include "guitestdata.h"
#include "settingsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

class SettingsDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"driftdeck-tests"_s);
        QCoreApplication::setApplicationName(u"tst_settingsdialog"_s);
        // The units are plurals ("1 day", "90 days"): English needs its translation file.
        QVERIFY2(m_english.load(u":/i18n/driftdeck_en"_s), "driftdeck_en.qm is missing from :/i18n");
        QCoreApplication::installTranslator(&m_english);
    }

    void init() { QSettings().clear(); }
    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_english); }

    void showsTheDefaults()
    {
        SettingsDialog dialog(u"/tmp/history/checkout-1a2b3c4d"_s);
        QCOMPARE(dialog.historySettings(), HistorySettings());
        QCOMPARE(dialog.findChild<QSpinBox *>(u"keepCount"_s)->text(), u"500 snapshots"_s);
        QCOMPARE(dialog.findChild<QSpinBox *>(u"keepDays"_s)->text(), u"90 days"_s);
        dialog.findChild<QSpinBox *>(u"keepDays"_s)->setValue(1);
        QCOMPARE(dialog.findChild<QSpinBox *>(u"keepDays"_s)->text(), u"1 day"_s);
        dialog.findChild<QSpinBox *>(u"keepDays"_s)->setValue(90);
        QCOMPARE(dialog.findChild<QLabel *>(u"historyFolder"_s)->text(), u"/tmp/history/checkout-1a2b3c4d"_s);
        QCOMPARE(dialog.findChild<QLabel *>(u"historyFolder"_s)->toolTip(), u"/tmp/history/checkout-1a2b3c4d"_s);
        QVERIFY(dialog.findChild<QPushButton *>(u"openHistoryFolder"_s)->isEnabled());

        SettingsDialog closed{QString()};
        QVERIFY(!closed.findChild<QPushButton *>(u"openHistoryFolder"_s)->isEnabled());
    }

    void okWritesCancelDoesNot()
    {
        {
            SettingsDialog dialog{QString()};
            dialog.findChild<QCheckBox *>(u"keepAutomatically"_s)->setChecked(false);
            dialog.findChild<QSpinBox *>(u"keepCount"_s)->setValue(25);
            dialog.reject();
        }
        QCOMPARE(HistoryKeeper::readSettings(), HistorySettings());

        SettingsDialog dialog{QString()};
        QSignalSpy changed(&dialog, &SettingsDialog::historySettingsChanged);
        dialog.findChild<QCheckBox *>(u"keepAutomatically"_s)->setChecked(false);
        dialog.findChild<QSpinBox *>(u"keepCount"_s)->setValue(25);
        dialog.findChild<QSpinBox *>(u"keepDays"_s)->setValue(-1);
        QCOMPARE(dialog.findChild<QSpinBox *>(u"keepDays"_s)->text(), u"No limit"_s);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        const HistorySettings expected{false, 25, -1};
        QCOMPARE(HistoryKeeper::readSettings(), expected);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<HistorySettings>(), expected);

        // Read back by the next dialog; Restore Defaults changes the fields only.
        SettingsDialog again{QString()};
        QCOMPARE(again.historySettings(), expected);
        again.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(again.historySettings(), HistorySettings());
        QCOMPARE(HistoryKeeper::readSettings(), expected);
    }

    void keepCountSkipsZero()
    {
        SettingsDialog dialog{QString()};
        auto *count = dialog.findChild<QSpinBox *>(u"keepCount"_s);
        count->setValue(1);
        count->stepDown();
        QCOMPARE(count->value(), -1);
        QCOMPARE(count->text(), u"No limit"_s);
        count->stepUp();
        QCOMPARE(count->value(), 1);
    }

    // Not a check: with DRIFTDECK_SCREENSHOTS=<folder> set, renders the dialog for a person to look at.
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("DRIFTDECK_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("set DRIFTDECK_SCREENSHOTS to a folder to render screenshots");
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? GuiTestData::darkPalette() : GuiTestData::lightPalette());
            SettingsDialog dialog(u"/home/alex/.local/share/driftdeck/history/checkout-platform-1a2b3c4d"_s);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(folder + (dark ? u"/settings-dark.png"_s : u"/settings-light.png"_s)));
        }
    }

private:
    QTranslator m_english;
};

QTEST_MAIN(SettingsDialogTest)
#include "tst_settingsdialog.moc"
