#include "CiscoConfigReader.h"

#include "Ipv4.h"
#include "LineSplitter.h"

#include <QFile>

#include <initializer_list>

namespace {

bool parseAddress(const QString &s, quint32 *out = nullptr)
{
    quint32 a = 0;
    if (!Ipv4::parse(s, &a))
        return false;
    if (out)
        *out = a;
    return true;
}

// Netmask "255.255.255.0" or "/24" -> prefix length, -1 when neither.
int prefixFromMask(const QString &s)
{
    if (s.startsWith(QLatin1Char('/'))) {
        bool ok = false;
        const int n = s.mid(1).toInt(&ok);
        return ok && n >= 0 && n <= 32 ? n : -1;
    }
    quint32 m = 0;
    return parseAddress(s, &m) ? Ipv4::prefixFromNetmask(m) : -1;
}

int parsePort(const QString &s)
{
    bool ok = false;
    const int p = s.toInt(&ok);
    return ok && p >= 0 && p <= 65535 ? p : -1;
}

bool isNumber(const QString &s)
{
    bool ok = false;
    s.toInt(&ok);
    return ok;
}

} // namespace

const CiscoConfig::AccessList *CiscoConfig::accessList(const QString &name) const
{
    for (const AccessList &a : accessLists) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

const CiscoConfig::Interface *CiscoConfig::interface(const QString &name) const
{
    for (const Interface &i : interfaces) {
        if (i.name.compare(name, Qt::CaseInsensitive) == 0)
            return &i;
    }
    // IOS takes abbreviations ("Gi0/1" for GigabitEthernet0/1): the type's
    // start and the same number; only when exactly one interface fits.
    const auto split = [](const QString &n) {
        qsizetype at = 0;
        while (at < n.size() && n.at(at).isLetter())
            ++at;
        return std::pair<QString, QString>(n.left(at), n.mid(at));
    };
    const auto [type, number] = split(name);
    if (type.isEmpty() || number.isEmpty())
        return nullptr;
    const Interface *found = nullptr;
    for (const Interface &i : interfaces) {
        const auto [itype, inumber] = split(i.name);
        if (inumber == number && itype.startsWith(type, Qt::CaseInsensitive)) {
            if (found)
                return nullptr;
            found = &i;
        }
    }
    return found;
}

const CiscoConfig::Pool *CiscoConfig::pool(const QString &name) const
{
    for (const Pool &p : pools) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

const CiscoConfig::RouteMap *CiscoConfig::routeMap(const QString &name) const
{
    for (const RouteMap &r : routeMaps) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

void CiscoConfigReader::issue(ImportIssue::Severity severity, const QString &text,
                              const QString &message)
{
    ImportIssue i;
    i.severity = severity;
    i.line = m_config.lines;
    i.text = text.left(200);
    i.message = message;
    m_config.issues.append(i);
}

CiscoConfig CiscoConfigReader::readText(const QString &text)
{
    CiscoConfigReader reader;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype nl = text.indexOf(QLatin1Char('\n'), start);
        if (nl < 0)
            nl = text.size();
        reader.line(text.mid(start, nl - start));
        start = nl + 1;
    }
    return reader.m_config;
}

bool CiscoConfigReader::readFile(const QString &fileName, CiscoConfig *out, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot open: %2").arg(fileName, file.errorString());
        return false;
    }
    if (file.size() > MaxFileSize) {
        *error = tr("%1: %2 MB is too large for a router configuration (limit %3 MB)")
                     .arg(fileName)
                     .arg(file.size() / (1024 * 1024))
                     .arg(MaxFileSize / (1024 * 1024));
        return false;
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFile::NoError) {
        *error = tr("%1: cannot read: %2").arg(fileName, file.errorString());
        return false;
    }
    *out = readText(QString::fromUtf8(data));
    return true;
}

int CiscoConfigReader::sniff(QByteArrayView head)
{
    // show running-config's own header, then NAT statements, then the common
    // skeleton of any IOS configuration. Other vendors' configurations that
    // share words with IOS (ASA) must sniff higher with their own markers.
    if (head.indexOf("Building configuration") >= 0 || head.indexOf("Current configuration :") >= 0)
        return 95;
    int nat = 0, skeleton = 0;
    LineSplitter::split(head, [&](QByteArrayView line) {
        if (line.startsWith("ip nat inside source ") || line.startsWith("ip nat outside source ")
            || line.startsWith("ip nat pool ") || line.startsWith("ip nat translation ")
            || line == "ip nat inside" || line == "ip nat outside")
            ++nat;
        else if (line.startsWith("interface ") || line.startsWith("hostname ")
                 || line.startsWith("ip address ") || line.startsWith("ip access-list ")
                 || line.startsWith("access-list ") || line.startsWith("route-map ")
                 || line.startsWith("version 1") || line.startsWith("ip route ")
                 || line.startsWith("service ") || line.startsWith("no ip "))
            ++skeleton;
        return true;
    });
    if (nat > 0 && nat + skeleton >= 2)
        return 90;
    if (nat + skeleton >= 3)
        return 80;
    return nat + skeleton > 0 ? 50 : 0;
}

namespace {

// A captured line without the terminal's noise, indentation kept: CR, and the
// pager's prompt with the backspaces and blanks that erased it.
QString withoutNoise(QString text)
{
    while (!text.isEmpty() && (text.back() == QLatin1Char('\r') || text.back() == QLatin1Char('\n')))
        text.chop(1);
    for (;;) {
        qsizetype at = 0;
        while (at < text.size() && (text.at(at) == QLatin1Char(' ') || text.at(at) == QLatin1Char('\t')))
            ++at;
        qsizetype length = 0;
        if (QStringView(text).mid(at).startsWith(QLatin1String("--More--"), Qt::CaseInsensitive))
            length = 8;
        else if (QStringView(text).mid(at).startsWith(QLatin1String("<--- More --->"), Qt::CaseInsensitive))
            length = 14;
        if (length == 0)
            break;
        QString rest = text.mid(at + length);
        const qsizetype erased = rest.lastIndexOf(QLatin1Char('\b'));
        if (erased >= 0) {
            rest = rest.mid(erased + 1); // the line as printed after the erasure
        } else {
            qsizetype blank = 0; // no backspaces (stripped by the capture): indentation is lost
            while (blank < rest.size() && rest.at(blank).isSpace())
                ++blank;
            rest = rest.mid(blank);
        }
        text = rest;
    }
    if (text.contains(QLatin1Char('\b')))
        text.remove(QLatin1Char('\b'));
    return text;
}

// "R1#show running-config", "R1>", "R1(config)#": where the prompt ends, or -1.
qsizetype promptEnd(const QString &trimmed)
{
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c == QLatin1Char('#') || c == QLatin1Char('>'))
            return i > 0 ? i : -1;
        if (c.isSpace())
            return -1;
    }
    return -1;
}

bool isOneOf(const QString &word, std::initializer_list<const char *> words)
{
    for (const char *w : words) {
        if (word == QLatin1String(w))
            return true;
    }
    return false;
}

} // namespace

void CiscoConfigReader::line(const QString &raw)
{
    ++m_config.lines;
    const QString text = withoutNoise(raw);
    if (!m_bannerEnd.isEmpty()) { // banner text is free text until its delimiter
        understood();
        if (text.contains(m_bannerEnd))
            m_bannerEnd.clear();
        return;
    }
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('!'))
        || trimmed.startsWith(QLatin1Char('#')))
        return;
    const qsizetype prompt = promptEnd(trimmed);
    if (prompt > 0) {
        // The echoed prompt of a capture, with the command that printed the
        // configuration (or nothing): terminal noise, not configuration.
        const QString command = trimmed.mid(prompt + 1).trimmed();
        const QString first = command.section(QLatin1Char(' '), 0, 0);
        if (command.isEmpty() || isOneOf(first, {"show", "sh", "sho", "more", "terminal", "term"}))
            return;
        issue(ImportIssue::Unknown, trimmed, tr("a command typed at a prompt, not configuration"));
        return;
    }
    const QStringList w = trimmed.simplified().split(QLatin1Char(' '));
    const bool indented = text.front().isSpace();
    if (!indented) {
        if (m_block != Block::None && m_block != Block::Unknown && isSubCommand(w)) {
            // A configuration that lost its indentation (copied from a web page,
            // a ticket, a terminal that stripped it): the keyword says the block.
            if (!m_unindentedNoted) {
                m_unindentedNoted = true;
                issue(ImportIssue::Note, trimmed,
                      tr("the configuration is not indented: sub-commands at the start of a line "
                         "are taken as part of the interface, access list, pool or route-map "
                         "above them"));
            }
            blockLine(trimmed, w);
            return;
        }
        m_block = Block::None;
        m_index = -1;
        topLevel(trimmed, w);
        return;
    }
    blockLine(trimmed, w);
}

bool CiscoConfigReader::isSubCommand(const QStringList &w) const
{
    // Only words that are never global configuration commands: "ip nat inside"
    // (three words) is an interface's, "ip nat inside source …" is global.
    const QString &k = w.at(0);
    const QString w1 = w.value(1), w2 = w.value(2);
    switch (m_block) {
    case Block::Interface:
        if (isOneOf(k, {"description", "shutdown", "duplex", "speed", "negotiation", "mtu",
                        "bandwidth", "encapsulation", "media-type", "switchport", "standby", "vrrp",
                        "load-interval", "channel-group", "service-policy", "pppoe-client",
                        "dialer", "ppp", "keepalive", "tunnel", "zone-member", "delay",
                        "hold-queue", "cdp", "mac-address", "ipv6", "carrier-delay"}))
            return true;
        if (k == QLatin1String("vrf"))
            return w1 == QLatin1String("forwarding");
        if (k == QLatin1String("ip")) {
            if (w1 == QLatin1String("nat"))
                return w.size() == 3 && isOneOf(w2, {"inside", "outside", "enable"});
            if (w1 == QLatin1String("vrf"))
                return w2 == QLatin1String("forwarding");
            return isOneOf(w1, {"address", "mtu", "tcp", "virtual-reassembly", "helper-address",
                                "access-group", "policy", "redirects", "unreachables",
                                "proxy-arp", "ospf", "pim", "flow", "verify", "nbar"});
        }
        if (k == QLatin1String("no")) {
            if (w1 == QLatin1String("ip"))
                return isOneOf(w2, {"address", "redirects", "unreachables", "proxy-arp",
                                    "mroute-cache", "route-cache"});
            return isOneOf(w1, {"shutdown", "cdp", "keepalive", "mop", "negotiation",
                                "switchport"});
        }
        return false;
    case Block::AccessList:
        if (isOneOf(k, {"permit", "deny", "remark"}))
            return true;
        return isNumber(k) && isOneOf(w1, {"permit", "deny", "remark"});
    case Block::Pool:
        return k == QLatin1String("address");
    case Block::RouteMap:
        return isOneOf(k, {"match", "set", "description", "continue"});
    case Block::None:
    case Block::Unknown:
        return false;
    }
    return false;
}

void CiscoConfigReader::blockLine(const QString &trimmed, const QStringList &w)
{
    switch (m_block) {
    case Block::None:
        // An indented line outside any block (e.g. pasted with a margin): try it as
        // a statement of its own.
        topLevel(trimmed, w);
        return;
    case Block::Interface:
        interfaceLine(trimmed, w);
        return;
    case Block::AccessList:
        aclLine(m_config.accessLists[m_index], trimmed, w);
        return;
    case Block::Pool:
        if (w.size() == 3 && w.at(0) == QLatin1String("address")) {
            quint32 first = 0, last = 0;
            if (!parseAddress(w.at(1), &first) || !parseAddress(w.at(2), &last)) {
                issue(ImportIssue::Error, trimmed, tr("pool range needs two IPv4 addresses"));
                return;
            }
            if (first > last) {
                issue(ImportIssue::Error, trimmed, tr("the pool's first address is after its last"));
                return;
            }
            m_config.pools[m_index].ranges.append({w.at(1), w.at(2)});
            understood();
            return;
        }
        issue(ImportIssue::Unknown, trimmed,
              w.at(0) == QLatin1String("address")
                  ? tr("expected \"address FIRST LAST\" in an ip nat pool")
                  : tr("not understood in an ip nat pool"));
        return;
    case Block::RouteMap:
        if (w.size() >= 4 && w.at(0) == QLatin1String("match") && w.at(1) == QLatin1String("ip")
            && w.at(2) == QLatin1String("address") && w.at(3) != QLatin1String("prefix-list")) {
            m_config.routeMaps[m_index].accessLists += w.mid(3);
            understood();
            return;
        }
        if (w.size() >= 3 && w.at(0) == QLatin1String("match")
            && w.at(1) == QLatin1String("interface")) {
            understood();
            issue(ImportIssue::Note, trimmed,
                  tr("a route-map's match interface is recorded but not modelled: the route-map "
                     "is taken by its access lists only"));
            return;
        }
        if (w.at(0) == QLatin1String("description")) {
            understood();
            return;
        }
        issue(ImportIssue::Unknown, trimmed, tr("not understood in a route-map"));
        return;
    case Block::Unknown:
        issue(ImportIssue::Unknown, trimmed, tr("inside a block that is not used for NAT"));
        return;
    }
}

void CiscoConfigReader::noStatement(const QString &text, const QStringList &w)
{
    // "no ip nat service sip udp port 5060" (an ALG switched off), "no ip nat
    // create flow-entries": NAT behaviour settings the simulator does not have.
    m_config.settings.append({text, m_config.lines});
    understood();
    if (w.size() >= 4 && w.at(3) == QLatin1String("service"))
        issue(ImportIssue::Note, text,
              tr("NAT application gateway setting recorded; the simulator does not model "
                 "ALGs (SIP, H.323, FTP …)"));
    else
        issue(ImportIssue::Note, text, tr("NAT setting recorded; the simulator does not model it"));
}

void CiscoConfigReader::topLevel(const QString &text, const QStringList &w)
{
    const QString &k = w.at(0);
    if (k == QLatin1String("end") || text.startsWith(QLatin1String("Building configuration"))
        || text.startsWith(QLatin1String("Current configuration"))) {
        return;
    }
    if (k == QLatin1String("hostname") && w.size() == 2) {
        m_config.hostname = w.at(1);
        understood();
        return;
    }
    if (k == QLatin1String("banner") && w.size() >= 2) {
        // banner motd ^C … ^C: the delimiter is the first character(s) after the type.
        understood();
        const QString rest = text.section(QLatin1Char(' '), 2).trimmed();
        if (rest.isEmpty())
            return;
        const QString delim = rest.startsWith(QLatin1String("^C")) ? QStringLiteral("^C")
                                                                    : rest.left(1);
        if (!rest.mid(delim.size()).contains(delim))
            m_bannerEnd = delim;
        return;
    }
    if (k == QLatin1String("interface") && w.size() >= 2) {
        CiscoConfig::Interface i;
        i.name = w.mid(1).join(QString());
        i.line = m_config.lines;
        m_config.interfaces.append(i);
        m_block = Block::Interface;
        m_index = int(m_config.interfaces.size()) - 1;
        understood();
        return;
    }
    if (k == QLatin1String("interface") && w.size() == 1) {
        issue(ImportIssue::Error, text, tr("interface needs a name"));
        m_block = Block::Unknown;
        return;
    }
    if (k == QLatin1String("ip") && w.size() >= 4 && w.at(1) == QLatin1String("access-list")) {
        const QString &type = w.at(2);
        if (type != QLatin1String("standard") && type != QLatin1String("extended")) {
            issue(ImportIssue::Unknown, text, tr("only standard and extended access lists are read"));
            m_block = Block::Unknown;
            return;
        }
        CiscoConfig::AccessList acl;
        acl.name = w.at(3);
        acl.extended = type == QLatin1String("extended");
        acl.line = m_config.lines;
        m_config.accessLists.append(acl);
        m_block = Block::AccessList;
        m_index = int(m_config.accessLists.size()) - 1;
        understood();
        return;
    }
    if (k == QLatin1String("access-list") && w.size() >= 3) {
        bool ok = false;
        const int n = w.at(1).toInt(&ok);
        const bool standard = ok && ((n >= 1 && n <= 99) || (n >= 1300 && n <= 1999));
        const bool extended = ok && ((n >= 100 && n <= 199) || (n >= 2000 && n <= 2699));
        if (!standard && !extended) {
            issue(ImportIssue::Error, text,
                  tr("access-list number must be 1-99 or 1300-1999 (standard) or 100-199 or "
                     "2000-2699 (extended)"));
            return;
        }
        int index = -1;
        for (int a = 0; a < m_config.accessLists.size(); ++a) {
            if (m_config.accessLists.at(a).name == w.at(1))
                index = a;
        }
        if (index < 0) {
            CiscoConfig::AccessList acl;
            acl.name = w.at(1);
            acl.extended = extended;
            acl.numbered = true;
            acl.line = m_config.lines;
            m_config.accessLists.append(acl);
            index = int(m_config.accessLists.size()) - 1;
        }
        aclLine(m_config.accessLists[index], text, w.mid(2));
        return;
    }
    if (k == QLatin1String("route-map") && w.size() >= 2) {
        int index = -1;
        for (int r = 0; r < m_config.routeMaps.size(); ++r) {
            if (m_config.routeMaps.at(r).name == w.at(1))
                index = r;
        }
        if (index < 0) {
            m_config.routeMaps.append({w.at(1), {}, m_config.lines});
            index = int(m_config.routeMaps.size()) - 1;
        }
        m_block = Block::RouteMap;
        m_index = index;
        understood();
        return;
    }
    if (k == QLatin1String("ip") && w.size() >= 2 && w.at(1) == QLatin1String("nat")) {
        if (w.size() >= 3 && w.at(2) == QLatin1String("pool")) {
            poolStatement(text, w);
            return;
        }
        if (w.size() >= 4 && (w.at(2) == QLatin1String("inside") || w.at(2) == QLatin1String("outside"))
            && w.at(3) == QLatin1String("source")) {
            natSource(text, w);
            return;
        }
        if (w.size() >= 3 && w.at(2) == QLatin1String("translation")) {
            natTranslation(text, w);
            return;
        }
        if (w.size() >= 3 && w.at(2) == QLatin1String("service")) {
            m_config.settings.append({text, m_config.lines});
            understood();
            issue(ImportIssue::Note, text,
                  tr("NAT application gateway setting recorded; the simulator does not model "
                     "ALGs (SIP, H.323, FTP …)"));
            return;
        }
        if (w.size() >= 3 && w.at(2) == QLatin1String("settings")) {
            m_config.settings.append({text, m_config.lines});
            understood();
            issue(ImportIssue::Note, text, tr("NAT setting recorded; the simulator does not model it"));
            return;
        }
        issue(ImportIssue::Note, text, tr("NAT statement not modelled by the simulator"));
        understood();
        return;
    }
    if (k == QLatin1String("no") && w.size() >= 3 && w.at(1) == QLatin1String("ip")
        && w.at(2) == QLatin1String("nat")) {
        noStatement(text, w);
        return;
    }
    issue(ImportIssue::Unknown, text, tr("not used for NAT"));
    m_block = Block::Unknown;
}

void CiscoConfigReader::interfaceLine(const QString &text, const QStringList &w)
{
    CiscoConfig::Interface &i = m_config.interfaces[m_index];
    const QString &k = w.at(0);
    if (k == QLatin1String("ip") && w.size() >= 3 && w.at(1) == QLatin1String("address")) {
        if (w.size() == 3 && w.at(2) == QLatin1String("negotiated")) {
            i.dhcp = true;
            understood();
            issue(ImportIssue::Note, text,
                  tr("address negotiated by PPP: enter the address the router got"));
            return;
        }
        if (w.at(2) == QLatin1String("dhcp")) {
            i.dhcp = true;
            understood();
            issue(ImportIssue::Note, text, tr("address from DHCP: enter the address the router got"));
            return;
        }
        const int prefix = w.size() >= 4 ? prefixFromMask(w.at(3)) : -1;
        const bool secondary = w.size() >= 5 && w.at(4) == QLatin1String("secondary");
        if (w.size() < 4 || !parseAddress(w.at(2)) || prefix < 0
            || (w.size() >= 5 && !secondary)) {
            issue(ImportIssue::Error, text,
                  tr("expected \"ip address A.B.C.D NETMASK [secondary]\""));
            return;
        }
        if (secondary) {
            i.secondary.append(w.at(2) + QLatin1Char('/') + QString::number(prefix));
        } else {
            i.address = w.at(2);
            i.prefixLength = prefix;
        }
        understood();
        return;
    }
    if (k == QLatin1String("ip") && w.size() == 3 && w.at(1) == QLatin1String("nat")) {
        if (w.at(2) != QLatin1String("inside") && w.at(2) != QLatin1String("outside")
            && w.at(2) != QLatin1String("enable")) {
            issue(ImportIssue::Error, text, tr("expected ip nat inside, outside or enable"));
            return;
        }
        i.natRole = w.at(2);
        if (i.natRole == QLatin1String("enable"))
            issue(ImportIssue::Note, text, tr("NAT Virtual Interface (ip nat enable) is not modelled"));
        understood();
        return;
    }
    if ((k == QLatin1String("vrf") && w.size() == 3 && w.at(1) == QLatin1String("forwarding"))
        || (k == QLatin1String("ip") && w.size() == 4 && w.at(1) == QLatin1String("vrf")
            && w.at(2) == QLatin1String("forwarding"))) {
        i.vrf = w.last();
        understood();
        return;
    }
    if (k == QLatin1String("description")) {
        i.description = text.section(QLatin1Char(' '), 1);
        understood();
        return;
    }
    if (k == QLatin1String("shutdown") || (k == QLatin1String("no") && w.size() == 2
                                            && w.at(1) == QLatin1String("shutdown"))) {
        i.shutdown = k == QLatin1String("shutdown");
        understood();
        return;
    }
    if (k == QLatin1String("no") && w.size() == 3 && w.at(1) == QLatin1String("ip")
        && w.at(2) == QLatin1String("address")) {
        understood();
        return;
    }
    issue(ImportIssue::Unknown, text, tr("interface setting not used for NAT"));
}

void CiscoConfigReader::aclLine(CiscoConfig::AccessList &acl, const QString &text, QStringList w)
{
    if (!w.isEmpty() && isNumber(w.first()) && !acl.numbered)
        w.removeFirst(); // sequence number
    if (w.isEmpty())
        return;
    if (w.first() == QLatin1String("remark")) {
        understood();
        return;
    }
    if (w.first() != QLatin1String("permit") && w.first() != QLatin1String("deny")) {
        issue(ImportIssue::Error, text, tr("an access-list entry starts with permit, deny or remark"));
        return;
    }
    CiscoConfig::AclEntry entry;
    entry.permit = w.first() == QLatin1String("permit");
    entry.line = m_config.lines;
    int i = 1;
    if (acl.extended) {
        if (w.size() < 2) {
            issue(ImportIssue::Error, text, tr("an extended entry needs a protocol"));
            return;
        }
        entry.protocol = w.at(i++);
    }
    // any | host A | A [WILDCARD]; a standard entry may omit the wildcard.
    const auto address = [&](QString *out, bool wildcardOptional) {
        if (i >= w.size())
            return false;
        const QString &a = w.at(i);
        if (a == QLatin1String("any")) {
            *out = QStringLiteral("any");
            ++i;
            return true;
        }
        if (a == QLatin1String("host")) {
            if (i + 1 >= w.size() || !parseAddress(w.at(i + 1)))
                return false;
            *out = w.at(i + 1) + QStringLiteral("/32");
            i += 2;
            return true;
        }
        quint32 addr = 0, wildcard = 0;
        if (!parseAddress(a, &addr))
            return false;
        if (i + 1 < w.size() && parseAddress(w.at(i + 1), &wildcard)) {
            const int prefix = Ipv4::prefixFromNetmask(~wildcard);
            if (prefix < 0)
                return false;
            *out = Ipv4::toString(addr & Ipv4::mask(prefix)) + QLatin1Char('/')
                   + QString::number(prefix);
            i += 2;
            return true;
        }
        if (!wildcardOptional)
            return false;
        *out = a + QStringLiteral("/32");
        ++i;
        return true;
    };
    const auto ports = [&](QString *out) {
        if (i >= w.size())
            return true;
        const QString &op = w.at(i);
        const int args = op == QLatin1String("range") ? 2
                         : (op == QLatin1String("eq") || op == QLatin1String("neq")
                            || op == QLatin1String("lt") || op == QLatin1String("gt"))
                             ? 1
                             : 0;
        if (args == 0)
            return true;
        if (i + args >= w.size())
            return false;
        *out = w.mid(i, args + 1).join(QLatin1Char(' '));
        i += args + 1;
        return true;
    };
    if (!address(&entry.source, !acl.extended)) {
        issue(ImportIssue::Error, text,
              tr("source must be any, host A.B.C.D or A.B.C.D with a contiguous wildcard"));
        return;
    }
    if (acl.extended) {
        if (!ports(&entry.sourcePorts) || !address(&entry.destination, false)
            || !ports(&entry.destinationPorts)) {
            issue(ImportIssue::Error, text,
                  tr("destination must be any, host A.B.C.D or A.B.C.D WILDCARD, then optional ports"));
            return;
        }
    }
    // Trailing keywords (log, established, dscp …) do not change which sources NAT.
    acl.entries.append(entry);
    understood();
}

void CiscoConfigReader::poolStatement(const QString &text, const QStringList &w)
{
    // ip nat pool NAME [START END] (prefix-length N | netmask M) [type T] [add-route]
    if (w.size() < 5) {
        issue(ImportIssue::Error, text, tr("ip nat pool needs a name and a prefix-length or netmask"));
        return;
    }
    CiscoConfig::Pool pool;
    pool.name = w.at(3);
    pool.line = m_config.lines;
    int i = 4;
    if (parseAddress(w.at(i))) {
        if (i + 1 >= w.size() || !parseAddress(w.at(i + 1))) {
            issue(ImportIssue::Error, text, tr("a pool range needs a first and a last address"));
            return;
        }
        quint32 first = 0, last = 0;
        parseAddress(w.at(i), &first);
        parseAddress(w.at(i + 1), &last);
        if (first > last) {
            issue(ImportIssue::Error, text, tr("the pool's first address is after its last"));
            return;
        }
        pool.ranges.append({w.at(i), w.at(i + 1)});
        i += 2;
    }
    while (i < w.size()) {
        const QString &k = w.at(i);
        if ((k == QLatin1String("prefix-length") || k == QLatin1String("netmask"))
            && i + 1 < w.size()) {
            bool ok = true;
            const int n = k == QLatin1String("netmask") ? prefixFromMask(w.at(i + 1))
                                                        : w.at(i + 1).toInt(&ok);
            if (!ok || n < 0 || n > 32) {
                issue(ImportIssue::Error, text, tr("invalid %1 \"%2\"").arg(k, w.at(i + 1)));
                return;
            }
            pool.prefixLength = n;
            i += 2;
        } else if (k == QLatin1String("type") && i + 1 < w.size()) {
            pool.type = w.at(i + 1);
            i += 2;
        } else if (k == QLatin1String("add-route") || k == QLatin1String("accounting")) {
            i += k == QLatin1String("accounting") ? 2 : 1;
        } else {
            issue(ImportIssue::Error, text, tr("unexpected \"%1\" in ip nat pool").arg(k));
            return;
        }
    }
    if (pool.prefixLength < 0) {
        issue(ImportIssue::Error, text, tr("ip nat pool needs a prefix-length or netmask"));
        return;
    }
    m_config.pools.append(pool);
    if (pool.ranges.isEmpty()) { // range sub-mode: "address START END" lines follow
        m_block = Block::Pool;
        m_index = int(m_config.pools.size()) - 1;
    }
    if (!pool.type.isEmpty())
        issue(ImportIssue::Note, text, tr("pool type %1 is not modelled").arg(pool.type));
    understood();
}

bool CiscoConfigReader::parseStaticAddresses(CiscoConfig::NatRule &rule, const QStringList &w,
                                             int *i, QString *error)
{
    // [tcp|udp] LOCAL [LPORT] (GLOBAL [GPORT] | interface IF GPORT)
    //  or network LOCAL GLOBAL (/N | MASK)
    int &k = *i;
    if (k < w.size() && w.at(k) == QLatin1String("network")) {
        rule.kind = CiscoConfig::NatRule::StaticNetwork;
        if (k + 3 >= w.size() || !parseAddress(w.at(k + 1)) || !parseAddress(w.at(k + 2))
            || prefixFromMask(w.at(k + 3)) < 0) {
            *error = tr("expected static network LOCAL GLOBAL /LENGTH|NETMASK");
            return false;
        }
        rule.local = w.at(k + 1);
        rule.global = w.at(k + 2);
        rule.prefixLength = prefixFromMask(w.at(k + 3));
        k += 4;
        return true;
    }
    if (k < w.size() && (w.at(k) == QLatin1String("tcp") || w.at(k) == QLatin1String("udp"))) {
        rule.kind = CiscoConfig::NatRule::StaticPat;
        rule.protocol = w.at(k++);
        if (k + 2 >= w.size() || !parseAddress(w.at(k)) || parsePort(w.at(k + 1)) < 0) {
            *error = tr("expected static %1 LOCAL PORT GLOBAL PORT").arg(rule.protocol);
            return false;
        }
        rule.local = w.at(k);
        rule.localPort = parsePort(w.at(k + 1));
        k += 2;
        if (w.at(k) == QLatin1String("interface")) {
            if (k + 2 >= w.size() || parsePort(w.at(k + 2)) < 0) {
                *error = tr("expected interface NAME PORT");
                return false;
            }
            rule.interface = w.at(k + 1);
            rule.globalPort = parsePort(w.at(k + 2));
            k += 3;
            return true;
        }
        if (k + 1 >= w.size() || !parseAddress(w.at(k)) || parsePort(w.at(k + 1)) < 0) {
            *error = tr("expected static %1 LOCAL PORT GLOBAL PORT").arg(rule.protocol);
            return false;
        }
        rule.global = w.at(k);
        rule.globalPort = parsePort(w.at(k + 1));
        k += 2;
        return true;
    }
    rule.kind = CiscoConfig::NatRule::Static;
    if (k + 1 >= w.size() || !parseAddress(w.at(k))) {
        *error = tr("expected static LOCAL GLOBAL");
        return false;
    }
    rule.local = w.at(k);
    if (w.at(k + 1) == QLatin1String("interface") && k + 2 < w.size()) {
        rule.interface = w.at(k + 2);
        k += 3;
        return true;
    }
    if (!parseAddress(w.at(k + 1))) {
        *error = tr("expected static LOCAL GLOBAL");
        return false;
    }
    rule.global = w.at(k + 1);
    k += 2;
    return true;
}

void CiscoConfigReader::natSource(const QString &text, const QStringList &w)
{
    CiscoConfig::NatRule rule;
    rule.direction = w.at(2);
    rule.line = m_config.lines;
    rule.text = text;
    int i = 4;
    QString error;
    const QString how = w.value(i++);
    if (how == QLatin1String("list") || how == QLatin1String("route-map")) {
        rule.kind = how == QLatin1String("list") ? CiscoConfig::NatRule::DynamicList
                                                 : CiscoConfig::NatRule::DynamicRouteMap;
        if (i >= w.size()) {
            issue(ImportIssue::Error, text, tr("%1 needs a name").arg(how));
            return;
        }
        (how == QLatin1String("list") ? rule.accessList : rule.routeMap) = w.at(i++);
        if (i + 1 < w.size() && (w.at(i) == QLatin1String("interface")
                                 || w.at(i) == QLatin1String("pool"))) {
            (w.at(i) == QLatin1String("pool") ? rule.pool : rule.interface) = w.at(i + 1);
            i += 2;
        } else {
            issue(ImportIssue::Error, text, tr("expected interface NAME or pool NAME"));
            return;
        }
    } else if (how == QLatin1String("static")) {
        if (!parseStaticAddresses(rule, w, &i, &error)) {
            issue(ImportIssue::Error, text, error);
            return;
        }
    } else {
        issue(ImportIssue::Error, text, tr("expected list, route-map or static after source"));
        return;
    }
    // Modifiers, in any order.
    static const QStringList flags = {"overload",     "extendable",  "no-alias", "no-payload",
                                      "match-in-vrf", "reversible",  "add-route", "oer",
                                      "portmap",      "no-payload"};
    while (i < w.size()) {
        const QString &k = w.at(i);
        if (k == QLatin1String("vrf") || k == QLatin1String("route-map")
            || k == QLatin1String("mapping-id")) {
            if (i + 1 >= w.size()) {
                issue(ImportIssue::Error, text, tr("%1 needs a value").arg(k));
                return;
            }
            if (k == QLatin1String("vrf"))
                rule.vrf = w.at(i + 1);
            else if (k == QLatin1String("route-map"))
                rule.routeMap = w.at(i + 1);
            rule.modifiers.append(k + QLatin1Char(' ') + w.at(i + 1));
            i += 2;
        } else if (k == QLatin1String("redundancy")) {
            // redundancy GROUP-NAME | redundancy RG-ID mapping-id N
            if (i + 1 >= w.size()) {
                issue(ImportIssue::Error, text, tr("%1 needs a value").arg(k));
                return;
            }
            rule.modifiers.append(k + QLatin1Char(' ') + w.at(i + 1));
            i += 2;
        } else if (flags.contains(k)) {
            rule.overload = rule.overload || k == QLatin1String("overload");
            rule.extendable = rule.extendable || k == QLatin1String("extendable");
            rule.modifiers.append(k);
            ++i;
        } else {
            issue(ImportIssue::Error, text, tr("unexpected \"%1\"").arg(k));
            return;
        }
    }
    // An outside source rule is noted once, by the importer that turns it
    // into a rule (ProjectImporter), not here too.
    if (rule.direction != QLatin1String("outside") && rule.kind == CiscoConfig::NatRule::DynamicList
        && rule.pool.isEmpty() && !rule.overload)
        issue(ImportIssue::Note, text,
              tr("interface NAT without overload is taken as overload (one address)"));
    m_config.rules.append(rule);
    understood();
}

void CiscoConfigReader::natTranslation(const QString &text, const QStringList &w)
{
    // ip nat translation (udp-timeout|tcp-timeout|…) SECONDS|never
    // ip nat translation port-timeout (tcp|udp) PORT SECONDS|never
    // ip nat translation max-entries …
    const QString key = w.value(3);
    const auto seconds = [](const QString &s, int *out) {
        if (s == QLatin1String("never")) {
            *out = -1;
            return true;
        }
        bool ok = false;
        const qint64 v = s.toLongLong(&ok);
        if (!ok || v < 0 || v > 2147483)
            return false;
        *out = int(v);
        return true;
    };
    int value = 0;
    if (key.endsWith(QLatin1String("-timeout")) && key != QLatin1String("port-timeout")
        && w.size() == 5) {
        if (!seconds(w.at(4), &value)) {
            issue(ImportIssue::Error, text, tr("timeout must be seconds (0-2147483) or never"));
            return;
        }
        m_config.timeouts.insert(key, value);
        understood();
        return;
    }
    if (key == QLatin1String("timeout") && w.size() == 5) {
        if (!seconds(w.at(4), &value)) {
            issue(ImportIssue::Error, text, tr("timeout must be seconds (0-2147483) or never"));
            return;
        }
        m_config.timeouts.insert(key, value);
        understood();
        return;
    }
    if (key == QLatin1String("port-timeout") && w.size() == 7
        && (w.at(4) == QLatin1String("tcp") || w.at(4) == QLatin1String("udp"))
        && parsePort(w.at(5)) >= 0 && seconds(w.at(6), &value)) {
        m_config.timeouts.insert(w.at(4) + QStringLiteral("-port-") + w.at(5), value);
        issue(ImportIssue::Note, text, tr("per-port timeouts are recorded but not simulated"));
        understood();
        return;
    }
    if (key == QLatin1String("max-entries")) {
        m_config.settings.append({text, m_config.lines});
        issue(ImportIssue::Note, text, tr("NAT setting recorded; the simulator does not model it"));
        understood();
        return;
    }
    issue(ImportIssue::Error, text, tr("expected ip nat translation KIND-timeout SECONDS|never"));
}
