#pragma once

#include "checkreport.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace DriftDeck {

// The outputs of `driftdeck check`. All of them tell the same story from one CheckReport and
// none of them ever contains a secret's value.

// For a terminal: fits `width` columns; ANSI colours only when `colour` (a TTY without NO_COLOR).
QString formatCheckText(const CheckReport &report, FailOn failOn, bool colour, int width = 80);
// Versioned schema "driftdeck-check" 1, documented in the README.
QByteArray formatCheckJson(const CheckReport &report, FailOn failOn);
// The same bytes written to `device` a chunk at a time, for reports too large to hold twice;
// false when a write failed (the device's errorString() says why).
bool writeCheckJson(const CheckReport &report, FailOn failOn, QIODevice &device);
// JUnit XML: one test case per reported row; rows at or above --fail-on fail, so CI systems
// list them; failed sources are errors.
QByteArray formatCheckJUnit(const CheckReport &report, FailOn failOn);
// GitHub-flavoured Markdown for a pull request comment.
QString formatCheckMarkdown(const CheckReport &report, FailOn failOn);

// The words the outputs use for a cell: "differs", "expected: reason (owner, until 2027-03-31)".
QString describeCell(const CheckReport &report, const ReportCell &cell);

} // namespace DriftDeck
