#pragma once

#include <QString>
#include <QStringView>

#include <atomic>
#include <memory>
#include <vector>

namespace DriftDeck {

class Snapshot;

// The case-folded text of every key and cell of a snapshot, laid out row after row in one
// block. A text filter then reads memory in order instead of chasing two pointers per cell
// into the snapshot's hashes: over 2,000,000 cells that is tens of milliseconds instead of a
// second. Secrets and masked values are left out, so they can never be found by their text.
class SearchText
{
public:
    // Null when cancelled. Safe to run on a worker thread: it only reads the snapshot.
    static std::shared_ptr<const SearchText> build(const Snapshot &snapshot,
                                                   const std::atomic<bool> *cancelled = nullptr);
    // Case folding as the search applies it: fold the needle once with this.
    static QString fold(QStringView text);

    int rowCount() const { return m_rows; }
    // The needle must be folded and free of U+0000 (the separator).
    bool keyContains(int row, QStringView needle) const;
    bool cellContains(int row, int environment, QStringView needle) const;
    bool rowContains(int row, QStringView needle) const; // the key or any cell
    size_t memoryUsage() const;

private:
    QStringView slice(size_t begin, size_t end) const;
    size_t start(int row, int part) const { return m_offsets[size_t(row) * m_stride + size_t(part)]; }

    int m_rows = 0;
    size_t m_stride = 1; // key + one part per environment
    std::vector<char16_t> m_text; // per row: key \0 cell \0 cell \0 …
    std::vector<quint32> m_offsets; // start of each part, plus one past the end
};

} // namespace DriftDeck
