#include "MeshGraphLayout.h"

#include "NodeItem.h"
#include "Project.h"

#include <QList>

namespace {

constexpr qreal Padding = 14;
constexpr qreal TitleHeight = 48;
constexpr qreal NodeGap = 18;
constexpr qreal InnerGap = 40;
constexpr qreal SiteGap = 30;
constexpr qreal ColumnGap = 60;
constexpr qreal MinRegionWidth = NodeItem::Width + 2 * Padding;
constexpr qreal EmptyCentreWidth = 120;

struct SiteBox
{
    ObjectId id = NoId;
    QList<ObjectId> devices;
    QList<ObjectId> appliances;
    QSizeF size;
};

qreal columnHeight(int count)
{
    return count * NodeItem::Height + qMax(0, count - 1) * NodeGap;
}

} // namespace

MeshGraphLayout::Column MeshGraphLayout::columnOf(const Project &project, ObjectId site)
{
    const QString kind = project.text(site, QStringLiteral("kind"));
    if (kind == QLatin1String("internet"))
        return Centre;
    if (kind == QLatin1String("cloud-sddc"))
        return Right;
    return Left;
}

MeshGraphLayout::Result MeshGraphLayout::compute(const Project &project)
{
    QList<SiteBox> columns[3];
    for (ObjectId site : project.objects(ObjectKind::Site)) {
        SiteBox box;
        box.id = site;
        for (ObjectId child : project.children(site)) {
            if (project.kind(child) == ObjectKind::Device)
                box.devices.append(child);
            else if (project.kind(child) == ObjectKind::Appliance)
                box.appliances.append(child);
        }
        const int innerColumns = (box.devices.isEmpty() ? 0 : 1) + (box.appliances.isEmpty() ? 0 : 1);
        const qreal width = innerColumns <= 1
                                ? MinRegionWidth
                                : 2 * NodeItem::Width + InnerGap + 2 * Padding;
        const qreal contentHeight = qMax(columnHeight(int(box.devices.size())),
                                         columnHeight(int(box.appliances.size())));
        box.size = QSizeF(width, TitleHeight + qMax<qreal>(contentHeight, NodeItem::Height) + Padding);
        columns[columnOf(project, site)].append(box);
    }

    qreal heights[3] = {0, 0, 0};
    qreal widths[3] = {0, EmptyCentreWidth, 0};
    for (int c = 0; c < 3; ++c) {
        for (const SiteBox &box : std::as_const(columns[c])) {
            heights[c] += box.size.height() + (heights[c] > 0 ? SiteGap : 0);
            widths[c] = qMax(widths[c], box.size.width());
        }
    }
    const qreal totalHeight = qMax(heights[0], qMax(heights[1], heights[2]));

    Result result;
    qreal x = 0;
    for (int c = 0; c < 3; ++c) {
        qreal y = (totalHeight - heights[c]) / 2;
        for (const SiteBox &box : std::as_const(columns[c])) {
            // Regions of one column share its width so their edges line up.
            const QRectF region(x, y, widths[c], box.size.height());
            result.regions.insert(box.id, region);
            const qreal contentTop = region.top() + TitleHeight;
            const qreal contentHeight = region.height() - TitleHeight - Padding;
            const qreal leftX = region.left() + Padding;
            const qreal rightX = region.right() - Padding - NodeItem::Width;
            const bool both = !box.devices.isEmpty() && !box.appliances.isEmpty();
            // Devices face the internet: right edge on-premises, left edge in the cloud.
            qreal deviceX = region.center().x() - NodeItem::Width / 2;
            qreal applianceX = deviceX;
            if (both) {
                deviceX = c == Right ? leftX : rightX;
                applianceX = c == Right ? rightX : leftX;
            }
            const auto place = [&](const QList<ObjectId> &ids, qreal atX) {
                qreal top = contentTop + (contentHeight - columnHeight(int(ids.size()))) / 2;
                for (ObjectId id : ids) {
                    result.nodes.insert(id, QRectF(atX, top, NodeItem::Width, NodeItem::Height));
                    top += NodeItem::Height + NodeGap;
                }
            };
            place(box.devices, deviceX);
            place(box.appliances, applianceX);
            y += box.size.height() + SiteGap;
        }
        x += widths[c] + ColumnGap;
    }
    return result;
}
