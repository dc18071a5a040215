#include "YamahaConfigReader.h"

#include "Ipv4.h"

namespace {

// "a.b.c.d/len" -> address and length (a bare address is /32).
bool parsePrefix(const QString &s, QString *address, int *length)
{
    const int slash = s.indexOf(QLatin1Char('/'));
    const QString a = slash < 0 ? s : s.left(slash);
    int len = 32;
    if (slash >= 0) {
        bool ok = false;
        len = s.mid(slash + 1).toInt(&ok);
        if (!ok || len < 0 || len > 32)
            return false;
    }
    if (!Ipv4::isValid(a))
        return false;
    *address = a;
    *length = len;
    return true;
}

// "a" or "a-b" -> first and last address; false when malformed.
bool parseRange(const QString &s, quint32 *first, quint32 *last)
{
    const int dash = s.indexOf(QLatin1Char('-'));
    if (!Ipv4::parse(dash < 0 ? s : s.left(dash), first))
        return false;
    if (dash < 0) {
        *last = *first;
        return true;
    }
    return Ipv4::parse(s.mid(dash + 1), last) && *last >= *first;
}

// The fewest prefixes covering first..last.
QStringList rangeToPrefixes(quint32 first, quint32 last)
{
    QStringList out;
    quint64 a = first;
    while (a <= last && out.size() < 64) {
        int len = 32;
        while (len > 0) {
            const quint32 m = Ipv4::mask(len - 1);
            const quint64 size = quint64(1) << (32 - (len - 1));
            if ((quint32(a) & m) != quint32(a) || a + size - 1 > last)
                break;
            --len;
        }
        out.append(QStringLiteral("%1/%2").arg(Ipv4::toString(quint32(a))).arg(len));
        a += quint64(1) << (32 - len);
    }
    return out;
}

int parsePort(const QString &s)
{
    bool ok = false;
    const int p = s.toInt(&ok);
    return ok && p >= 1 && p <= 65535 ? p : -1;
}

} // namespace

int YamahaConfigReader::sniff(QByteArrayView head)
{
    if (head.indexOf("nat descriptor ") >= 0)
        return 95;
    if (head.indexOf("ip lan1 address ") >= 0 || head.indexOf("ip lan2 address ") >= 0)
        return 80;
    return head.indexOf("pp select ") >= 0 && head.indexOf("ip pp ") >= 0 ? 60 : 0;
}

void YamahaConfigReader::issue(ImportIssue::Severity severity, const QString &text,
                               const QString &message)
{
    ImportIssue i;
    i.severity = severity;
    i.line = m_line;
    i.text = text.left(200);
    i.message = message;
    m_config.issues.append(i);
}

CiscoConfig YamahaConfigReader::readText(const QString &text)
{
    YamahaConfigReader reader;
    reader.m_config.readerKey = QStringLiteral("yamaha-rtx-config");
    reader.m_config.profile = QStringLiteral("yamaha-rtx");
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

YamahaConfigReader::Descriptor &YamahaConfigReader::descriptor(int number)
{
    auto it = m_descriptors.find(number);
    if (it == m_descriptors.end()) {
        it = m_descriptors.insert(number, Descriptor());
        it->line = m_line;
    }
    return *it;
}

QString YamahaConfigReader::contextInterface(const QString &kind) const
{
    if (kind == QLatin1String("pp"))
        return m_pp.isEmpty() ? QString() : QStringLiteral("pp%1").arg(m_pp);
    if (kind == QLatin1String("tunnel"))
        return m_tunnel.isEmpty() ? QString() : QStringLiteral("tunnel%1").arg(m_tunnel);
    return kind; // lan1, lan2, …
}

void YamahaConfigReader::line(const QString &raw)
{
    ++m_line;
    ++m_config.lines;
    QString t = raw;
    if (t.endsWith(QLatin1Char('\r')))
        t.chop(1);
    t = t.trimmed();
    if (t.isEmpty() || t.startsWith(QLatin1Char('#')))
        return; // "# RTX1210 Rev.14.01.38 …" and comments
    if (t == QLatin1String("save") || t == QLatin1String("administrator")
        || t.startsWith(QLatin1String("clear nat descriptor")))
        return; // commands around pasted configuration
    const QStringList w = t.simplified().split(QLatin1Char(' '));
    const QString &k = w.at(0);
    if (k == QLatin1String("nat") && w.size() >= 2 && w.at(1) == QLatin1String("descriptor")) {
        natDescriptor(t, w);
        return;
    }
    if (k == QLatin1String("console") && w.size() == 3 && w.at(1) == QLatin1String("prompt")) {
        m_config.hostname = w.at(2);
        understood();
        return;
    }
    if (k == QLatin1String("pp") && w.size() == 3 && w.at(1) == QLatin1String("select")) {
        m_pp = w.at(2) == QLatin1String("none") ? QString() : w.at(2);
        understood();
        return;
    }
    if (k == QLatin1String("tunnel") && w.size() == 3 && w.at(1) == QLatin1String("select")) {
        m_tunnel = w.at(2) == QLatin1String("none") ? QString() : w.at(2);
        understood();
        return;
    }
    if (k == QLatin1String("ip") && w.size() >= 3) {
        const QString iface = contextInterface(w.at(1));
        const bool known = w.at(1).startsWith(QLatin1String("lan")) || w.at(1) == QLatin1String("pp")
                           || w.at(1) == QLatin1String("tunnel");
        if (known && w.at(2) == QLatin1String("address")) {
            if (iface.isEmpty()) {
                issue(ImportIssue::Error, t, tr("ip %1 address outside a %1 select").arg(w.at(1)));
                return;
            }
            QString address;
            int length = 32;
            if (w.size() != 4 || !parsePrefix(w.at(3), &address, &length)) {
                if (w.size() == 4 && (w.at(3) == QLatin1String("dhcp") || w.at(3) == QLatin1String("ipcp"))) {
                    CiscoConfig::Interface i;
                    i.name = iface;
                    i.dhcp = true;
                    i.line = m_line;
                    m_config.interfaces.append(i);
                    understood();
                    return;
                }
                issue(ImportIssue::Error, t, tr("interface address must be a.b.c.d/len"));
                return;
            }
            CiscoConfig::Interface i;
            i.name = iface;
            i.address = address;
            i.prefixLength = length;
            i.line = m_line;
            m_config.interfaces.append(i);
            understood();
            return;
        }
        if (known && w.at(2) == QLatin1String("nat")) {
            if (w.size() < 5 || w.at(3) != QLatin1String("descriptor")) {
                issue(ImportIssue::Error, t, tr("ip %1 nat descriptor takes descriptor numbers").arg(w.at(1)));
                return;
            }
            if (iface.isEmpty()) {
                issue(ImportIssue::Error, t, tr("ip %1 nat descriptor outside a %1 select").arg(w.at(1)));
                return;
            }
            for (int i = 4; i < w.size(); ++i) {
                bool ok = false;
                const int n = w.at(i).toInt(&ok);
                if (!ok || n < 1) {
                    if (w.at(i) == QLatin1String("reverse"))
                        continue;
                    issue(ImportIssue::Error, t, tr("NAT descriptor number must be 1 or more"));
                    return;
                }
                m_applied.append({iface, n});
                m_appliedLines.append(m_line);
            }
            understood();
            return;
        }
    }
    issue(ImportIssue::Unknown, t, tr("not used for NAT"));
}

void YamahaConfigReader::natDescriptor(const QString &text, const QStringList &w)
{
    // nat descriptor KEYWORD… N …
    const auto number = [&](int index, int *out) {
        bool ok = false;
        *out = w.value(index).toInt(&ok);
        if (!ok || *out < 1) {
            issue(ImportIssue::Error, text, tr("NAT descriptor number must be 1 or more"));
            return false;
        }
        return true;
    };
    int n = 0;
    const QString sub = w.value(2);
    if (sub == QLatin1String("type")) {
        if (w.size() != 5 || !number(3, &n))
            return w.size() != 5 ? issue(ImportIssue::Error, text, tr("nat descriptor type N TYPE"))
                                 : void();
        static const QStringList types = {QStringLiteral("masquerade"), QStringLiteral("nat"),
                                          QStringLiteral("nat-masquerade"), QStringLiteral("none")};
        if (!types.contains(w.at(4))) {
            issue(ImportIssue::Error, text, tr("type must be masquerade, nat, nat-masquerade or none"));
            return;
        }
        descriptor(n).type = w.at(4);
        understood();
        return;
    }
    if (sub == QLatin1String("address") && (w.value(3) == QLatin1String("outer")
                                            || w.value(3) == QLatin1String("inner"))) {
        if (w.size() < 6) {
            issue(ImportIssue::Error, text, tr("nat descriptor address %1 N LIST").arg(w.value(3)));
            return;
        }
        if (!number(4, &n))
            return;
        static const QStringList mnemonics = {QStringLiteral("auto"), QStringLiteral("ipcp"),
                                              QStringLiteral("primary"), QStringLiteral("secondary")};
        for (const QString &item : w.mid(5)) {
            quint32 a = 0, b = 0;
            if (!mnemonics.contains(item) && !parseRange(item, &a, &b)) {
                issue(ImportIssue::Error, text, tr("\"%1\" is not an address, a range or a mnemonic").arg(item));
                return;
            }
        }
        (w.at(3) == QLatin1String("outer") ? descriptor(n).outer : descriptor(n).inner) = w.mid(5);
        understood();
        return;
    }
    if (sub == QLatin1String("masquerade") && w.value(3) == QLatin1String("static")) {
        // nat descriptor masquerade static N ID INNER_IP PROTOCOL [OUTER_PORT=]INNER_PORT
        // (protocols without ports, e.g. esp, end at PROTOCOL)
        const bool portless = w.size() == 8 && w.at(7) != QLatin1String("udp")
                              && w.at(7) != QLatin1String("tcp");
        if (w.size() != 9 && !portless) {
            issue(ImportIssue::Error, text,
                  tr("masquerade static takes N ID INNER_IP PROTOCOL [OUTER_PORT=]INNER_PORT"));
            return;
        }
        if (!number(4, &n))
            return;
        if (!Ipv4::isValid(w.at(6))) {
            issue(ImportIssue::Error, text, tr("inner address must be an IPv4 address"));
            return;
        }
        const QString protocol = w.at(7);
        if (protocol != QLatin1String("udp") && protocol != QLatin1String("tcp")) {
            understood();
            issue(ImportIssue::Note, text, tr("static IP masquerade of %1 is not simulated (UDP and TCP are)")
                                               .arg(protocol));
            return;
        }
        const QString ports = w.at(8);
        const int eq = ports.indexOf(QLatin1Char('='));
        const int inner = parsePort(eq < 0 ? ports : ports.mid(eq + 1));
        const int outer = eq < 0 ? inner : parsePort(ports.left(eq));
        if (inner < 0 || outer < 0) {
            issue(ImportIssue::Error, text, tr("ports must be numbers 1-65535 (OUTER=INNER or one port)"));
            return;
        }
        CiscoConfig::NatRule r;
        r.kind = CiscoConfig::NatRule::StaticPat;
        r.protocol = protocol;
        r.local = w.at(6);
        r.localPort = inner;
        r.globalPort = outer;
        r.line = m_line;
        r.text = text;
        descriptor(n).statics.append(r);
        understood();
        return;
    }
    if (sub == QLatin1String("masquerade") && w.value(3) == QLatin1String("port")
        && w.value(4) == QLatin1String("range")) {
        if (w.size() < 7 || !number(5, &n))
            return w.size() < 7 ? issue(ImportIssue::Error, text, tr("masquerade port range N LOW-HIGH …"))
                                : void();
        QStringList ranges;
        for (const QString &r : w.mid(6)) {
            const int dash = r.indexOf(QLatin1Char('-'));
            const int low = parsePort(r.left(dash)), high = dash < 0 ? -1 : parsePort(r.mid(dash + 1));
            if (low < 0 || high < low) {
                issue(ImportIssue::Error, text, tr("port range must be LOW-HIGH within 1-65535"));
                return;
            }
            ranges.append(r);
        }
        descriptor(n).portRanges = ranges;
        understood();
        return;
    }
    if (sub == QLatin1String("static")) {
        // nat descriptor static N ID OUTER=INNER [COUNT]
        if (w.size() < 6 || w.size() > 7 || !w.at(5).contains(QLatin1Char('='))) {
            issue(ImportIssue::Error, text, tr("static takes N ID OUTER=INNER [COUNT]"));
            return;
        }
        if (!number(3, &n))
            return;
        const QString outer = w.at(5).section(QLatin1Char('='), 0, 0);
        const QString inner = w.at(5).section(QLatin1Char('='), 1);
        quint32 o = 0, i = 0;
        if (!Ipv4::parse(outer, &o) || !Ipv4::parse(inner, &i)) {
            issue(ImportIssue::Error, text, tr("OUTER=INNER must be two IPv4 addresses"));
            return;
        }
        int count = 1;
        if (w.size() == 7) {
            bool ok = false;
            count = w.at(6).toInt(&ok);
            if (!ok || count < 1 || count > 256) {
                issue(ImportIssue::Error, text, tr("count must be 1-256"));
                return;
            }
        }
        for (int k = 0; k < count; ++k) {
            CiscoConfig::NatRule r;
            r.kind = CiscoConfig::NatRule::Static;
            r.local = Ipv4::toString(i + quint32(k));
            r.global = Ipv4::toString(o + quint32(k));
            r.line = m_line;
            r.text = text;
            descriptor(n).statics.append(r);
        }
        understood();
        return;
    }
    if (sub == QLatin1String("timer")) {
        // nat descriptor timer N SECONDS | nat descriptor timer N protocol=udp [port=P] SECONDS
        if (w.size() < 5 || !number(3, &n))
            return w.size() < 5 ? issue(ImportIssue::Error, text, tr("timer takes N [protocol=…] SECONDS"))
                                : void();
        bool ok = false;
        const int seconds = w.last().toInt(&ok);
        if (!ok || seconds < 1) {
            issue(ImportIssue::Error, text, tr("timer must end with seconds (1 or more)"));
            return;
        }
        if (w.size() == 5) {
            descriptor(n).timer = seconds;
        } else if (w.at(4) == QLatin1String("protocol=udp") && w.size() == 6) {
            descriptor(n).udpTimer = seconds;
        } else {
            issue(ImportIssue::Note, text, tr("timer for one protocol or port is not simulated"));
        }
        understood();
        return;
    }
    if (sub == QLatin1String("masquerade")
        && (w.value(3) == QLatin1String("incoming") || w.value(3) == QLatin1String("session")
            || w.value(3) == QLatin1String("unconvertible") || w.value(3) == QLatin1String("rlogin")
            || w.value(3) == QLatin1String("url") || w.value(3) == QLatin1String("ttl"))) {
        m_config.settings.append({text, m_line});
        issue(ImportIssue::Note, text, tr("IP masquerade setting read but not simulated"));
        understood();
        return;
    }
    if (sub == QLatin1String("log") || sub == QLatin1String("backward-compatibility")
        || sub == QLatin1String("sip") || sub == QLatin1String("ftp")) {
        understood();
        return;
    }
    issue(ImportIssue::Error, text, tr("unknown or incomplete nat descriptor statement (cut short?)"));
}

void YamahaConfigReader::finish()
{
    // A descriptor may be applied to several interfaces; the first carries it.
    QMap<int, QString> appliedTo;
    for (int k = 0; k < m_applied.size(); ++k) {
        const auto &[iface, n] = m_applied.at(k);
        m_line = m_appliedLines.at(k);
        if (!m_descriptors.contains(n)) {
            issue(ImportIssue::Warning, QStringLiteral("ip %1 nat descriptor %2").arg(iface).arg(n),
                  tr("NAT descriptor %1 is applied but never defined").arg(n));
            continue;
        }
        if (appliedTo.contains(n)) {
            issue(ImportIssue::Note, QStringLiteral("ip %1 nat descriptor %2").arg(iface).arg(n),
                  tr("NAT descriptor %1 is also applied to %2; simulated on %3 only")
                      .arg(n)
                      .arg(iface, appliedTo.value(n)));
            continue;
        }
        appliedTo.insert(n, iface);
        for (CiscoConfig::Interface &i : m_config.interfaces) {
            if (i.name == iface)
                i.natRole = QStringLiteral("outside");
        }
    }
    bool timerSet = false;
    for (auto it = m_descriptors.cbegin(); it != m_descriptors.cend(); ++it) {
        const int n = it.key();
        const Descriptor &d = it.value();
        m_line = d.line;
        const QString label = QStringLiteral("nat descriptor %1").arg(n);
        if (!appliedTo.contains(n)) {
            issue(ImportIssue::Note, label, tr("NAT descriptor %1 is not applied to any interface").arg(n));
            continue;
        }
        const QString iface = appliedTo.value(n);
        const CiscoConfig::Interface *outside = m_config.interface(iface);
        const QString type = d.type.isEmpty() ? QStringLiteral("none") : d.type;
        if (type == QLatin1String("none")) {
            issue(ImportIssue::Note, label, tr("NAT descriptor %1 has type none: no translation").arg(n));
            continue;
        }
        // Outer addresses: the list, or the interface's own ("primary"; "ipcp" when
        // none is written is YAMAHA's initial value).
        QList<QPair<QString, QString>> outer;
        for (const QString &item : d.outer) {
            quint32 a = 0, b = 0;
            if (parseRange(item, &a, &b))
                outer.append({Ipv4::toString(a), Ipv4::toString(b)});
            else if (item == QLatin1String("primary") && outside && !outside->address.isEmpty())
                outer.append({outside->address, outside->address});
        }
        if (d.outer.isEmpty() || outer.isEmpty()) {
            if (outside && !outside->address.isEmpty()) {
                outer.append({outside->address, outside->address});
                if (d.outer.isEmpty() || d.outer.contains(QStringLiteral("ipcp")))
                    issue(ImportIssue::Note, label,
                          tr("outer address ipcp (the initial value): %1, the address of %2, is used")
                              .arg(outside->address, iface));
            } else {
                issue(ImportIssue::Warning, label,
                      tr("NAT descriptor %1: the outer address is learned at run time (ipcp/dhcp); "
                         "set the address of %2 by hand after import")
                          .arg(n)
                          .arg(iface));
                continue;
            }
        }
        // Inner addresses: the list, or every other interface's subnet ("auto", the initial value).
        QStringList inner;
        QStringList insideInterfaces;
        const bool autoInner = d.inner.isEmpty() || d.inner.contains(QStringLiteral("auto"));
        for (const CiscoConfig::Interface &i : std::as_const(m_config.interfaces)) {
            if (i.name == iface || i.address.isEmpty())
                continue;
            quint32 a = 0;
            Ipv4::parse(i.address, &a);
            bool holds = autoInner;
            for (const QString &item : d.inner) {
                quint32 first = 0, last = 0;
                if (parseRange(item, &first, &last)) {
                    const quint32 m = Ipv4::mask(i.prefixLength);
                    holds = holds || ((first & m) == (a & m)) || ((last & m) == (a & m));
                }
            }
            if (holds) {
                insideInterfaces.append(i.name);
                if (autoInner)
                    inner.append(QStringLiteral("%1/%2").arg(Ipv4::toString(a & Ipv4::mask(i.prefixLength)))
                                     .arg(i.prefixLength));
            }
        }
        for (const QString &item : d.inner) {
            quint32 first = 0, last = 0;
            if (parseRange(item, &first, &last))
                inner += rangeToPrefixes(first, last);
        }
        for (CiscoConfig::Interface &i : m_config.interfaces) {
            if (insideInterfaces.contains(i.name) && i.natRole.isEmpty())
                i.natRole = QStringLiteral("inside");
        }
        CiscoConfig::AccessList acl;
        acl.name = QStringLiteral("nat-descriptor-%1").arg(n);
        acl.line = d.line;
        for (const QString &prefix : std::as_const(inner)) {
            CiscoConfig::AclEntry e;
            e.source = prefix;
            e.line = d.line;
            acl.entries.append(e);
        }
        m_config.accessLists.append(acl);

        // IPマスカレード uses the first outer address; dynamic NAT all of them.
        const QString masqueradeAddress = outer.first().first;
        const bool onInterface = outside && outside->address == masqueradeAddress;
        for (CiscoConfig::NatRule r : d.statics) {
            if (r.kind == CiscoConfig::NatRule::StaticPat)
                r.global = masqueradeAddress;
            m_config.rules.append(r);
        }
        if (type == QLatin1String("nat") || type == QLatin1String("nat-masquerade")) {
            CiscoConfig::Pool pool;
            pool.name = QStringLiteral("nat-descriptor-%1-outer").arg(n);
            pool.ranges = outer;
            pool.prefixLength = outside && outside->prefixLength >= 0 ? outside->prefixLength : 32;
            pool.line = d.line;
            m_config.pools.append(pool);
            CiscoConfig::NatRule r;
            r.kind = CiscoConfig::NatRule::DynamicList;
            r.accessList = acl.name;
            r.pool = pool.name;
            r.overload = false;
            r.line = d.line;
            r.text = label;
            if (type == QLatin1String("nat")) {
                m_config.rules.append(r);
            } else {
                issue(ImportIssue::Note, label,
                      tr("nat-masquerade: the dynamic NAT part is not simulated; hosts are masqueraded "
                         "on %1")
                          .arg(masqueradeAddress));
            }
        }
        if (type == QLatin1String("masquerade") || type == QLatin1String("nat-masquerade")) {
            CiscoConfig::NatRule r;
            r.kind = CiscoConfig::NatRule::DynamicList;
            r.accessList = acl.name;
            r.overload = true;
            if (onInterface) {
                r.interface = iface;
            } else {
                CiscoConfig::Pool pool;
                pool.name = QStringLiteral("nat-descriptor-%1-masquerade").arg(n);
                pool.ranges = {{masqueradeAddress, masqueradeAddress}};
                pool.prefixLength = 32;
                pool.line = d.line;
                m_config.pools.append(pool);
                r.pool = pool.name;
            }
            r.line = d.line;
            r.text = label;
            m_config.rules.append(r);
            if (outer.size() > 1 || outer.first().first != outer.first().second)
                issue(ImportIssue::Note, label,
                      tr("IP masquerade uses the first outer address only (%1)").arg(masqueradeAddress));
        }
        if (!d.portRanges.isEmpty() && !m_config.profileOptions.isEmpty()) {
            issue(ImportIssue::Note, label, tr("only the first descriptor's port range is simulated"));
        } else if (!d.portRanges.isEmpty()) {
            m_config.profileOptions.append(QStringLiteral("ports=%1").arg(d.portRanges.first()));
            if (d.portRanges.size() > 1)
                issue(ImportIssue::Note, label, tr("only the first port range (%1) is simulated")
                                                    .arg(d.portRanges.first()));
        }
        if (!timerSet) {
            const int general = d.timer > 0 ? d.timer : DefaultTimer;
            m_config.timeouts.insert(QStringLiteral("timeout"), general);
            m_config.timeouts.insert(QStringLiteral("udp-timeout"), d.udpTimer > 0 ? d.udpTimer : general);
            timerSet = true;
            if (d.timer <= 0 && d.udpTimer <= 0)
                issue(ImportIssue::Note, label,
                      tr("no nat descriptor timer: YAMAHA's initial value, %1 s, is used")
                          .arg(DefaultTimer));
        }
    }
}
