#include "MeshGraphLayout.h"

#include "Project.h"

#include <QList>
#include <QSet>
#include <QtMath>

#include <algorithm>

namespace {

constexpr qreal RowGap = 22;
constexpr qreal ColGap = 40;
constexpr qreal SiteGap = 40;
constexpr qreal ColumnGap = 140;
constexpr qreal RowPitch = MeshGraphLayout::NodeHeight + RowGap;
constexpr qreal ColPitch = MeshGraphLayout::NodeWidth + ColGap;

QPointF positionOf(const Project &project, ObjectId id)
{
    return project.value(id, Field::position).toPointF();
}

struct SiteContent
{
    QList<ObjectId> devices;
    QList<ObjectId> appliances;
};

SiteContent contentOf(const Project &project, ObjectId site)
{
    SiteContent c;
    for (ObjectId child : project.children(site)) {
        if (project.kind(child) == ObjectKind::Device)
            c.devices.append(child);
        else if (project.kind(child) == ObjectKind::Appliance)
            c.appliances.append(child);
    }
    return c;
}

int columnsFor(int count, int maxRows)
{
    return count == 0 ? 0 : (count + maxRows - 1) / maxRows;
}

} // namespace

MeshGraphLayout::Column MeshGraphLayout::columnOf(const Project &project, ObjectId site)
{
    const QString kind = project.text(site, Field::kind);
    if (kind == QLatin1String("internet"))
        return Centre;
    if (kind == QLatin1String("cloud-sddc"))
        return Right;
    return Left;
}

bool MeshGraphLayout::isPlaced(const Project &project, ObjectId id)
{
    return !positionOf(project, id).isNull();
}

bool MeshGraphLayout::anyPlaced(const Project &project)
{
    for (ObjectKind kind : {ObjectKind::Site, ObjectKind::Device, ObjectKind::Appliance}) {
        for (ObjectId id : project.objects(kind)) {
            if (isPlaced(project, id))
                return true;
        }
    }
    return false;
}

MeshGraphLayout::Result MeshGraphLayout::compute(const Project &project)
{
    // One row count for every site, so a cloud appliance can take the row of
    // its on-premises peer; large sites wrap into a roughly square grid.
    int largest = 0;
    for (ObjectId site : project.objects(ObjectKind::Site)) {
        const SiteContent c = contentOf(project, site);
        largest = qMax(largest, int(qMax(c.devices.size(), c.appliances.size())));
    }
    const int maxRows = qMax(8, int(qCeil(qSqrt(largest * 3.0))));

    Result result;
    QHash<ObjectId, int> slotOf; // appliance -> slot index in its site's grid
    qreal columnX[3] = {0, 0, 0};
    qreal columnBottom[3] = {0, 0, 0};
    QList<ObjectId> columns[3];
    for (ObjectId site : project.objects(ObjectKind::Site))
        columns[columnOf(project, site)].append(site);

    // Left and right columns first: the centre (usually an empty internet
    // region) is centred on their height afterwards.
    qreal x = 0;
    qreal leftWidth = 0;
    for (ObjectId site : std::as_const(columns[Left])) {
        const SiteContent c = contentOf(project, site);
        const int applianceCols = columnsFor(int(c.appliances.size()), maxRows);
        const int deviceCols = columnsFor(int(c.devices.size()), maxRows);
        leftWidth = qMax(leftWidth, (applianceCols + deviceCols) * ColPitch - ColGap);
    }
    leftWidth = qMax(leftWidth, EmptySiteWidth - 2 * Padding);
    columnX[Left] = x;
    x += leftWidth + 2 * Padding + ColumnGap;
    columnX[Centre] = x;
    bool centreHasNodes = false;
    qreal centreWidth = EmptySiteWidth - 2 * Padding;
    for (ObjectId site : std::as_const(columns[Centre])) {
        const SiteContent c = contentOf(project, site);
        const int cols = columnsFor(int(c.appliances.size()), maxRows)
                         + columnsFor(int(c.devices.size()), maxRows);
        if (cols > 0)
            centreHasNodes = true;
        centreWidth = qMax(centreWidth, cols * ColPitch - ColGap);
    }
    if (columns[Centre].isEmpty() && !centreHasNodes)
        centreWidth = 0;
    x += centreWidth + 2 * Padding + ColumnGap;
    columnX[Right] = x;

    const auto placeSite = [&](ObjectId site, Column column, qreal top, qreal left,
                               qreal innerWidth) {
        SiteContent c = contentOf(project, site);
        if (c.devices.isEmpty() && c.appliances.isEmpty()) {
            const qreal w = innerWidth + 2 * Padding;
            const QPointF at(left + (w - EmptySiteWidth) / 2, top);
            result.sites.insert(site, at);
            return top + EmptySiteHeight;
        }
        const int applianceCols = columnsFor(int(c.appliances.size()), maxRows);
        const int deviceCols = columnsFor(int(c.devices.size()), maxRows);
        const qreal contentLeft = left + Padding;
        const qreal contentTop = top + TitleHeight;
        // Devices face the internet: right on-premises, left in the cloud.
        const qreal deviceLeft = column == Right ? contentLeft
                                                 : contentLeft + applianceCols * ColPitch;
        const qreal applianceLeft = column == Right ? contentLeft + deviceCols * ColPitch
                                                    : contentLeft;
        QList<int> slotList;
        if (column == Right) {
            // Paired appliances take their peer's slot; the rest fill the gaps.
            QSet<int> taken;
            for (ObjectId a : std::as_const(c.appliances)) {
                const ObjectId peer = project.value(a, Field::peer).toUInt();
                const int wanted = slotOf.value(peer, -1);
                const bool free = wanted >= 0 && !taken.contains(wanted);
                slotList.append(free ? wanted : -1);
                if (free)
                    taken.insert(wanted);
            }
            int next = 0;
            for (int &slot : slotList) {
                if (slot >= 0)
                    continue;
                while (taken.contains(next))
                    ++next;
                slot = next;
                taken.insert(next);
            }
        } else {
            for (int i = 0; i < c.appliances.size(); ++i)
                slotList.append(i);
        }
        int usedRows = 0;
        for (int i = 0; i < c.appliances.size(); ++i) {
            const int slot = slotList.at(i);
            const int col = slot / maxRows;
            const int row = slot % maxRows;
            usedRows = qMax(usedRows, row + 1);
            result.nodes.insert(c.appliances.at(i),
                                QPointF(applianceLeft + col * ColPitch + NodeWidth / 2,
                                        contentTop + row * RowPitch + NodeHeight / 2));
            slotOf.insert(c.appliances.at(i), slot);
        }
        // Devices centre on the appliances' rows.
        const int deviceRows = qMin(int(c.devices.size()), maxRows);
        const qreal deviceTop =
            contentTop + qMax(0.0, (usedRows - deviceRows) * RowPitch / 2);
        for (int i = 0; i < c.devices.size(); ++i) {
            result.nodes.insert(c.devices.at(i),
                                QPointF(deviceLeft + (i / maxRows) * ColPitch + NodeWidth / 2,
                                        deviceTop + (i % maxRows) * RowPitch + NodeHeight / 2));
        }
        usedRows = qMax(usedRows, deviceRows);
        result.sites.insert(site, QPointF(left, top));
        return top + TitleHeight + usedRows * RowPitch - RowGap + Padding;
    };

    for (Column column : {Left, Right}) {
        qreal top = 0;
        for (ObjectId site : std::as_const(columns[column])) {
            const SiteContent c = contentOf(project, site);
            const qreal width = column == Left
                                    ? leftWidth
                                    : (columnsFor(int(c.appliances.size()), maxRows)
                                       + columnsFor(int(c.devices.size()), maxRows))
                                              * ColPitch
                                          - ColGap;
            top = placeSite(site, column, top, columnX[column], qMax(0.0, width)) + SiteGap;
        }
        columnBottom[column] = top - SiteGap;
    }
    // The centre column sits level with the middle of the others.
    qreal centreHeight = 0;
    for (ObjectId site : std::as_const(columns[Centre])) {
        const SiteContent c = contentOf(project, site);
        centreHeight += (c.devices.isEmpty() && c.appliances.isEmpty()
                             ? EmptySiteHeight
                             : TitleHeight + qMin(int(qMax(c.devices.size(), c.appliances.size())),
                                                  maxRows) * RowPitch)
                        + SiteGap;
    }
    qreal top = qMax(0.0, (qMax(columnBottom[Left], columnBottom[Right]) - centreHeight) / 2);
    for (ObjectId site : std::as_const(columns[Centre]))
        top = placeSite(site, Centre, top, columnX[Centre], centreWidth) + SiteGap;
    return result;
}

MeshGraphLayout::Result MeshGraphLayout::complete(const Project &project,
                                                  const QHash<ObjectId, QRectF> &nodeBoxes,
                                                  const QHash<ObjectId, QRectF> &siteBoxes)
{
    Result result;
    QRectF all;
    QRectF columnBounds[3];
    for (auto it = siteBoxes.cbegin(); it != siteBoxes.cend(); ++it) {
        all |= it.value();
        columnBounds[columnOf(project, it.key())] |= it.value();
    }
    for (ObjectId site : project.objects(ObjectKind::Site)) {
        const Column column = columnOf(project, site);
        const SiteContent c = contentOf(project, site);
        QList<ObjectId> unplaced;
        QRectF placedBox;
        qreal deviceX = qQNaN();
        qreal applianceX = qQNaN();
        for (const QList<ObjectId> *list : {&c.devices, &c.appliances}) {
            for (ObjectId id : *list) {
                const auto box = nodeBoxes.constFind(id);
                if (box == nodeBoxes.cend()) {
                    unplaced.append(id);
                    continue;
                }
                placedBox |= *box;
                qreal &x = list == &c.devices ? deviceX : applianceX;
                if (qIsNaN(x))
                    x = box->center().x();
            }
        }
        QPointF anchor; // top-left of the site's region
        const bool hasPlacedMembers = !placedBox.isNull();
        if (!hasPlacedMembers) {
            if (siteBoxes.contains(site)) {
                anchor = siteBoxes.value(site).topLeft();
            } else {
                // Below the lowest region of the column, or beside everything.
                const QRectF &bounds = columnBounds[column];
                if (!bounds.isNull()) {
                    anchor = QPointF(bounds.left(), bounds.bottom() + SiteGap);
                } else if (all.isNull()) {
                    anchor = QPointF(column * (2 * ColPitch + ColumnGap), 0);
                } else {
                    const qreal xs[3] = {all.left() - 2 * ColPitch - ColumnGap,
                                         all.center().x() - EmptySiteWidth / 2,
                                         all.right() + ColumnGap};
                    anchor = QPointF(xs[column], all.top());
                }
                if (!isPlaced(project, site))
                    result.sites.insert(site, anchor);
                const QRectF box(anchor, QSizeF(EmptySiteWidth, EmptySiteHeight));
                columnBounds[column] |= box;
                all |= box;
            }
        }
        if (unplaced.isEmpty())
            continue;
        const qreal firstX = anchor.x() + Padding + NodeWidth / 2;
        const qreal secondX = firstX + ColPitch;
        const bool both = !c.devices.isEmpty() && !c.appliances.isEmpty();
        if (qIsNaN(deviceX))
            deviceX = hasPlacedMembers ? (qIsNaN(applianceX) ? placedBox.center().x()
                                                            : applianceX + (column == Right ? -ColPitch : ColPitch))
                                       : (both && column != Right ? secondX : firstX);
        if (qIsNaN(applianceX))
            applianceX = hasPlacedMembers ? deviceX + (column == Right ? ColPitch : -ColPitch)
                                          : (both && column == Right ? secondX : firstX);
        qreal nextY[2];
        const qreal startY = hasPlacedMembers ? placedBox.bottom() + RowGap + NodeHeight / 2
                                              : anchor.y() + TitleHeight + NodeHeight / 2;
        nextY[0] = nextY[1] = startY;
        for (ObjectId id : std::as_const(unplaced)) {
            const int k = project.kind(id) == ObjectKind::Device ? 0 : 1;
            result.nodes.insert(id, QPointF(k == 0 ? deviceX : applianceX, nextY[k]));
            nextY[k] += RowPitch;
        }
    }
    return result;
}
