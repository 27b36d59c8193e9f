#include "jsonanswer.h"

#include <QCoreApplication>

namespace DriftDeck {

namespace {
class JsonAnswerText
{
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::HttpSource)
};
} // namespace

QJsonDocument parseJsonAnswer(const QByteArray &body, QString *error)
{
    QJsonParseError parseError{};
    QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = JsonAnswerText::tr("the answer is not JSON: %1 at offset %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return {};
    }
    return document;
}

} // namespace DriftDeck
