#include "exposition.h"

#include <QCoreApplication>

namespace DriftDeck {

namespace {

// Strings filed under the context DriftDeck::Exposition, the same in lupdate and at run time.
struct ExpositionText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::Exposition)
};

} // namespace

using namespace Qt::StringLiterals;

namespace {

bool isNameStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u':';
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || c.isDigit();
}

// Parses one sample line; returns an error message or an empty string.
QString parseSample(QStringView line, MetricSample *sample)
{
    qsizetype i = 0;
    while (i < line.size() && isNameChar(line[i]))
        ++i;
    if (i == 0 || !isNameStart(line[0]))
        return ExpositionText::tr("expected a metric name");
    sample->name = line.left(i).toString();
    if (i < line.size() && line[i] == u'{') {
        ++i;
        while (true) {
            while (i < line.size() && (line[i] == u' ' || line[i] == u','))
                ++i;
            if (i < line.size() && line[i] == u'}') {
                ++i;
                break;
            }
            const qsizetype start = i;
            while (i < line.size() && isNameChar(line[i]))
                ++i;
            if (i == start || i + 1 >= line.size() || line[i] != u'=' || line[i + 1] != u'"')
                return ExpositionText::tr("expected label=\"value\"");
            const QString name = line.mid(start, i - start).toString();
            i += 2;
            QString value;
            while (i < line.size() && line[i] != u'"') {
                if (line[i] == u'\\' && i + 1 < line.size()) {
                    ++i;
                    value += line[i] == u'n' ? u'\n' : line[i];
                } else {
                    value += line[i];
                }
                ++i;
            }
            if (i >= line.size())
                return ExpositionText::tr("unterminated label value");
            ++i;
            sample->labels.append({name, value});
        }
    }
    const QList<QStringView> rest = line.mid(i).trimmed().split(u' ', Qt::SkipEmptyParts);
    if (rest.isEmpty() || rest.size() > 2)
        return ExpositionText::tr("expected a value (and an optional timestamp) after the name");
    bool ok = false;
    const QString value = rest[0].toString();
    value.toDouble(&ok);
    if (!ok && value != u"NaN" && value != u"+Inf" && value != u"-Inf")
        return ExpositionText::tr("\"%1\" is not a number").arg(value);
    sample->value = value;
    return {};
}

} // namespace

QString MetricSample::label(const QString &name) const
{
    for (const auto &[key, value] : labels) {
        if (key == name)
            return value;
    }
    return {};
}

Exposition parseExposition(const QByteArray &bytes)
{
    Exposition result;
    const QString all = QString::fromUtf8(bytes);
    qsizetype lineNumber = 0;
    for (const auto lines = QStringView(all).split(u'\n'); QStringView line : lines) {
        ++lineNumber;
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        MetricSample sample;
        const QString error = parseSample(line, &sample);
        if (!error.isEmpty()) {
            result.errorString = ExpositionText::tr("line %1: %2").arg(lineNumber).arg(error);
            return result;
        }
        result.samples.append(std::move(sample));
    }
    return result;
}

} // namespace DriftDeck
