#include "GraphFonts.h"

#include <QGuiApplication>
#include <QHash>

namespace {

// Items ask for their fonts on every paint; building and resolving a QFont
// each time shows in repaints of thousands of nodes. Cached per size until the
// application font changes.
struct Cache
{
    QFont base;
    QHash<int, QFont> fonts; // key: scale in 1/100, bold, address
    int generation = 0;
};

Cache &current()
{
    // Per thread: the edge image is drawn on several (EdgeLayer), and a QFont
    // is not to be used by two threads at once.
    static thread_local Cache cache;
    const QFont app = QGuiApplication::font();
    if (!(app == cache.base)) {
        cache.base = app;
        cache.fonts.clear();
        ++cache.generation;
    }
    return cache;
}

QFont cached(qreal scale, bool bold, bool address)
{
    Cache &cache = current();
    const QFont &app = cache.base;
    const int key = qRound(scale * 100) * 4 + (bold ? 2 : 0) + (address ? 1 : 0);
    const auto found = cache.fonts.constFind(key);
    if (found != cache.fonts.cend())
        return *found;
    QFont font = app;
    if (address) {
        font = QFont();
        font.setFamilies(GraphFonts::addressFamilies());
        font.setStyleHint(QFont::TypeWriter);
    }
    // Scene units are pixels; sizing in pixels keeps a label the same size on
    // every screen and in every export.
    const qreal points = app.pointSizeF() > 0 ? app.pointSizeF() : 9;
    font.setPixelSize(qMax(1, qRound(points * 96.0 / 72.0 * scale)));
    font.setBold(bold);
    cache.fonts.insert(key, font);
    return font;
}

} // namespace

int GraphFonts::generation()
{
    return current().generation;
}

QFont GraphFonts::text(qreal scale, bool bold)
{
    return cached(scale, bold, false);
}

QStringList GraphFonts::addressFamilies()
{
    return {QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Liberation Mono"),
            QStringLiteral("Noto Sans Mono"), QStringLiteral("Menlo"), QStringLiteral("Consolas"),
            QStringLiteral("Courier New")};
}

QFont GraphFonts::address(qreal scale, bool bold)
{
    return cached(scale, bold, true);
}
