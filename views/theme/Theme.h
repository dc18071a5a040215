#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

class QWidget;

// The one place for MeshNAT's colours. Status colours start from the Okabe–Ito
// colour-blind-safe set and are then made lighter or darker until they reach a
// WCAG contrast of 4.5:1 against the palette's Base, so they read on light and
// dark palettes alike. Colour never carries a meaning alone: every role also has
// a glyph (for text) and an icon of its own shape (for item views).
//
// Use: Theme::color(Theme::Down) for text or a line on Base;
// Theme::tint(role) for a row or banner background under Text;
// Theme::icon(role) / Theme::glyph(role) beside it. All default to the
// application palette; pass a widget's palette when it has its own, or
// Theme::printPalette() for paper. Results follow the palette: re-query on
// QEvent::PaletteChange (Theme::mark() does that for labels).
//
// For the Service Mesh graph (views/graph, converted later):
//   canvas background  palette Base (Window around it); text: palette Text
//   tunnel up / down   color(Up) / color(Down), solid vs dashed pen, glyph(Up/Down)
//                      on the edge; connecting: color(Connecting); no pair: color(NotDeployed)
//   collision marker   color(Collision) with icon(Collision) (a diamond with a cross)
//   packet in flight   color(Highlight); dropped packet: color(Down) with glyph(Collision)
//   node fill/border   categoryFill(kind) / categoryColor(kind) (0 = appliance, 1 = device)
//   site fill          categoryFill(siteIndex + 2), outline categoryColor(siteIndex + 2)
//   type badges        categoryColor(n) with badgeText() on them
//   selection          selection() (from the palette's Highlight); focus glow: tint(Highlight)
//   mini-map viewport  color(Highlight) pen over tint(Highlight)
// Exports and the report print on white: render them with printPalette().
class Theme
{
public:
    enum Role {
        Up,          // tunnel Up
        Down,        // tunnel Down, dropped packet
        Connecting,  // tunnel negotiating
        NotDeployed, // no appliance pair, not simulated
        Collision,   // a NAT port collision (translation moved off its port)
        Error,       // finding / validation / import error
        Warning,     // finding / validation warning, refused property value
        Info,        // informational finding
        Highlight,   // "look here": current moment, packet in flight
        Created,     // NAT translation created at this step
        Refreshed,   // NAT translation refreshed at this step
        Expired,     // NAT translation expiring at this step
        Observed,    // captured on the real router (imported table), the port's holder
        Muted,       // background traffic, expired or unsimulated text
        Chapter,     // a chapter of the failure story (timeline mark)
        Bookmark,    // the user's bookmark
        RoleCount
    };

    static QColor color(Role role, const QPalette &palette = appPalette());
    // The role's colour mixed into Base: a background that palette Text reads on.
    static QColor tint(Role role, const QPalette &palette = appPalette());
    // A short text mark that says the same as the colour (▲, ▼, ✕, ⚠ …).
    static QString glyph(Role role);
    // An icon whose shape differs per role, drawn in the role's colour.
    static QIcon icon(Role role, const QPalette &palette = appPalette());
    // The fill brush style for spans (timeline lanes): Down is hatched, Up solid.
    static Qt::BrushStyle pattern(Role role);

    // Categorical colours (chart series, graph kinds): readable lines on Base,
    // told apart by pen style too (categoryPen).
    static QColor categoryColor(int index, const QPalette &palette = appPalette());
    static QColor categoryFill(int index, const QPalette &palette = appPalette());
    static Qt::PenStyle categoryPen(int index);
    static QColor badgeText(const QColor &fill); // Base or Text of the light palette, whichever reads
    static QColor selection(const QPalette &palette = appPalette());
    // Chart furniture: grid lines, axes, the replay cursor.
    static QColor gridColor(const QPalette &palette = appPalette());
    static QColor axisColor(const QPalette &palette = appPalette());

    // Palettes: the Fusion light one, a dark one, and the one for paper.
    static QPalette lightPalette();
    static QPalette darkPalette();
    static QPalette printPalette() { return lightPalette(); }
    static bool isDark(const QPalette &palette = appPalette());

    // WCAG 2 relative luminance and contrast ratio (1..21).
    static double luminance(const QColor &color);
    static double contrast(const QColor &a, const QColor &b);
    static QColor mix(const QColor &a, const QColor &b, double amountOfB);

    // Colours a label (or any widget) and keeps it coloured when the palette
    // changes: Text sets the foreground to color(role); Banner fills the
    // background with tint(role). Plain resets it.
    enum class Mark { Plain, Text, Banner };
    static void mark(QWidget *widget, Mark how, Role role = Error);

    static QPalette appPalette();
};
