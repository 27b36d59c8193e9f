#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

namespace DriftDeck {

// A pull reader over UTF-8 JSON text. Snapshot files hold millions of values; building a
// QJsonDocument for them costs several times the file size in memory and seconds of parsing,
// so the snapshot reader walks the text once and fills its own structures directly.
//
// Every call returns false once a syntax error has been found; the first error (its reason
// and byte offset) is kept. Semantic checks ("expected a string") belong to the caller.
class JsonReader
{
public:
    enum class Token : quint8 { Invalid, Null, Boolean, Number, String, Array, Object };

    explicit JsonReader(QByteArrayView data);

    // The type of the next value, after whitespace. Invalid (with an error) when there is none.
    Token peek();

    bool beginObject(); // consumes '{'
    // The next member's name; false when the object ends (the '}' is consumed) or on error.
    bool nextMember(QString *name);
    // The same, without allocating: the name's UTF-8 bytes, valid until the next call.
    bool nextMember(QByteArrayView *name);
    bool beginArray(); // consumes '['
    // True when another element follows; false when the array ends ('] consumed) or on error.
    bool nextElement();

    bool readString(QString *out);
    // A string's UTF-8 bytes without building a QString; valid until the next call.
    bool readUtf8(QByteArrayView *out);
    bool readNumber(double *out);
    bool readBoolean(bool *out);
    bool readNull();
    bool skipValue();
    // Only whitespace may follow the top-level value.
    bool finish();

    bool hasError() const { return m_error; }
    QString errorReason() const { return m_reason; }
    qint64 errorOffset() const { return m_errorOffset; }
    // The error is at the end of the text: the file was most likely cut short.
    bool errorAtEnd() const { return m_error && m_errorOffset >= m_size; }

    qint64 position() const { return m_pos; }
    void seek(qint64 position) { m_pos = position; }

    static QString tokenName(Token token);

private:
    bool fail(const QString &reason);
    bool failUnexpected();
    void skipWhitespace();
    bool expect(char c);
    bool push();
    bool readStringSlow(const char *start, QByteArray *utf8);
    bool beforeMember();
    bool skipString();
    bool scanNumber(qint64 *end);

    const char *m_data;
    qint64 m_size;
    qint64 m_pos = 0;
    // One flag per open object or array: no member or element read yet.
    QVarLengthArray<bool, 16> m_first;
    bool m_error = false;
    qint64 m_errorOffset = 0;
    QString m_reason;
    QByteArray m_scratch; // decoded text of a string with escapes
};

} // namespace DriftDeck
