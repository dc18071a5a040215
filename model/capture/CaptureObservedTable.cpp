#include "CaptureObservedTable.h"

#include <QDateTime>

namespace {
ObservedAddress addressOf(const CaptureEndpoint &e)
{
    ObservedAddress a;
    a.kind = ObservedAddress::Address;
    a.ip = e.address.ipv4Value();
    a.port = e.port;
    a.hasPort = e.port != 0; // plain ESP has no port
    return a;
}

QString utc(qint64 ns)
{
    return QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC).toString(Qt::ISODateWithMs);
}
} // namespace

ObservedTranslations CaptureObservedTable::translations(const CaptureReconstruction &capture, int *skipped)
{
    ObservedTranslations t;
    t.format = ObservedTranslations::Captured;
    if (!capture.inside.summary.source.isEmpty())
        t.commands << tr("%1 (inside)").arg(capture.inside.summary.source.section(QLatin1Char('/'), -1));
    if (!capture.outside.summary.source.isEmpty())
        t.commands << tr("%1 (outside)").arg(capture.outside.summary.source.section(QLatin1Char('/'), -1));
    int v6 = 0;
    for (const CapturedMapping &m : capture.mappings) {
        if (m.insideLocal.address.v6 || m.insideGlobal.address.v6 || m.outsideLocal.address.v6
            || m.outsideGlobal.address.v6) {
            ++v6;
            continue;
        }
        ObservedRow row;
        row.address[ObservedRow::InsideGlobal] = addressOf(m.insideGlobal);
        row.address[ObservedRow::InsideLocal] = addressOf(m.insideLocal);
        row.address[ObservedRow::OutsideLocal] = addressOf(m.outsideLocal);
        row.address[ObservedRow::OutsideGlobal] = addressOf(m.outsideGlobal);
        row.protocol = m.insideLocal.port == 0 ? ObservedProtocol::Esp : ObservedProtocol::Udp;
        row.line = t.size() + 1; // the row's number: a capture has no lines
        t.rows.append(row);
        ObservedRowExtra &extra = t.extraFor(t.size() - 1);
        extra.details.insert(QStringLiteral("first_seen"), utc(m.firstNs));
        extra.details.insert(QStringLiteral("last_seen"), utc(m.lastNs));
        extra.details.insert(QStringLiteral("packets_out"), m.outbound);
        extra.details.insert(QStringLiteral("packets_in"), m.inbound);
        extra.details.insert(QStringLiteral("keepalives"), m.keepalives);
    }
    if (skipped)
        *skipped = v6;
    return t;
}
