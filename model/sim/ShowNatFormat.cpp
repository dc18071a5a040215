#include "ShowNatFormat.h"

#include "Project.h"
#include "SimulationResult.h"

#include <QSet>

namespace {
QString cell(const QString &s, int width)
{
    return s.leftJustified(width - 1) + QLatin1Char(' ');
}
} // namespace

QString ShowNatFormat::header()
{
    return cell(QStringLiteral("Pro"), 4) + cell(QStringLiteral("Inside global"), 22)
           + cell(QStringLiteral("Inside local"), 22) + cell(QStringLiteral("Outside local"), 22)
           + QStringLiteral("Outside global");
}

QString ShowNatFormat::protocolName(const Translation &t)
{
    if (t.simple)
        return QStringLiteral("---");
    return ModelEnums::protocolKeys().value(int(t.protocol));
}

QString ShowNatFormat::insideGlobal(const Translation &t)
{
    return t.simple ? Ipv4::toString(t.insideGlobal.ip) : t.insideGlobal.toString();
}

QString ShowNatFormat::insideLocal(const Translation &t)
{
    return t.simple ? Ipv4::toString(t.insideLocal.ip) : t.insideLocal.toString();
}

QString ShowNatFormat::outside(const Translation &t)
{
    return t.outside.isNull() ? QStringLiteral("---") : t.outside.toString();
}

QString ShowNatFormat::row(const Translation &t)
{
    return cell(protocolName(t), 4) + cell(insideGlobal(t), 22) + cell(insideLocal(t), 22)
           + cell(outside(t), 22) + outside(t);
}

QList<quint32> ShowNatFormat::evidenceRows(const Project &project, const SimulationResult &result,
                                           const QList<quint32> &ids)
{
    QSet<quint32> holders;
    for (quint32 id : ids) {
        if (result.translation(id).heldBy)
            holders.insert(result.translation(id).heldBy);
    }
    QList<quint32> evidence;
    for (quint32 id : ids) {
        const Translation &t = result.translation(id);
        if ((t.owner && project.kind(t.owner) == ObjectKind::Appliance) || t.isStatic || t.heldBy
            || holders.contains(id))
            evidence.append(id);
    }
    return evidence;
}
