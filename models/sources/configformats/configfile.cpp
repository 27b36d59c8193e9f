#include "configreaders.h"
#include "workspace/localfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstring>

namespace DriftDeck {

namespace {
// A struct, not a tr() function: lupdate then files these strings under the context used at run time.
struct FormatText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::ConfigFormats)
};

QString tooLarge()
{
    return FormatText::tr("the file is larger than %1 MiB, too large for a configuration file")
        .arg(MaximumConfigFileSize / (1024 * 1024));
}

} // namespace

qsizetype firstInvalidUtf8(QByteArrayView text)
{
    const auto *data = reinterpret_cast<const unsigned char *>(text.data());
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        // Configuration is mostly ASCII: eight bytes at a time while no byte has its high bit.
        if (quint64 word; i + 8 <= size && (std::memcpy(&word, data + i, 8), (word & 0x8080808080808080ULL) == 0)) {
            i += 8;
            continue;
        }
        const unsigned char c = data[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t minimum = 0;
        char32_t codePoint = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            minimum = 0x80;
            codePoint = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            minimum = 0x800;
            codePoint = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            minimum = 0x10000;
            codePoint = c & 0x07;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (data[i + k] & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and values beyond Unicode are not UTF-8 either.
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

TextPosition positionOfOffset(QByteArrayView text, qsizetype offset)
{
    TextPosition position{1, 1};
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((c & 0xC0) != 0x80) { // count characters, not continuation bytes
            ++position.column;
        }
    }
    return position;
}

ConfigFileContent readConfigFile(const QString &absolutePath, const QString &displayPath, ConfigFormat format,
                                 const Normaliser &normaliser, const QString &keyPrefix)
{
    ConfigContentBuilder builder(displayPath, keyPrefix);
    builder.setShared(format != ConfigFormat::Dotenv);
    const QFileInfo info(absolutePath);
    if (info.size() > MaximumConfigFileSize) {
        builder.fail({}, tooLarge());
        return builder.finish(false);
    }
    // Regular files only: a FIFO or a device would block the reading thread for good.
    QFile file;
    QString openError;
    if (!LocalFile::openRegular(file, absolutePath, &openError)) {
        builder.fail({}, FormatText::tr("cannot read the file: %1").arg(openError));
        return builder.finish(false);
    }
    // Read at most one byte more than allowed, in case the file grew after the size check.
    QByteArray text = LocalFile::readAtMost(file, MaximumConfigFileSize);
    if (text.size() > MaximumConfigFileSize) {
        builder.fail({}, tooLarge());
        return builder.finish(false);
    }
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    const qsizetype invalid = firstInvalidUtf8(text);
    if (invalid >= 0) {
        builder.fail(positionOfOffset(text, invalid), FormatText::tr("the file is not valid UTF-8 text"));
        return builder.finish(false);
    }
    switch (format) {
    case ConfigFormat::Yaml:
        return parseYamlConfig(text, std::move(builder), normaliser);
    case ConfigFormat::Json:
        return parseJsonConfig(text, std::move(builder), normaliser);
    case ConfigFormat::Dotenv:
        return parseDotenvConfig(text, std::move(builder), normaliser);
    case ConfigFormat::Properties:
        return parsePropertiesConfig(text, std::move(builder), normaliser);
    case ConfigFormat::Unknown:
        break;
    }
    builder.fail({}, FormatText::tr("unknown file format; use .yaml, .yml, .json, .env or .properties"));
    return builder.finish(false);
}

} // namespace DriftDeck
