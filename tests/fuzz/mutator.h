#pragma once

#include <QByteArray>
#include <QRandomGenerator>

// Deterministic structure-blind mutations of a seed document, in the spirit of a fuzzer's
// havoc stage: bit flips, byte replacements with syntax-significant characters, truncation,
// duplication of slices and insertion of deep nesting. A fixed seed makes every failure
// reproducible (the test prints the iteration).
class Mutator
{
public:
    explicit Mutator(quint32 seed)
        : m_random(seed)
    {
    }

    QByteArray mutate(QByteArray data)
    {
        const int rounds = 1 + int(m_random.bounded(4));
        for (int i = 0; i < rounds && !data.isEmpty(); ++i) {
            const qsizetype at = qsizetype(m_random.bounded(quint32(data.size())));
            switch (m_random.bounded(7)) {
            case 0:
                data[at] = char(data[at] ^ (1 << m_random.bounded(8)));
                break;
            case 1: {
                static const char special[] = "{}[]:,\"'#&*!|>-\\\n\t \x00\xff\xc3";
                data[at] = special[m_random.bounded(quint32(sizeof(special) - 1))];
                break;
            }
            case 2:
                data.truncate(at);
                break;
            case 3: {
                const qsizetype length
                    = qsizetype(m_random.bounded(quint32(std::min<qsizetype>(64, data.size() - at)) + 1));
                data.insert(at, data.mid(at, length));
                break;
            }
            case 4:
                data.remove(at, qsizetype(m_random.bounded(16)) + 1);
                break;
            case 5:
                data.insert(at, QByteArray(int(m_random.bounded(2000)) + 1, m_random.bounded(2) ? '[' : '{'));
                break;
            default:
                data.insert(at, "\n  - &a [*a, *a]\n");
                break;
            }
        }
        return data;
    }

private:
    QRandomGenerator m_random;
};
