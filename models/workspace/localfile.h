#pragma once

#include <QByteArray>
#include <QString>

class QFile;

namespace DriftDeck {

// Local files named by the user or by a workspace. open() on a FIFO without a writer, or read()
// on a device, can block forever (and with it a pool thread, and the exit that waits for it), so
// these open without blocking and look at what the path is before reading anything.
namespace LocalFile {

enum class Kind { Missing, Regular, Folder, Pipe, Other };

// What the path is, following symbolic links (/dev/stdin leads to the pipe itself).
Kind kindOf(const QString &path);
// "is a pipe (FIFO), not a regular file" and the like; empty for regular files.
QString notRegularReason(Kind kind);

// Opens a regular file read-only into `file` (closed on failure); anything else is refused
// without blocking, with the reason in *error.
bool openRegular(QFile &file, const QString &path, QString *error);

// Reads at most maxBytes + 1 bytes from an open file, so callers can tell "too large" apart.
// QIODevice::read(maxBytes + 1) allocates that whole size up front (128 MiB of address space for
// a 20-byte file when the limit is 64 MiB); this reads what the file holds, growing as it reads.
QByteArray readAtMost(QFile &file, qint64 maxBytes);

struct Read {
    QByteArray bytes;
    QString errorString;
    bool pipe = false; // read from a pipe: it cannot be read a second time

    bool ok() const { return errorString.isEmpty(); }
};

// A regular file, or a pipe (`driftdeck check /dev/stdin`) read once to its end. At most
// maxBytes + 1 bytes are read, so callers can tell "too large" apart; a pipe whose writer is
// silent for silenceMs, or that has no writer at all, ends with an error rather than a hang.
inline constexpr int DefaultSilenceMs = 10000;
Read readFileOrPipe(const QString &path, qint64 maxBytes, int silenceMs = DefaultSilenceMs);

// A whole regular file of at most maxBytes, or the reason it cannot be had ("no such file", "is a
// pipe (FIFO), not a regular file", "larger than 8 MiB", the system's error). An empty file
// gives an empty, non-null array. The one way sources read a file a workspace names.
Read readRegular(const QString &path, qint64 maxBytes);

} // namespace LocalFile

} // namespace DriftDeck
