// The parity checklist dock on a real workspace: evaluated from the capture, the evidence of a
// cell, a tick by hand through the dialog into the rules file and back, and pictures of it in
// light and dark palettes (build/screenshots/checklist-*.png, to look at).
#include "checklist/checklistdock.h"
#include "checklist/checklisttickdialog.h"
#include "checklist/checklistview.h"
#include "guitestdata.h"
#include "messagebar.h"
#include "pipeline/workspacesession.h"
#include "workspace/rulesfile.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace DriftDeck;

namespace {

QString cellText(ChecklistView *view, const QString &title, int column)
{
    const auto *tree = view->findChild<QTreeWidget *>(QStringLiteral("checklistTree"));
    for (int a = 0; a < tree->topLevelItemCount(); ++a) {
        for (int r = 0; r < tree->topLevelItem(a)->childCount(); ++r) {
            const QTreeWidgetItem *row = tree->topLevelItem(a)->child(r);
            if (row->text(0) == title)
                return row->text(column);
        }
    }
    return QStringLiteral("(no row %1)").arg(title);
}

} // namespace

class ChecklistDockTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QVERIFY(m_dir.isValid());
        m_workspace = GuiTestData::writeWorkspace(m_dir.path());
    }

    void evaluatesTicksAndShows()
    {
        QMainWindow window;
        WorkspaceSession session;
        session.setToday(QDate(2026, 12, 5));
        auto *messages = new MessageBar;
        window.setCentralWidget(messages);
        auto *dock = new ChecklistDock(&session, &window);
        connect(dock, &ChecklistDock::message, messages, &MessageBar::showMessage);
        window.addDockWidget(Qt::BottomDockWidgetArea, dock);
        window.resize(1000, 560);
        window.show();
        QSignalSpy evaluated(dock, &ChecklistDock::evaluated);
        QVERIFY(session.open(m_workspace));
        QTRY_VERIFY_WITH_TIMEOUT(!session.isRefreshing() && session.snapshot(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(evaluated.count() > 0 && session.drift().rowCount() > 0, 10000);
        ChecklistView *view = dock->view();
        // development, staging, production: pool size and timeout drift, cache.ttl is expected.
        const QString drift = QStringLiteral("No configuration drift without an expected-difference rule");
        QTRY_COMPARE(cellText(view, drift, 2), QStringLiteral("✗ fail"));
        QCOMPARE(cellText(view, drift, 3), QStringLiteral("✓ pass")); // production, the baseline
        view->select(QStringLiteral("configuration.drift"), QStringLiteral("staging"));
        QVERIFY2(view->evidenceText().contains(QStringLiteral("config/database.poolSize: 20 (production: 50)")),
                 qPrintable(view->evidenceText()));
        const QString backups = QStringLiteral("Backups are restored and tested");
        QCOMPARE(cellText(view, backups, 2), QStringLiteral("? unknown"));

        grab(window, dock, QStringLiteral("light"), GuiTestData::lightPalette());

        // Tick backups for staging by hand, through the dialog.
        view->select(QStringLiteral("infrastructure.backups"), QStringLiteral("staging"));
        auto *tick = view->findChild<QPushButton *>(QStringLiteral("tickButton"));
        QVERIFY(tick->isEnabled());
        bool filled = false;
        QTimer::singleShot(0, this, [&filled] {
            auto *dialog = qobject_cast<ChecklistTickDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->findChild<QLineEdit *>(QStringLiteral("note"))->setText(QStringLiteral("restore drill, OPS-42"));
            dialog->findChild<QLineEdit *>(QStringLiteral("by"))->setText(QStringLiteral("alice"));
            filled = true;
            dialog->accept();
        });
        evaluated.clear();
        tick->click();
        QVERIFY(filled);
        const QByteArray rules = [&] {
            QFile file(RulesFile::defaultPathFor(m_workspace));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QVERIFY2(rules.contains("- item: \"infrastructure.backups\"")
                     && rules.contains("note: \"restore drill, OPS-42\""),
                 rules.constData());
        QTRY_COMPARE(cellText(view, backups, 2), QStringLiteral("✓ pass (by hand)"));
        QCOMPARE(cellText(view, backups, 1), QStringLiteral("? unknown")); // only staging was ticked
        view->select(QStringLiteral("infrastructure.backups"), QStringLiteral("staging"));
        QVERIFY2(
            view->evidenceText().contains(QStringLiteral("ticked by hand: restore drill, OPS-42 — alice, 2026-12-05")),
            qPrintable(view->evidenceText()));

        view->select(QStringLiteral("configuration.drift"), QStringLiteral("staging"));
        grab(window, dock, QStringLiteral("dark"), GuiTestData::darkPalette());
    }

    void cellLooksDifferWithoutColour()
    {
        ChecklistCell pass{QStringLiteral("a"), ChecklistState::Pass, {}, false, {}};
        ChecklistCell fail{QStringLiteral("a"), ChecklistState::Fail, {}, false, {}};
        ChecklistCell unknown{QStringLiteral("a"), ChecklistState::Unknown, {}, false, {}};
        for (const QPalette &palette : {GuiTestData::lightPalette(), GuiTestData::darkPalette()}) {
            const auto a = checklistCellLook(pass, palette), b = checklistCellLook(fail, palette),
                       c = checklistCellLook(unknown, palette);
            QVERIFY(a.text.at(0) != b.text.at(0) && b.text.at(0) != c.text.at(0) && a.text.at(0) != c.text.at(0));
            // Readable on the palette's base: WCAG AA for normal text is 4.5, 3 for large; aim for 3.
            for (const auto &look : {a, b, c}) {
                const QColor base = palette.color(QPalette::Base);
                const auto luminance = [](const QColor &colour) {
                    const auto channel = [](qreal v) {
                        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
                    };
                    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
                        + 0.0722 * channel(colour.blueF());
                };
                const qreal l1 = luminance(look.colour), l2 = luminance(base);
                const qreal ratio = (std::max(l1, l2) + 0.05) / (std::min(l1, l2) + 0.05);
                QVERIFY2(ratio >= 3.0,
                         qPrintable(QStringLiteral("%1 on %2: %3").arg(look.colour.name(), base.name()).arg(ratio)));
            }
        }
    }

private:
    static void grab(QMainWindow &window, QDockWidget *dock, const QString &name, const QPalette &palette)
    {
        QApplication::setPalette(palette);
        window.setPalette(palette);
        QTest::qWait(50);
        const QString folder = QStringLiteral(DRIFTDECK_SOURCE_ROOT "/build/screenshots");
        QDir().mkpath(folder);
        QVERIFY(dock->grab().save(folder + QStringLiteral("/checklist-%1.png").arg(name)));
    }

    QTemporaryDir m_dir;
    QString m_workspace;
};

QTEST_MAIN(ChecklistDockTest)
#include "tst_checklistdock.moc"
