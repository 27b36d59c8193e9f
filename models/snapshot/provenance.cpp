#include "provenance.h"

namespace DriftDeck {

Provenance::Provenance(std::initializer_list<Origin> origins)
{
    if (origins.size() == 1)
        m_steps = *origins.begin();
    else
        m_steps = QList<Origin>(origins);
}

Provenance::Provenance(const QList<Origin> &origins)
{
    if (origins.size() == 1)
        m_steps = origins.constFirst();
    else
        m_steps = origins;
}

qsizetype Provenance::size() const
{
    const auto *list = std::get_if<QList<Origin>>(&m_steps);
    return list ? list->size() : 1;
}

const Origin *Provenance::data() const
{
    const auto *list = std::get_if<QList<Origin>>(&m_steps);
    return list ? list->constData() : &std::get<Origin>(m_steps);
}

Origin *Provenance::data()
{
    auto *list = std::get_if<QList<Origin>>(&m_steps);
    return list ? list->data() : &std::get<Origin>(m_steps);
}

void Provenance::append(const Origin &origin)
{
    if (auto *list = std::get_if<QList<Origin>>(&m_steps)) {
        if (list->isEmpty() && list->capacity() == 0)
            m_steps = origin;
        else
            list->append(origin);
        return;
    }
    QList<Origin> steps;
    steps.reserve(2);
    steps.append(std::get<Origin>(m_steps));
    steps.append(origin);
    m_steps = std::move(steps);
}

void Provenance::reserve(qsizetype count)
{
    // One step needs no list; for more, the one in place moves into one.
    if (count <= 1)
        return;
    if (auto *list = std::get_if<QList<Origin>>(&m_steps)) {
        list->reserve(count);
        return;
    }
    QList<Origin> steps;
    steps.reserve(count);
    steps.append(std::get<Origin>(m_steps));
    m_steps = std::move(steps);
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
