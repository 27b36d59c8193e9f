#pragma once

#include <QByteArray>
#include <QStringView>

class QIODevice;

namespace DriftDeck {

// Appends JSON text to a buffer and, when given a device, hands full buffers to it, so a
// snapshot of millions of values is written without ever holding a document tree in memory.
// The caller places commas and brackets; this class gets the escaping and the numbers right.
class JsonWriter
{
public:
    explicit JsonWriter(QIODevice *device = nullptr);

    void raw(const char *text) { m_buffer.append(text); }
    void raw(char c) { m_buffer.append(c); }
    void string(QStringView text);
    void string(const QByteArray &utf8);
    void integer(qint64 value);
    void number(double value);
    void boolean(bool value) { raw(value ? "true" : "false"); }
    void null() { raw("null"); }
    // "name": — with the quotes and colon.
    void name(const char *latin1);

    // Hands the buffer to the device once it has grown past a chunk; call after each record.
    void maybeFlush();
    bool flush();

    // Everything written, when there is no device.
    QByteArray takeBuffer() { return std::move(m_buffer); }

private:
    void appendEscaped(const char *data, qsizetype size);

    QIODevice *m_device;
    QByteArray m_buffer;
    bool m_failed = false;
};

} // namespace DriftDeck
