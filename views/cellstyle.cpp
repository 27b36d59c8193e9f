#include "cellstyle.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace DriftDeck {

namespace {
// A struct, not a tr() function: lupdate then files these strings under the context used at run time.
struct CellStyleText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::CellStyle)
};

// A hue at a lightness that stands out on the palette's base: darker on light themes,
// lighter on dark ones.
QColor accentForHue(float hue, const QPalette &palette)
{
    return CellColours::isDark(palette) ? QColor::fromHslF(hue, 0.80f, 0.68f) : QColor::fromHslF(hue, 0.78f, 0.40f);
}

qreal luminance(const QColor &c)
{
    auto channel = [](float v) {
        return v <= 0.03928f ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

int barWidth(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return 4;
    case Severity::Warning:
        return 3;
    default:
        return 2;
    }
}

qreal tintStrength(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return 0.30;
    case Severity::Warning:
        return 0.20;
    default:
        return 0.12;
    }
}

QString unknownReason(CellNote note)
{
    switch (note) {
    case CellNote::SourceFailed:
        return CellStyleText::tr("source failed");
    case CellNote::Masked:
        return CellStyleText::tr("hidden by source");
    case CellNote::BaselineUnknown:
        return CellStyleText::tr("baseline unknown");
    case CellNote::SaltMismatch:
        return CellStyleText::tr("cannot compare");
    default:
        return CellStyleText::tr("unknown");
    }
}
} // namespace

namespace CellColours {
QColor mix(const QColor &a, const QColor &b, qreal towardsB)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * towardsB),
                            float(a.greenF() + (b.greenF() - a.greenF()) * towardsB),
                            float(a.blueF() + (b.blueF() - a.blueF()) * towardsB));
}

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Base)) < 0.25;
}

QColor severity(Severity severity, const QPalette &palette)
{
    switch (severity) {
    case Severity::Critical:
        return accentForHue(0.0f, palette);
    case Severity::Warning:
        return accentForHue(30.0f / 360.0f, palette);
    case Severity::Info: {
        const float hue = palette.color(QPalette::Link).hslHueF();
        return accentForHue(hue < 0 ? 210.0f / 360.0f : hue, palette);
    }
    case Severity::None:
        break;
    }
    return muted(palette);
}

QColor expected(const QPalette &palette)
{
    return accentForHue(275.0f / 360.0f, palette);
}

QColor muted(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.32);
}

QColor tint(const QColor &accent, const QPalette &palette, qreal strength)
{
    return mix(palette.color(QPalette::Base), accent, strength);
}

qreal contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace CellColours

QString CellStyle::shapeSignature() const
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6")
        .arg(glyph, badge, QString::number(int(border)), QString::number(hatched), QString::number(masked),
             QString::number(dottedUnderline));
}

CellStyle computeCellStyle(const CellInput &cell, const QPalette &palette)
{
    CellStyle style;
    style.text = palette.color(QPalette::Text);
    style.accent = CellColours::muted(palette);
    // A drifting row has at least warning severity; a status without one still has to stand out.
    const Severity severity = cell.severity == Severity::None ? Severity::Warning : cell.severity;
    const QColor drift = CellColours::severity(severity, palette);

    auto markDrift = [&](bool fill) {
        style.accent = drift;
        style.severityBar = barWidth(severity);
        style.boldGlyph = true;
        if (fill)
            style.background = CellColours::tint(drift, palette, tintStrength(severity));
    };

    switch (cell.status) {
    case DriftStatus::Baseline:
        style.glyph = QStringLiteral("◆");
        // The highlight's hue, at a lightness that reads on the cell, not the highlight itself.
        style.accent = accentForHue(std::max(0.0f, palette.color(QPalette::Highlight).hslHueF()), palette);
        style.background = CellColours::tint(style.accent, palette, 0.07);
        break;
    case DriftStatus::Same:
        style.glyph = cell.note == CellNote::WithinTolerance ? QStringLiteral("≈") : QStringLiteral("=");
        break;
    case DriftStatus::Differs:
        style.glyph = QStringLiteral("≠");
        markDrift(true);
        if (cell.note == CellNote::ExpiredRule)
            style.badge = CellStyleText::tr("expired");
        break;
    case DriftStatus::MissingHere:
        style.glyph = QStringLiteral("∅");
        markDrift(false);
        style.border = CellStyle::Border::Dashed;
        style.placeholder = CellStyleText::tr("missing");
        break;
    case DriftStatus::OnlyHere:
        style.glyph = QStringLiteral("+");
        markDrift(true);
        style.border = CellStyle::Border::Solid;
        break;
    case DriftStatus::Expected:
        style.glyph = QStringLiteral("✓");
        style.accent = CellColours::expected(palette);
        style.background = CellColours::tint(style.accent, palette, 0.06);
        style.hatched = true;
        style.dottedUnderline = true;
        break;
    case DriftStatus::SecretSame:
        style.glyph = QStringLiteral("=");
        style.masked = true;
        style.badge = CellStyleText::tr("same");
        break;
    case DriftStatus::SecretDiffers:
        style.glyph = QStringLiteral("≠");
        style.masked = true;
        style.badge = CellStyleText::tr("differs");
        markDrift(true);
        break;
    case DriftStatus::Unknown:
        style.glyph = QStringLiteral("?");
        style.boldGlyph = true;
        style.placeholder = unknownReason(cell.note);
        style.italic = true;
        style.border = CellStyle::Border::Dashed;
        style.accent = CellColours::severity(Severity::Info, palette);
        break;
    case DriftStatus::Absent:
        style.glyph = QStringLiteral("·");
        break;
    case DriftStatus::Ignored:
        style.glyph = QStringLiteral("⊘");
        style.text = CellColours::muted(palette);
        break;
    }

    if (cell.stale) {
        style.italic = true;
        style.text = CellColours::muted(palette);
    }
    if (!cell.hasValue && style.placeholder.isEmpty() && cell.status != DriftStatus::Absent
        && cell.status != DriftStatus::Ignored)
        style.placeholder = CellStyleText::tr("missing");
    return style;
}

CellLayout layoutCell(const QRect &rect, const CellStyle &style, const QFontMetrics &metrics)
{
    const int padding = 4;
    CellLayout layout;
    layout.bar = QRect(rect.left(), rect.top(), style.severityBar, rect.height());

    const int glyphWidth = std::max(metrics.height(), metrics.horizontalAdvance(style.glyph) + padding);
    layout.glyph = QRect(rect.right() - glyphWidth - padding + 1, rect.top(), glyphWidth, rect.height());

    int right = layout.glyph.left() - padding;
    if (!style.badge.isEmpty()) {
        // The badge is drawn in a smaller font; the full font measure leaves room to spare.
        const int width = metrics.horizontalAdvance(style.badge) + 2 * padding;
        const int height = std::min(rect.height() - 4, metrics.height());
        layout.badge = QRect(right - width, rect.top() + (rect.height() - height) / 2, width, height);
        right = layout.badge.left() - padding;
    }
    const int left = rect.left() + style.severityBar + padding;
    layout.text = QRect(left, rect.top(), std::max(0, right - left), rect.height());
    return layout;
}

} // namespace DriftDeck
