#pragma once

#include <QList>
#include <QString>

#include <algorithm>
#include <initializer_list>
#include <limits>
#include <type_traits>

namespace DriftDeck {

// One step of a key's provenance. Layers are listed lowest priority first; the last one won.
struct Origin {
    qint32 layer = -1; // index into EnvironmentCapture::layers
    qint32 line = 0; // 1-based; 0 when the format has no lines
    qint32 column = 0;
    QString display; // what that layer said (empty for secrets)

    friend bool operator==(const Origin &, const Origin &) = default;
};
} // namespace DriftDeck
Q_DECLARE_TYPEINFO(DriftDeck::Origin, Q_RELOCATABLE_TYPE);
namespace DriftDeck {

// The steps of a key's provenance, with a list's interface. Almost every key has one step (the
// file that set it), and a snapshot holds millions of them: that one step is kept in place
// instead of in a list of its own on the heap (which cost about 70 bytes a cell), and the list,
// when there is one, shares the step's room (a variant's separate tag cost 8 bytes a cell).
class Provenance
{
public:
    Provenance();
    Provenance(std::initializer_list<Origin> origins);
    Provenance(const QList<Origin> &origins); // implicit: a list of steps is a provenance
    // One step, moved in: readers make millions, and a copy of the step's display would be one
    // more count on a string that other threads count too.
    explicit Provenance(Origin &&one) noexcept
        : m_one(std::move(one))
    {
    }
    Provenance(const Provenance &other);
    Provenance(Provenance &&other) noexcept;
    Provenance &operator=(const Provenance &other);
    Provenance &operator=(Provenance &&other) noexcept;
    ~Provenance();

    qsizetype size() const { return isListed() ? m_listed.steps.size() : 1; }
    bool isEmpty() const { return size() == 0; }

    const Origin *begin() const { return data(); }
    const Origin *end() const { return data() + size(); }
    Origin *begin() { return data(); }
    Origin *end() { return data() + size(); }

    const Origin &operator[](qsizetype i) const { return data()[i]; }
    Origin &operator[](qsizetype i) { return data()[i]; }
    const Origin &at(qsizetype i) const { return data()[i]; }
    Origin value(qsizetype i) const { return i >= 0 && i < size() ? data()[i] : Origin(); }
    const Origin &constFirst() const { return data()[0]; }
    const Origin &constLast() const { return data()[size() - 1]; }

    void append(const Origin &origin);
    void reserve(qsizetype count);
    QList<Origin> toList() const { return QList<Origin>(begin(), end()); }

    friend Provenance operator+(const Provenance &lower, const Provenance &higher);
    friend bool operator==(const Provenance &a, const Provenance &b)
    {
        return std::equal(a.begin(), a.end(), b.begin(), b.end());
    }

private:
    // Any number of steps in a list, told from one step in place by a layer no step has.
    static constexpr qint32 ListMarker = std::numeric_limits<qint32>::min();
    struct Listed {
        qint32 marker = ListMarker; // where Origin has its layer
        QList<Origin> steps;
    };

    // Both members begin with a qint32 (a standard-layout union's common initial sequence), so
    // the marker can be read whichever member is alive.
    bool isListed() const { return m_one.layer == ListMarker; }
    const Origin *data() const { return isListed() ? m_listed.steps.constData() : &m_one; }
    Origin *data() { return isListed() ? m_listed.steps.data() : &m_one; }
    void become(const Origin &origin);
    void become(QList<Origin> &&steps);
    void destroy();

    union {
        Origin m_one;
        Listed m_listed;
    };
};
} // namespace DriftDeck
// A QList or an Origin in place, both relocatable.
Q_DECLARE_TYPEINFO(DriftDeck::Provenance, Q_RELOCATABLE_TYPE);
