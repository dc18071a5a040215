#include "CaptureModels.h"

#include <QDateTime>

#include <algorithm>

namespace {
QString clock(qint64 ns)
{
    return QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC).toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString exchangeName(quint8 exchange)
{
    switch (exchange) {
    case IkeInfo::IkeSaInit: return QStringLiteral("IKE_SA_INIT");
    case IkeInfo::IkeAuth: return QStringLiteral("IKE_AUTH");
    case IkeInfo::CreateChildSa: return QStringLiteral("CREATE_CHILD_SA");
    case IkeInfo::Informational: return QStringLiteral("INFORMATIONAL");
    }
    return QStringLiteral("IKE exchange %1").arg(exchange);
}
} // namespace

// --- translations -------------------------------------------------------------

void CapturedTranslationModel::setEvidence(std::shared_ptr<const CaptureEvidence> evidence)
{
    beginResetModel();
    m_evidence = std::move(evidence);
    endResetModel();
}

int CapturedTranslationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_evidence ? 0 : int(m_evidence->reconstruction.mappings.size());
}

int CapturedTranslationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CapturedTranslationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_evidence || index.row() >= rowCount())
        return {};
    const CapturedMapping &m = m_evidence->reconstruction.mappings[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case InsideGlobal: return m.insideGlobal.toString();
        case InsideLocal: return m.insideLocal.toString();
        case OutsideLocal: return m.outsideLocal.toString();
        case OutsideGlobal: return m.outsideGlobal.toString();
        case FirstSeen: return clock(m.firstNs);
        case LastSeen: return clock(m.lastNs);
        case Outbound: return m.outbound;
        case Inbound: return m.inbound;
        case Keepalives: return m.keepalives;
        }
    }
    if (role == Qt::ToolTipRole) {
        return tr("Captured: %1 was translated to %2 toward %3 (%4 packets out, %5 in, seen on "
                  "both sides of %6)")
            .arg(m.insideLocal.toString(), m.insideGlobal.toString(), m.outsideGlobal.toString())
            .arg(m.outbound).arg(m.inbound).arg(m_evidence->deviceName);
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Outbound)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CapturedTranslationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case InsideGlobal: return tr("Inside global");
    case InsideLocal: return tr("Inside local");
    case OutsideLocal: return tr("Outside local");
    case OutsideGlobal: return tr("Outside global");
    case FirstSeen: return tr("First seen (UTC)");
    case LastSeen: return tr("Last seen (UTC)");
    case Outbound: return tr("Out");
    case Inbound: return tr("In");
    case Keepalives: return tr("Keepalives");
    }
    return {};
}

// --- timeline -----------------------------------------------------------------

void CapturedTimelineModel::setEvidence(std::shared_ptr<const CaptureEvidence> evidence)
{
    beginResetModel();
    m_evidence = std::move(evidence);
    m_entries.clear();
    m_originNs = 0;
    if (m_evidence) {
        const CaptureReconstruction &r = m_evidence->reconstruction;
        QHash<int, int> pairOfInside, pairOfOutside;
        for (int i = 0; i < r.pairs.size(); ++i) {
            pairOfInside.insert(r.pairs[i].inside, i);
            pairOfOutside.insert(r.pairs[i].outside, i);
        }
        for (int i = 0; i < r.inside.packets.size(); ++i)
            m_entries.append({r.inside.packets[i].timeNs, true, i, pairOfInside.value(i, -1)});
        for (int i = 0; i < r.outside.packets.size(); ++i)
            m_entries.append({r.outside.packets[i].timeNs, false, i, pairOfOutside.value(i, -1)});
        std::stable_sort(m_entries.begin(), m_entries.end(),
                         [](const Entry &a, const Entry &b) { return a.timeNs < b.timeNs; });
        if (!m_entries.isEmpty())
            m_originNs = m_entries.first().timeNs;
    }
    endResetModel();
}

int CapturedTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CapturedTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CapturedTimelineModel::describe(const CapturedPacket &p)
{
    switch (p.kind) {
    case PacketKind::Ike:
    case PacketKind::IkeNatT:
        return (p.ike.isResponse() ? tr("%1 response #%2") : tr("%1 request #%2"))
            .arg(exchangeName(p.ike.exchange))
            .arg(p.ike.messageId);
    case PacketKind::EspInUdp:
    case PacketKind::Esp:
        return tr("ESP SPI 0x%1 seq %2").arg(p.espSpi, 8, 16, QLatin1Char('0')).arg(p.espSequence);
    case PacketKind::Keepalive:
        return tr("NAT-T keepalive");
    case PacketKind::OtherUdp:
    case PacketKind::Other:
        break;
    }
    return tr("other");
}

QVariant CapturedTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries[index.row()];
    const CaptureReconstruction &r = m_evidence->reconstruction;
    const CapturedPacket &p = (e.inside ? r.inside : r.outside).packets[e.packet];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time: return QString::number(double(e.timeNs - m_originNs) / 1e9, 'f', 6);
        case Point: return e.inside ? tr("inside") : tr("outside");
        case Source: return p.source.toString();
        case Destination: return p.destination.toString();
        case What: return describe(p);
        case Across: {
            if (e.pair < 0)
                return tr("not seen on the other side");
            const CapturePair &pr = r.pairs[e.pair];
            const CapturedMapping &m = r.mappings[pr.mapping];
            return tr("%1 ↔ %2, %3 µs")
                .arg(m.insideLocal.toString(), m.insideGlobal.toString())
                .arg(double(pr.delayNs) / 1000.0, 0, 'f', 0);
        }
        }
    }
    if (role == Qt::ToolTipRole)
        return tr("Captured packet, frame %1 of %2").arg(p.frame).arg((e.inside ? r.inside : r.outside).summary.source);
    return {};
}

QVariant CapturedTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time (s)");
    case Point: return tr("Captured at");
    case Source: return tr("Source");
    case Destination: return tr("Destination");
    case What: return tr("Packet");
    case Across: return tr("Across the NAT device");
    }
    return {};
}

// --- comparison ---------------------------------------------------------------

void CaptureComparisonModel::setEvidence(std::shared_ptr<const CaptureEvidence> evidence)
{
    beginResetModel();
    m_evidence = std::move(evidence);
    endResetModel();
}

int CaptureComparisonModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_evidence || !m_evidence->comparison)
        return 0;
    return int(m_evidence->comparison->disagreements().size());
}

int CaptureComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaptureComparisonModel::severityName(CaptureDisagreement::Severity severity)
{
    switch (severity) {
    case CaptureDisagreement::Info: return tr("Info");
    case CaptureDisagreement::Warning: return tr("Warning");
    case CaptureDisagreement::Error: return tr("Error");
    }
    return {};
}

QVariant CaptureComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const CaptureDisagreement &d = m_evidence->comparison->disagreements()[index.row()];
    if (role == SeverityRole)
        return int(d.severity);
    if (role == Qt::ToolTipRole)
        return d.diagnosis;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Severity: return severityName(d.severity);
    case Kind: return CaptureComparison::kindName(d.kind);
    case Subject: return d.subject;
    case Simulated: return d.simulated;
    case Captured: return d.captured;
    case Diagnosis: return d.diagnosis;
    }
    return {};
}

QVariant CaptureComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Severity: return tr("Severity");
    case Kind: return tr("Disagreement");
    case Subject: return tr("Tunnel");
    case Simulated: return tr("Simulated");
    case Captured: return tr("Captured");
    case Diagnosis: return tr("Diagnosis");
    }
    return {};
}
