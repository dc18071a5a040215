#include "GraphLegend.h"

#include "GraphPalette.h"

#include "EdgeItem.h"
#include "GraphFonts.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QtMath>

namespace {

constexpr int EntryCount = 7;
constexpr qreal Sample = 46;  // width of a line sample
constexpr qreal Pad = 8;
constexpr qreal ColumnGap = 18;
constexpr int Margin = 8;

enum Entry { TunnelUp, TunnelDown, TunnelGrey, Link, PortLabel, PortChangedMark, CollisionMark };

QString entryText(int entry)
{
    switch (entry) {
    case TunnelUp: return GraphLegend::tr("Tunnel Up");
    case TunnelDown: return GraphLegend::tr("Tunnel Down");
    case TunnelGrey: return GraphLegend::tr("Tunnel not up or not simulated");
    case Link: return GraphLegend::tr("Physical link");
    case PortLabel: return GraphLegend::tr("Outside port after NAT");
    case PortChangedMark: return GraphLegend::tr("Port changed by NAT");
    case CollisionMark: return GraphLegend::tr("Port collision (held by another)");
    }
    return QString();
}

struct Metrics
{
    explicit Metrics(qreal scale)
        : scale(scale)
        , font(GraphFonts::text(scale))
        , title(GraphFonts::text(scale, true))
    {
        const QFontMetricsF fm(font);
        row = qMax(fm.height(), EdgeItem::portLabelSize(QStringLiteral(":4500"), scale).height())
              + 4 * scale;
        sample = qMax(Sample * scale,
                      EdgeItem::portLabelSize(QStringLiteral(":4500"), scale).width());
        text = 0;
        for (int i = 0; i < EntryCount; ++i)
            text = qMax(text, fm.horizontalAdvance(entryText(i)));
        column = sample + 8 * scale + text;
        titleHeight = QFontMetricsF(title).height() + 2 * scale;
    }
    qreal scale;
    QFont font;
    QFont title;
    qreal row;
    qreal sample;
    qreal text;
    qreal column;
    qreal titleHeight;
};

// Sizing the legend measures every entry; the canvas asks for it several
// times per fit (one to seven columns tried). Remembered per scale while the
// texts and the fonts stay the same.
const Metrics &metricsFor(qreal scale)
{
    struct Entry
    {
        int fonts;
        QStringList texts;
        Metrics metrics;
    };
    static QHash<int, Entry> cache;
    const int key = qRound(scale * 1000);
    const int fonts = GraphFonts::generation();
    const QStringList texts = GraphLegend::texts();
    auto it = cache.find(key);
    if (it == cache.end() || it->fonts != fonts || it->texts != texts)
        it = cache.insert(key, {fonts, texts, Metrics(scale)});
    return it->metrics;
}

} // namespace

GraphLegend::GraphLegend(QWidget *viewport)
    : QWidget(viewport->parentWidget())
    , m_viewport(viewport)
{
    // A child of the view, not of its viewport: scrolling the viewport moves
    // the viewport's children along with the picture.
    setObjectName(QStringLiteral("graphLegend"));
    // The canvas under it stays usable: clicks go through.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    viewport->installEventFilter(this);
    place();
}

QStringList GraphLegend::texts()
{
    QStringList list;
    for (int i = 0; i < EntryCount; ++i)
        list.append(entryText(i));
    return list;
}

QSizeF GraphLegend::sizeFor(int columns, qreal scale)
{
    const Metrics &m = metricsFor(scale);
    columns = qBound(1, columns, EntryCount);
    const int rows = (EntryCount + columns - 1) / columns;
    return QSizeF(2 * Pad * scale + columns * m.column + (columns - 1) * ColumnGap * scale,
                  2 * Pad * scale + m.titleHeight + rows * m.row);
}

int GraphLegend::columnsFor(qreal width, qreal scale)
{
    int columns = 1;
    while (columns < EntryCount && sizeFor(columns + 1, scale).width() <= width)
        ++columns;
    // Rows as even as the column count allows (7 in 4 columns: 2 rows, 4 + 3).
    const int rows = (EntryCount + columns - 1) / columns;
    return (EntryCount + rows - 1) / rows;
}

void GraphLegend::paint(QPainter *painter, const QPointF &topLeft, int columns, qreal scale,
                        const QPalette &palette)
{
    const Metrics m = metricsFor(scale);
    columns = qBound(1, columns, EntryCount);
    const int rows = (EntryCount + columns - 1) / columns;
    const QRectF box(topLeft, sizeFor(columns, scale));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(Theme::gridColor(palette), 1));
    QColor base = palette.color(QPalette::Base);
    base.setAlpha(235); // the drawing shows faintly where it passes under
    painter->setBrush(base);
    painter->drawRoundedRect(box, 6 * scale, 6 * scale);
    painter->setFont(m.title);
    painter->setPen(palette.color(QPalette::Text));
    const qreal left = box.left() + Pad * scale;
    const qreal top = box.top() + Pad * scale;
    painter->drawText(QRectF(left, top, box.width() - 2 * Pad * scale, m.titleHeight),
                      Qt::AlignLeft | Qt::AlignVCenter, tr("Legend"));
    for (int i = 0; i < EntryCount; ++i) {
        const int column = i / rows;
        const int row = i % rows;
        const qreal x = left + column * (m.column + ColumnGap * scale);
        const qreal y = top + m.titleHeight + row * m.row;
        const QRectF sample(x, y, m.sample, m.row);
        const QLineF line(sample.left() + 2 * scale, sample.center().y(), sample.right() - 2 * scale,
                          sample.center().y());
        switch (i) {
        case TunnelUp:
        case TunnelDown:
        case TunnelGrey: {
            const EdgeItem::State state = i == TunnelUp     ? EdgeItem::Up
                                          : i == TunnelDown ? EdgeItem::Down
                                                            : EdgeItem::Grey;
            painter->setPen(EdgeItem::pen(EdgeItem::PeerPairStyle, state, palette, scale));
            painter->drawLine(line);
            if (state == EdgeItem::Down)
                EdgeItem::paintDownBadge(painter, line.center(), palette, scale * 0.7);
            break;
        }
        case Link:
            painter->setPen(EdgeItem::pen(EdgeItem::LinkStyle, EdgeItem::Unknown, palette, scale));
            painter->drawLine(line);
            break;
        default: {
            const EdgeItem::PortMark mark = i == PortLabel         ? EdgeItem::PortKept
                                            : i == PortChangedMark ? EdgeItem::PortChanged
                                                                   : EdgeItem::PortCollision;
            const QString label = mark == EdgeItem::PortKept ? QStringLiteral(":4500")
                                                             : QStringLiteral(":1543");
            const QSizeF size = EdgeItem::portLabelSize(label, scale);
            const QRectF pill(sample.left(), sample.center().y() - size.height() / 2,
                              size.width(), size.height());
            EdgeItem::paintPortLabel(painter, pill, label, mark,
                                     EdgeItem::colour(EdgeItem::Up, palette), palette, scale);
            break;
        }
        }
        painter->setFont(m.font);
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(QRectF(x + m.sample + 8 * scale, y, m.text + 2, m.row),
                          Qt::AlignLeft | Qt::AlignVCenter, entryText(i));
    }
    painter->restore();
}

GraphLegend::SceneItem::SceneItem()
{
    setZValue(5);
}

void GraphLegend::SceneItem::setLayout(int columns, qreal scale)
{
    if (columns == m_columns && qFuzzyCompare(scale, m_scale))
        return;
    prepareGeometryChange();
    m_columns = columns;
    m_scale = scale;
}

QRectF GraphLegend::SceneItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), sizeFor(m_columns, m_scale));
}

void GraphLegend::SceneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    GraphLegend::paint(painter, QPointF(0, 0), m_columns, m_scale, graphPalette(this));
}

void GraphLegend::setColumns(int columns)
{
    m_fixedColumns = columns;
    place();
}

void GraphLegend::setScale(qreal scale)
{
    m_scale = scale;
    place();
}

void GraphLegend::place()
{
    // As few columns as keep it within a third of the canvas's height; hidden
    // when even one row would cover too much of a small canvas.
    const QRect area = m_viewport->geometry();
    const QSize space = area.size();
    int columns = m_fixedColumns > 0 ? m_fixedColumns : 1;
    while (!m_fixedColumns && columns < EntryCount
           && sizeFor(columns, m_scale).height() > space.height() / 3.0)
        columns = columns < 4 ? columns + 1 : EntryCount;
    const QSizeF size = sizeFor(columns, m_scale);
    // A fixed layout was chosen to fit beside or under the diagram.
    const qreal share = m_fixedColumns ? 0.95 : 0.5;
    // (A fixed layout was sized by columnsFor() for the width less 16 px: the
    // same bound here, or a legend chosen to fit is hidden.)
    const qreal width = m_fixedColumns ? space.width() - 2 * Margin : space.width() * 0.95;
    const bool fits = size.width() <= width + 0.5 && size.height() <= space.height() * share;
    m_columns = columns;
    const QSize pixels(qCeil(size.width()) + 1, qCeil(size.height()) + 1);
    setGeometry(QRect(area.topLeft() + QPoint(Margin, space.height() - pixels.height() - Margin),
                      pixels));
    setVisible(fits);
    raise();
    m_cache = QPixmap();
    update();
}

bool GraphLegend::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && (event->type() == QEvent::Resize || event->type() == QEvent::Move))
        place();
    return QWidget::eventFilter(watched, event);
}

void GraphLegend::paintEvent(QPaintEvent *)
{
    // The canvas repaints under the legend (it overlaps the viewport), and the
    // legend with it: a pixmap of it, drawn once per layout, palette and
    // language, is blitted instead of drawing the key again.
    const qreal dpr = devicePixelRatioF();
    if (m_cache.isNull() || m_cache.size() != size() * dpr
        || m_cachePalette != palette().cacheKey()) {
        m_cache = QPixmap(size() * dpr);
        m_cache.setDevicePixelRatio(dpr);
        m_cache.fill(Qt::transparent);
        QPainter painter(&m_cache);
        paint(&painter, QPointF(0, 0), m_columns, m_scale, palette());
        m_cachePalette = palette().cacheKey();
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_cache);
}

void GraphLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        m_cache = QPixmap();
    if (event->type() == QEvent::LanguageChange)
        place();
    QWidget::changeEvent(event);
}
