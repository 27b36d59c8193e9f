#include "guitestdata.h"
#include "history/keyhistoryview.h"
#include "historytestdata.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

class KeyHistoryViewTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "UTC"); // times are shown in local time
        QVERIFY(m_root.isValid());
        m_store = std::make_unique<HistoryStore>(u"Checkout"_s, u"/srv/w.yaml"_s, m_root.path());
        m_entries = HistoryTestData::writeHistory(*m_store);
        QCOMPARE(m_entries.size(), 4);
    }

    void keyHistory()
    {
        KeyHistoryView view;
        QSignalSpy finished(&view, &KeyHistoryView::readingFinished);
        QSignalSpy requested(&view, &KeyHistoryView::snapshotRequested);
        view.showKey(u"config/database.poolSize"_s, m_entries);
        QVERIFY(view.isReading());
        QVERIFY(finished.wait(10000));
        QTreeWidget *table = view.table();
        QStringList rows;
        for (int i = 0; i < table->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = table->topLevelItem(i);
            rows.append(item->text(1) + u" | "_s + item->text(2) + u" | "_s + item->text(3));
        }
        // Newest first; day 2 changed development; the first sightings are on day 1.
        QCOMPARE(rows,
                 (QStringList{u"development | 50 | changed from 20"_s, u"production | 50 | first seen"_s,
                              u"staging | 20 | first seen"_s, u"development | 20 | first seen"_s}));
        QVERIFY(view.findChild<QLabel *>(u"keyHistoryStatus"_s)
                    ->text()
                    .startsWith(u"Saved snapshots read: 3 (could not be read: 1)."_s));

        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QRect first = table->visualItemRect(table->topLevelItem(0));
        // QTest's double click is only the second press: the first comes from the click before it.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, first.center());
        QCOMPARE(requested.size(), 0);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, first.center());
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), m_entries[1].path);
    }

    void keyHistoryOfASecret()
    {
        KeyHistoryView view;
        QSignalSpy finished(&view, &KeyHistoryView::readingFinished);
        view.showKey(u"config/database.password"_s, m_entries);
        QVERIFY(finished.wait(10000));
        QTreeWidget *table = view.table();
        QCOMPARE(table->topLevelItemCount(), 4);
        const QTreeWidgetItem *change = table->topLevelItem(0);
        QCOMPARE(change->text(1), u"development"_s);
        QCOMPARE(change->text(2), u"secret (not shown)"_s);
        QCOMPARE(change->text(3), u"changed"_s);
        for (int i = 0; i < table->topLevelItemCount(); ++i) {
            for (int c = 0; c < KeyHistoryView::ColumnCount; ++c) {
                const QString text = table->topLevelItem(i)->text(c) + table->topLevelItem(i)->toolTip(c);
                QVERIFY2(!text.contains(u"ab12cd34"_s) && !text.contains(u"ff00ff00"_s) && !text.contains(u"hunter2"_s),
                         qPrintable(text));
            }
        }
    }

    // Not a check: with DRIFTDECK_SCREENSHOTS=<folder> set, renders the view for a person to look at.
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("DRIFTDECK_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("set DRIFTDECK_SCREENSHOTS to a folder to render screenshots");
        for (const bool dark : {false, true}) {
            const QString theme = dark ? u"-dark"_s : u"-light"_s;
            KeyHistoryView keys;
            keys.setPalette(dark ? GuiTestData::darkPalette() : GuiTestData::lightPalette());
            keys.setAutoFillBackground(true);
            keys.resize(640, 260);
            QSignalSpy finished(&keys, &KeyHistoryView::readingFinished);
            keys.showKey(u"config/database.password"_s, m_entries);
            QVERIFY(finished.wait(10000));
            keys.show();
            QVERIFY(QTest::qWaitForWindowExposed(&keys));
            QVERIFY(keys.grab().save(folder + u"/keyhistory"_s + theme + u".png"_s));
        }
    }

private:
    QTemporaryDir m_root;
    std::unique_ptr<HistoryStore> m_store;
    QList<HistoryEntry> m_entries;
};

QTEST_MAIN(KeyHistoryViewTest)
#include "tst_keyhistoryview.moc"
