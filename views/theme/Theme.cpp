#include "Theme.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <cmath>
#include <memory>

namespace {

// Okabe & Ito (2008), "Color Universal Design": told apart by most colour-blind
// readers. Seeds only: color() adjusts their lightness to the palette.
const QColor okabeBlue(0x00, 0x72, 0xb2);
const QColor okabeOrange(0xe6, 0x9f, 0x00);
const QColor okabeVermillion(0xd5, 0x5e, 0x00);
const QColor okabeGreen(0x00, 0x9e, 0x73);
const QColor okabeSky(0x56, 0xb4, 0xe9);
const QColor okabePurple(0xcc, 0x79, 0xa7);
const QColor okabeYellow(0xf0, 0xe4, 0x42);

constexpr double textContrast = 4.5;    // WCAG AA for text
constexpr double graphicContrast = 3.0; // WCAG 1.4.11 for lines and shapes

// A neutral grey between the palette's text and its base.
QColor grey(const QPalette &palette)
{
    return Theme::mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.5);
}

QColor seed(Theme::Role role, const QPalette &palette)
{
    switch (role) {
    case Theme::Up:
    case Theme::Info: return okabeBlue;
    case Theme::Down:
    case Theme::Collision:
    case Theme::Error: return okabeVermillion;
    case Theme::Connecting:
    case Theme::Warning:
    case Theme::Highlight: return okabeOrange;
    case Theme::Created:
    case Theme::Observed: return okabeGreen;
    case Theme::Refreshed:
    case Theme::Chapter: return okabeSky;
    case Theme::Bookmark: return okabePurple;
    case Theme::NotDeployed:
    case Theme::Expired:
    case Theme::Muted:
    case Theme::RoleCount: break;
    }
    return grey(palette);
}

// The seed's hue and saturation, lightness moved away from the background until
// the contrast is reached.
QColor readable(const QColor &color, const QColor &background, double target)
{
    if (Theme::contrast(color, background) >= target)
        return color;
    const bool darken = Theme::luminance(background) > 0.18;
    float h = 0, s = 0, l = 0, a = 1;
    color.getHslF(&h, &s, &l, &a);
    for (int i = 0; i < 100; ++i) {
        l = std::clamp(l + (darken ? -0.01f : 0.01f), 0.0f, 1.0f);
        const QColor c = QColor::fromHslF(h, s, l, a);
        if (Theme::contrast(c, background) >= target || l <= 0.0f || l >= 1.0f)
            return c;
    }
    return darken ? QColor(Qt::black) : QColor(Qt::white);
}

quint64 cacheKey(int role, const QColor &a, const QColor &b)
{
    return (quint64(role) << 48) ^ (quint64(a.rgb() & 0xffffff) << 24) ^ quint64(b.rgb() & 0xffffff);
}

QPainterPath polygon(std::initializer_list<QPointF> points)
{
    QPainterPath path;
    path.addPolygon(QPolygonF(points));
    path.closeSubpath();
    return path;
}

QPainterPath star(const QPointF &centre, double outer, double inner)
{
    QPolygonF points;
    for (int i = 0; i < 10; ++i) {
        const double angle = -M_PI / 2 + i * M_PI / 5;
        const double r = i % 2 ? inner : outer;
        points << centre + QPointF(r * std::cos(angle), r * std::sin(angle));
    }
    QPainterPath path;
    path.addPolygon(points);
    path.closeSubpath();
    return path;
}

// Draws the role's shape into a 32x32 box: the outline tells the roles apart
// without their colour; inner marks are in Base so they read on the fill.
void drawShape(QPainter &p, Theme::Role role, const QColor &fill, const QColor &inner)
{
    const QColor edge = fill;
    const QPen innerPen(inner, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(QPen(edge, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(fill);
    const QRectF disc(4, 4, 24, 24);
    switch (role) {
    case Theme::Up: p.drawPath(polygon({{16, 3}, {30, 28}, {2, 28}})); break;
    case Theme::Down: p.drawPath(polygon({{2, 4}, {30, 4}, {16, 29}})); break;
    case Theme::Connecting:
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(fill, 3));
        p.drawEllipse(disc);
        p.setBrush(fill);
        p.drawPie(disc, 90 * 16, 180 * 16);
        break;
    case Theme::NotDeployed:
    case Theme::Muted:
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(fill, 3.5));
        p.drawEllipse(disc.adjusted(2, 2, -2, -2));
        break;
    case Theme::Expired:
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(fill, 3));
        p.drawEllipse(disc);
        p.setPen(QPen(fill, 4, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(10, 16), QPointF(22, 16));
        break;
    case Theme::Collision:
        p.drawPath(polygon({{16, 1}, {31, 16}, {16, 31}, {1, 16}}));
        p.setPen(innerPen);
        p.drawLine(QPointF(11, 11), QPointF(21, 21));
        p.drawLine(QPointF(21, 11), QPointF(11, 21));
        break;
    case Theme::Error:
        p.drawEllipse(QRectF(2, 2, 28, 28));
        p.setPen(innerPen);
        p.drawLine(QPointF(11, 11), QPointF(21, 21));
        p.drawLine(QPointF(21, 11), QPointF(11, 21));
        break;
    case Theme::Warning:
        p.drawPath(polygon({{16, 2}, {31, 29}, {1, 29}}));
        p.setPen(innerPen);
        p.drawLine(QPointF(16, 11), QPointF(16, 19));
        p.drawPoint(QPointF(16, 24.5));
        break;
    case Theme::Info: // a rounded square: not the Error disc
        p.drawRoundedRect(QRectF(3, 3, 26, 26), 6, 6);
        p.setPen(innerPen);
        p.drawLine(QPointF(16, 14), QPointF(16, 23));
        p.drawPoint(QPointF(16, 9));
        break;
    case Theme::Highlight: p.drawPath(polygon({{16, 3}, {29, 16}, {16, 29}, {3, 16}})); break;
    case Theme::Created:
        p.setPen(QPen(fill, 6, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(16, 5), QPointF(16, 27));
        p.drawLine(QPointF(5, 16), QPointF(27, 16));
        break;
    case Theme::Refreshed: {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(fill, 4, Qt::SolidLine, Qt::RoundCap));
        p.drawArc(disc.adjusted(1, 1, -1, -1), 100 * 16, 280 * 16);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawPath(polygon({{13, 0}, {23, 6}, {13, 12}}));
        break;
    }
    case Theme::Observed:
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(fill, 3));
        p.drawEllipse(disc);
        p.setBrush(fill);
        p.drawEllipse(QRectF(10, 10, 12, 12));
        break;
    case Theme::Chapter:
        p.setPen(QPen(fill, 3, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(7, 3), QPointF(7, 30));
        p.setPen(Qt::NoPen);
        p.drawPath(polygon({{8, 4}, {28, 10}, {8, 17}}));
        break;
    case Theme::Bookmark: p.drawPath(star({16, 17}, 15, 6.5)); break;
    case Theme::RoleCount: break;
    }
}

// Keeps Theme::mark()ed widgets coloured across palette changes.
class MarkKeeper : public QObject
{
public:
    static MarkKeeper *instance()
    {
        static MarkKeeper *keeper = new MarkKeeper;
        return keeper;
    }
    static void apply(QWidget *widget);

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange) {
            if (auto *widget = qobject_cast<QWidget *>(object))
                apply(widget);
        }
        return false;
    }
};

const char *markProperty = "meshnatThemeMark";
const char *roleProperty = "meshnatThemeRole";
const char *busyProperty = "meshnatThemeBusy";

void MarkKeeper::apply(QWidget *widget)
{
    if (widget->property(busyProperty).toBool())
        return;
    const auto how = Theme::Mark(widget->property(markProperty).toInt());
    if (how == Theme::Mark::Plain)
        return;
    const auto role = Theme::Role(widget->property(roleProperty).toInt());
    widget->setProperty(busyProperty, true);
    // The widget's own (inherited) window colours stand in for Base and Text.
    QPalette ground = widget->parentWidget() ? widget->parentWidget()->palette() : Theme::appPalette();
    ground.setColor(QPalette::Base, ground.color(QPalette::Window));
    ground.setColor(QPalette::Text, ground.color(QPalette::WindowText));
    QPalette palette = widget->palette();
    if (how == Theme::Mark::Text) {
        palette.setColor(QPalette::WindowText, Theme::color(role, ground));
        palette.setColor(QPalette::Text, Theme::color(role, ground));
    } else {
        palette.setColor(QPalette::Window, Theme::tint(role, ground));
        palette.setColor(QPalette::WindowText, ground.color(QPalette::Text));
        widget->setAutoFillBackground(true);
    }
    widget->setPalette(palette);
    widget->setProperty(busyProperty, false);
}

} // namespace

QPalette Theme::appPalette()
{
    return QGuiApplication::palette();
}

double Theme::luminance(const QColor &color)
{
    const auto channel = [](float c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
           + 0.0722 * channel(rgb.blueF());
}

double Theme::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Theme::mix(const QColor &a, const QColor &b, double amountOfB)
{
    const double t = std::clamp(amountOfB, 0.0, 1.0);
    const QColor x = a.toRgb(), y = b.toRgb();
    return QColor::fromRgbF(float(x.redF() + (y.redF() - x.redF()) * t),
                            float(x.greenF() + (y.greenF() - x.greenF()) * t),
                            float(x.blueF() + (y.blueF() - x.blueF()) * t));
}

bool Theme::isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Base)) < luminance(palette.color(QPalette::Text));
}

QColor Theme::color(Role role, const QPalette &palette)
{
    // Called for every painted cell: remember per palette (per thread: the
    // graph's edge image is drawn on several).
    static thread_local QHash<quint64, QRgb> cache;
    const QColor base = palette.color(QPalette::Base);
    const quint64 key = cacheKey(role, base, palette.color(QPalette::Text));
    if (const auto it = cache.constFind(key); it != cache.cend())
        return QColor::fromRgb(*it);
    const QRgb c = readable(seed(role, palette), base, textContrast).rgb();
    cache.insert(key, c);
    return QColor::fromRgb(c); // always an RGB colour: equal to its cached copy
}

QColor Theme::tint(Role role, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor c = color(role, palette);
    // Strong enough to see, never so strong that Text stops reading on it.
    for (double amount = isDark(palette) ? 0.34 : 0.22; amount > 0.04; amount -= 0.02) {
        const QColor t = mix(base, c, amount);
        if (contrast(t, text) >= textContrast)
            return t;
    }
    return base;
}

QString Theme::glyph(Role role)
{
    switch (role) {
    case Up: return QStringLiteral("▲");
    case Down: return QStringLiteral("▼");
    case Connecting: return QStringLiteral("◐");
    case NotDeployed: return QStringLiteral("○");
    case Collision: return QStringLiteral("✕");
    case Error: return QStringLiteral("⊗");
    case Warning: return QStringLiteral("⚠");
    case Info: return QStringLiteral("ℹ");
    case Highlight: return QStringLiteral("◆");
    case Created: return QStringLiteral("+");
    case Refreshed: return QStringLiteral("↻");
    case Expired: return QStringLiteral("−");
    case Observed: return QStringLiteral("◉");
    case Muted: return QStringLiteral("·");
    case Chapter: return QStringLiteral("⚑");
    case Bookmark: return QStringLiteral("★");
    case RoleCount: break;
    }
    return QString();
}

QIcon Theme::icon(Role role, const QPalette &palette)
{
    static QHash<quint64, QIcon> cache;
    const QColor fill = color(role, palette);
    const QColor inner = palette.color(QPalette::Base);
    const quint64 key = cacheKey(role, fill, inner);
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    QIcon icon;
    for (const int size : {16, 32, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 32.0, size / 32.0);
        drawShape(painter, role, fill, inner);
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(key, icon);
    return icon;
}

Qt::BrushStyle Theme::pattern(Role role)
{
    switch (role) {
    case Down:
    case Collision:
    case Error: return Qt::BDiagPattern;
    case Connecting:
    case Warning: return Qt::Dense4Pattern;
    case NotDeployed:
    case Expired:
    case Muted: return Qt::Dense6Pattern;
    default: return Qt::SolidPattern;
    }
}

QColor Theme::categoryColor(int index, const QPalette &palette)
{
    static const QColor seeds[] = {okabeBlue,  okabeOrange,     okabeGreen,  okabePurple,
                                   okabeSky,   okabeVermillion, okabeYellow};
    constexpr int count = int(sizeof seeds / sizeof seeds[0]);
    const int i = ((index % count) + count) % count;
    // Called for every painted node and site: remember per palette, as color() does.
    static thread_local QHash<quint64, QRgb> cache;
    const QColor base = palette.color(QPalette::Base);
    const quint64 key = cacheKey(RoleCount + i, base, palette.color(QPalette::Text));
    if (const auto it = cache.constFind(key); it != cache.cend())
        return QColor::fromRgb(*it);
    const QRgb c = readable(seeds[i], base, graphicContrast).rgb();
    cache.insert(key, c);
    return QColor::fromRgb(c);
}

QColor Theme::categoryFill(int index, const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), categoryColor(index, palette), isDark(palette) ? 0.3 : 0.18);
}

Qt::PenStyle Theme::categoryPen(int index)
{
    static const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DashDotLine, Qt::DotLine,
                                          Qt::DashDotDotLine};
    return styles[((index % 5) + 5) % 5];
}

QColor Theme::badgeText(const QColor &fill)
{
    const QPalette light = lightPalette();
    const QColor a = light.color(QPalette::Base), b = light.color(QPalette::Text);
    return contrast(fill, a) >= contrast(fill, b) ? a : b;
}

QColor Theme::selection(const QPalette &palette)
{
    return readable(palette.color(QPalette::Highlight), palette.color(QPalette::Base), graphicContrast);
}

QColor Theme::gridColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.18);
}

QColor Theme::axisColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.6);
}

QPalette Theme::lightPalette()
{
    static const QPalette palette = [] {
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        return fusion ? fusion->standardPalette() : QPalette();
    }();
    return palette;
}

QPalette Theme::darkPalette()
{
    static const QPalette palette = [] {
        const QColor window(0x35, 0x35, 0x35), base(0x24, 0x24, 0x24), text(0xe8, 0xe8, 0xe8);
        const QColor disabled(0x7f, 0x7f, 0x7f);
        QPalette p(window);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, QColor(0x2d, 0x2d, 0x2d));
        p.setColor(QPalette::ToolTipBase, QColor(0x42, 0x42, 0x42));
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, window);
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x65));
        p.setColor(QPalette::Light, QColor(0x5a, 0x5a, 0x5a));
        p.setColor(QPalette::Midlight, QColor(0x48, 0x48, 0x48));
        p.setColor(QPalette::Mid, QColor(0x2a, 0x2a, 0x2a));
        p.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
        p.setColor(QPalette::Shadow, QColor(0x14, 0x14, 0x14));
        p.setColor(QPalette::Highlight, QColor(0x26, 0x6e, 0xb4));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Link, QColor(0x6c, 0xbc, 0xf0));
        p.setColor(QPalette::LinkVisited, QColor(0xc8, 0x9a, 0xe8));
        for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            p.setColor(QPalette::Disabled, role, disabled);
        p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
        return p;
    }();
    return palette;
}

void Theme::mark(QWidget *widget, Mark how, Role role)
{
    const bool wasMarked = widget->property(markProperty).toInt() != int(Mark::Plain);
    widget->setProperty(markProperty, int(how));
    widget->setProperty(roleProperty, int(role));
    widget->removeEventFilter(MarkKeeper::instance());
    if (wasMarked) { // start from the inherited colours
        widget->setPalette(QPalette());
        widget->setAutoFillBackground(false);
    }
    if (how == Mark::Plain)
        return;
    widget->installEventFilter(MarkKeeper::instance());
    MarkKeeper::apply(widget);
}
