#pragma once

#include "drift/driftstatus.h"

#include <QColor>
#include <QRect>
#include <QString>

class QFontMetrics;
class QPalette;

namespace DriftDeck {

// How one matrix cell is drawn, decided without a painter so tests can check it directly.
// Every status has its own glyph and shape as well as its colour: colour alone fails people who
// cannot tell red from green, and fails on a monochrome printout.
struct CellStyle {
    enum class Border : quint8 { None, Solid, Dashed };

    QColor background; // invalid: leave the view's own background
    QColor text;
    QColor accent; // glyph, border, severity bar, hatching, badge
    QString glyph; // one character naming the status: "≠", "∅", "✓", "?" …
    QString badge; // short word drawn in a pill: "same" / "differs" for secrets, "expired"
    QString placeholder; // text shown when there is no value ("missing", "source failed")
    Border border = Border::None;
    int severityBar = 0; // width in pixels of the bar on the left edge; 0: none
    bool hatched = false; // expected differences: diagonal lines, not a solid fill
    bool dottedUnderline = false; // expected differences: the value is underlined with dots
    bool italic = false; // stale values and placeholders
    bool masked = false; // a secret: the value is never drawn, only a fixed mask
    bool boldGlyph = false;

    // Statuses that must be told apart compare unequal on this, whatever the colours.
    QString shapeSignature() const;
};

struct CellInput {
    DriftStatus status = DriftStatus::Absent;
    CellNote note = CellNote::None;
    Severity severity = Severity::None; // of the row
    bool stale = false;
    bool hasValue = true;
};

CellStyle computeCellStyle(const CellInput &cell, const QPalette &palette);

// Semantic colours derived from the palette: hues are fixed (red for critical, orange for
// warning, the palette's link colour for info) but lightness follows the palette, so the same
// code reads well on light and dark themes.
namespace CellColours {
QColor severity(Severity severity, const QPalette &palette);
QColor expected(const QPalette &palette);
QColor muted(const QPalette &palette);
QColor tint(const QColor &accent, const QPalette &palette, qreal strength);
bool isDark(const QPalette &palette);
// Between two colours (0: a, 1: b): derived colours follow light and dark palettes alike.
QColor mix(const QColor &a, const QColor &b, qreal towardsB);
// WCAG contrast ratio between two colours (1..21).
qreal contrast(const QColor &a, const QColor &b);
} // namespace CellColours

// Where the parts of a cell go inside its rectangle.
struct CellLayout {
    QRect bar;
    QRect text;
    QRect badge;
    QRect glyph;
};

CellLayout layoutCell(const QRect &rect, const CellStyle &style, const QFontMetrics &metrics);

} // namespace DriftDeck
