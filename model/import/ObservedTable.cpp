#include "ObservedTable.h"

#include "Project.h"
#include "RouterDataRegistry.h"

#include <QSet>

ObservedTable::ObservedTable(ObservedTranslations translations)
    : m_data(std::move(translations))
{
    analyse();
}

ObservedTable ObservedTable::fromText(const QString &text)
{
    return fromData(text.toUtf8());
}

ObservedTable ObservedTable::fromData(QByteArrayView data, const QString &formatKey)
{
    return ObservedTable(RouterDataRegistry::instance().readData(data, formatKey));
}

void ObservedTable::analyse()
{
    // Only rows with a full inside local and inside global endpoint can tell
    // whether a port was kept. One pass over the rows; only NAT-T rows cost more
    // than a look at their protocol and port.
    const auto pair = [](quint32 a, quint32 b) { return (quint64(a) << 32) | b; };
    QHash<quint32, int> collisionByGlobal; // insideGlobal -> candidate index
    QList<Collision> candidates;
    QHash<quint32, int> applianceByLocal;
    QSet<quint64> peersSeen;  // (inside local, peer)
    QSet<quint64> localsSeen; // (inside global, inside local)
    const ObservedRow *rows = m_data.rows.constData();
    const int count = m_data.size();
    for (int i = 0; i < count; ++i) {
        const ObservedRow &r = rows[i];
        if (r.protocol != ObservedProtocol::Udp)
            continue;
        const ObservedAddress &local = r.insideLocal();
        const ObservedAddress &global = r.insideGlobal();
        if (!local.isAddress() || !local.hasPort || local.port != NatTPort || !global.isAddress())
            continue;
        if (m_roles.empty())
            m_roles.assign(size_t(count), quint8(Other));
        int a = applianceByLocal.value(local.ip, -1);
        if (a < 0) {
            a = int(m_appliances.size());
            applianceByLocal.insert(local.ip, a);
            m_appliances.append(Appliance{local.ip, {}, {}, {}});
        }
        Appliance &app = m_appliances[a];
        app.globals.append(global.endpoint());
        app.rows.append(i);
        const ObservedAddress &peer = r.outsideGlobal().isAddress() ? r.outsideGlobal()
                                                                    : r.outsideLocal();
        if (peer.isAddress() && !peersSeen.contains(pair(local.ip, peer.ip))) {
            peersSeen.insert(pair(local.ip, peer.ip));
            app.peers.append(peer.ip);
        }

        int c = collisionByGlobal.value(global.ip, -1);
        if (c < 0) {
            c = int(candidates.size());
            collisionByGlobal.insert(global.ip, c);
            Collision fresh;
            fresh.insideGlobal = global.ip;
            candidates.append(fresh);
        }
        Collision &col = candidates[c];
        col.rows.append(i);
        if (!localsSeen.contains(pair(global.ip, local.ip))) {
            localsSeen.insert(pair(global.ip, local.ip));
            col.insideLocals.append(local.ip);
        }
        const bool kept = global.hasPort && global.port == NatTPort;
        if (kept) {
            if (col.holderRow < 0)
                col.holderRow = i;
            m_roles[size_t(i)] = Tunnel;
        } else {
            col.movedRows.append(i);
            m_roles[size_t(i)] = Moved;
        }
    }
    for (const Collision &c : std::as_const(candidates)) {
        if (c.insideLocals.size() < 2 || c.movedRows.isEmpty())
            continue;
        const int index = int(m_collisions.size());
        m_collisions.append(c);
        for (int row : c.rows) {
            m_collisionOfRow.insert(row, index);
            if (m_roles[size_t(row)] == Tunnel)
                m_roles[size_t(row)] = Holder;
        }
    }
}

QString ObservedTable::nameOf(quint32 address, const Project *project)
{
    const QString ip = Ipv4::toString(address);
    if (project) {
        for (ObjectId id : project->objects(ObjectKind::Appliance)) {
            if (project->text(id, Field::uplinkIp) == ip)
                return project->name(id).contains(ip) ? project->name(id)
                                                      : tr("%1 (%2)").arg(project->name(id), ip);
        }
    }
    return ip;
}

QString ObservedTable::describeRow(int row, const Project *project) const
{
    const ObservedRow &r = m_data.rows.at(row);
    const QString who = nameOf(r.insideLocal().ip, project);
    switch (rowRole(row)) {
    case Other:
        return QString();
    case Tunnel:
        return tr("%1 sends NAT-T (UDP 4500) and kept port 4500 on %2")
            .arg(who, r.insideGlobal().endpoint().toString());
    case Holder:
        return tr("%1 holds %2: the other appliance behind this address was moved")
            .arg(who, r.insideGlobal().endpoint().toString());
    case Moved: {
        const int c = collisionOf(row);
        if (c >= 0 && m_collisions.at(c).holderRow >= 0) {
            const ObservedRow &holder = m_data.rows.at(m_collisions.at(c).holderRow);
            return tr("%1 asked for 4500 but was moved to port %2, because %3 holds %4")
                .arg(who)
                .arg(r.insideGlobal().port)
                .arg(nameOf(holder.insideLocal().ip, project),
                     holder.insideGlobal().endpoint().toString());
        }
        return tr("%1 asked for 4500 but was given port %2").arg(who).arg(r.insideGlobal().port);
    }
    }
    return QString();
}

QString ObservedTable::describeCollision(int index, const Project *project) const
{
    const Collision &c = m_collisions.at(index);
    QStringList moved;
    for (int row : c.movedRows) {
        const ObservedRow &r = m_data.rows.at(row);
        moved.append(tr("%1 → port %2").arg(nameOf(r.insideLocal().ip, project)).arg(r.insideGlobal().port));
    }
    const QString holder = c.holderRow >= 0
                               ? nameOf(m_data.rows.at(c.holderRow).insideLocal().ip, project)
                               : tr("nobody visible");
    return tr("%1 inside locals asked for UDP 4500 behind %2: %3 kept 4500; moved: %4")
        .arg(c.insideLocals.size())
        .arg(Ipv4::toString(c.insideGlobal), holder,
             moved.join(QStringLiteral(", ")));
}
