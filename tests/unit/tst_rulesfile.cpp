#include "workspace/rulesfile.h"
#include "workspace/workspaceloader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace DriftDeck;

namespace {

const QByteArray WorkspaceText = "version: 1\n"
                                 "name: Rules test\n"
                                 "baseline: production\n"
                                 "environments: [development, staging, production]\n"
                                 "sources:\n"
                                 "  - type: flag-file\n"
                                 "    path: \"flags/{env}.json\"\n";

ExpectedDifference rule(const QString &key, const QString &reason, const QString &owner, QDate expires = {},
                        const QStringList &environments = {})
{
    ExpectedDifference r;
    r.key = key;
    r.reason = reason;
    r.owner = owner;
    r.expires = expires;
    r.environments = environments;
    return r;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A workspace beside the given rules text, loaded the way the app loads it.
QList<ExpectedDifference> loadRules(const QString &rulesText, QString *errors)
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("checkout.yaml"));
    writeFile(workspace, WorkspaceText);
    writeFile(RulesFile::defaultPathFor(workspace), rulesText.toUtf8());
    const WorkspaceLoadResult result = WorkspaceLoader::loadFile(workspace);
    *errors = result.errorString();
    return result.ok() ? result.workspace->policy.expected : QList<ExpectedDifference>();
}

void compareRule(const ExpectedDifference &actual, const ExpectedDifference &expected)
{
    QCOMPARE(actual.key, expected.key);
    QCOMPARE(actual.reason, expected.reason);
    QCOMPARE(actual.owner, expected.owner);
    QCOMPARE(actual.expires, expected.expires);
    QCOMPARE(actual.environments, expected.environments);
}

QStringList commentLines(const QString &text)
{
    QStringList comments;
    for (const QString &line : text.split(u'\n')) {
        if (line.contains(u'#'))
            comments << line;
    }
    return comments;
}

} // namespace

class RulesFileTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultPath_data()
    {
        QTest::addColumn<QString>("workspace");
        QTest::addColumn<QString>("rules");
        QTest::addRow("plain") << QStringLiteral("/srv/ops/checkout.yaml")
                               << QStringLiteral("/srv/ops/checkout.rules.yaml");
        QTest::addRow("two suffixes") << QStringLiteral("/srv/ops/demo.workspace.yaml")
                                      << QStringLiteral("/srv/ops/demo.workspace.rules.yaml");
        QTest::addRow("yml") << QStringLiteral("/a/b/../w.yml") << QStringLiteral("/a/w.rules.yaml");
    }
    void defaultPath()
    {
        QFETCH(QString, workspace);
        QFETCH(QString, rules);
        QCOMPARE(RulesFile::defaultPathFor(workspace), rules);
    }

    // Whatever a person types as a reason, owner or key pattern reads back exactly.
    void hostileTextRoundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("double quotes") << QStringLiteral("the \"big\" pool");
        QTest::addRow("single quotes") << QStringLiteral("it's 'sized'");
        QTest::addRow("colon space") << QStringLiteral("reason: none; owner: me");
        QTest::addRow("hash") << QStringLiteral("ticket #4521 # not a comment");
        QTest::addRow("newlines") << QStringLiteral("line one\nline two\r\nline three");
        QTest::addRow("backslashes") << QStringLiteral("C:\\temp\\n is not a newline \\");
        QTest::addRow("tab") << QStringLiteral("a\tb");
        QTest::addRow("leading and trailing spaces") << QStringLiteral("  padded  ");
        QTest::addRow("yaml keywords") << QStringLiteral("null");
        QTest::addRow("boolean") << QStringLiteral("yes");
        QTest::addRow("list indicator") << QStringLiteral("- key: injected");
        QTest::addRow("flow characters") << QStringLiteral("[a, {b: c}] & *ref !tag %d @ `x` |>");
        QTest::addRow("control characters") << QStringLiteral("bell\x07 and escape\x1b end");
        QTest::addRow("unicode") << QString::fromUtf8("Größe — 日本 \xF0\x9F\x9A\x80");
        QTest::addRow("unicode line separators") << QString::fromUtf8("a\xE2\x80\xA8"
                                                                      "b\xE2\x80\xA9"
                                                                      "c\xC2\x85"
                                                                      "d");
        QTest::addRow("document markers") << QStringLiteral("\n---\n...\n");
    }
    void hostileTextRoundTrips()
    {
        QFETCH(QString, text);
        const ExpectedDifference wanted
            = rule(QStringLiteral("config/") + text, text, text, QDate(2027, 3, 31), {QStringLiteral("staging")});
        QString result;
        QString error;
        QVERIFY2(RulesFile::appendExpectedToText(QString(), wanted, &result, &error), qPrintable(error));
        QString loadErrors;
        const QList<ExpectedDifference> rules = loadRules(result, &loadErrors);
        QVERIFY2(loadErrors.isEmpty(), qPrintable(loadErrors + u'\n' + result));
        QCOMPARE(rules.size(), 1);
        compareRule(rules[0], wanted);
        // Every rule is one item: the text cannot break out into further keys or items.
        QCOMPARE(result.count(QStringLiteral("\n  - key: ")), 1);
    }

    void appendKeepsComments_data()
    {
        QTest::addColumn<QString>("existing");
        QTest::addColumn<int>("rulesBefore");

        QTest::addRow("new file") << QString() << 0;
        QTest::addRow("only comments") << QStringLiteral("# Our exemptions\n# reviewed weekly\n") << 0;
        QTest::addRow("comments around rules")
            << QStringLiteral("# Rules for checkout\nversion: 1   # format\n\nexpected:\n"
                              "  # pools are sized per environment\n"
                              "  - key: config/database.poolSize   # see INC-42\n"
                              "    reason: sized for load\n"
                              "    owner: platform-team\n"
                              "    # expires: 2026-01-01  (kept open on purpose)\n"
                              "\n# trailing note\n")
            << 1;
        QTest::addRow("items at the left margin")
            << QStringLiteral("version: 1\nexpected:\n- key: a\n  reason: r\n  owner: o\n# end\n") << 1;
        QTest::addRow("wide indentation")
            << QStringLiteral("version: 1\nexpected:\n    -   key: a\n        reason: r\n        owner: o\n") << 1;
        QTest::addRow("inline empty list") << QStringLiteral("version: 1\nexpected: []  # none yet\n") << 0;
        QTest::addRow("null list") << QStringLiteral("version: 1\nexpected:\n# nothing here yet\n") << 0;
        QTest::addRow("no final newline")
            << QStringLiteral("version: 1\nexpected:\n  - key: a\n    reason: r\n    owner: o  # last") << 1;
        QTest::addRow("list before version")
            << QStringLiteral("expected:\n  - key: a\n    reason: r\n    owner: o\n# the version\nversion: 1\n") << 1;
        QTest::addRow("no expected key") << QStringLiteral("# kept\nversion: 1\n") << 0;
        QTest::addRow("block scalar reason") << QStringLiteral(
            "version: 1\nexpected:\n  - key: a\n    reason: |\n      first line\n      # not a comment\n"
            "    owner: o\n") << 1;
        QTest::addRow("crlf") << QStringLiteral(
            "# windows\r\nversion: 1\r\nexpected:\r\n  - key: a\r\n    reason: r\r\n"
            "    owner: o\r\n")
                              << 1;
    }
    void appendKeepsComments()
    {
        QFETCH(QString, existing);
        QFETCH(int, rulesBefore);
        const ExpectedDifference wanted
            = rule(QStringLiteral("flag/beta-*"), QStringLiteral("beta only outside production"),
                   QStringLiteral("checkout-team"), {}, {QStringLiteral("development"), QStringLiteral("staging")});
        QString result;
        QString error;
        QVERIFY2(RulesFile::appendExpectedToText(existing, wanted, &result, &error), qPrintable(error));

        // Every comment survives, in order; the rest of the file only gained lines.
        QStringList comments = commentLines(result);
        for (const QString &comment : commentLines(existing)) {
            const QString wantedComment
                = comment.contains(QStringLiteral("[]")) ? QString(comment).remove(QStringLiteral("[]")) : comment;
            const qsizetype at = comments.indexOf(wantedComment);
            QVERIFY2(at >= 0, qPrintable(comment + QStringLiteral(" lost in:\n") + result));
            comments = comments.mid(at + 1);
        }
        if (existing.contains(QStringLiteral("\r\n")))
            QCOMPARE(result.count(u'\n'), result.count(QStringLiteral("\r\n")));

        QString loadErrors;
        const QList<ExpectedDifference> rules = loadRules(result, &loadErrors);
        QVERIFY2(loadErrors.isEmpty(), qPrintable(loadErrors + u'\n' + result));
        QCOMPARE(rules.size(), rulesBefore + 1);
        compareRule(rules.last(), wanted);
    }

    void refusesWhatItCannotAppendTo_data()
    {
        QTest::addColumn<QString>("existing");
        QTest::addColumn<QString>("error");
        QTest::addRow("flow list") << QStringLiteral("version: 1\nexpected: [{key: a, reason: r, owner: o}]\n")
                                   << QStringLiteral(
                                          "The rules file lists \"expected\" in a form Drift Deck cannot append "
                                          "to (line 2); write it as a block list (\"- key: …\") and try again.");
        QTest::addRow("broken yaml") << QStringLiteral("version: 1\nexpected:\n  - key: [\n")
                                     << QStringLiteral("The rules file has errors; fix them first:\n");
        QTest::addRow("not a map") << QStringLiteral("- just\n- a list\n")
                                   << QStringLiteral(
                                          "The rules file has errors; fix them first:\nthe top level is not a map");
        QTest::addRow("expected is a map") << QStringLiteral("version: 1\nexpected:\n  key: a\n")
                                           << QStringLiteral("The rules file has errors; fix them first:\n"
                                                             "\"expected\" is not a list");
    }
    void refusesWhatItCannotAppendTo()
    {
        QFETCH(QString, existing);
        QFETCH(QString, error);
        QString result = QStringLiteral("untouched");
        QString actual;
        QVERIFY(!RulesFile::appendExpectedToText(
            existing, rule(QStringLiteral("a"), QStringLiteral("r"), QStringLiteral("o")), &result, &actual));
        QVERIFY2(actual.startsWith(error), qPrintable(actual));
        QCOMPARE(result, QStringLiteral("untouched"));
    }

    void refusesIncompleteRule_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("owner");
        QTest::addRow("no key") << QString() << QStringLiteral("r") << QStringLiteral("o");
        QTest::addRow("blank reason") << QStringLiteral("a") << QStringLiteral("  ") << QStringLiteral("o");
        QTest::addRow("no owner") << QStringLiteral("a") << QStringLiteral("r") << QString();
    }
    void refusesIncompleteRule()
    {
        QFETCH(QString, key);
        QFETCH(QString, reason);
        QFETCH(QString, owner);
        QString result;
        QString error;
        QVERIFY(!RulesFile::appendExpectedToText(QString(), rule(key, reason, owner), &result, &error));
        QCOMPARE(error, QStringLiteral("A rule needs a key, a reason and an owner."));
    }

    // On disk: created beside the workspace, appended twice, read by the loader with the
    // workspace; a byte-order mark and the user's comments survive.
    void appendsOnDisk()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("checkout.yaml"));
        QVERIFY(writeFile(workspace, WorkspaceText));
        const QString rulesPath = RulesFile::defaultPathFor(workspace);
        QVERIFY(!QFile::exists(rulesPath));

        const ExpectedDifference first
            = rule(QStringLiteral("config/a"), QStringLiteral("first"), QStringLiteral("me"), QDate(2027, 1, 2));
        QString error;
        QVERIFY2(RulesFile::appendExpected(rulesPath, first, &error), qPrintable(error));
        QByteArray bytes = readFile(rulesPath);
        QVERIFY(bytes.startsWith("# "));
        QVERIFY(!bytes.contains("\r\n"));

        QVERIFY(writeFile(rulesPath, "\xEF\xBB\xBF" + bytes + "# my own note\n"));
        const ExpectedDifference second
            = rule(QStringLiteral("config/b"), QStringLiteral("second"), QStringLiteral("you"));
        QVERIFY2(RulesFile::appendExpected(rulesPath, second, &error), qPrintable(error));
        bytes = readFile(rulesPath);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF# "));
        QVERIFY(bytes.contains("\n# my own note\n"));

        const WorkspaceLoadResult loaded = WorkspaceLoader::loadFile(workspace);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
        const QList<ExpectedDifference> &rules = loaded.workspace->policy.expected;
        QCOMPARE(rules.size(), 2);
        compareRule(rules[0], first);
        compareRule(rules[1], second);
        QCOMPARE(rules[1].origin.file, rulesPath);
    }

    void reportsUnwritableFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/folder/x.rules.yaml"));
        QString error;
        QVERIFY(!RulesFile::appendExpected(path, rule(QStringLiteral("a"), QStringLiteral("r"), QStringLiteral("o")),
                                           &error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot write ") + path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void leavesBrokenFileAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.rules.yaml"));
        const QByteArray broken = "version: 1\nexpected:\n  - key: [\n";
        QVERIFY(writeFile(path, broken));
        QString error;
        QVERIFY(!RulesFile::appendExpected(path, rule(QStringLiteral("a"), QStringLiteral("r"), QStringLiteral("o")),
                                           &error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot add to %1: The rules file has errors").arg(path)),
                 qPrintable(error));
        QCOMPARE(readFile(path), broken);
    }

    // A checklist tick made by hand goes to the same file, beside the rules, and comes back with
    // the workspace; the expected differences already there are untouched, and drive the checklist.
    void checklistTickRoundTrip()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("checkout.yaml"));
        QVERIFY(writeFile(workspace, WorkspaceText));
        const QString rulesPath = RulesFile::defaultPathFor(workspace);
        const QByteArray old = "# written by an older Drift Deck\nversion: 1\nexpected:\n"
                               "  - key: config/a\n    reason: first\n    owner: me\n";
        QVERIFY(writeFile(rulesPath, old));

        ChecklistTick tick;
        tick.key = QStringLiteral("infrastructure.backups");
        tick.environments = {QStringLiteral("staging")};
        tick.pass = true;
        tick.note = QStringLiteral("restore drill: \"OPS-42\" # not a comment");
        tick.by = QStringLiteral("alice");
        tick.date = QDate(2026, 11, 20);
        QString error;
        QVERIFY2(RulesFile::appendChecklistTick(rulesPath, tick, &error), qPrintable(error));
        ChecklistTick second = tick;
        second.environments.clear();
        second.pass = false;
        second.key = QStringLiteral("network.policies");
        second.by.clear();
        second.date = {};
        QVERIFY2(RulesFile::appendChecklistTick(rulesPath, second, &error), qPrintable(error));
        QVERIFY(readFile(rulesPath).startsWith(old)); // appended, nothing rewritten

        const WorkspaceLoadResult loaded = WorkspaceLoader::loadFile(workspace);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
        QCOMPARE(loaded.workspace->policy.expected.size(), 1);
        const QList<ChecklistTick> &ticks = loaded.workspace->policy.checklist;
        QCOMPARE(ticks.size(), 2);
        QCOMPARE(ticks[0].key, tick.key);
        QCOMPARE(ticks[0].environments, tick.environments);
        QCOMPARE(ticks[0].pass, true);
        QCOMPARE(ticks[0].note, tick.note);
        QCOMPARE(ticks[0].by, tick.by);
        QCOMPARE(ticks[0].date, tick.date);
        QCOMPARE(ticks[0].origin.file, rulesPath);
        QCOMPARE(ticks[1].key, second.key);
        QCOMPARE(ticks[1].pass, false);
        QVERIFY(ticks[1].environments.isEmpty());
        QVERIFY(!ticks[1].date.isValid());
    }

    void checklistTickErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::addRow("unknown item, close to one")
            << "version: 1\nchecklist:\n  - item: infrastructure.backup\n    state: pass\n    note: ok\n"
            << "checkout.rules.yaml:3:11: checklist[0].item: \"infrastructure.backup\" is not a checklist item "
               "(did you mean \"infrastructure.backups\"?)";
        QTest::addRow("bad state")
            << "version: 1\nchecklist:\n  - item: network.policies\n    state: yes\n    note: ok\n"
            << "checkout.rules.yaml:4:12: checklist[0].state: expected pass or fail, got \"yes\"";
        QTest::addRow("no note") << "version: 1\nchecklist:\n  - item: network.policies\n    state: pass\n"
                                 << "checkout.rules.yaml:3:5: checklist[0]: missing required key \"note\"";
        QTest::addRow("unknown environment")
            << "version: 1\nchecklist:\n  - item: network.policies\n    environments: [stagin]\n    state: pass\n"
               "    note: ok\n"
            << "checkout.rules.yaml:4:20: checklist[0].environments[0]: *";
    }
    void checklistTickErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("checkout.yaml"));
        QVERIFY(writeFile(workspace, WorkspaceText));
        QVERIFY(writeFile(RulesFile::defaultPathFor(workspace), text.toUtf8()));
        const WorkspaceLoadResult loaded = WorkspaceLoader::loadFile(workspace);
        QVERIFY(!loaded.ok());
        const QString message = loaded.errorString();
        if (error.endsWith(u'*'))
            QVERIFY2(message.contains(error.chopped(1)), qPrintable(message));
        else
            QVERIFY2(message.contains(error), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(RulesFileTest)
#include "tst_rulesfile.moc"
