#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace DriftDeck {

// A source's `timeout` option: how long one source may take for all it does (every request,
// redirect and retry together), in milliseconds as the workspace loader stores it.
struct SourceTimeout {
    Q_DECLARE_TR_FUNCTIONS(SourceTimeout)
public:
    static constexpr int DefaultMs = 10000;
    // Longer is a typo rather than a wish, and 1000h would overflow the int a QTimer takes.
    static constexpr qint64 MaxMs = 60 * 60 * 1000;

    // The timeout to use for a source with these options: DefaultMs when `timeout` is unset or not
    // positive, never more than MaxMs.
    static int fromOptions(const QVariantMap &options);
    static int clamped(qint64 ms);
    // Why a duration the user wrote (`written`, e.g. "1000h") cannot be a timeout; empty when it can.
    static QString problem(qint64 ms, const QString &written);
};

} // namespace DriftDeck
