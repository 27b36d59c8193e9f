#include "checkformats.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

namespace DriftDeck {

namespace {
// A struct, not a tr() function: lupdate then files these strings under the context used at run time.
struct CheckText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::CheckReport)
};
} // namespace

QByteArray formatCheckJUnit(const CheckReport &report, FailOn failOn)
{
    int failures = 0;
    for (const ReportRow &row : report.rows)
        failures += report.rowFails(row, failOn) ? 1 : 0;
    const int tests = int(report.rows.size() + report.errors.size());

    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("testsuites"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("driftdeck"));
    w.writeAttribute(QStringLiteral("tests"), QString::number(tests));
    w.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    w.writeAttribute(QStringLiteral("errors"), QString::number(report.errors.size()));

    w.writeStartElement(QStringLiteral("testsuite"));
    w.writeAttribute(QStringLiteral("name"), CheckText::tr("%1 against %2").arg(report.workspaceName, report.baseline));
    w.writeAttribute(QStringLiteral("tests"), QString::number(tests));
    w.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    w.writeAttribute(QStringLiteral("errors"), QString::number(report.errors.size()));
    w.writeAttribute(QStringLiteral("timestamp"), report.takenAt.toUTC().toString(Qt::ISODate));

    for (const ReportRow &row : report.rows) {
        w.writeStartElement(QStringLiteral("testcase"));
        w.writeAttribute(QStringLiteral("classname"), QStringLiteral("driftdeck.") + categoryId(row.category));
        w.writeAttribute(QStringLiteral("name"), row.key);
        QString details;
        for (const ReportCell &cell : row.cells) {
            QString value = cell.display;
            if (cell.secret)
                value = CheckText::tr("(secret)");
            details += QStringLiteral("%1: %2 — %3\n").arg(cell.environment, value, describeCell(report, cell));
        }
        if (report.rowFails(row, failOn)) {
            w.writeStartElement(QStringLiteral("failure"));
            w.writeAttribute(QStringLiteral("type"), severityId(row.severity));
            w.writeAttribute(QStringLiteral("message"),
                             CheckText::tr("%1 drift on %2").arg(severityTitle(row.severity), row.key));
            w.writeCharacters(details);
            w.writeEndElement();
        } else {
            w.writeTextElement(QStringLiteral("system-out"), details);
        }
        w.writeEndElement();
    }
    for (const ReportSourceError &error : report.errors) {
        w.writeStartElement(QStringLiteral("testcase"));
        w.writeAttribute(QStringLiteral("classname"), QStringLiteral("driftdeck.sources"));
        w.writeAttribute(QStringLiteral("name"), error.environment + u'/' + error.source);
        w.writeStartElement(QStringLiteral("error"));
        w.writeAttribute(QStringLiteral("message"), error.message);
        w.writeEndElement();
        w.writeEndElement();
    }
    if (!report.warnings.isEmpty()) {
        // Not a failure (the comparison went on), but a CI log must still show it.
        QString text;
        for (const ReportSourceError &warning : report.warnings)
            text += CheckText::tr("warning: %1 / %2: %3").arg(warning.environment, warning.source, warning.message)
                + u'\n';
        w.writeTextElement(QStringLiteral("system-err"), text);
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

} // namespace DriftDeck
