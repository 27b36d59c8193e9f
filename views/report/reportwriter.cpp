#include "reportwriter.h"

#include "drift/driftengine.h"
#include "reportsections.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace DriftDeck {

namespace {

// A struct, not a tr() function: lupdate then files these strings under the context used at run time.
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::ReportWriter)
};

// Lays the whole report out once; with a null painter nothing is drawn and only pages are counted.
int layOut(QPdfWriter &writer, QPainter *painter, const ReportContext &context, int totalPages)
{
    const Snapshot &snapshot = *context.snapshot;
    ReportCanvas::Header header;
    header.title = snapshot.workspaceName;
    QString baseline = context.report.baseline;
    for (const ReportEnvironment &env : context.report.environments) {
        if (env.baseline)
            baseline = env.displayName;
    }
    header.detail = ReportText::tr("baseline %1 · captured %2")
                        .arg(baseline, snapshot.takenAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    header.footer = ReportText::tr("Drift Deck report · %1").arg(context.today.toString(Qt::ISODate));
    ReportCanvas canvas(&writer, painter, header, totalPages);
    writeSummary(canvas, context);
    writeHistoryChart(canvas, context);
    writeMetricCharts(canvas, context);
    writeMatrix(canvas, context);
    writeCriticalDetails(canvas, context);
    writeExpectedRegister(canvas, context);
    writeChecklist(canvas, context);
    writeSourceErrors(canvas, context);
    return canvas.pageCount();
}

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool ReportWriter::write(const Snapshot &snapshot, const ReportOptions &options, const QString &pdfPath, QString *error)
{
    if (snapshot.environments.isEmpty())
        return failWith(error, ReportText::tr("the snapshot has no environments"));
    const QString baselineName = !options.baseline.isEmpty() ? options.baseline
        : snapshot.baseline.isEmpty()                        ? snapshot.environments.constLast().name
                                                             : snapshot.baseline;
    const int baseline = snapshot.environmentIndex(baselineName);
    if (baseline < 0)
        return failWith(error, ReportText::tr("\"%1\" is not an environment of this snapshot").arg(baselineName));

    ReportContext context;
    context.snapshot = &snapshot;
    context.options = &options;
    context.today = options.today.isValid() ? options.today : QDate::currentDate();
    context.result = DriftEngine::compute(snapshot, baseline, snapshot.policy, context.today);
    CheckOptions check;
    check.baseline = baseline;
    check.allRows = options.allRows;
    check.today = context.today;
    context.report = buildCheckReport(snapshot, context.result, check);
    context.environments.append(baseline);
    for (int e = 0; e < snapshot.environmentCount(); ++e) {
        if (e != baseline)
            context.environments.append(e);
    }
    if (options.previous)
        context.sincePrevious
            = diffSnapshots(*options.previous, snapshot, baselineName, snapshot.policy, context.today);
    if (!options.history.isEmpty())
        context.history = HistorySummary::compute(options.history, baselineName, snapshot.policy);

    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        return failWith(error, ReportText::tr("cannot write %1: %2").arg(pdfPath, file.errorString()));
    QPdfWriter writer(&file);
    writer.setPageSize(options.pageSize);
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(40, 34, 40, 30), QPageLayout::Point);
    writer.setTitle(ReportText::tr("Drift report: %1").arg(snapshot.workspaceName));
    writer.setCreator(QStringLiteral("Drift Deck"));
    writer.setResolution(600);

    const int pages = layOut(writer, nullptr, context, 0);
    if (options.attachSnapshot) {
        const QString name = QFileInfo(pdfPath).completeBaseName() + QStringLiteral(".driftsnap.json");
        writer.addFileAttachment(name, attachmentJson(snapshot), QStringLiteral("application/json"));
    }
    QPainter painter;
    if (!painter.begin(&writer))
        return failWith(error, ReportText::tr("cannot write %1: the PDF could not be started").arg(pdfPath));
    const int painted = layOut(writer, &painter, context, pages);
    painter.end();
    // Both passes must break pages at the same places, or "Page n of m" would lie.
    if (painted != pages)
        return failWith(error, ReportText::tr("cannot write %1: the report's layout was not stable").arg(pdfPath));
    if (!file.commit())
        return failWith(error, ReportText::tr("cannot write %1: %2").arg(pdfPath, file.errorString()));
    return true;
}

} // namespace DriftDeck
