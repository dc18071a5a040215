#pragma once

#include "ObjectId.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Project;

// Fix configuration in the syntax of Juniper SRX (set commands) and YAMAHA RTX
// (NAT descriptor commands), for FixGenerator's vendor branches. Only the
// commands: FixGenerator writes the comments around them and the project change.
class VendorFixSyntax
{
    Q_DECLARE_TR_FUNCTIONS(VendorFixSyntax)
public:
    struct Mapping
    {
        QString name;            // the appliance's display name
        quint32 local = 0, global = 0;
        quint16 port = 0;        // 0: static NAT 1:1; else the global UDP port for local:4500
    };

    static bool handles(const QString &vendor);
    // An explicit mapping per appliance on `device`.
    static QString staticMappings(const QString &vendor, const Project &project, ObjectId device,
                                  const QList<Mapping> &mappings);
    // The UDP timeout raised to `seconds`.
    static QString udpTimeout(const QString &vendor, const Project &project, ObjectId device,
                              int seconds);
    // A static PAT of local:localPort moved from global:globalPort to target:4500.
    static QString staticPatTo4500(const QString &vendor, const Project &project, ObjectId device,
                                   const Mapping &from, int localPort, quint32 target);
    // Let protocol/port from local (to remote, when known) through the device.
    static QString allowFlow(const QString &vendor, const QString &protocol, const QString &local,
                             const QString &remote, int port);
    // Names usable in configuration ("HCX-IX-I1" stays, spaces become '-').
    static QString configName(const QString &name);
    // The RTX NAT descriptor number of the device: from its imported access list
    // "nat-descriptor-N", else 1.
    static int rtxDescriptor(const Project &project, ObjectId device);

private:
    static QString interfaceOf(const Project &project, ObjectId device, const char *role);
};
