#pragma once

#include <QFont>

// Fonts of the Service Mesh diagram. Addresses and ports are drawn in a Latin
// monospace face in every language: the Japanese UI font draws "192.19.72.1"
// with dots that read as commas. Names and kinds keep the UI font (it has the
// Japanese glyphs). `scale` enlarges both for presentation mode.
class GraphFonts
{
public:
    static QFont text(qreal scale = 1, bool bold = false);
    static QFont address(qreal scale = 1, bool bold = false);
    // Changes whenever the fonts above change (the application font did):
    // what items keep laid-out text against.
    static int generation();
    // Families tried, in order, for addresses and ports.
    static QStringList addressFamilies();
};
