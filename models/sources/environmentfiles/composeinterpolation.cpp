#include "composeinterpolation.h"

#include <QCoreApplication>

namespace DriftDeck {

namespace {

struct InterpolationText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::ComposeInterpolation)
};

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

InterpolationResult invalid(QStringView whole)
{
    return {{}, InterpolationText::tr("invalid interpolation \"%1\"").arg(whole)};
}

// The inside of "${…}": a name, then nothing or an operator and its argument.
InterpolationResult substitute(QStringView braced, QStringView whole, const QHash<QString, QString> &variables)
{
    qsizetype n = 0;
    if (braced.isEmpty() || !isNameStart(braced[0]))
        return invalid(whole);
    while (n < braced.size() && isNameChar(braced[n]))
        ++n;
    const QString name = braced.left(n).toString();
    const auto found = variables.constFind(name);
    const bool set = found != variables.cend();
    const QString value = set ? *found : QString();
    QStringView rest = braced.mid(n);
    if (rest.isEmpty())
        return {value, {}};

    const bool colon = rest.startsWith(u':');
    if (colon)
        rest = rest.mid(1);
    if (rest.isEmpty() || (rest[0] != u'-' && rest[0] != u'?' && rest[0] != u'+'))
        return invalid(whole);
    const QChar op = rest[0];
    const QStringView argument = rest.mid(1);
    // "present" in the sense of the operator: set, and for the colon forms also not empty.
    const bool present = set && (!colon || !value.isEmpty());
    const auto argumentText = [&] {
        return interpolateCompose(argument, variables);
    };

    if (op == u'-')
        return present ? InterpolationResult{value, {}} : argumentText();
    if (op == u'+')
        return present ? argumentText() : InterpolationResult{colon ? QString() : value, {}};
    // op == '?'
    if (present)
        return {value, {}};
    const InterpolationResult message = argumentText();
    if (!message.ok())
        return message;
    if (message.text.isEmpty())
        return {{}, InterpolationText::tr("required variable %1 is missing a value").arg(name)};
    return {{}, InterpolationText::tr("required variable %1 is missing a value: %2").arg(name, message.text)};
}

} // namespace

InterpolationResult interpolateCompose(QStringView text, const QHash<QString, QString> &variables)
{
    InterpolationResult result;
    result.text.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c != u'$') {
            result.text += c;
            ++i;
            continue;
        }
        if (i + 1 >= text.size())
            return invalid(text.mid(i));
        const QChar next = text[i + 1];
        if (next == u'$') {
            result.text += u'$';
            i += 2;
            continue;
        }
        if (isNameStart(next)) {
            qsizetype end = i + 1;
            while (end < text.size() && isNameChar(text[end]))
                ++end;
            result.text += variables.value(text.mid(i + 1, end - i - 1).toString());
            i = end;
            continue;
        }
        if (next != u'{')
            return invalid(text.mid(i, 2));
        // The closing brace of this "${", counting nested "${…}" in defaults.
        qsizetype depth = 0;
        qsizetype close = -1;
        for (qsizetype j = i + 1; j < text.size(); ++j) {
            if (text[j] == u'{') {
                ++depth;
            } else if (text[j] == u'}' && --depth == 0) {
                close = j;
                break;
            }
        }
        if (close < 0)
            return invalid(text.mid(i));
        const InterpolationResult part
            = substitute(text.mid(i + 2, close - i - 2), text.mid(i, close - i + 1), variables);
        if (!part.ok())
            return part;
        result.text += part.text;
        i = close + 1;
    }
    return result;
}

} // namespace DriftDeck
