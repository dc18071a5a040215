#pragma once

// Helpers shared by the replay and NAT table tests: the seed incident, the
// step at which IX is given the second port, and model snapshots.

#include "Examples.h"
#include "Project.h"
#include "ProjectReader.h"
#include "SimulationSession.h"

#include <QAbstractItemModel>
#include <QStringList>
#include <QtTest>

namespace ReplayTestUtil {

inline bool loadExample(const QString &key, Project *project)
{
    ProjectReader reader;
    return reader.read(Examples::resourcePath(key), project);
}

inline ObjectId appliance(const Project &p, const char *name)
{
    return p.findByName(ObjectKind::Appliance, QString::fromLatin1(name));
}

// The step whose event gives `owner` a translation that did not keep the port
// it asked for (the seed incident: IX asks for 4500, gets 1543). -1: none.
inline int collisionStep(const SimulationResult &r, ObjectId owner)
{
    for (size_t i = 0; i < r.events.size(); ++i) {
        const SimEvent &e = r.events[i];
        if (e.type != SimEvent::TranslationCreated)
            continue;
        const Translation &t = r.translation(e.translation);
        if (t.owner == owner && t.heldBy && t.requestedPort != t.insideGlobal.port)
            return int(i);
    }
    return -1;
}

// Every cell and the roles views use, row by row, for exact comparisons.
inline QStringList snapshot(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(parent); ++c) {
            const QModelIndex i = model->index(r, c, parent);
            cells << i.data().toString() << i.data(Qt::BackgroundRole).toString()
                  << i.data(Qt::ForegroundRole).toString() << i.data(Qt::ToolTipRole).toString();
            for (int role = Qt::UserRole + 1; role <= Qt::UserRole + 4; ++role)
                cells << i.data(role).toString();
        }
        out << cells.join(QLatin1Char('|'));
        const QModelIndex first = model->index(r, 0, parent);
        if (model->hasChildren(first))
            out << snapshot(model, first);
    }
    return out;
}

} // namespace ReplayTestUtil
