#include "PoolExhaustedRule.h"

#include "DiagnosisContext.h"
#include "FixGenerator.h"

#include <QHash>
#include <QMap>
#include <QLocale>

#include <algorithm>

QList<Finding> PoolExhaustedRule::check(const DiagnosisContext &c) const
{
    const SimulationResult &r = c.result();
    // Per device (one setting, one fix): its tunnels that lost their packet, in order.
    struct Hit
    {
        int tunnel, drop, down;
    };
    QMap<int, QList<Hit>> byDevice;
    for (int ti = 0; ti < r.tunnels.size(); ++ti) {
        for (int d : c.downStarts(ti)) {
            const int drop = c.outboundDropOf(d, r.tunnels[ti].appliance);
            if (drop >= 0 && r.events[size_t(drop)].reason == SimEvent::PoolExhausted) {
                byDevice[r.events[size_t(drop)].device].append({ti, drop, d});
                break;
            }
        }
    }
    QList<Finding> findings;
    const QLocale locale;
    for (auto hits = byDevice.begin(); hits != byDevice.end(); ++hits) {
        std::sort(hits.value().begin(), hits.value().end(),
                  [](const Hit &a, const Hit &b) { return a.drop < b.drop; });
        const int device = hits.key();
        const int drop = hits.value().first().drop;
        // Who held the ports at the first drop: the translations live on the device.
        QHash<QString, int> holders;
        int live = 0;
        for (const Translation &t : r.translations) {
            if (t.device != device || c.creationEvent(t.id) > drop)
                continue;
            const int ended = c.endEvent(t.id);
            if (ended >= 0 && ended < drop)
                continue;
            ++live;
            ++holders[c.ownerName(t.id)];
        }
        QList<QPair<int, QString>> ranked;
        for (auto it = holders.cbegin(); it != holders.cend(); ++it)
            ranked.append({it.value(), it.key()});
        std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        QStringList top;
        for (int i = 0; i < ranked.size() && i < 3; ++i)
            top << tr("%1 (%2)").arg(ranked[i].second, locale.toString(ranked[i].first));

        const QString deviceName = c.deviceName(device);
        const ObjectId deviceId = r.devices[device].id;
        Finding f;
        f.rule = key();
        f.severity = Finding::Error;
        f.devices = {deviceId};
        QStringList names;
        QList<ObjectId> appliances;
        for (const Hit &hit : hits.value()) {
            const SimulationResult::Tunnel &tunnel = r.tunnels[hit.tunnel];
            names << c.name(tunnel.appliance);
            appliances << tunnel.appliance;
            for (ObjectId id : c.pair(hit.tunnel)) {
                if (!f.appliances.contains(id))
                    f.appliances << id;
            }
            f.evidence.append({hit.drop, 0, tunnel.appliance,
                               c.text().describe(r.events[size_t(hit.drop)])});
            f.evidence.append(c.downEvidence(hit.tunnel, hit.down));
        }
        f.title = tr("%1 has no free port for %2").arg(deviceName, names.join(QStringLiteral(", ")));
        f.cause = tr("Every port %1 could give was held when %2 sent: %3 translations were live on "
                     "the device, most of them of %4. The packets were dropped and the tunnels went "
                     "Down. %5")
                      .arg(deviceName, names.join(QStringLiteral(", ")), locale.toString(live),
                           top.join(QStringLiteral(", ")),
                           DiagnosisContext::profileRule(c.profileOf(device)));
        // Their own addresses keep the appliances out of the crowded PAT address.
        f.fix = FixGenerator(c.project()).staticMappings(deviceId, appliances);
        findings.append(f);
    }
    return findings;
}
