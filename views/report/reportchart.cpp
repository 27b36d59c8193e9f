// The history chart, drawn straight onto the PDF so it stays vector graphics: drift per
// environment over time, one line each.
#include "reportsections.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace DriftDeck {

namespace {

// A struct, not a tr() function: lupdate then files these strings under the context used at run time.
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::ReportWriter)
};

constexpr qreal ChartHeight = 170; // points, plot and axis labels
constexpr qreal AxisPoints = 7;

const QList<QColor> &lineColours()
{
    static const QList<QColor> colours{QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c),
                                       QColor(0xff, 0x7f, 0x0e), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                       QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22),
                                       QColor(0x17, 0xbe, 0xcf)};
    return colours;
}

// 1, 2 or 5 times a power of ten, so gridlines fall on round numbers.
int niceStep(int maximum)
{
    const double raw = std::max(1.0, maximum / 4.0);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= raw)
            return std::max(1, int(m * power));
    }
    return int(10 * power);
}

} // namespace

void writeHistoryChart(ReportCanvas &canvas, const ReportContext &context)
{
    if (context.options->history.isEmpty())
        return;
    canvas.heading(ReportText::tr("Drift over time"));
    QList<const HistoryPoint *> points;
    int unreadable = 0;
    for (const HistoryPoint &point : context.history) {
        if (point.errorString.isEmpty())
            points.append(&point);
        else
            ++unreadable;
    }
    if (unreadable > 0)
        canvas.paragraph(
            ReportText::tr("%n of %1 saved snapshots could not be read or lack the baseline; they are left out.",
                           nullptr, unreadable)
                .arg(context.history.size()),
            8.5, QColor(0x6b, 0x72, 0x7a));
    if (points.isEmpty()) {
        canvas.paragraph(ReportText::tr("No saved snapshot could be charted."));
        return;
    }
    canvas.paragraph(
        ReportText::tr("Drifting cells per environment against the baseline, %n snapshot(s) from %1 to %2.", nullptr,
                       int(points.size()))
            .arg(points.constFirst()->takenAt.toUTC().toString(QStringLiteral("yyyy-MM-dd")),
                 points.constLast()->takenAt.toUTC().toString(QStringLiteral("yyyy-MM-dd"))),
        9);

    QStringList names;
    int maximum = 1;
    for (const HistoryPoint *point : std::as_const(points)) {
        for (const EnvironmentDriftCounts &env : point->environments) {
            if (!names.contains(env.environment))
                names.append(env.environment);
            maximum = std::max(maximum, env.total());
        }
    }
    const QFontMetricsF metrics(canvas.font(AxisPoints), canvas.painter() ? canvas.painter()->device() : nullptr);
    const qreal legendRows = std::ceil(names.size() / 4.0);
    canvas.ensureSpace(ChartHeight + legendRows * 12 + 8);
    const qreal s = canvas.scale();
    const QRectF area(canvas.contentRect().left(), canvas.y(), canvas.width(), ChartHeight * s);
    canvas.advance(ChartHeight + legendRows * 12 + 8);
    QPainter *p = canvas.painter();
    if (!p)
        return;

    const int step = niceStep(maximum);
    const int top = (maximum / step + 1) * step; // headroom above the highest point
    const QRectF plot = area.adjusted(34 * s, 4 * s, -8 * s, -18 * s);
    const qint64 t0 = points.constFirst()->takenAt.toSecsSinceEpoch();
    const qint64 t1 = points.constLast()->takenAt.toSecsSinceEpoch();
    const auto xOf = [&](const QDateTime &t) {
        return t1 == t0 ? plot.center().x()
                        : plot.left() + plot.width() * double(t.toSecsSinceEpoch() - t0) / double(t1 - t0);
    };
    const auto yOf = [&](int value) {
        return plot.bottom() - plot.height() * double(value) / double(top);
    };

    p->save();
    p->setFont(canvas.font(AxisPoints));
    for (int v = 0; v <= top; v += step) {
        p->setPen(QPen(QColor(0xdd, 0xe1, 0xe5), 0.5 * s));
        p->drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
        p->setPen(QColor(0x6b, 0x72, 0x7a));
        p->drawText(QRectF(area.left(), yOf(v) - 6 * s, 30 * s, 12 * s), Qt::AlignRight | Qt::AlignVCenter,
                    QString::number(v));
    }
    p->setPen(QPen(QColor(0x6b, 0x72, 0x7a), 0.6 * s));
    p->drawLine(plot.bottomLeft(), plot.bottomRight());
    // Dates under the first, middle and last points.
    QList<int> labelled{0};
    if (points.size() > 2)
        labelled.append(int(points.size() / 2));
    if (points.size() > 1)
        labelled.append(int(points.size() - 1));
    for (int i : std::as_const(labelled)) {
        const QString label = points[i]->takenAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const qreal w = metrics.horizontalAdvance(label) + 4 * s;
        const qreal x = std::clamp(xOf(points[i]->takenAt) - w / 2, area.left(), area.right() - w);
        p->drawText(QRectF(x, plot.bottom() + 3 * s, w, 12 * s), Qt::AlignCenter, label);
    }

    for (int n = 0; n < names.size(); ++n) {
        const int envIndex = context.snapshot->environmentIndex(names[n]);
        QColor colour = lineColours()[n % lineColours().size()];
        if (envIndex >= 0 && QColor::isValidColorName(context.snapshot->environments[envIndex].colour))
            colour = QColor::fromString(context.snapshot->environments[envIndex].colour);
        QPainterPath path;
        QList<QPointF> dots;
        for (const HistoryPoint *point : std::as_const(points)) {
            for (const EnvironmentDriftCounts &env : point->environments) {
                if (env.environment != names[n])
                    continue;
                const QPointF at(xOf(point->takenAt), yOf(env.total()));
                if (path.elementCount() == 0)
                    path.moveTo(at);
                else
                    path.lineTo(at);
                dots.append(at);
            }
        }
        p->setPen(QPen(colour, 1.4 * s));
        p->setBrush(Qt::NoBrush);
        p->drawPath(path);
        p->setBrush(colour);
        p->setPen(Qt::NoPen);
        for (const QPointF &dot : std::as_const(dots))
            p->drawEllipse(dot, 1.8 * s, 1.8 * s);

        // Legend: four entries a line under the chart.
        const qreal legendWidth = area.width() / 4;
        const QPointF legend(area.left() + (n % 4) * legendWidth, area.bottom() + 4 * s + (n / 4) * 12 * s);
        p->fillRect(QRectF(legend.x(), legend.y() + 3 * s, 10 * s, 4 * s), colour);
        p->setPen(QColor(0x23, 0x26, 0x27));
        const QString name = envIndex >= 0 && !context.snapshot->environments[envIndex].displayName.isEmpty()
            ? context.snapshot->environments[envIndex].displayName
            : names[n];
        p->drawText(QRectF(legend.x() + 14 * s, legend.y(), legendWidth - 16 * s, 10 * s),
                    Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(name, Qt::ElideRight, legendWidth - 16 * s));
    }
    p->restore();
}

} // namespace DriftDeck
