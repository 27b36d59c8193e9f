#include "provenance.h"

namespace DriftDeck {

static_assert(std::is_standard_layout_v<Origin>, "Provenance reads the marker through the union");
static_assert(sizeof(Provenance) == sizeof(Origin), "a list must fit in the room of one step");

Provenance::Provenance()
    : m_listed()
{
}

Provenance::Provenance(std::initializer_list<Origin> origins)
    : Provenance()
{
    if (origins.size() == 1)
        become(*origins.begin());
    else
        m_listed.steps = QList<Origin>(origins);
}

Provenance::Provenance(const QList<Origin> &origins)
    : Provenance()
{
    if (origins.size() == 1)
        become(origins.constFirst());
    else
        m_listed.steps = origins;
}

Provenance::Provenance(const Provenance &other)
{
    if (other.isListed())
        new (&m_listed) Listed(other.m_listed);
    else
        new (&m_one) Origin(other.m_one);
}

Provenance::Provenance(Provenance &&other) noexcept
{
    if (other.isListed())
        new (&m_listed) Listed(std::move(other.m_listed));
    else
        new (&m_one) Origin(std::move(other.m_one));
}

Provenance &Provenance::operator=(const Provenance &other)
{
    if (this != &other) {
        Provenance copy(other);
        *this = std::move(copy);
    }
    return *this;
}

Provenance &Provenance::operator=(Provenance &&other) noexcept
{
    if (this == &other)
        return *this;
    if (isListed() && other.isListed()) {
        m_listed.steps = std::move(other.m_listed.steps);
    } else if (!isListed() && !other.isListed()) {
        m_one = std::move(other.m_one);
    } else {
        destroy();
        new (this) Provenance(std::move(other));
    }
    return *this;
}

Provenance::~Provenance()
{
    destroy();
}

void Provenance::destroy()
{
    if (isListed())
        m_listed.~Listed();
    else
        m_one.~Origin();
}

void Provenance::become(const Origin &origin)
{
    Q_ASSERT(origin.layer != ListMarker);
    Origin copy = origin; // origin may live in the list about to go
    destroy();
    new (&m_one) Origin(std::move(copy));
}

void Provenance::become(QList<Origin> &&steps)
{
    destroy();
    new (&m_listed) Listed{ListMarker, std::move(steps)};
}

void Provenance::append(const Origin &origin)
{
    if (isListed()) {
        if (m_listed.steps.isEmpty() && m_listed.steps.capacity() == 0)
            become(origin);
        else
            m_listed.steps.append(origin);
        return;
    }
    QList<Origin> steps;
    steps.reserve(2);
    steps.append(m_one);
    steps.append(origin);
    become(std::move(steps));
}

void Provenance::reserve(qsizetype count)
{
    // One step needs no list; for more, the one in place moves into one.
    if (count <= 1)
        return;
    if (isListed()) {
        m_listed.steps.reserve(count);
        return;
    }
    QList<Origin> steps;
    steps.reserve(count);
    steps.append(m_one);
    become(std::move(steps));
}

Provenance operator+(const Provenance &lower, const Provenance &higher)
{
    if (lower.isEmpty())
        return higher;
    if (higher.isEmpty())
        return lower;
    QList<Origin> steps;
    steps.reserve(lower.size() + higher.size());
    for (const Provenance *part : {&lower, &higher}) {
        for (const Origin &origin : *part)
            steps.append(origin);
    }
    return Provenance(steps);
}

} // namespace DriftDeck
