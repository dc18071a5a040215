#pragma once

#include "Theme.h"

#include <QGraphicsItem>
#include <QGraphicsScene>

// The palette the diagram is drawn with: its scene's. The canvas follows the
// application's (light or dark); exports and the report figure set the print
// palette on the scene while they render, so paper is always light.
inline QPalette graphPalette(const QGraphicsScene *scene)
{
    return scene ? scene->palette() : Theme::appPalette();
}

inline QPalette graphPalette(const QGraphicsItem *item)
{
    return graphPalette(item ? item->scene() : nullptr);
}

// Secondary text (subtitles, addresses) and thin furniture lines on Base.
inline QColor graphMutedText(const QPalette &palette)
{
    return Theme::mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.3);
}
