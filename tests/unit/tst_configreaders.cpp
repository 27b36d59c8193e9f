// The configuration readers' output, key by key: the fast YAML reader gives exactly what the
// yaml-cpp reader gives (or declines), JSON positions are exact on long single lines (as
// json.dump writes them), and remembering normalised scalars never changes a value.
#include "sources/configformats/configreaders.h"
#include "sources/configformats/yamlsimple.h"
#include "values/normaliser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {

QString describe(const Value &value)
{
    return valueKindName(value.kind()) + u'|' + value.canonical() + u'|' + value.display();
}

// The settings as forEachSetting() visits them, by place in the file (then key): a file read with
// a key prefix keeps them only as its first-layer entries, in no order of their own.
QList<ConfigSetting> settingsOf(const ConfigFileContent &content)
{
    QList<ConfigSetting> settings;
    content.forEachSetting([&](const QString &key, const Value &value, TextPosition position) {
        settings.append({key, value, position});
    });
    if (content.settings.isEmpty()) {
        std::sort(settings.begin(), settings.end(), [](const ConfigSetting &a, const ConfigSetting &b) {
            return std::tie(a.position.line, a.position.column, a.key)
                < std::tie(b.position.line, b.position.column, b.key);
        });
    }
    return settings;
}

// Everything a reader produced, one line per fact, for QCOMPARE to show the first difference.
QStringList dump(const ConfigFileContent &content)
{
    QStringList lines;
    lines.append(u"error: "_s + content.errorString);
    QStringList settings;
    for (const ConfigSetting &s : settingsOf(content)) {
        settings.append(u"%1 = %2 @%3:%4"_s.arg(s.key, describe(s.value)).arg(s.position.line).arg(s.position.column));
    }
    settings.sort();
    lines += settings;
    QStringList sections;
    for (auto it = content.sections.cbegin(); it != content.sections.cend(); ++it)
        sections.append(u"section %1 @%2:%3"_s.arg(it.key()).arg(it->line).arg(it->column));
    sections.sort();
    lines += sections;
    for (const QString &warning : content.warnings)
        lines.append(u"warning: "_s + warning);
    QStringList first;
    for (auto it = content.firstLayerEntries.cbegin(); it != content.firstLayerEntries.cend(); ++it) {
        const Origin &o = it->provenance.value(0);
        first.append(u"entry %1 = %2 @%3:%4:%5 %6"_s.arg(it.key(), describe(it->value))
                         .arg(o.layer)
                         .arg(o.line)
                         .arg(o.column)
                         .arg(o.display));
    }
    first.sort();
    lines += first;
    return lines;
}

ConfigContentBuilder builder()
{
    return ConfigContentBuilder(u"config/app.yaml"_s, u"config/"_s);
}

} // namespace

class ConfigReadersTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void yamlFastReaderMatchesYamlCpp_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<bool>("simple"); // the fast reader takes it (else it must decline)

        QTest::addRow("flat") << QByteArray("a: 1\nb: text\nc.d: true\n") << true;
        QTest::addRow("nested") << QByteArray("database:\n  host: db.internal\n  pool:\n    size: 10\n    idle: 2\n"
                                              "cache:\n  ttl: 60\n")
                                << true;
        QTest::addRow("comments and blanks")
            << QByteArray("# head\n\na: 1 # one\n  # indented comment\nb:   spaced   value  \nc: x#y\n") << true;
        QTest::addRow("quoted") << QByteArray("a: \"3000\"\nb: 'true'\nc: \"\"\nd: 'it is'  # c\ne: \"é ü\"\n") << true;
        QTest::addRow("nulls") << QByteArray("a:\nb: ~\nc: null\nd: NULL\ne:\n  f: 1\ng:\n") << true;
        QTest::addRow("null before deeper comment") << QByteArray("a:\n# c\nb: 1\n") << true;
        QTest::addRow("numbers and quantities")
            << QByteArray("a: 007\nb: 1e3\nc: -5\nd: 0.1\ne: 100m\nf: 1Gi\ng: 0x1F\nh: +3\ni: 1_000\n") << true;
        QTest::addRow("booleans") << QByteArray("a: yes\nb: True\nc: FALSE\nd: on\n") << true;
        QTest::addRow("punctuation in values")
            << QByteArray("url: https://svc:8080/api?q=1&r=2\nlist: a, b\nx: a[1]\npath: /var/log/*.log\nn: 50%\n")
            << true;
        QTest::addRow("json text quoted") << QByteArray("a: '{\"b\": 1, \"a\": 2}'\n") << true;
        QTest::addRow("repeated key") << QByteArray("a: 1\nb: 2\na: 3\n") << true;
        QTest::addRow("repeated map") << QByteArray("a:\n  x: 1\nb: 2\na:\n  y: 2\n") << true;
        QTest::addRow("map replaced by value") << QByteArray("a:\n  x: 1\na: 2\n") << true;
        QTest::addRow("deep dedent") << QByteArray("a:\n  b:\n    c:\n      d: 1\ne: 2\n") << true;
        QTest::addRow("utf-8 value") << QByteArray("greeting: grüß dich 😀\n") << true;
        QTest::addRow("dashed keys") << QByteArray("max-size: 1\nlog/level: debug\n_x: 2\n") << true;
        QTest::addRow("no final line break") << QByteArray("a: 1\nb:\n  c: 2") << true;

        // Left to yaml-cpp.
        QTest::addRow("empty") << QByteArray() << false;
        QTest::addRow("comments only") << QByteArray("# nothing\n") << false;
        QTest::addRow("list") << QByteArray("a:\n  - 1\n  - 2\n") << false;
        QTest::addRow("list same indent") << QByteArray("a:\n- 1\n- 2\n") << false;
        QTest::addRow("flow list") << QByteArray("a: [1, 2]\n") << false;
        QTest::addRow("flow map") << QByteArray("a: {b: 1}\n") << false;
        QTest::addRow("anchor and alias") << QByteArray("a: &x 1\nb: *x\n") << false;
        QTest::addRow("merge key") << QByteArray("base: &b\n  x: 1\nc:\n  <<: *b\n  y: 2\n") << false;
        QTest::addRow("tag") << QByteArray("a: !!str 1\n") << false;
        QTest::addRow("block scalar") << QByteArray("a: |\n  text\n") << false;
        QTest::addRow("folded scalar") << QByteArray("a: >-\n  text\n") << false;
        QTest::addRow("continued plain scalar") << QByteArray("a: one\n  two\n") << false;
        QTest::addRow("escapes") << QByteArray("a: \"tab\\there\"\n") << false;
        QTest::addRow("single quote escape") << QByteArray("a: 'it''s'\n") << false;
        QTest::addRow("multi-line quoted") << QByteArray("a: \"one\n  two\"\n") << false;
        QTest::addRow("tabs") << QByteArray("a:\n\tb: 1\n") << false;
        QTest::addRow("crlf") << QByteArray("a: 1\r\nb: 2\r\n") << false;
        QTest::addRow("document marker") << QByteArray("---\na: 1\n") << false;
        QTest::addRow("two documents") << QByteArray("a: 1\n---\nb: 2\n") << false;
        QTest::addRow("quoted key") << QByteArray("\"a b\": 1\n") << false;
        QTest::addRow("key with space") << QByteArray("a b: 1\n") << false;
        QTest::addRow("null key") << QByteArray("null: 1\n") << false;
        QTest::addRow("indented top") << QByteArray("  a: 1\n  b: 2\n") << false;
        QTest::addRow("bad dedent") << QByteArray("a:\n    b: 1\n  c: 2\n") << false;
        QTest::addRow("colon in value") << QByteArray("a: b: c\n") << false;
        QTest::addRow("top-level list") << QByteArray("- a\n- b\n") << false;
        QTest::addRow("top-level scalar") << QByteArray("hello\n") << false;
        QTest::addRow("complex key") << QByteArray("? a\n: 1\n") << false;
        // The lambda returns a QByteArray, not a QStringBuilder that refers to its local.
        QTest::addRow("deep") << (QByteArray("a:\n") + []() -> QByteArray {
            QByteArray nested;
            for (int i = 1; i < 70; ++i)
                nested += QByteArray(i * 2, ' ') + "k:\n";
            return nested + QByteArray(140, ' ') + "v: 1\n";
        }()) << false;
    }

    void yamlFastReaderMatchesYamlCpp()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(bool, simple);
        const Normaliser normaliser;
        const ConfigFileContent reference = parseYamlConfigWithYamlCpp(yaml, builder(), normaliser);

        ConfigContentBuilder fast = builder();
        ScalarCache scalars(normaliser);
        const bool accepted = parseSimpleYaml(yaml, fast, scalars);
        QCOMPARE(accepted, simple);
        if (accepted)
            QCOMPARE(dump(fast.finish(false)), dump(reference));
        // Whichever reader takes it, the public entry gives yaml-cpp's content.
        QCOMPARE(dump(parseYamlConfig(yaml, builder(), normaliser)), dump(reference));
    }

    // A large generated file, both ways: every key, value and position agrees.
    void yamlFastReaderMatchesYamlCppAtScale()
    {
        QByteArray yaml;
        for (int s = 0; s < 40; ++s) {
            yaml += "service" + QByteArray::number(s) + ":\n";
            for (int a = 0; a < 10; ++a) {
                yaml += "  area" + QByteArray::number(a) + ":   # area\n";
                for (int k = 0; k < 10; ++k) {
                    const int v = s * 100 + a * 10 + k;
                    yaml += "    key" + QByteArray::number(k) + ": ";
                    switch (v % 6) {
                    case 0:
                        yaml += QByteArray::number(v % 17);
                        break;
                    case 1:
                        yaml += "\"" + QByteArray::number(v % 5) + "\"";
                        break;
                    case 2:
                        yaml += (v % 4) ? "true" : "false";
                        break;
                    case 3:
                        yaml += "https://svc-" + QByteArray::number(v % 7) + ".example.com";
                        break;
                    case 4:
                        yaml += QByteArray::number(v % 3) + "Gi";
                        break;
                    default:
                        yaml += "'team " + QByteArray::number(v % 9) + "'";
                        break;
                    }
                    yaml += '\n';
                }
            }
        }
        const Normaliser normaliser;
        ConfigContentBuilder fast = builder();
        ScalarCache scalars(normaliser);
        QVERIFY(parseSimpleYaml(yaml, fast, scalars));
        const ConfigFileContent content = fast.finish(false);
        QCOMPARE(content.settingCount(), 4000);
        QCOMPARE(dump(content), dump(parseYamlConfigWithYamlCpp(yaml, builder(), normaliser)));
    }

    // Positions are characters from the line's start, however long the line and whatever
    // multi-byte characters come before; checked against positionOfOffset for every key.
    void jsonPositions_data()
    {
        QTest::addColumn<bool>("oneLine");
        QTest::addColumn<bool>("multiByte");
        QTest::addRow("indented") << false << false;
        QTest::addRow("one line") << true << false;
        QTest::addRow("one line, multi-byte values") << true << true;
        QTest::addRow("indented, multi-byte values") << false << true;
    }

    // JSON values are looked up by their bytes when they have no escapes: the same text written
    // with and without escapes, quoted and bare literals, read as the normaliser reads JSON,
    // however often they repeat.
    void jsonValuesReadAlikeWithOrWithoutEscapes()
    {
        const QByteArray json = "{\"a\": \"caf\\u00e9\", \"b\": \"caf\xc3\xa9\", \"c\": \"caf\xc3\xa9\", "
                                "\"d\": \"x\\\"y\", \"e\": \"x\\\"y\", \"f\": true, \"g\": \"true\", \"h\": true, "
                                "\"i\": 10, \"j\": \"10\", \"k\": 1e1, \"l\": null, \"m\": \"null\", \"n\": \"\"}";
        const Normaliser normaliser;
        const ConfigFileContent content = parseJsonConfig(json, builder(), normaliser);
        QVERIFY2(content.ok(), qPrintable(content.errorString));
        QHash<QString, Value> values;
        content.forEachSetting(
            [&values](const QString &key, const Value &value, TextPosition) { values.insert(key.mid(7), value); });
        const QJsonObject reference = QJsonDocument::fromJson(json).object();
        QCOMPARE(values.size(), reference.size());
        for (auto it = reference.constBegin(); it != reference.constEnd(); ++it) {
            const Value expected = normaliser.fromJson(it.value());
            const Value read = values.value(it.key());
            QVERIFY2(read == expected && read.kind() == expected.kind(),
                     qPrintable(it.key() + u": "_s + read.display() + u" / "_s + expected.display()));
        }
        QCOMPARE(values.value(u"b"_s).display(), u"café"_s);
        QCOMPARE(values.value(u"a"_s).display(), u"café"_s);
        QCOMPARE(values.value(u"d"_s).display(), u"x\"y"_s);
    }

    // .properties lines are read in place unless continued or escaped: every kind of line, and a
    // file ending in a continuation, keeps its key, value and line.
    void propertiesLinesReadInPlaceOrJoined()
    {
        const QByteArray text = "plain = value\n"
                                "again = value\n"
                                "joined = one, \\\n"
                                "         two\n"
                                "esc\\ aped = a\\tb\n"
                                "unicode = caf\\u00e9\n"
                                "after = value\n"
                                "last = end \\\n";
        const Normaliser normaliser;
        const ConfigFileContent content = parsePropertiesConfig(text, builder(), normaliser);
        QVERIFY2(content.ok(), qPrintable(content.errorString));
        QHash<QString, std::pair<QString, int>> read;
        content.forEachSetting([&read](const QString &key, const Value &value, TextPosition position) {
            read.insert(key.mid(7), {value.display(), position.line});
        });
        const QHash<QString, std::pair<QString, int>> expected{
            {u"plain"_s, {u"value"_s, 1}},   {u"again"_s, {u"value"_s, 2}},       {u"joined"_s, {u"one, two"_s, 3}},
            {u"esc aped"_s, {u"a\tb"_s, 5}}, {u"unicode"_s, {u"caf\u00e9"_s, 6}}, {u"after"_s, {u"value"_s, 7}},
            {u"last"_s, {u"end "_s, 8}},
        };
        QCOMPARE(read, expected);
    }

    void jsonPositions()
    {
        QFETCH(bool, oneLine);
        QFETCH(bool, multiByte);
        QByteArray json = "{";
        struct Expected {
            QString key;
            qsizetype offset;
            QString display;
        };
        QList<Expected> expected;
        const auto add
            = [&](const QByteArray &prefix, const QByteArray &name, const QByteArray &value, const QString &display) {
                  json += oneLine ? " " : "\n  ";
                  expected.append({u"config/"_s + QString::fromUtf8(prefix + name), json.size(), display});
                  json += '"' + name + "\": " + value;
              };
        for (int k = 0; k < 3000; ++k) {
            const QByteArray name = "key" + QByteArray::number(k);
            if (k % 3 == 0)
                add("", name, QByteArray::number(k % 11), QString::number(k % 11));
            else if (multiByte)
                add("", name, "\"é😀" + QByteArray::number(k % 7) + "\"", u"é😀"_s + QString::number(k % 7));
            else
                add("", name, "\"v" + QByteArray::number(k % 7) + "\"", u"v"_s + QString::number(k % 7));
            json += ',';
        }
        json += oneLine ? " \"nested\": {" : "\n  \"nested\": {";
        add("nested.", "inner", "true", u"true"_s);
        json += "}\n}\n";

        const Normaliser normaliser;
        const ConfigFileContent content = parseJsonConfig(json, builder(), normaliser);
        QVERIFY2(content.ok(), qPrintable(content.errorString));
        const QList<ConfigSetting> settings = settingsOf(content);
        QCOMPARE(settings.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const ConfigSetting &setting = settings[i];
            const TextPosition position = positionOfOffset(json, expected[i].offset);
            QCOMPARE(setting.key, expected[i].key);
            QCOMPARE(setting.value.display(), expected[i].display);
            QCOMPARE(setting.position.line, position.line);
            QCOMPARE(setting.position.column, position.column);
        }
        if (oneLine)
            QCOMPARE(settings.constLast().position.line, 1);
    }

    // Repeated values are normalised once per file; each key still gets exactly what the
    // normaliser gives for its text, in every reader.
    // A key written twice keeps the value and place of its last line, with a warning naming both
    // lines; the entries of a first layer agree. Plain files find repeated
    // keys once they are read, files with YAML merge keys as they are read: both give this.
    void repeatedKeys_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("expected");
        const QStringList plain{
            u"error: "_s,
            u"config/a = number|3|3 @%1"_s,
            u"config/b = number|2|2 @%2"_s,
            u"warning: config/app.x:%3: “a” is set again here (line %4); the later value wins"_s,
            u"warning: config/app.x:%5: “a” is set again here (line %6); the later value wins"_s,
            u"entry config/a = number|3|3 @0:%1 3"_s,
            u"entry config/b = number|2|2 @0:%2 2"_s,
        };
        const auto expect = [&](const QStringList &positions) {
            QStringList lines;
            for (QString line : plain) {
                for (int i = 0; i < positions.size(); ++i)
                    line.replace(u'%' + QString::number(i + 1), positions[i]);
                lines.append(line);
            }
            return lines;
        };
        QTest::addRow("json") << u"json"_s << QByteArray("{\n  \"a\": 1,\n  \"b\": 2,\n  \"a\": 9,\n  \"a\": 3\n}\n")
                              << expect({u"5:3"_s, u"3:3"_s, u"4:3"_s, u"2"_s, u"5:3"_s, u"4"_s});
        QTest::addRow("properties") << u"properties"_s << QByteArray("a=1\nb=2\na=9\na=3\n")
                                    << expect({u"4:1"_s, u"2:1"_s, u"3:1"_s, u"1"_s, u"4:1"_s, u"3"_s});
        QTest::addRow("yaml") << u"yaml"_s << QByteArray("a: 1\nb: 2\na: 9\na: 3\n")
                              << expect({u"4:1"_s, u"2:1"_s, u"3:1"_s, u"1"_s, u"4:1"_s, u"3"_s});
        QTest::addRow("yaml-cpp") << u"yaml-cpp"_s << QByteArray("a: 1\nb: 2\na: 9\na: 3\n")
                                  << expect({u"4:1"_s, u"2:1"_s, u"3:1"_s, u"1"_s, u"4:1"_s, u"3"_s});
    }
    void repeatedKeys()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, text);
        QFETCH(QStringList, expected);
        const Normaliser normaliser;
        ConfigContentBuilder named(u"config/app.x"_s, u"config/"_s);
        const ConfigFileContent content = format == u"json" ? parseJsonConfig(text, named, normaliser)
            : format == u"properties"                       ? parsePropertiesConfig(text, named, normaliser)
            : format == u"yaml"                             ? parseYamlConfig(text, named, normaliser)
                                                            : parseYamlConfigWithYamlCpp(text, named, normaliser);
        QCOMPARE(dump(content), expected);
    }

    void aRepeatedKeysSectionsKeepWhereTheyWereFirstWritten()
    {
        // The entry of a repeated key moves to its last line; the sections derived from it stay
        // where the key first made them.
        const ConfigFileContent content = parsePropertiesConfig("a.b.c=1\nd=2\na.b.c=3\n", builder(), Normaliser());
        QVERIFY2(content.ok(), qPrintable(content.errorString));
        QCOMPARE(content.sections.value(u"config/a"_s).line, 1);
        QCOMPARE(content.sections.value(u"config/a.b"_s).line, 1);
        QCOMPARE(content.firstLayerEntries.value(u"config/a.b.c"_s).provenance.value(0).line, 3);
        QCOMPARE(content.firstLayerEntries.value(u"config/a.b.c"_s).value.display(), u"3"_s);
        QCOMPARE(content.firstLayerEntries.keys(), QStringList({u"config/a.b.c"_s, u"config/d"_s}));
    }

    void filesShareTheirKeysAndValues()
    {
        // Twenty environments' files list the same keys and mostly the same values: each is held
        // once, whichever reader read it and in whatever order.
        const auto read = [](const QByteArray &text, const QString &format) {
            ConfigContentBuilder shared(u"config/app.x"_s, u"config/"_s);
            shared.setShared(true);
            const Normaliser normaliser;
            return format == u"json" ? parseJsonConfig(text, shared, normaliser)
                : format == u"yaml"  ? parseYamlConfig(text, shared, normaliser)
                                     : parsePropertiesConfig(text, shared, normaliser);
        };
        const ConfigFileContent yaml = read("pool.one: 1\npool.two: shared text\npool.three: true\n", u"yaml"_s);
        const ConfigFileContent json
            = read("{\"pool.three\": true, \"pool.two\": \"shared text\", \"pool.one\": 1}", u"json"_s);
        const ConfigFileContent properties = read("pool.two=shared text\npool.one=1\n", u"properties"_s);
        for (const ConfigFileContent *content : {&yaml, &json, &properties})
            QVERIFY2(content->ok(), qPrintable(content->errorString));
        for (const ConfigFileContent *other : {&json, &properties}) {
            for (auto it = other->firstLayerEntries.cbegin(); it != other->firstLayerEntries.cend(); ++it) {
                const auto mine = yaml.firstLayerEntries.constFind(it.key());
                QVERIFY2(mine != yaml.firstLayerEntries.cend(), qPrintable(it.key()));
                QVERIFY2(mine.key().constData() == it.key().constData(), qPrintable(it.key()));
                QCOMPARE(it->value, mine->value);
                // "1" from YAML and from .properties, and a string quoted in JSON or not.
                QVERIFY2(it->value.identity() == mine->value.identity(), qPrintable(it.key()));
            }
        }
    }

    void repeatedKeysBeforeAMergeKey()
    {
        // The first inherited setting switches the builder to looking keys up as they come: a key
        // repeated before it is still found, and written keys still beat inherited ones.
        const QByteArray text = "a: 1\na: 2\nbase: &b\n  x: 1\n  y: 1\nc:\n  <<: *b\n  y: 2\na: 3\n";
        const ConfigFileContent content = parseYamlConfigWithYamlCpp(text, builder(), Normaliser());
        QVERIFY2(content.ok(), qPrintable(content.errorString));
        QStringList keys;
        for (const ConfigSetting &setting : settingsOf(content))
            keys.append(setting.key);
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());
        QCOMPARE(keys.count(u"config/a"_s), 1);
        QCOMPARE(content.firstLayerEntries.value(u"config/a"_s).value.display(), u"3"_s);
        QCOMPARE(content.warnings,
                 QStringList({u"config/app.yaml:2:1: “a” is set again here (line 1); the later value wins"_s,
                              u"config/app.yaml:9:1: “a” is set again here (line 2); the later value wins"_s}));
        QVERIFY(content.settings.isEmpty()); // the entries hold them
        QCOMPARE(content.firstLayerEntries.value(u"config/c.y"_s).value.display(), u"2"_s);
        QCOMPARE(content.firstLayerEntries.value(u"config/c.x"_s).value.display(), u"1"_s);
        QCOMPARE(content.firstLayerEntries.value(u"config/a"_s).provenance.value(0).line, 9);
    }

    // The first byte that is not UTF-8, wherever it falls among the ASCII read eight at a time.
    void firstInvalidUtf8Offsets()
    {
        const auto invalidAt = [](const QByteArray &text) {
            return firstInvalidUtf8(text);
        };
        for (int ascii = 0; ascii < 20; ++ascii) {
            const QByteArray prefix(ascii, 'a');
            QCOMPARE(invalidAt(prefix), -1);
            QCOMPARE(invalidAt(prefix + "\xff" + QByteArray(9, 'b')), ascii);
            QCOMPARE(invalidAt(prefix + "\xc3\xa9" + QByteArray(9, 'b')), -1); // é
            QCOMPARE(invalidAt(prefix + "\xc3" + QByteArray(9, 'b')), ascii); // cut short
            QCOMPARE(invalidAt(prefix + "\xc0\xaf"), ascii); // overlong '/'
            QCOMPARE(invalidAt(prefix + "\xed\xa0\x80"), ascii); // a surrogate
            QCOMPARE(invalidAt(QByteArray(9, 'b') + "\xe2\x82\xac" + prefix + "\x80"), 12 + ascii);
        }
    }

    void repeatedValuesKeepTheirMeaning_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addRow("yaml (fast reader)") << u"yaml"_s;
        QTest::addRow("yaml (yaml-cpp)") << u"yaml-cpp"_s;
        QTest::addRow("json") << u"json"_s;
        QTest::addRow("properties") << u"properties"_s;
        QTest::addRow("dotenv") << u"env"_s;
    }

    void repeatedValuesKeepTheirMeaning()
    {
        QFETCH(QString, format);
        const QList<std::pair<QByteArray, bool>> texts
            = {{"3000", false}, {"3000", true},  {"true", false}, {"true", true}, {"100m", false},
               {"1Gi", true},   {"null", false}, {"0755", false}, {"x y", true},  {"{\"b\":1,\"a\":2}", true}};
        NormalisationOptions strict;
        strict.coerceScalars = false;
        for (const Normaliser &normaliser : {Normaliser(), Normaliser(strict)}) {
            QByteArray text = format == u"json" ? "{" : "";
            QList<std::pair<QString, Value>> expected;
            for (int round = 0; round < 3; ++round) {
                for (qsizetype i = 0; i < texts.size(); ++i) {
                    const auto &[raw, quoted] = texts[i];
                    const QByteArray name = "k" + QByteArray::number(round) + "x" + QByteArray::number(i);
                    const bool plainNull = raw == "null" && !quoted;
                    if (format == u"json") {
                        if (!quoted && raw != "3000" && raw != "true" && raw != "null")
                            continue; // not a JSON literal
                        text += QByteArray(text.size() > 1 ? "," : "") + '"' + name
                            + "\":" + (quoted ? '"' + QByteArray(raw).replace("\"", "\\\"") + '"' : raw);
                    } else if (format == u"properties") {
                        if (quoted)
                            continue;
                        text += name + '=' + raw + '\n';
                    } else if (format == u"env") {
                        text += name.toUpper() + '=' + (quoted ? '\'' + raw + '\'' : raw) + '\n';
                    } else {
                        text += name + ": " + (quoted ? '\'' + raw + '\'' : raw) + '\n';
                    }
                    const QString key = format == u"env" ? QString::fromLatin1(name.toUpper())
                                                         : u"config/"_s + QString::fromLatin1(name);
                    expected.append({key,
                                     plainNull && format != u"properties" && format != u"env"
                                         ? Value::null()
                                         : normaliser.scalar(QString::fromUtf8(raw), quoted)});
                }
            }
            if (format == u"json")
                text += "}";
            const QString prefix = format == u"env" ? QString() : u"config/"_s;
            const ConfigContentBuilder b(u"f"_s, prefix);
            const ConfigFileContent content = format == u"json" ? parseJsonConfig(text, b, normaliser)
                : format == u"properties"                       ? parsePropertiesConfig(text, b, normaliser)
                : format == u"env"                              ? parseDotenvConfig(text, b, normaliser)
                : format == u"yaml-cpp"                         ? parseYamlConfigWithYamlCpp(text, b, normaliser)
                                                                : parseYamlConfig(text, b, normaliser);
            QVERIFY2(content.ok(), qPrintable(content.errorString));
            const QList<ConfigSetting> settings = settingsOf(content);
            QCOMPARE(settings.size(), expected.size());
            for (qsizetype i = 0; i < expected.size(); ++i) {
                QCOMPARE(settings[i].key, expected[i].first);
                QCOMPARE(describe(settings[i].value), describe(expected[i].second));
            }
        }
    }
};

QTEST_GUILESS_MAIN(ConfigReadersTest)
#include "tst_configreaders.moc"
