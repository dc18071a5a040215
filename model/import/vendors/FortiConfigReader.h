#pragma once

#include "CiscoConfig.h"

#include <QByteArrayView>
#include <QCoreApplication>

// Reads the NAT part of a FortiGate configuration (FortiOS 6.x/7.x, `show` or
// a backup file) onto the IOS-shaped CiscoConfig, profile "fortigate":
// system global (hostname, udp-idle-timer), system interface (ip, role,
// status, mode dhcp, secondary IPs), firewall address / addrgrp, firewall
// ippool (overload, one-to-one, fixed-port-range, port-block-allocation),
// firewall vip (static NAT and port forwarding), firewall policy (nat enable
// with srcintf/dstintf/srcaddr, ippool/poolname, fixedport, port-preserve),
// system session-ttl and system settings (central-nat). The nested
// config/edit/set/next/end structure is read first, then mapped; every line is
// either used, accepted as not NAT-related (one note per skipped section), or
// reported with its number and why. A structure error (an `end` too many, a
// file cut inside a block) is reported and the entries read so far are kept.
class FortiConfigReader
{
    Q_DECLARE_TR_FUNCTIONS(FortiConfigReader)
public:
    static CiscoConfig readText(const QString &text);
    // 0-100: how much the start of a file looks like a FortiGate configuration.
    static int sniff(QByteArrayView head);
};
