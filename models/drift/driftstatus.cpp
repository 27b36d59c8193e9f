#include "driftstatus.h"

#include <QCoreApplication>

#include <array>

namespace DriftDeck {

namespace {
constexpr std::array<QLatin1StringView, DriftStatusCount> statusIds = {
    QLatin1StringView("baseline"),     QLatin1StringView("same"),           QLatin1StringView("differs"),
    QLatin1StringView("missing-here"), QLatin1StringView("only-here"),      QLatin1StringView("expected"),
    QLatin1StringView("secret-same"),  QLatin1StringView("secret-differs"), QLatin1StringView("unknown"),
    QLatin1StringView("absent"),       QLatin1StringView("ignored"),
};
constexpr std::array<QLatin1StringView, 4> severityIds = {QLatin1StringView("none"), QLatin1StringView("info"),
                                                          QLatin1StringView("warning"), QLatin1StringView("critical")};

// A struct, not a tr() function: lupdate then files these strings under the context used at run time.
struct StatusText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::DriftStatus)
};
} // namespace

QString driftStatusId(DriftStatus status)
{
    return QString(statusIds[size_t(status)]);
}

QString driftStatusTitle(DriftStatus status)
{
    switch (status) {
    case DriftStatus::Baseline:
        return StatusText::tr("Baseline");
    case DriftStatus::Same:
        return StatusText::tr("Same");
    case DriftStatus::Differs:
        return StatusText::tr("Differs");
    case DriftStatus::MissingHere:
        return StatusText::tr("Missing here");
    case DriftStatus::OnlyHere:
        return StatusText::tr("Only here");
    case DriftStatus::Expected:
        return StatusText::tr("Expected difference");
    case DriftStatus::SecretSame:
        return StatusText::tr("Secret: same");
    case DriftStatus::SecretDiffers:
        return StatusText::tr("Secret: differs");
    case DriftStatus::Unknown:
        return StatusText::tr("Unknown");
    case DriftStatus::Absent:
        return StatusText::tr("Not set");
    case DriftStatus::Ignored:
        return StatusText::tr("Ignored");
    }
    return {};
}

QString cellNoteText(CellNote note)
{
    switch (note) {
    case CellNote::None:
        return {};
    case CellNote::SourceFailed:
        return StatusText::tr("The source failed; the value shown is the last one read");
    case CellNote::Masked:
        return StatusText::tr("The source masks this value, so it cannot be compared");
    case CellNote::BaselineUnknown:
        return StatusText::tr("The baseline's value is unknown");
    case CellNote::WithinTolerance:
        return StatusText::tr("Differs within the tolerance of a policy rule");
    case CellNote::ExpiredRule:
        return StatusText::tr("An expected-difference rule covered this but has expired");
    case CellNote::SaltMismatch:
        return StatusText::tr("Secret fingerprints come from different salts and cannot be compared");
    }
    return {};
}

QString severityId(Severity severity)
{
    return QString(severityIds[size_t(severity)]);
}

QString severityTitle(Severity severity)
{
    switch (severity) {
    case Severity::None:
        return StatusText::tr("None");
    case Severity::Info:
        return StatusText::tr("Info");
    case Severity::Warning:
        return StatusText::tr("Warning");
    case Severity::Critical:
        return StatusText::tr("Critical");
    }
    return {};
}

} // namespace DriftDeck
