#include "values/normaliser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace DriftDeck;

namespace {

enum Option { Defaults, NoCoerce, NoQuantities, NoJsonStrings, ListIdentity };

NormalisationOptions optionsFor(Option option)
{
    NormalisationOptions options;
    switch (option) {
    case Defaults:
        break;
    case NoCoerce:
        options.coerceScalars = false;
        break;
    case NoQuantities:
        options.quantities = false;
        break;
    case NoJsonStrings:
        options.structuredJsonStrings = false;
        break;
    case ListIdentity:
        options.listIdentityFields = {QStringLiteral("name"), QStringLiteral("id")};
        break;
    }
    return options;
}

// JSON test data reads better with single quotes (and moc cannot parse raw string literals).
QString q(const char *text)
{
    return QString::fromUtf8(text).replace(u'\'', u'"');
}

QJsonValue json(const char *text)
{
    // Wrapped in an array so scalars parse too.
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + text + "]");
    Q_ASSERT(document.isArray());
    return document.array().first();
}

} // namespace

class NormaliserTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scalar_data()
    {
        QTest::addColumn<int>("option");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("quoted");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QString>("display");

        QTest::addRow("integer") << int(Defaults) << "3000" << false << "number" << "3000" << "3000";
        QTest::addRow("quoted integer coerced") << int(Defaults) << "3000" << true << "number" << "3000" << "3000";
        QTest::addRow("quoted integer kept") << int(NoCoerce) << "3000" << true << "string" << "3000" << "3000";
        QTest::addRow("unquoted integer without coercion") << int(NoCoerce) << "3000" << false << "number" << "3000"
                                                           << "3000";
        QTest::addRow("decimal trailing zero") << int(Defaults) << "1.0" << false << "number" << "1" << "1.0";
        QTest::addRow("leading plus") << int(Defaults) << "+42" << false << "number" << "42" << "+42";
        QTest::addRow("negative") << int(Defaults) << "-0.5" << false << "number" << "-0.5" << "-0.5";
        QTest::addRow("exponent") << int(Defaults) << "1.5e3" << false << "number" << "1500" << "1.5e3";
        QTest::addRow("negative exponent") << int(Defaults) << "25E-2" << false << "number" << "0.25" << "25E-2";
        QTest::addRow("leading dot") << int(Defaults) << ".5" << false << "number" << "0.5" << ".5";
        QTest::addRow("negative zero") << int(Defaults) << "-0" << false << "number" << "0" << "-0";
        QTest::addRow("hex stays string") << int(Defaults) << "0x1F" << false << "string" << "0x1F" << "0x1F";
        QTest::addRow("octal-looking stays string") << int(Defaults) << "0755" << false << "string" << "0755"
                                                    << "0755";
        QTest::addRow("underscore digits stay string") << int(Defaults) << "1_000" << false << "string" << "1_000"
                                                       << "1_000";
        QTest::addRow("empty is string") << int(Defaults) << "" << false << "string" << "" << "";
        QTest::addRow("sign only is string") << int(Defaults) << "-" << false << "string" << "-" << "-";
        QTest::addRow("version is string") << int(Defaults) << "1.2.3" << false << "string" << "1.2.3" << "1.2.3";
        QTest::addRow("overflow is string") << int(Defaults) << "1e999" << false << "string" << "1e999" << "1e999";
        QTest::addRow("huge integer keeps digits") << int(Defaults) << "12345678901234567891" << false << "number"
                                                   << "12345678901234567891" << "12345678901234567891";
        QTest::addRow("true") << int(Defaults) << "true" << false << "boolean" << "true" << "true";
        QTest::addRow("True any case") << int(Defaults) << "TRUE" << false << "boolean" << "true" << "TRUE";
        QTest::addRow("quoted false coerced") << int(Defaults) << "false" << true << "boolean" << "false" << "false";
        QTest::addRow("quoted true kept") << int(NoCoerce) << "true" << true << "string" << "true" << "true";
        QTest::addRow("yes is no boolean") << int(Defaults) << "yes" << false << "string" << "yes" << "yes";
        QTest::addRow("on is no boolean") << int(Defaults) << "on" << false << "string" << "on" << "on";
        QTest::addRow("null") << int(Defaults) << "null" << false << "null" << "null" << "null";
        QTest::addRow("tilde") << int(Defaults) << "~" << false << "null" << "null" << "null";
        QTest::addRow("quoted null is string") << int(Defaults) << "null" << true << "string" << "null" << "null";
        QTest::addRow("millis") << int(Defaults) << "100m" << false << "number" << "0.1" << "100m";
        QTest::addRow("Gi") << int(Defaults) << "1Gi" << false << "number" << "1073741824" << "1Gi";
        QTest::addRow("Ki fraction") << int(Defaults) << "1.5Ki" << false << "number" << "1536" << "1.5Ki";
        QTest::addRow("k") << int(Defaults) << "1.5k" << false << "number" << "1500" << "1.5k";
        QTest::addRow("M") << int(Defaults) << "2M" << false << "number" << "2e+06" << "2M";
        QTest::addRow("E") << int(Defaults) << "1E" << false << "number" << "1e+18" << "1E";
        QTest::addRow("quoted quantity coerced") << int(Defaults) << "512Mi" << true << "number" << "536870912"
                                                 << "512Mi";
        QTest::addRow("quoted quantity kept") << int(NoCoerce) << "512Mi" << true << "string" << "512Mi" << "512Mi";
        QTest::addRow("quantities off") << int(NoQuantities) << "100m" << false << "string" << "100m" << "100m";
        QTest::addRow("unknown suffix") << int(Defaults) << "100x" << false << "string" << "100x" << "100x";
        QTest::addRow("lower-case gi is no quantity") << int(Defaults) << "1gi" << false << "string" << "1gi"
                                                      << "1gi";
        QTest::addRow("json object string") << int(Defaults) << q("{'b': 2, 'a': [1, 'x']}") << true << "string"
                                            << q("{'a':[1,'x'],'b':2}") << q("{'b': 2, 'a': [1, 'x']}");
        QTest::addRow("json array string") << int(Defaults) << q(" [ 1, 2 ]") << true << "string" << "[1,2]"
                                           << " [ 1, 2 ]";
        QTest::addRow("json strings off")
            << int(NoJsonStrings) << q("{'b':2,'a':1}") << true << "string" << q("{'b':2,'a':1}") << q("{'b':2,'a':1}");
        QTest::addRow("broken json stays string")
            << int(Defaults) << q("{'a':") << true << "string" << q("{'a':") << q("{'a':");
    }
    void scalar()
    {
        QFETCH(int, option);
        QFETCH(QString, text);
        QFETCH(bool, quoted);
        QFETCH(QString, kind);
        QFETCH(QString, canonical);
        QFETCH(QString, display);
        const Value value = Normaliser(optionsFor(Option(option))).scalar(text, quoted);
        QCOMPARE(valueKindName(value.kind()), kind);
        QCOMPARE(value.canonical(), canonical);
        QCOMPARE(value.display(), display);
    }

    // Pairs of values as two sources might write them; whether they count as the same.
    void equality_data()
    {
        QTest::addColumn<int>("option");
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        // A leading '=' marks a quoted scalar, '#' marks JSON to go through fromJson().
        QTest::addRow("3000 vs \"3000\"") << int(Defaults) << "3000" << "=3000" << true;
        QTest::addRow("3000 vs \"3000\" without coercion") << int(NoCoerce) << "3000" << "=3000" << false;
        QTest::addRow("true vs \"true\"") << int(Defaults) << "true" << "=true" << true;
        QTest::addRow("true vs \"true\" without coercion") << int(NoCoerce) << "true" << "=true" << false;
        QTest::addRow("1 vs 1.0") << int(Defaults) << "1" << "1.0" << true;
        QTest::addRow("100m vs 0.1") << int(Defaults) << "100m" << "0.1" << true;
        QTest::addRow("100m vs 0.1 without quantities") << int(NoQuantities) << "100m" << "0.1" << false;
        QTest::addRow("1Gi vs 1073741824") << int(Defaults) << "1Gi" << "1073741824" << true;
        QTest::addRow("1Gi vs 1G") << int(Defaults) << "1Gi" << "1G" << false;
        QTest::addRow("json strings, key order")
            << int(Defaults) << q("={'a':1,'b':2}") << q("={ 'b': 2, 'a': 1 }") << true;
        QTest::addRow("json strings, key order, off")
            << int(NoJsonStrings) << q("={'a':1,'b':2}") << q("={ 'b': 2, 'a': 1 }") << false;
        QTest::addRow("json string vs map") << int(Defaults) << q("={'a':1}") << q("#{'a':1}") << false;
        QTest::addRow("map key order") << int(Defaults) << q("#{'a':1,'b':{'d':2,'c':3}}")
                                       << q("#{'b':{'c':3,'d':2},'a':1}") << true;
        QTest::addRow("map value differs") << int(Defaults) << q("#{'a':1}") << q("#{'a':2}") << false;
        QTest::addRow("[3000] vs [\"3000\"]") << int(Defaults) << "#[3000]" << q("#['3000']") << true;
        QTest::addRow("[3000] vs [\"3000\"] without coercion") << int(NoCoerce) << "#[3000]" << q("#['3000']") << false;
        QTest::addRow("nested quantity") << int(Defaults) << q("#{'cpu':'100m'}") << q("#{'cpu':0.1}") << true;
        QTest::addRow("list order matters") << int(Defaults) << "#[1,2]" << "#[2,1]" << false;
        QTest::addRow("identity list reordered, no fields")
            << int(Defaults) << q("#[{'name':'a'},{'name':'b'}]") << q("#[{'name':'b'},{'name':'a'}]") << false;
        QTest::addRow("identity list reordered") << int(ListIdentity) << q("#[{'name':'a','v':1},{'name':'b'}]")
                                                 << q("#[{'name':'b'},{'v':1,'name':'a'}]") << true;
        QTest::addRow("identity list by second field")
            << int(ListIdentity) << q("#[{'id':2},{'id':1}]") << q("#[{'id':1},{'id':2}]") << true;
        QTest::addRow("identity list, one item without field")
            << int(ListIdentity) << q("#[{'name':'a'},{'x':1}]") << q("#[{'x':1},{'name':'a'}]") << false;
        QTest::addRow("identity list, content differs") << int(ListIdentity) << q("#[{'name':'a','v':1},{'name':'b'}]")
                                                        << q("#[{'name':'b'},{'name':'a','v':2}]") << false;
        QTest::addRow("identity list nested") << int(ListIdentity) << q("#{'env':[{'name':'X'},{'name':'Y'}]}")
                                              << q("#{'env':[{'name':'Y'},{'name':'X'}]}") << true;
        QTest::addRow("json number vs string") << int(Defaults) << "#3000" << "#\"3000\"" << true;
        QTest::addRow("json bool vs unquoted true") << int(Defaults) << "#true" << "true" << true;
    }
    void equality()
    {
        QFETCH(int, option);
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        const Normaliser normaliser(optionsFor(Option(option)));
        const auto make = [&](const QString &text) {
            if (text.startsWith(u'='))
                return normaliser.scalar(text.mid(1), true);
            if (text.startsWith(u'#'))
                return normaliser.fromJson(json(text.mid(1).toUtf8().constData()));
            return normaliser.scalar(text, false);
        };
        const Value va = make(a);
        const Value vb = make(b);
        QCOMPARE(va == vb, same);
        if (same)
            QCOMPARE(va.hash(), vb.hash());
    }

    void structures_data()
    {
        QTest::addColumn<int>("option");
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QString>("display");
        QTest::addRow("map sorted recursively")
            << int(Defaults) << q("{'z':{'y':1,'x':[true,null]},'a':'s'}") << "map"
            << q("{'a':'s','z':{'x':[true,null],'y':1}}") << q("{'a':'s','z':{'x':[true,null],'y':1}}");
        QTest::addRow("list display keeps order")
            << int(ListIdentity) << q("[{'name':'b'},{'name':'a'}]") << "list" << q("[{'name':'a'},{'name':'b'}]")
            << q("[{'name':'b'},{'name':'a'}]");
        QTest::addRow("numbers canonical") << int(Defaults) << "[1.50, 1e3, -0]" << "list" << "[1.5,1000,0]"
                                           << "[1.5,1000,0]";
        QTest::addRow("strings escaped") << int(Defaults) << "[\"a\\\"b\\\\c\\n\\u0001\"]" << "list"
                                         << "[\"a\\\"b\\\\c\\n\\u0001\"]" << "[\"a\\\"b\\\\c\\n\\u0001\"]";
        QTest::addRow("coerced strings in structure")
            << int(Defaults) << q("{'n':'3000','b':'TRUE','q':'1Ki'}") << "map" << q("{'b':true,'n':3000,'q':1024}")
            << q("{'b':'TRUE','n':'3000','q':'1Ki'}");
        QTest::addRow("strings in structure, no coercion")
            << int(NoCoerce) << q("{'n':'3000'}") << "map" << q("{'n':'3000'}") << q("{'n':'3000'}");
        QTest::addRow("empty map") << int(Defaults) << "{}" << "map" << "{}" << "{}";
        QTest::addRow("empty list") << int(ListIdentity) << "[]" << "list" << "[]" << "[]";
        QTest::addRow("json number") << int(Defaults) << "2.50" << "number" << "2.5" << "2.5";
        QTest::addRow("json string") << int(Defaults) << q("'hello'") << "string" << "hello" << "hello";
        QTest::addRow("json null") << int(Defaults) << "null" << "null" << "null" << "null";
        QTest::addRow("json false") << int(Defaults) << "false" << "boolean" << "false" << "false";
    }
    void structures()
    {
        QFETCH(int, option);
        QFETCH(QString, json);
        QFETCH(QString, kind);
        QFETCH(QString, canonical);
        QFETCH(QString, display);
        const Value value = Normaliser(optionsFor(Option(option))).fromJson(::json(json.toUtf8().constData()));
        QCOMPARE(valueKindName(value.kind()), kind);
        QCOMPARE(value.canonical(), canonical);
        QCOMPARE(value.display(), display);
    }

    void quantity_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value");
        QTest::addRow("plain") << "5" << true << 5.0;
        QTest::addRow("milli") << "250m" << true << 0.25;
        QTest::addRow("Mi") << "512Mi" << true << 536870912.0;
        QTest::addRow("Ei") << "1Ei" << true << 1152921504606846976.0;
        QTest::addRow("T") << "3T" << true << 3e12;
        QTest::addRow("exponent") << "5e3" << true << 5000.0;
        QTest::addRow("signed") << "-1.5k" << true << -1500.0;
        QTest::addRow("suffix only") << "Gi" << false << 0.0;
        QTest::addRow("two suffixes") << "1KiB" << false << 0.0;
        QTest::addRow("space") << "1 Gi" << false << 0.0;
        QTest::addRow("empty") << "" << false << 0.0;
        QTest::addRow("bad exponent") << "1e" << false << 0.0;
    }
    void quantity()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(double, value);
        double parsed = -1;
        QCOMPARE(Normaliser::parseQuantity(text, &parsed), ok);
        if (ok)
            QCOMPARE(parsed, value);
    }

    void relaxedName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::addRow("environment variable") << "SPRING_DATASOURCE_URL" << "spring.datasource.url";
        QTest::addRow("camel case") << "spring.dataSource.url" << "spring.datasource.url";
        QTest::addRow("kebab case") << "spring.data-source.url" << "spring.datasource.url";
        QTest::addRow("dash joins words, not elements") << "spring.datasource-url" << "spring.datasourceurl";
        QTest::addRow("underscore in a file name") << "spring.JPA.database_platform" << "spring.jpa.databaseplatform";
        QTest::addRow("kebab equals camel") << "spring.jpa.database-platform" << "spring.jpa.databaseplatform";
        QTest::addRow("environment list index") << "MY_ACME_1_OTHER" << "my.acme[1].other";
        QTest::addRow("file list index") << "my.acme[1].other" << "my.acme[1].other";
        QTest::addRow("map key in brackets keeps case") << "my.map[Key-A].x" << "my.map[Key-A].x";
        QTest::addRow("single word") << "PORT" << "port";
        QTest::addRow("double underscore") << "SERVER__PORT" << "server.port";
        QTest::addRow("empty") << "" << "";
    }
    void relaxedName()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(Normaliser::relaxedName(name), expected);
    }
};

QTEST_GUILESS_MAIN(NormaliserTest)
#include "tst_normaliser.moc"
