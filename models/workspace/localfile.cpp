#include "localfile.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace DriftDeck::LocalFile {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::LocalFile)
};

Kind kindOfMode(mode_t mode)
{
    if (S_ISREG(mode))
        return Kind::Regular;
    if (S_ISDIR(mode))
        return Kind::Folder;
    if (S_ISFIFO(mode))
        return Kind::Pipe;
    return Kind::Other;
}

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

// O_NONBLOCK: opening a FIFO that nobody writes to returns at once instead of waiting for a writer.
int openWithoutBlocking(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    int fd;
    do {
        fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

} // namespace

Kind kindOf(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return Kind::Missing;
    return kindOfMode(info.st_mode);
}

QString notRegularReason(Kind kind)
{
    switch (kind) {
    case Kind::Regular:
        return {};
    case Kind::Missing:
        return Text::tr("no such file");
    case Kind::Folder:
        return Text::tr("is a folder, not a file");
    case Kind::Pipe:
        return Text::tr("is a pipe (FIFO), not a regular file");
    case Kind::Other:
        break;
    }
    return Text::tr("is a device or socket, not a regular file");
}

QByteArray readAtMost(QFile &file, qint64 maxBytes)
{
    const qint64 limit = maxBytes + 1;
    QByteArray bytes;
    // The size is a hint only (the file may grow or shrink while it is read); the limit is not.
    bytes.reserve(qsizetype(std::clamp<qint64>(file.size() - file.pos() + 1, 0, limit)));
    char buffer[64 * 1024];
    while (bytes.size() < limit) {
        const qint64 n = file.read(buffer, std::min<qint64>(sizeof buffer, limit - bytes.size()));
        if (n <= 0)
            break;
        bytes.append(buffer, qsizetype(n));
    }
    return bytes;
}

bool openRegular(QFile &file, const QString &path, QString *error)
{
    const int fd = openWithoutBlocking(path);
    if (fd < 0) {
        *error = errno == ENOENT ? notRegularReason(Kind::Missing) : systemError(errno);
        return false;
    }
    struct stat info;
    if (::fstat(fd, &info) != 0) {
        *error = systemError(errno);
        ::close(fd);
        return false;
    }
    if (!S_ISREG(info.st_mode)) {
        *error = notRegularReason(kindOfMode(info.st_mode));
        ::close(fd);
        return false;
    }
    // Reads of a regular file never block anyway; clear the flag so nothing downstream sees EAGAIN.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        *error = file.errorString();
        ::close(fd);
        return false;
    }
    return true;
}

Read readRegular(const QString &path, qint64 maxBytes)
{
    Read read;
    QFile file;
    if (!openRegular(file, path, &read.errorString))
        return read;
    QByteArray bytes = readAtMost(file, maxBytes);
    if (file.error() != QFileDevice::NoError) {
        read.errorString = file.errorString();
        return read;
    }
    if (bytes.size() > maxBytes) {
        read.errorString = Text::tr("larger than %1 MiB").arg(double(maxBytes) / (1024 * 1024), 0, 'g', 3);
        return read;
    }
    read.bytes = bytes.isNull() ? QByteArray("") : std::move(bytes);
    return read;
}

Read readFileOrPipe(const QString &path, qint64 maxBytes, int silenceMs)
{
    Read read;
    const int fd = openWithoutBlocking(path);
    if (fd < 0) {
        read.errorString = errno == ENOENT ? notRegularReason(Kind::Missing) : systemError(errno);
        return read;
    }
    struct stat info;
    const Kind kind = ::fstat(fd, &info) == 0 ? kindOfMode(info.st_mode) : Kind::Other;
    if (kind != Kind::Regular && kind != Kind::Pipe) {
        read.errorString = notRegularReason(kind);
        ::close(fd);
        return read;
    }
    read.pipe = kind == Kind::Pipe;
    const qint64 limit = maxBytes + 1;
    QByteArray bytes;
    char buffer[65536];
    while (bytes.size() < limit) {
        const ssize_t n = ::read(fd, buffer, size_t(std::min<qint64>(sizeof buffer, limit - bytes.size())));
        if (n > 0) {
            bytes.append(buffer, n);
            continue;
        }
        if (n == 0)
            break; // end of file, or a FIFO that no program has opened for writing
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN) {
            read.errorString = systemError(errno);
            break;
        }
        // A writer is there but has nothing yet: wait, but not forever.
        pollfd wait{fd, POLLIN, 0};
        int ready;
        do {
            ready = ::poll(&wait, 1, silenceMs);
        } while (ready < 0 && errno == EINTR);
        if (ready == 0) {
            read.errorString = Text::tr("the pipe sent nothing for %1 s").arg(silenceMs / 1000);
            break;
        }
    }
    ::close(fd);
    if (read.ok())
        read.bytes = std::move(bytes);
    return read;
}

} // namespace DriftDeck::LocalFile
