#pragma once

// Shared by the libFuzzer targets: the input as Qt bytes, and an in-memory file for the readers
// that take a path (they open it as any user file: the same checks, the same limits).
#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <sys/mman.h>
#include <unistd.h>

namespace DriftDeck::Fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A memfd is a regular file that lives in memory: rewriting it per input costs microseconds.
class MemoryFile
{
public:
    MemoryFile()
        : m_fd(::memfd_create("driftdeck-fuzz", MFD_CLOEXEC))
    {
    }
    ~MemoryFile() { ::close(m_fd); }
    MemoryFile(const MemoryFile &) = delete;
    MemoryFile &operator=(const MemoryFile &) = delete;

    QString write(const uint8_t *data, size_t size)
    {
        if (::ftruncate(m_fd, 0) != 0 || (size > 0 && ::pwrite(m_fd, data, size, 0) != ssize_t(size)))
            __builtin_trap();
        return QStringLiteral("/proc/self/fd/%1").arg(m_fd);
    }

private:
    int m_fd;
};

// The first input byte picks one of several decoders of a target; the rest is the body.
inline unsigned selector(const uint8_t *&data, size_t &size)
{
    if (size == 0)
        return 0;
    const unsigned choice = data[0];
    ++data;
    --size;
    return choice;
}

} // namespace DriftDeck::Fuzz
