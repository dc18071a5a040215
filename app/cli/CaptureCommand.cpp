#include "CaptureCommand.h"

#include "CaptureReconstruction.h"
#include "Field.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString timeText(qint64 ns)
{
    return QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC)
               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
           + QStringLiteral(" UTC");
}

QString spiText(quint64 spi) { return QStringLiteral("%1").arg(spi, 16, 16, QLatin1Char('0')); }

QJsonObject tunnelSide(const CapturedTunnel &t)
{
    QJsonObject o;
    o.insert(QStringLiteral("initiator"), t.initiator.toString());
    o.insert(QStringLiteral("responder"), t.responder.toString());
    o.insert(QStringLiteral("state"), CapturedTunnel::stateKey(t.state()));
    o.insert(QStringLiteral("esp"), CapturedTunnel::espKey(t.espFlow()));
    o.insert(QStringLiteral("espOutbound"), t.espOutbound);
    o.insert(QStringLiteral("espInbound"), t.espInbound);
    o.insert(QStringLiteral("keepalives"), t.keepalives);
    o.insert(QStringLiteral("keepalivesAfterLastInbound"), t.keepalivesAfterLastInbound);
    o.insert(QStringLiteral("retransmissions"), t.retransmissions);
    return o;
}
} // namespace

QString CaptureCommand::summary() const
{
    return tr("Reconstruct translations and tunnel states from packet captures");
}

int CaptureCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads pcap or pcapng captures taken on the inside and the outside of one NAT "
           "device and prints the translations it made (paired IKE and ESP packets) and each "
           "tunnel's state. With one capture: its tunnels and NAT detection from the IKE "
           "NAT_DETECTION hashes."));
    parser.addPositionalArgument(QStringLiteral("INSIDE"), tr("Capture taken inside the NAT device"));
    parser.addPositionalArgument(QStringLiteral("OUTSIDE"), tr("Capture taken outside it (optional)"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help"));
    parser.addOptions({json, help});
    if (!parser.parse(QStringList{QStringLiteral("meshnat-cli capture")} + arguments)) {
        err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out << helpText(parser);
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || files.size() > 2) {
        err << tr("usage: meshnat-cli capture INSIDE.pcap [OUTSIDE.pcap] [--json]") << Qt::endl;
        return ExitUsage;
    }
    CaptureTrace traces[2];
    for (int i = 0; i < files.size(); ++i) {
        if (!CaptureTrace::load(files[i], &traces[i])) {
            err << traces[i].summary.error << Qt::endl;
            return ExitInvalidInput;
        }
    }
    const CaptureReconstruction r = files.size() == 2
        ? CaptureReconstruction::reconstruct(std::move(traces[0]), std::move(traces[1]))
        : CaptureReconstruction::single(std::move(traces[0]), true);
    for (const QString &note : r.notes())
        err << tr("note: %1").arg(note) << Qt::endl;
    if (parser.isSet(json))
        out << toJson(r);
    else
        printText(r, out);
    out.flush();
    return ExitOk;
}

QByteArray CaptureCommand::toJson(const CaptureReconstruction &r)
{
    QJsonObject root;
    QJsonArray captures;
    for (const CaptureTrace *t : {&r.inside, &r.outside}) {
        if (t->summary.source.isEmpty())
            continue;
        QJsonObject c;
        c.insert(QStringLiteral("file"), t->summary.source);
        c.insert(QStringLiteral("point"), t == &r.inside ? QStringLiteral("inside") : QStringLiteral("outside"));
        c.insert(QStringLiteral("format"), t->summary.pcapng ? QStringLiteral("pcapng") : QStringLiteral("pcap"));
        c.insert(QStringLiteral("frames"), t->summary.frames);
        c.insert(QStringLiteral("ipsecPackets"), t->summary.ipsecPackets());
        c.insert(QStringLiteral("skipped"), t->summary.skipped());
        c.insert(QStringLiteral("complete"), t->summary.complete());
        captures.append(c);
    }
    root.insert(QStringLiteral("captures"), captures);
    QJsonArray translations;
    for (const CapturedMapping &m : r.mappings) {
        QJsonObject o;
        o.insert(Field::insideLocal, m.insideLocal.toString());
        o.insert(Field::insideGlobal, m.insideGlobal.toString());
        o.insert(QStringLiteral("outsideLocal"), m.outsideLocal.toString());
        o.insert(QStringLiteral("outsideGlobal"), m.outsideGlobal.toString());
        o.insert(QStringLiteral("firstSeen"), timeText(m.firstNs));
        o.insert(QStringLiteral("lastSeen"), timeText(m.lastNs));
        o.insert(QStringLiteral("outbound"), m.outbound);
        o.insert(QStringLiteral("inbound"), m.inbound);
        o.insert(QStringLiteral("keepalives"), m.keepalives);
        translations.append(o);
    }
    root.insert(QStringLiteral("translations"), translations);
    QJsonArray tunnels;
    for (const ReconstructedTunnel &t : r.tunnels) {
        QJsonObject o;
        o.insert(QStringLiteral("spiInitiator"), spiText(t.view().spiInitiator));
        o.insert(Field::insideLocal, t.insideLocal.toString());
        o.insert(Field::insideGlobal, t.insideGlobal.toString());
        o.insert(QStringLiteral("responder"), t.peer.toString());
        o.insert(QStringLiteral("state"), CapturedTunnel::stateKey(t.state()));
        o.insert(QStringLiteral("up"), t.up());
        if (t.hasInside)
            o.insert(QStringLiteral("inside"), tunnelSide(t.inside));
        if (t.hasOutside)
            o.insert(QStringLiteral("outside"), tunnelSide(t.outside));
        if (!t.lossText().isEmpty())
            o.insert(QStringLiteral("loss"), t.lossText());
        tunnels.append(o);
    }
    root.insert(QStringLiteral("tunnels"), tunnels);
    QJsonArray nat;
    for (const auto *list : {&r.natInside, &r.natOutside}) {
        for (const NatDetectionCheck &c : *list) {
            QJsonObject o;
            o.insert(QStringLiteral("point"), list == &r.natInside ? QStringLiteral("inside") : QStringLiteral("outside"));
            o.insert(QStringLiteral("frame"), c.frame);
            o.insert(QStringLiteral("response"), c.response);
            o.insert(QStringLiteral("natDetected"), c.natDetected());
            o.insert(QStringLiteral("text"), NatDetection::describe(c));
            nat.append(o);
        }
    }
    root.insert(QStringLiteral("natDetection"), nat);
    if (!r.pairs.isEmpty()) {
        root.insert(QStringLiteral("pairedPackets"), int(r.pairs.size()));
        root.insert(QStringLiteral("medianDelayUs"), double(r.medianDelayNs) / 1000.0);
        root.insert(QStringLiteral("maxDelayUs"), double(r.maxDelayNs) / 1000.0);
    }
    root.insert(QStringLiteral("notes"), QJsonArray::fromStringList(r.notes()));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void CaptureCommand::printText(const CaptureReconstruction &r, QTextStream &out)
{
    for (const CaptureTrace *t : {&r.inside, &r.outside}) {
        if (t->summary.source.isEmpty())
            continue;
        out << tr("%1 (%2): %3 frames, %4 IPsec packets")
                   .arg(t->summary.source,
                        t == &r.inside ? tr("inside") : tr("outside"))
                   .arg(t->summary.frames)
                   .arg(t->summary.ipsecPackets())
            << '\n';
    }
    if (!r.inside.summary.source.isEmpty() && !r.outside.summary.source.isEmpty()) {
        out << '\n' << tr("Translations (%n paired packet(s)):", nullptr, int(r.pairs.size())) << '\n';
        out << "  " << tr("Inside local").leftJustified(24) << tr("Inside global").leftJustified(24)
            << tr("Outside global").leftJustified(24) << tr("First seen").leftJustified(28)
            << tr("Packets out/in") << '\n';
        for (const CapturedMapping &m : r.mappings) {
            out << "  " << m.insideLocal.toString().leftJustified(24)
                << m.insideGlobal.toString().leftJustified(24)
                << m.outsideGlobal.toString().leftJustified(24) << timeText(m.firstNs).leftJustified(28)
                << m.outbound << '/' << m.inbound << '\n';
        }
        if (!r.pairs.isEmpty())
            out << tr("  Delay across the NAT device: median %1 µs, max %2 µs")
                       .arg(double(r.medianDelayNs) / 1000.0, 0, 'f', 1)
                       .arg(double(r.maxDelayNs) / 1000.0, 0, 'f', 1)
                << '\n';
    }
    out << '\n' << tr("Tunnels:") << '\n';
    for (const ReconstructedTunnel &t : r.tunnels) {
        const QString global = t.insideGlobal != t.insideLocal && t.insideGlobal.port
            ? tr(" (as %1 outside)").arg(t.insideGlobal.toString()) : QString();
        out << "  " << (t.hasInside ? t.insideLocal : t.insideGlobal).toString() << global << " → "
            << t.peer.toString() << ": " << (t.up() ? tr("Up") : tr("Down")) << " — "
            << t.view().stateText() << '\n';
        if (!t.lossText().isEmpty())
            out << "    " << tr("lost at the NAT device: %1").arg(t.lossText()) << '\n';
        if (t.view().keepalives > 0)
            out << "    " << tr("%n NAT-T keepalive(s) sent", nullptr, int(t.view().keepalives)) << '\n';
    }
    out << '\n' << tr("NAT detection (IKE_SA_INIT hashes):") << '\n';
    for (const auto *list : {&r.natInside, &r.natOutside}) {
        for (const NatDetectionCheck &c : *list)
            out << "  " << (list == &r.natInside ? tr("inside") : tr("outside")) << ": "
                << NatDetection::describe(c) << '\n';
    }
}
