// The compiled translations under :/i18n, as the app installs them: English supplies the plural
// forms ("1 cell", "2 cells"), German the menus and status names; and the strings the code
// really produces are found under the context lupdate filed them in.
#include "drift/driftstatus.h"
#include "output/checkformats.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {

// A translator installed for one test and removed again, so tests do not leak languages.
class InstalledTranslation
{
public:
    bool load(const QString &path)
    {
        if (!m_translator.load(path))
            return false;
        return QCoreApplication::installTranslator(&m_translator);
    }
    ~InstalledTranslation() { QCoreApplication::removeTranslator(&m_translator); }

private:
    QTranslator m_translator;
};

struct NumerusMessage {
    QString context;
    QString source;
    QStringList forms;
};

// Every plural message of driftdeck_en.ts, read from the source tree (the .qm cannot be listed).
QList<NumerusMessage> englishPluralMessages(QString *error)
{
    QFile file(QStringLiteral(DRIFTDECK_SOURCE_ROOT "/translations/driftdeck_en.ts"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<NumerusMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            messages.append({context, {}, {}});
        } else if (xml.name() == u"source" && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == u"numerusform" && !messages.isEmpty()) {
            messages.last().forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compiledFilesAreEmbedded_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addRow("English plural forms") << u":/i18n/driftdeck_en.qm"_s;
        QTest::addRow("German") << u":/i18n/driftdeck_de.qm"_s;
    }

    void compiledFilesAreEmbedded()
    {
        QFETCH(QString, path);
        QVERIFY2(QFile::exists(path), qPrintable(path + u" is not in the resources"_s));
        QTranslator translator;
        QVERIFY2(translator.load(path), qPrintable(path));
        QVERIFY(!translator.isEmpty());
    }

    void englishPlurals_data()
    {
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::addRow("one cell") << "DriftDeck::MarkExpectedDialog"_ba
                                  << "This rule hides %n cell(s):"_ba << 1 << u"This rule hides 1 cell:"_s;
        QTest::addRow("two cells") << "DriftDeck::MarkExpectedDialog"_ba
                                   << "This rule hides %n cell(s):"_ba << 2 << u"This rule hides 2 cells:"_s;
        QTest::addRow("no cells") << "DriftDeck::MarkExpectedDialog"_ba
                                  << "This rule hides %n cell(s):"_ba << 0 << u"This rule hides 0 cells:"_s;
        QTest::addRow("one source") << "DriftDeck::SourcesPanel"_ba
                                    << "%n source(s)"_ba << 1 << u"1 source"_s;
        QTest::addRow("two sources") << "DriftDeck::SourcesPanel"_ba
                                     << "%n source(s)"_ba << 2 << u"2 sources"_s;
        QTest::addRow("one key drifts") << "DriftDeck::CheckReport"_ba
                                        << "%n key(s) drift (%1 critical)."_ba << 1 << u"1 key drifts (%1 critical)."_s;
        QTest::addRow("report rows") << "DriftDeck::ReportWriter"_ba
                                     << "Every key, %n row(s)."_ba << 1 << u"Every key, 1 row."_s;
    }

    void englishPlurals()
    {
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        InstalledTranslation english;
        QVERIFY2(english.load(u":/i18n/driftdeck_en"_s), "driftdeck_en.qm is missing from :/i18n");
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, n), expected);
    }

    // Each plural message lupdate found has both English forms filled, without "(s)".
    void everyPluralHasEnglishForms()
    {
        QString error;
        const QList<NumerusMessage> messages = englishPluralMessages(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        InstalledTranslation english;
        QVERIFY(english.load(u":/i18n/driftdeck_en"_s));
        for (const NumerusMessage &m : messages) {
            const QString where = m.context + u": "_s + m.source;
            QVERIFY2(m.forms.size() == 2, qPrintable(where));
            for (int n : {1, 2}) {
                const QString text = QCoreApplication::translate(m.context.toUtf8().constData(),
                                                                 m.source.toUtf8().constData(), nullptr, n);
                QVERIFY2(!text.contains(u"(s)"), qPrintable(where + u" for n=%1: "_s.arg(n) + text));
                QVERIFY2(text.contains(QString::number(n)), qPrintable(where + u" lost its count: "_s + text));
            }
        }
    }

    // The Markdown summary is built by the code under test, so this also proves its context.
    void markdownSummaryReadsAsEnglish_data()
    {
        QTest::addColumn<int>("drifting");
        QTest::addColumn<QString>("expected");
        QTest::addRow("one") << 1 << u"\n1 key drifts (0 critical).\n"_s;
        QTest::addRow("two") << 2 << u"\n2 keys drift (0 critical).\n"_s;
    }

    void markdownSummaryReadsAsEnglish()
    {
        QFETCH(int, drifting);
        QFETCH(QString, expected);
        InstalledTranslation english;
        QVERIFY(english.load(u":/i18n/driftdeck_en"_s));
        CheckReport report;
        report.workspaceName = u"Checkout"_s;
        report.baseline = u"production"_s;
        report.driftRows = drifting;
        const QString markdown = formatCheckMarkdown(report, FailOn::Drift);
        QVERIFY2(markdown.endsWith(expected), qPrintable(markdown));
    }

    void german_data()
    {
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("expected");
        QTest::addRow("File menu") << "DriftDeck::MainWindow"_ba
                                   << "&File"_ba << u"&Datei"_s;
        QTest::addRow("Refresh") << "DriftDeck::WorkspaceControls"_ba
                                 << "&Refresh"_ba << u"&Aktualisieren"_s;
        QTest::addRow("empty state") << "DriftDeck::EmptyState"_ba
                                     << "No workspace open"_ba << u"Kein Arbeitsbereich geöffnet"_s;
    }

    void german()
    {
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(QString, expected);
        InstalledTranslation german;
        QVERIFY2(german.load(u":/i18n/driftdeck_de"_s), "driftdeck_de.qm is missing from :/i18n");
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData()), expected);
    }

    // Status names come from a free function; their translation must reach it at run time.
    void germanStatusNames()
    {
        InstalledTranslation german;
        QVERIFY(german.load(u":/i18n/driftdeck_de"_s));
        QCOMPARE(driftStatusTitle(DriftStatus::Differs), u"Abweichend"_s);
        QCOMPARE(driftStatusTitle(DriftStatus::MissingHere), u"Fehlt hier"_s);
    }

    // With German over English, as the app installs them, German plurals win over the English
    // forms (the German file is complete; a string it lacked would read as English instead).
    void germanPluralsOverEnglish()
    {
        InstalledTranslation english;
        QVERIFY(english.load(u":/i18n/driftdeck_en"_s));
        InstalledTranslation german;
        QVERIFY(german.load(u":/i18n/driftdeck_de"_s));
        QCOMPARE(QCoreApplication::translate("DriftDeck::MainWindow", "&File"), u"&Datei"_s);
        QCOMPARE(QCoreApplication::translate("DriftDeck::ReportWriter", "%n key(s) compared", nullptr, 1),
                 u"1 Schlüssel verglichen"_s);
        QCOMPARE(QCoreApplication::translate("DriftDeck::MatrixFilterProxy",
                                             "%n drifting cell(s) among the keys shown in %1", nullptr, 2),
                 u"2 abweichende Zellen unter den angezeigten Schlüsseln in %1"_s);
    }

    // Every German message is translated: an unfinished one would show English in a German window.
    void germanIsComplete()
    {
        QFile file(QStringLiteral(DRIFTDECK_SOURCE_ROOT "/translations/driftdeck_de.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.count("<message") > 1000);
        QCOMPARE(text.count("type=\"unfinished\""), 0);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
