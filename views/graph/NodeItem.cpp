#include "NodeItem.h"

#include "GraphPalette.h"

#include "GraphFonts.h"
#include "GraphItemRole.h"
#include "KindIcons.h"
#include "TypeBadge.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace {

constexpr qreal HandleRadius = 7;
constexpr qreal IconSize = 30;
const QString kSeparator = QStringLiteral(" · ");

} // namespace

NodeItem::NodeItem(ObjectId id, ObjectKind kind)
    : m_id(id)
    , m_kind(kind)
{
    setData(GraphItemIdKey, id);
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setRect(-MinWidth / 2, -Height / 2, MinWidth, Height);
    setZValue(2);
}

QString NodeItem::lineText(const Line &line)
{
    if (line.addresses.isEmpty())
        return line.caption;
    return line.caption.isEmpty() ? line.addresses : line.caption + kSeparator + line.addresses;
}

QList<NodeItem::Line> NodeItem::drawnLines() const
{
    // Larger text (presentation) puts addresses under their caption: narrower
    // boxes, so the layout needs less spreading and the text shows larger.
    if (m_scale <= StackAbove)
        return m_lines;
    QList<Line> lines;
    for (const Line &line : m_lines) {
        // "IX" is on the badge already.
        if (!line.caption.isEmpty() && line.caption != m_type)
            lines.append({line.caption, QString()});
        if (!line.addresses.isEmpty())
            lines.append({QString(), line.addresses});
    }
    return lines;
}

QStringList NodeItem::titleLines() const
{
    // Stacked (larger text), a long name breaks at the space nearest its middle
    // rather than widening the box.
    const QFontMetricsF title(GraphFonts::text(m_scale, true));
    if (m_scale <= StackAbove || title.horizontalAdvance(m_title) <= MinWidth * m_scale * 0.6)
        return {m_title};
    int best = -1;
    for (int i = m_title.indexOf(QLatin1Char(' ')); i > 0; i = m_title.indexOf(QLatin1Char(' '), i + 1)) {
        if (best < 0 || qAbs(i - m_title.size() / 2) < qAbs(best - m_title.size() / 2))
            best = i;
    }
    if (best < 0)
        return {m_title};
    return {m_title.left(best), m_title.mid(best + 1)};
}

QString NodeItem::detail() const
{
    QStringList texts;
    for (const Line &line : m_lines)
        texts.append(lineText(line));
    return texts.join(QLatin1Char('\n'));
}

QString NodeItem::labelText() const
{
    return m_lines.isEmpty() ? m_title : m_title + QLatin1Char('\n') + detail();
}

void NodeItem::setLabels(const QString &title, const QList<Line> &lines, const QString &typeKey)
{
    if (title == m_title && lines == m_lines && typeKey == m_type)
        return;
    m_title = title;
    m_lines = lines;
    m_type = typeKey;
    updateSize();
    setToolTip(labelText());
    update();
}

void NodeItem::setTextScale(qreal scale)
{
    if (qFuzzyCompare(scale, m_scale))
        return;
    m_scale = scale;
    updateSize();
    update();
}

void NodeItem::updateSize()
{
    m_prepared = Prepared(); // the labels, the scale or the fonts changed
    // Wide enough for the whole name and every address (exports must carry
    // every label in full); tall enough for every line.
    const QFontMetricsF title(GraphFonts::text(m_scale, true));
    const QFontMetricsF text(GraphFonts::text(m_scale));
    const QFontMetricsF address(GraphFonts::address(m_scale));
    const QStringList titles = titleLines();
    qreal widest = 0;
    for (const QString &t : titles)
        widest = qMax(widest, title.horizontalAdvance(t));
    const QList<Line> lines = drawnLines();
    for (const Line &line : lines) {
        // Measured as painted: the separator shaped with its caption (beside
        // Japanese text it takes the wider Japanese glyph).
        const bool both = !line.addresses.isEmpty() && !line.caption.isEmpty();
        qreal w = text.horizontalAdvance(both ? line.caption + kSeparator : line.caption);
        if (!line.addresses.isEmpty())
            w += address.horizontalAdvance(line.addresses);
        widest = qMax(widest, w + 2 * m_scale);
    }
    // The minimum does not grow with the text: it is what leaves room between
    // boxes for larger text.
    const qreal width = qBound(MinWidth, (IconSize + 30) * m_scale + widest, MaxWidth * m_scale);
    const qreal lineHeight = qMax(text.height(), address.height()) + 2 * m_scale;
    const qreal height = qMax(Height * m_scale,
                              14 * m_scale + titles.size() * title.height()
                                  + lines.size() * lineHeight);
    const QRectF box(-width / 2, -height / 2, width, height);
    if (box != rect()) {
        prepareGeometryChange();
        setRect(box);
    }
}

const NodeItem::Prepared &NodeItem::prepared() const
{
    const int generation = GraphFonts::generation();
    if (m_prepared.fonts == generation)
        return m_prepared;
    // The same geometry paint() used to compute on every repaint: the title
    // lines, then the detail lines (caption, then its addresses in the
    // address font), each elided to the room beside the icon.
    Prepared p;
    p.fonts = generation;
    const qreal s = m_scale;
    const QRectF r = rect();
    const QFontMetricsF titleMetrics(GraphFonts::text(s, true));
    const QFontMetricsF textMetrics(GraphFonts::text(s));
    const QFontMetricsF addressMetrics(GraphFonts::address(s));
    const qreal lineHeight = qMax(textMetrics.height(), addressMetrics.height()) + 2 * s;
    const qreal left = r.left() + (IconSize + 18) * s;
    const qreal width = r.right() - 10 * s - left;
    const QList<Line> lines = drawnLines();
    const QStringList titles = titleLines();
    const auto add = [&p](const QString &text, const QPointF &at, int font) {
        QStaticText staticText(text);
        staticText.setTextFormat(Qt::PlainText);
        p.texts.append({staticText, at, font});
    };
    // drawText(rect, AlignVCenter) puts a line's top at half the spare height.
    qreal y = -(titles.size() * titleMetrics.height() + lines.size() * lineHeight) / 2;
    for (const QString &title : titles) {
        add(titleMetrics.elidedText(title, Qt::ElideRight, width), QPointF(left, y), 0);
        y += titleMetrics.height();
    }
    y += 2 * s;
    for (const Line &line : lines) {
        QString caption = line.caption;
        if (!line.addresses.isEmpty() && !caption.isEmpty())
            caption += kSeparator;
        caption = textMetrics.elidedText(caption, Qt::ElideRight, width);
        const qreal captionWidth = textMetrics.horizontalAdvance(caption);
        if (!caption.isEmpty())
            add(caption, QPointF(left, y + (lineHeight - textMetrics.height()) / 2), 1);
        if (!line.addresses.isEmpty() && captionWidth < width) {
            const qreal rest = width - captionWidth;
            add(addressMetrics.elidedText(line.addresses, Qt::ElideRight, rest),
                QPointF(left + captionWidth, y + (lineHeight - addressMetrics.height()) / 2), 2);
        }
        y += lineHeight;
    }
    m_prepared = p;
    return m_prepared;
}

void NodeItem::setStatusColour(const QColor &colour)
{
    if (colour == m_status)
        return;
    m_status = colour;
    update();
}

void NodeItem::setHighlighted(bool on)
{
    if (on == m_highlighted)
        return;
    m_highlighted = on;
    update();
}

QPointF NodeItem::handleScenePos() const
{
    return mapToScene(QPointF(rect().right(), 0));
}

bool NodeItem::handleContains(const QPointF &scenePos) const
{
    return QLineF(handleScenePos(), scenePos).length() <= (HandleRadius + 3) * m_scale;
}

QRectF NodeItem::boundingRect() const
{
    // Room for the handle, the status dot and the highlight glow.
    return rect().adjusted(-6 * m_scale, -6 * m_scale, (HandleRadius + 4) * m_scale, 6 * m_scale);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.addRect(rect());
    const qreal r = (HandleRadius + 3) * m_scale;
    path.addEllipse(QPointF(rect().right(), 0), r, r);
    return path;
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsRectItem::hoverEnterEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    QGraphicsRectItem::hoverLeaveEvent(event);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool selected = option->state & QStyle::State_Selected;
    const bool device = m_kind == ObjectKind::Device;
    const QPalette palette = graphPalette(this);
    const QColor border = Theme::categoryColor(device ? 1 : 0, palette);
    const QRectF r = rect();
    const qreal s = m_scale;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < 0.3) {
        // Far out (overview, large topologies): a plain box is all one can see,
        // its text under 4 pixels. A few pixels of box need no antialiasing
        // (thousands of them at fit).
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(r, m_status.isValid() ? m_status : border);
        if (selected) {
            painter->setPen(QPen(Theme::selection(palette), 3 / lod));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(r);
        }
        painter->setRenderHint(QPainter::Antialiasing);
        return;
    }
    const QColor fill = Theme::categoryFill(device ? 1 : 0, palette);
    const QColor selection = selected ? Theme::selection(palette) : QColor();
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_highlighted) {
        QColor glow = Theme::color(Theme::Highlight, palette);
        glow.setAlpha(170);
        painter->setPen(QPen(glow, 8 * s));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(r, 8 * s, 8 * s);
    }
    painter->setPen(QPen(selected ? selection : border, (selected ? 3 : 1.5) * s));
    painter->setBrush(fill);
    painter->drawRoundedRect(r, 6 * s, 6 * s);

    const QRectF iconRect(r.left() + 9 * s, -IconSize * s / 2, IconSize * s, IconSize * s);
    if (device)
        KindIcons::icon(m_kind).paint(painter, iconRect.toRect());
    else
        TypeBadge::paint(painter, iconRect, m_type, palette);

    // The lines as one block, centred vertically (laid out in prepared()).
    const QFont fonts[] = {GraphFonts::text(s, true), GraphFonts::text(s), GraphFonts::address(s)};
    const QColor colours[] = {palette.color(QPalette::Text), graphMutedText(palette)};
    int font = -1;
    for (const Text &text : prepared().texts) {
        if (text.font != font) {
            if (font < 0 || (font == 0) != (text.font == 0))
                painter->setPen(colours[text.font == 0 ? 0 : 1]);
            font = text.font;
            painter->setFont(fonts[font]);
        }
        painter->drawStaticText(text.at, text.text);
    }

    if (m_status.isValid()) {
        painter->setPen(QPen(palette.color(QPalette::Base), 1.5 * s));
        painter->setBrush(m_status);
        painter->drawEllipse(QPointF(r.right() - 9 * s, r.top() + 9 * s), 5 * s, 5 * s);
    }
    if ((m_hovered || selected) && painter->device()
        && painter->device()->devType() == QInternal::Widget) {
        // The connection handle: only on screen, never in exports.
        const QPointF c(r.right(), 0);
        painter->setPen(QPen(border, 1.5 * s));
        painter->setBrush(palette.color(QPalette::Base));
        painter->drawEllipse(c, HandleRadius * s, HandleRadius * s);
        painter->drawLine(c + QPointF(-3 * s, 0), c + QPointF(3 * s, 0));
        painter->drawLine(c + QPointF(0, -3 * s), c + QPointF(0, 3 * s));
    }
}
