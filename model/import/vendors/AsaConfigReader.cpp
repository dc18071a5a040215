#include "AsaConfigReader.h"

#include "Ipv4.h"

#include <algorithm>

namespace {

const QString Any = QStringLiteral("any");

bool isAny(const QString &name)
{
    return name == QLatin1String("any") || name == QLatin1String("any4");
}

// Port numbers and the names ASA prints for some of them in configurations.
int portValue(const QString &s)
{
    static const QHash<QString, int> names = {
        {QStringLiteral("isakmp"), 500}, {QStringLiteral("domain"), 53},
        {QStringLiteral("ntp"), 123},    {QStringLiteral("www"), 80},
        {QStringLiteral("http"), 80},    {QStringLiteral("https"), 443},
        {QStringLiteral("ssh"), 22},     {QStringLiteral("telnet"), 23},
        {QStringLiteral("snmp"), 161},   {QStringLiteral("syslog"), 514},
        {QStringLiteral("tftp"), 69},    {QStringLiteral("ftp"), 21},
        {QStringLiteral("smtp"), 25},    {QStringLiteral("sip"), 5060},
    };
    bool ok = false;
    const int n = s.toInt(&ok);
    if (ok)
        return n >= 0 && n <= 65535 ? n : -1;
    return names.value(s, -1);
}

// The CIDR blocks that cover first..last exactly.
QStringList toCidrs(quint32 first, quint32 last)
{
    QStringList out;
    quint64 a = first;
    while (a <= last && out.size() < 64) {
        int len = 32;
        while (len > 0) {
            const quint64 size = quint64(1) << (33 - len);
            if ((a & (size - 1)) != 0 || a + size - 1 > last)
                break;
            --len;
        }
        out.append(QStringLiteral("%1/%2").arg(Ipv4::toString(quint32(a))).arg(len));
        a += quint64(1) << (32 - len);
    }
    return out;
}

// The shortest prefix holding both addresses.
int commonPrefix(quint32 a, quint32 b)
{
    int len = 32;
    while (len > 0 && !Ipv4::sameSubnet(a, b, len))
        --len;
    return len;
}

bool isNatOption(const QString &k)
{
    return k == QLatin1String("extended") || k == QLatin1String("flat")
           || k == QLatin1String("include-reserve") || k == QLatin1String("round-robin")
           || k == QLatin1String("block-allocation");
}

} // namespace

int AsaConfigReader::sniff(QByteArrayView head)
{
    if (head.indexOf("ASA Version ") >= 0)
        return 96;
    const bool nameif = head.indexOf(" nameif ") >= 0 || head.indexOf("\nnameif ") >= 0;
    const bool level = head.indexOf("security-level ") >= 0;
    const bool objects = head.indexOf("object network ") >= 0
                         || head.indexOf("object-group network ") >= 0;
    const bool nat = head.indexOf("nat (") >= 0;
    if (nameif && level)
        return 88;
    if (objects && nat)
        return 82;
    if (nat && (head.indexOf(" dynamic interface") >= 0 || head.indexOf(" source dynamic ") >= 0
                || head.indexOf(" source static ") >= 0))
        return 70;
    return objects ? 30 : 0;
}

void AsaConfigReader::issue(ImportIssue::Severity severity, const QString &text,
                            const QString &message, int line)
{
    ImportIssue i;
    i.severity = severity;
    i.line = line >= 0 ? line : m_config.lines;
    i.text = text.left(200);
    i.message = message;
    m_config.issues.append(i);
}

CiscoConfig AsaConfigReader::readText(const QString &text)
{
    AsaConfigReader reader;
    reader.m_config.readerKey = QStringLiteral("cisco-asa-config");
    reader.m_config.profile = QStringLiteral("cisco-asa");
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype nl = text.indexOf(QLatin1Char('\n'), start);
        if (nl < 0)
            nl = text.size();
        reader.line(text.mid(start, nl - start));
        start = nl + 1;
    }
    reader.finish();
    return reader.m_config;
}

void AsaConfigReader::line(const QString &raw)
{
    ++m_config.lines;
    QString text = raw;
    if (text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    const QString trimmed = text.trimmed();
    // "!" separates blocks; ":" starts ASA's own comment lines (": Saved").
    if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('!'))
        || trimmed.startsWith(QLatin1Char(':')))
        return;
    const QStringList w = trimmed.simplified().split(QLatin1Char(' '));
    if (!text.front().isSpace()) {
        m_block = Block::None;
        m_current.clear();
        m_interface = -1;
        topLevel(trimmed, w);
        return;
    }
    switch (m_block) {
    case Block::None:
        topLevel(trimmed, w); // pasted with a margin
        return;
    case Block::Interface:
        interfaceLine(trimmed, w);
        return;
    case Block::Object:
        objectLine(trimmed, w);
        return;
    case Block::Group:
        groupLine(trimmed, w);
        return;
    case Block::Service:
        serviceLine(trimmed, w);
        return;
    case Block::ServiceGroup:
        issue(ImportIssue::Unknown, trimmed,
              tr("service groups are not used by the simulation (static PAT takes a service object)"));
        return;
    case Block::Unknown:
        issue(ImportIssue::Unknown, trimmed,
              tr("inside \"%1\", which is not used for NAT").arg(m_lastTopLevel.left(60)));
        return;
    }
}

void AsaConfigReader::topLevel(const QString &text, const QStringList &w)
{
    const QString &k = w.at(0);
    m_lastTopLevel = text;
    if (k == QLatin1String("end") || k.startsWith(QLatin1String("Cryptochecksum")))
        return;
    if (k == QLatin1String("ASA") && w.value(1) == QLatin1String("Version")) {
        understood();
        return;
    }
    if (k == QLatin1String("hostname") && w.size() == 2) {
        m_config.hostname = w.at(1);
        understood();
        return;
    }
    if (k == QLatin1String("interface") && w.size() == 2) {
        CiscoConfig::Interface i;
        i.name = w.at(1); // the nameif replaces it
        i.description = w.at(1);
        i.line = m_config.lines;
        m_config.interfaces.append(i);
        m_interface = int(m_config.interfaces.size()) - 1;
        m_block = Block::Interface;
        understood();
        return;
    }
    if ((k == QLatin1String("object") || k == QLatin1String("object-group")) && w.size() >= 3) {
        const bool group = k == QLatin1String("object-group");
        const QString &type = w.at(1);
        if (type == QLatin1String("network") && w.size() == 3) {
            NetworkObject &o = m_objects[w.at(2)];
            if (o.name.isEmpty()) { // the first block defines it; NAT may reopen it
                o.name = w.at(2);
                o.group = group;
                o.line = m_config.lines;
            } else if (o.group != group) {
                issue(ImportIssue::Error, text,
                      tr("\"%1\" is already an object of the other kind (line %2)")
                          .arg(w.at(2))
                          .arg(o.line));
                m_block = Block::Unknown;
                return;
            }
            m_current = w.at(2);
            m_block = group ? Block::Group : Block::Object;
            understood();
            return;
        }
        if (type == QLatin1String("service") && !group && w.size() == 3) {
            ServiceObject &s = m_services[w.at(2)];
            s.name = w.at(2);
            s.line = m_config.lines;
            m_current = w.at(2);
            m_block = Block::Service;
            understood();
            return;
        }
        if (type == QLatin1String("service") && group) {
            m_block = Block::ServiceGroup;
            issue(ImportIssue::Unknown, text,
                  tr("service groups are not used by the simulation (static PAT takes a service object)"));
            return;
        }
        m_block = Block::Unknown;
        issue(ImportIssue::Unknown, text, tr("this kind of object is not used for NAT"));
        return;
    }
    if (k == QLatin1String("nat")) {
        natStatement(text, w, QString());
        return;
    }
    if (k == QLatin1String("no") && w.value(1) == QLatin1String("nat")) {
        removeNat(text, w, QString());
        return;
    }
    if (k == QLatin1String("timeout")) {
        timeoutStatement(text, w);
        return;
    }
    if (k == QLatin1String("access-list") || k == QLatin1String("access-group")) {
        issue(ImportIssue::Unknown, text,
              tr("access rules are not simulated (ASA 8.3+ NAT does not use access lists)"));
        return;
    }
    if (k == QLatin1String("xlate")) {
        issue(ImportIssue::Note, text,
              tr("per-session xlate rules are not modelled (by default they cover TCP and DNS only, "
                 "not IPsec NAT-T)"));
        understood();
        return;
    }
    if (k == QLatin1String("clear") || k == QLatin1String("configure") || k == QLatin1String("write")) {
        issue(ImportIssue::Note, text, tr("an exec command, not configuration; ignored"));
        return;
    }
    if (k == QLatin1String("name") || k == QLatin1String("names")) {
        issue(ImportIssue::Unknown, text, tr("name aliases are not resolved"));
        return;
    }
    m_block = Block::Unknown;
    issue(ImportIssue::Unknown, text, tr("not used for NAT"));
}

void AsaConfigReader::interfaceLine(const QString &text, const QStringList &w)
{
    CiscoConfig::Interface &i = m_config.interfaces[m_interface];
    const QString &k = w.at(0);
    if (k == QLatin1String("nameif") && w.size() == 2) {
        i.name = w.at(1);
        understood();
        return;
    }
    if (k == QLatin1String("security-level") && w.size() == 2) {
        bool ok = false;
        const int level = w.at(1).toInt(&ok);
        if (!ok || level < 0 || level > 100) {
            issue(ImportIssue::Error, text, tr("security-level must be 0 to 100"));
            return;
        }
        m_securityLevel.insert(m_interface, level);
        understood();
        return;
    }
    if (k == QLatin1String("ip") && w.value(1) == QLatin1String("address")) {
        if (w.value(2) == QLatin1String("dhcp") || w.value(2) == QLatin1String("pppoe")) {
            i.dhcp = true;
            understood();
            issue(ImportIssue::Note, text,
                  tr("the address is assigned at run time; set it on the interface by hand"));
            return;
        }
        AddressRange r;
        if (w.size() < 4 || !parseMask(w.at(2), w.at(3), &r)) {
            issue(ImportIssue::Error, text, tr("ip address needs an IPv4 address and a netmask"));
            return;
        }
        i.address = w.at(2);
        i.prefixLength = commonPrefix(r.first, r.last);
        if (w.size() > 4 && w.at(4) != QLatin1String("standby"))
            issue(ImportIssue::Warning, text, tr("unexpected words after the netmask were ignored"));
        understood();
        return;
    }
    if (k == QLatin1String("no") && w.size() >= 2) {
        if (w.at(1) == QLatin1String("nameif"))
            i.name = i.description; // no nameif: NAT cannot use it
        understood();
        return;
    }
    if (k == QLatin1String("shutdown")) {
        i.shutdown = true;
        understood();
        return;
    }
    if (k == QLatin1String("description")) {
        understood();
        return;
    }
    issue(ImportIssue::Unknown, text, tr("interface setting not used for NAT"));
}

bool AsaConfigReader::parseMask(const QString &address, const QString &mask, AddressRange *out) const
{
    quint32 a = 0, m = 0;
    if (!Ipv4::parse(address, &a) || !Ipv4::parse(mask, &m))
        return false;
    const int len = Ipv4::prefixFromNetmask(m);
    if (len < 0)
        return false;
    const quint32 net = a & Ipv4::mask(len);
    out->first = net;
    out->last = net | ~Ipv4::mask(len);
    if (len == 32)
        out->last = net;
    return true;
}

void AsaConfigReader::objectLine(const QString &text, const QStringList &w)
{
    NetworkObject &o = m_objects[m_current];
    const QString &k = w.at(0);
    quint32 a = 0, b = 0;
    if (k == QLatin1String("host") && w.size() == 2) {
        if (!Ipv4::parse(w.at(1), &a)) {
            issue(ImportIssue::Error, text,
                  w.at(1).contains(QLatin1Char(':')) ? tr("IPv6 objects are not modelled")
                                                      : tr("host needs an IPv4 address"));
            return;
        }
        o.ranges.append({a, a});
        understood();
        return;
    }
    if (k == QLatin1String("subnet") && w.size() == 3) {
        AddressRange r;
        if (!parseMask(w.at(1), w.at(2), &r)) {
            issue(ImportIssue::Error, text, tr("subnet needs an IPv4 address and a netmask"));
            return;
        }
        o.ranges.append(r);
        understood();
        return;
    }
    if (k == QLatin1String("subnet") && w.size() == 2 && w.at(1).contains(QLatin1Char(':'))) {
        issue(ImportIssue::Error, text, tr("IPv6 objects are not modelled"));
        return;
    }
    if (k == QLatin1String("range") && w.size() == 3) {
        if (!Ipv4::parse(w.at(1), &a) || !Ipv4::parse(w.at(2), &b) || b < a) {
            issue(ImportIssue::Error, text, tr("range needs two IPv4 addresses, the first not above the second"));
            return;
        }
        o.ranges.append({a, b});
        understood();
        return;
    }
    if (k == QLatin1String("fqdn")) {
        o.fqdn = w.last();
        understood();
        return;
    }
    if (k == QLatin1String("description")) {
        understood();
        return;
    }
    if (k == QLatin1String("nat")) {
        natStatement(text, w, m_current);
        return;
    }
    if (k == QLatin1String("no") && w.value(1) == QLatin1String("nat")) {
        removeNat(text, w, m_current);
        return;
    }
    issue(ImportIssue::Unknown, text, tr("not understood in an object network"));
}

void AsaConfigReader::groupLine(const QString &text, const QStringList &w)
{
    NetworkObject &o = m_objects[m_current];
    const QString &k = w.at(0);
    if (k == QLatin1String("network-object") && w.size() == 3) {
        quint32 a = 0;
        if (w.at(1) == QLatin1String("host")) {
            if (!Ipv4::parse(w.at(2), &a)) {
                issue(ImportIssue::Error, text, tr("host needs an IPv4 address"));
                return;
            }
            o.ranges.append({a, a});
        } else if (w.at(1) == QLatin1String("object")) {
            o.references.append(w.at(2));
        } else {
            AddressRange r;
            if (!parseMask(w.at(1), w.at(2), &r)) {
                issue(ImportIssue::Error, text, tr("network-object needs an IPv4 address and a netmask"));
                return;
            }
            o.ranges.append(r);
        }
        understood();
        return;
    }
    if (k == QLatin1String("group-object") && w.size() == 2) {
        o.references.append(w.at(1));
        understood();
        return;
    }
    if (k == QLatin1String("description")) {
        understood();
        return;
    }
    issue(ImportIssue::Unknown, text, tr("not understood in an object-group network"));
}

void AsaConfigReader::serviceLine(const QString &text, const QStringList &w)
{
    ServiceObject &s = m_services[m_current];
    if (w.at(0) == QLatin1String("description")) {
        understood();
        return;
    }
    if (w.at(0) != QLatin1String("service") || w.size() < 2) {
        issue(ImportIssue::Unknown, text, tr("not understood in an object service"));
        return;
    }
    s.protocol = w.at(1);
    for (int i = 2; i < w.size();) {
        const QString &side = w.at(i);
        if ((side != QLatin1String("source") && side != QLatin1String("destination"))
            || i + 2 >= w.size()) {
            issue(ImportIssue::Error, text, tr("expected source|destination eq PORT"));
            return;
        }
        const QString &op = w.at(i + 1);
        if (op != QLatin1String("eq")) {
            issue(ImportIssue::Warning, text,
                  tr("\"%1\" matches several ports; static PAT needs one port (eq)").arg(op));
            i += op == QLatin1String("range") ? 4 : 3;
            continue;
        }
        const int port = portValue(w.at(i + 2));
        if (port < 0) {
            issue(ImportIssue::Error, text, tr("\"%1\" is not a port").arg(w.at(i + 2)));
            return;
        }
        (side == QLatin1String("source") ? s.sourcePort : s.destinationPort) = port;
        i += 3;
    }
    understood();
}

void AsaConfigReader::removeNat(const QString &text, const QStringList &w, const QString &object)
{
    // "no nat …" with the words of a rule read before (a configuration with
    // changes appended, as MeshNAT's fixes are): that rule is removed. Under
    // an object it is the object's rule; at the top level a twice NAT rule.
    const QString words = w.mid(1).join(QLatin1Char(' '));
    for (qsizetype i = m_nats.size() - 1; i >= 0; --i) {
        const Nat &n = m_nats.at(i);
        if (n.twice != object.isEmpty() || (!n.twice && n.real != object)
            || n.text.simplified() != words)
            continue;
        m_nats.removeAt(i);
        understood();
        return;
    }
    issue(ImportIssue::Warning, text,
          object.isEmpty() ? tr("no twice NAT rule read before has these words; nothing removed")
                           : tr("object %1 has no NAT rule with these words; nothing removed").arg(object));
}

void AsaConfigReader::natStatement(const QString &text, const QStringList &w, const QString &object)
{
    Nat n;
    n.line = m_config.lines;
    n.text = text;
    n.twice = object.isEmpty();
    int i = 1;
    const QString ifs = w.value(i);
    if (ifs.startsWith(QLatin1Char('('))) {
        const QStringList pair = ifs.mid(1, ifs.size() - 2).split(QLatin1Char(','));
        if (!ifs.endsWith(QLatin1Char(')')) || pair.size() != 2 || pair.at(0).isEmpty()
            || pair.at(1).isEmpty()) {
            issue(ImportIssue::Error, text, tr("expected (real-interface,mapped-interface)"));
            return;
        }
        n.realIf = pair.at(0);
        n.mappedIf = pair.at(1);
        ++i;
    } else if (!n.twice) {
        issue(ImportIssue::Error, text, tr("expected (real-interface,mapped-interface)"));
        return;
    } else {
        n.realIf = n.mappedIf = Any;
    }
    const auto fail = [&](const QString &why) { issue(ImportIssue::Error, text, why); };
    if (n.twice) {
        // [line] [after-auto [line] | after-object [line]] source …
        bool ok = false;
        w.value(i).toInt(&ok);
        if (ok)
            ++i;
        if (w.value(i) == QLatin1String("after-auto") || w.value(i) == QLatin1String("after-object")) {
            n.afterAuto = true;
            ++i;
            w.value(i).toInt(&ok);
            if (ok)
                ++i;
        }
        if (w.value(i) != QLatin1String("source")) {
            fail(tr("expected \"source dynamic\" or \"source static\""));
            return;
        }
        ++i;
    }
    const QString type = w.value(i++);
    if (type != QLatin1String("dynamic") && type != QLatin1String("static")) {
        fail(tr("expected \"dynamic\" or \"static\""));
        return;
    }
    n.isStatic = type == QLatin1String("static");
    if (n.twice) {
        n.real = w.value(i++);
        if (n.real.isEmpty()) {
            fail(tr("the real object is missing"));
            return;
        }
    } else {
        n.real = object;
    }
    // The mapped side.
    const QString mapped = w.value(i++);
    if (mapped.isEmpty()) {
        fail(tr("the mapped address is missing"));
        return;
    }
    if (mapped == QLatin1String("interface")) {
        n.mappedInterface = true;
    } else if (mapped == QLatin1String("pat-pool")) {
        if (n.isStatic || w.value(i).isEmpty()) {
            fail(n.isStatic ? tr("pat-pool is for dynamic NAT") : tr("pat-pool needs an object"));
            return;
        }
        n.patPool = w.value(i++);
    } else {
        n.mapped = mapped;
    }
    while (i < w.size()) {
        const QString &k = w.at(i++);
        if (k == QLatin1String("interface") && !n.mappedInterface && !n.isStatic) {
            n.mappedInterface = true; // fallback after the pool / mapped object
        } else if (isNatOption(k) && !n.isStatic) {
            n.options.append(k);
        } else if (k == QLatin1String("service")) {
            if (n.twice) {
                if (i + 1 >= w.size()) {
                    fail(tr("service needs a real and a mapped service object"));
                    return;
                }
                n.realService = w.at(i);
                n.mappedService = w.at(i + 1);
                i += 2;
            } else {
                if (i + 2 >= w.size() || !n.isStatic) {
                    fail(tr("service needs a protocol, a real port and a mapped port"));
                    return;
                }
                n.protocol = w.at(i);
                n.realPort = portValue(w.at(i + 1));
                n.mappedPort = portValue(w.at(i + 2));
                if (n.realPort < 0 || n.mappedPort < 0) {
                    fail(tr("service ports must be numbers 0 to 65535 or known port names"));
                    return;
                }
                i += 3;
            }
        } else if (k == QLatin1String("destination")) {
            if (i + 2 >= w.size()) {
                fail(tr("destination needs static MAPPED REAL"));
                return;
            }
            n.destination = true;
            i += 3;
        } else if (k == QLatin1String("inactive")) {
            n.inactive = true;
        } else if (k == QLatin1String("unidirectional")) {
            n.unidirectional = true;
        } else if (k == QLatin1String("description")) {
            break; // free text to the end
        } else if (k == QLatin1String("dns") || k == QLatin1String("no-proxy-arp")
                   || k == QLatin1String("route-lookup") || k == QLatin1String("net-to-net")) {
            // understood; no effect on UDP translation
        } else {
            fail(tr("\"%1\" is not a NAT keyword here; the statement is not used").arg(k));
            return;
        }
    }
    m_nats.append(n);
    understood();
}

void AsaConfigReader::timeoutStatement(const QString &text, const QStringList &w)
{
    // "timeout conn 1:00:00 half-closed 0:10:00 udp 0:02:00 icmp 0:00:02": name
    // and hh:mm:ss pairs; a name may have two words ("igp stale-route"),
    // "absolute" / "inactivity" qualify the time before them.
    QStringList ignored;
    QStringList name;
    bool any = false;
    for (int i = 1; i < w.size(); ++i) {
        const QString &t = w.at(i);
        if (!t.contains(QLatin1Char(':'))) {
            if (name.isEmpty() && any
                && (t == QLatin1String("absolute") || t == QLatin1String("inactivity")))
                continue;
            name.append(t);
            continue;
        }
        const QString key = name.join(QLatin1Char(' '));
        name.clear();
        const QStringList parts = t.split(QLatin1Char(':'));
        bool okh = false, okm = false, oks = false;
        const int h = parts.value(0).toInt(&okh), m = parts.value(1).toInt(&okm),
                  s = parts.value(2).toInt(&oks);
        if (key.isEmpty() || parts.size() != 3 || !okh || !okm || !oks || h < 0 || m < 0 || m > 59
            || s < 0 || s > 59) {
            issue(ImportIssue::Error, text, tr("timeout %1 needs hh:mm:ss").arg(key));
            return;
        }
        const int seconds = h * 3600 + m * 60 + s;
        const int never = seconds == 0 ? -1 : seconds; // 0:00:00 = no timeout
        any = true;
        if (key == QLatin1String("udp"))
            m_udpTimeout = never;
        else if (key == QLatin1String("pat-xlate"))
            m_patXlate = seconds;
        else if (key == QLatin1String("conn"))
            m_config.timeouts.insert(QStringLiteral("tcp-timeout"), never);
        else if (key == QLatin1String("icmp"))
            m_config.timeouts.insert(QStringLiteral("icmp-timeout"), never);
        else
            ignored.append(key);
    }
    if (!name.isEmpty()) {
        issue(ImportIssue::Error, text, tr("timeout %1 needs hh:mm:ss").arg(name.join(QLatin1Char(' '))));
        return;
    }
    if (!any) {
        issue(ImportIssue::Error, text, tr("timeout needs a name and hh:mm:ss"));
        return;
    }
    understood();
    if (!ignored.isEmpty())
        issue(ImportIssue::Note, text,
              tr("timers not used by the simulation: %1").arg(ignored.join(QStringLiteral(", "))));
}

bool AsaConfigReader::resolve(const QString &name, QList<AddressRange> *out, QString *why,
                              int depth) const
{
    if (isAny(name)) {
        out->append({0, 0xffffffffu});
        return true;
    }
    if (depth > 16) {
        *why = tr("object groups nest too deeply (a loop?) at %1").arg(name);
        return false;
    }
    const auto it = m_objects.constFind(name);
    if (it == m_objects.cend()) {
        *why = tr("object %1 is not defined").arg(name);
        return false;
    }
    if (!it->fqdn.isEmpty()) {
        *why = tr("object %1 is an FQDN (%2), resolved at run time; not modelled").arg(name, it->fqdn);
        return false;
    }
    *out += it->ranges;
    for (const QString &ref : it->references) {
        if (!resolve(ref, out, why, depth + 1))
            return false;
    }
    if (out->isEmpty()) {
        *why = tr("object %1 holds no IPv4 address (cut off, or IPv6 only?)").arg(name);
        return false;
    }
    return true;
}

void AsaConfigReader::addOption(const QString &option, const Nat &n)
{
    if (option == QLatin1String("block-allocation")) {
        issue(ImportIssue::Note, n.text,
              tr("port block allocation is not modelled; ports are allocated one by one"), n.line);
        return;
    }
    if (!m_config.profileOptions.contains(option))
        m_config.profileOptions.append(option);
}

void AsaConfigReader::mapDynamic(const Nat &n, const QList<AddressRange> &sources)
{
    CiscoConfig::NatRule rule;
    rule.kind = CiscoConfig::NatRule::DynamicList;
    rule.accessList = isAny(n.real) ? Any : n.real;
    rule.interface = n.mappedIf;
    rule.overload = true;
    rule.modifiers = n.options;
    rule.line = n.line;
    rule.text = n.text;
    if (!m_config.accessList(rule.accessList)) {
        CiscoConfig::AccessList acl;
        acl.name = rule.accessList;
        acl.line = n.line;
        for (const AddressRange &r : sources) {
            for (const QString &cidr : toCidrs(r.first, r.last)) {
                CiscoConfig::AclEntry e;
                e.source = cidr;
                e.line = n.line;
                acl.entries.append(e);
            }
        }
        m_config.accessLists.append(acl);
    }
    QString poolName = n.patPool.isEmpty() ? n.mapped : n.patPool;
    if (!poolName.isEmpty()) {
        QList<AddressRange> addresses;
        QString why;
        quint32 inline_ = 0;
        if (n.patPool.isEmpty() && Ipv4::parse(n.mapped, &inline_)) {
            addresses.append({inline_, inline_});
        } else if (!resolve(poolName, &addresses, &why)) {
            issue(ImportIssue::Error, n.text, why + QLatin1String("; ") + tr("rule not imported"),
                  n.line);
            return;
        }
        if (!m_config.pool(poolName)) {
            CiscoConfig::Pool pool;
            pool.name = poolName;
            pool.line = n.line;
            for (const AddressRange &r : std::as_const(addresses))
                pool.ranges.append({Ipv4::toString(r.first), Ipv4::toString(r.last)});
            pool.prefixLength = commonPrefix(addresses.first().first, addresses.first().last);
            m_config.pools.append(pool);
        }
        rule.pool = poolName;
        const bool single = addresses.size() == 1 && addresses.first().first == addresses.first().last;
        if (n.patPool.isEmpty() && !single)
            issue(ImportIssue::Note, n.text,
                  tr("dynamic NAT over several mapped addresses is simulated as PAT over them"),
                  n.line);
        if (n.mappedInterface)
            issue(ImportIssue::Note, n.text,
                  tr("the fallback to the interface address when the pool is exhausted is not "
                     "modelled"),
                  n.line);
    } else if (n.mappedIf == Any) {
        issue(ImportIssue::Error, n.text, tr("interface PAT needs a mapped interface, not any"),
              n.line);
        return;
    }
    if (n.patPool.isEmpty() && !n.options.isEmpty())
        issue(ImportIssue::Warning, n.text,
              tr("%1 only apply to a pat-pool; ignored").arg(n.options.join(QStringLiteral(", "))),
              n.line);
    else
        for (const QString &o : n.options)
            addOption(o, n);
    if (!n.realService.isEmpty())
        issue(ImportIssue::Note, n.text,
              tr("the service restriction of a dynamic rule is not modelled: it applies to every port"),
              n.line);
    m_config.rules.append(rule);
}

void AsaConfigReader::mapStatic(const Nat &n, const QList<AddressRange> &sources)
{
    CiscoConfig::NatRule rule;
    rule.kind = CiscoConfig::NatRule::Static;
    rule.line = n.line;
    rule.text = n.text;
    const auto fail = [&](const QString &why) {
        issue(ImportIssue::Error, n.text, why + QLatin1String("; ") + tr("rule not imported"), n.line);
    };
    if (sources.size() != 1) {
        fail(tr("static NAT of a group of several address blocks is not modelled"));
        return;
    }
    const AddressRange real = sources.first();
    AddressRange mapped{0, 0};
    if (n.mappedInterface) {
        if (real.first != real.last) {
            fail(tr("static NAT of several addresses onto the interface address"));
            return;
        }
        rule.interface = n.mappedIf;
    } else {
        quint32 a = 0;
        QList<AddressRange> m;
        QString why;
        if (Ipv4::parse(n.mapped, &a)) {
            m.append({a, a});
        } else if (!resolve(n.mapped, &m, &why)) {
            fail(why);
            return;
        }
        if (m.size() != 1 || m.first().last - m.first().first != real.last - real.first) {
            fail(tr("the real and mapped objects differ in size"));
            return;
        }
        mapped = m.first();
        rule.global = Ipv4::toString(mapped.first);
    }
    rule.local = Ipv4::toString(real.first);
    if (real.first != real.last) {
        const int len = commonPrefix(real.first, real.last);
        if (real.first != (real.first & Ipv4::mask(len))
            || real.last != (real.first | ~Ipv4::mask(len))) {
            fail(tr("static NAT of an address range that is not one subnet"));
            return;
        }
        rule.kind = CiscoConfig::NatRule::StaticNetwork;
        rule.prefixLength = len;
    }
    // Static PAT: object NAT "service udp R M", twice NAT "service REAL MAPPED".
    QString protocol = n.protocol;
    int realPort = n.realPort, mappedPort = n.mappedPort;
    if (!n.realService.isEmpty()) {
        const ServiceObject *rs = m_services.contains(n.realService) ? &m_services[n.realService] : nullptr;
        const ServiceObject *ms = m_services.contains(n.mappedService) ? &m_services[n.mappedService] : nullptr;
        if (!rs || !ms) {
            fail(tr("service object %1 is not defined").arg(rs ? n.mappedService : n.realService));
            return;
        }
        if (rs->protocol != ms->protocol) {
            fail(tr("the real and mapped services differ in protocol"));
            return;
        }
        protocol = rs->protocol;
        realPort = rs->sourcePort >= 0 ? rs->sourcePort : rs->destinationPort;
        mappedPort = ms->sourcePort >= 0 ? ms->sourcePort : ms->destinationPort;
        if (realPort < 0 || mappedPort < 0) {
            fail(tr("the service objects name no single port"));
            return;
        }
    }
    if (!protocol.isEmpty()) {
        if (protocol == QLatin1String("tcp-udp")) {
            issue(ImportIssue::Note, n.text, tr("tcp-udp is imported as its UDP half"), n.line);
            protocol = QStringLiteral("udp");
        }
        if (protocol != QLatin1String("udp") && protocol != QLatin1String("tcp")) {
            fail(tr("static PAT of %1 is not modelled").arg(protocol));
            return;
        }
        if (rule.kind == CiscoConfig::NatRule::StaticNetwork) {
            fail(tr("static PAT of a whole subnet"));
            return;
        }
        rule.kind = CiscoConfig::NatRule::StaticPat;
        rule.protocol = protocol;
        rule.localPort = realPort;
        rule.globalPort = mappedPort;
    }
    if (n.unidirectional)
        issue(ImportIssue::Note, n.text,
              tr("unidirectional: the simulation still lets inbound packets through this rule"),
              n.line);
    m_config.rules.append(rule);
}

void AsaConfigReader::assignRoles()
{
    QHash<QString, QString> role; // nameif -> inside/outside
    bool anyReal = false;
    for (const Nat &n : std::as_const(m_nats)) {
        if (n.inactive)
            continue;
        const auto assign = [&](const QString &ifName, const QString &r) {
            if (ifName == Any)
                return;
            if (!role.contains(ifName))
                role.insert(ifName, r);
            else if (role.value(ifName) != r)
                issue(ImportIssue::Warning, n.text,
                      tr("interface %1 is the real side of one rule and the mapped side of "
                         "another; it stays %2")
                          .arg(ifName, role.value(ifName)),
                      n.line);
        };
        assign(n.realIf, QStringLiteral("inside"));
        assign(n.mappedIf, QStringLiteral("outside"));
        anyReal = anyReal || n.realIf == Any;
    }
    for (int idx = 0; idx < m_config.interfaces.size(); ++idx) {
        CiscoConfig::Interface &i = m_config.interfaces[idx];
        if (role.contains(i.name)) {
            i.natRole = role.value(i.name);
        } else if (anyReal && i.name != i.description && !i.address.isEmpty()) {
            i.natRole = QStringLiteral("inside");
            issue(ImportIssue::Note, i.name,
                  tr("interface %1 taken as inside: a rule translates from any interface").arg(i.name),
                  i.line);
        }
    }
    for (auto it = role.cbegin(); it != role.cend(); ++it) {
        if (!m_config.interface(it.key()))
            issue(ImportIssue::Warning, it.key(),
                  tr("NAT names interface %1, which no interface has as its nameif").arg(it.key()),
                  0);
    }
}

void AsaConfigReader::finish()
{
    // Interfaces NAT cannot name (no nameif) with an address are said once.
    for (int idx = 0; idx < m_config.interfaces.size(); ++idx) {
        const CiscoConfig::Interface &i = m_config.interfaces.at(idx);
        if (i.name == i.description && !i.address.isEmpty())
            issue(ImportIssue::Note, i.name,
                  tr("interface %1 has an address but no nameif; NAT cannot use it").arg(i.name),
                  i.line);
    }
    // ASA's order: manual NAT (section 1), object NAT statics then dynamics
    // (section 2), after-auto manual NAT (section 3). The simulator tries
    // static rules before dynamic ones and dynamic ones in this order.
    QList<Nat> ordered;
    for (const Nat &n : std::as_const(m_nats))
        if (n.twice && !n.afterAuto)
            ordered.append(n);
    for (const Nat &n : std::as_const(m_nats))
        if (!n.twice && n.isStatic)
            ordered.append(n);
    for (const Nat &n : std::as_const(m_nats))
        if (!n.twice && !n.isStatic)
            ordered.append(n);
    for (const Nat &n : std::as_const(m_nats))
        if (n.twice && n.afterAuto)
            ordered.append(n);
    for (const Nat &n : std::as_const(ordered)) {
        if (n.inactive) {
            issue(ImportIssue::Note, n.text, tr("inactive rule; not imported"), n.line);
            continue;
        }
        QList<AddressRange> sources;
        QString why;
        if (!resolve(n.real, &sources, &why)) {
            issue(ImportIssue::Error, n.text, why + QLatin1String("; ") + tr("rule not imported"),
                  n.line);
            continue;
        }
        if (n.destination)
            issue(ImportIssue::Warning, n.text,
                  tr("the destination part of this twice NAT rule is not modelled: the simulation "
                     "applies the rule to every destination"),
                  n.line);
        if (n.isStatic)
            mapStatic(n, sources);
        else
            mapDynamic(n, sources);
    }
    assignRoles();
    // A UDP PAT xlate outlives its connection by the pat-xlate timer (UDP
    // other than DNS is not per-session: tech note 115993); the connection's
    // idle timer is "timeout udp" (2 min when not shown: assumed default).
    // docs/profiles.md, cisco-asa.
    if (m_udpTimeout == NotGiven || m_patXlate == NotGiven)
        issue(ImportIssue::Note, QString(),
              tr("timeout udp / pat-xlate not in the configuration: ASA defaults 0:02:00 and "
                 "0:00:30 assumed"),
              0);
    m_config.timeouts.insert(QStringLiteral("udp-timeout"),
                             m_udpTimeout == -1 ? -1
                                                : (m_udpTimeout == NotGiven ? 120 : m_udpTimeout)
                                                      + (m_patXlate == NotGiven ? 30 : m_patXlate));
}
