#include "SrxConfigReader.h"

#include "Ipv4.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

// "192.0.2.1/24" -> address and length; a bare address is /32.
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

int parsePort(const QString &s)
{
    bool ok = false;
    const int p = s.toInt(&ok);
    return ok && p >= 1 && p <= 65535 ? p : -1;
}

// Lines a terminal adds around the configuration: prompts, [edit], {master:0}.
bool isTerminalNoise(const QString &t)
{
    static const QRegularExpression prompt(QStringLiteral("^\\S+@\\S+[>#%]"));
    return t.startsWith(QLatin1String("[edit")) || t.startsWith(QLatin1String("{master"))
           || t.startsWith(QLatin1String("{primary")) || t.startsWith(QLatin1String("{secondary"))
           || prompt.match(t).hasMatch();
}

} // namespace

int SrxConfigReader::sniff(QByteArrayView head)
{
    if (head.indexOf("set security nat ") >= 0)
        return 95;
    if (head.indexOf("set security ") >= 0 && head.indexOf("set interfaces ") >= 0)
        return 85;
    if (head.indexOf("security {") >= 0 && head.indexOf("nat {") >= 0)
        return 80;
    return head.indexOf("set interfaces ") >= 0 && head.indexOf(" family inet ") >= 0 ? 60 : 0;
}

void SrxConfigReader::issue(ImportIssue::Severity severity, const QString &text,
                            const QString &message)
{
    ImportIssue i;
    i.severity = severity;
    i.line = m_line;
    i.text = text.left(200);
    i.message = message;
    m_config.issues.append(i);
}

CiscoConfig SrxConfigReader::readText(const QString &text)
{
    SrxConfigReader reader;
    reader.m_config.readerKey = QStringLiteral("juniper-srx-config");
    reader.m_config.profile = QStringLiteral("juniper-srx");
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype nl = text.indexOf(QLatin1Char('\n'), start);
        if (nl < 0)
            nl = text.size();
        reader.line(text.mid(start, nl - start));
        start = nl + 1;
    }
    if (!reader.m_path.isEmpty()) {
        reader.issue(ImportIssue::Warning, reader.m_path.join(QLatin1Char(' ')),
                     tr("the configuration ends inside a block (cut short?); what was read is kept"));
    }
    reader.finish();
    return reader.m_config;
}

void SrxConfigReader::line(const QString &raw)
{
    ++m_line;
    ++m_config.lines;
    QString t = raw;
    if (t.endsWith(QLatin1Char('\r')))
        t.chop(1);
    t = t.trimmed();
    if (t.isEmpty() || t.startsWith(QLatin1Char('#')) || t.startsWith(QLatin1String("/*"))
        || isTerminalNoise(t))
        return;
    if (t.startsWith(QLatin1String("set "))) {
        statement(t, t.simplified().split(QLatin1Char(' ')).mid(1));
        return;
    }
    if (t == QLatin1String("commit") || t.startsWith(QLatin1String("commit "))
        || t.startsWith(QLatin1String("run ")) || t == QLatin1String("configure")) {
        return; // operational commands around pasted set statements
    }
    if (t.startsWith(QLatin1String("deactivate ")) || t.startsWith(QLatin1String("delete "))) {
        issue(ImportIssue::Note, t, tr("deactivate/delete statements are not applied"));
        return;
    }
    if (t.endsWith(QLatin1Char('{')) || t.endsWith(QLatin1Char('}')) || t.endsWith(QLatin1Char(';'))) {
        braceLine(t);
        return;
    }
    issue(ImportIssue::Unknown, t,
          tr("not a set statement or a line of the brace form (cut short?)"));
}

void SrxConfigReader::braceLine(const QString &text)
{
    QString t = text;
    if (t == QLatin1String("}")) {
        if (m_pathSizes.isEmpty()) {
            issue(ImportIssue::Error, t, tr("closing brace without an open block"));
            return;
        }
        const int n = m_pathSizes.takeLast();
        m_path.resize(m_path.size() - n);
        return;
    }
    const bool inactive = t.startsWith(QLatin1String("inactive: "));
    if (inactive)
        t = t.mid(10);
    if (t.endsWith(QLatin1Char('{'))) {
        const QStringList w = t.chopped(1).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        m_path += w;
        m_pathSizes.append(int(w.size()));
        if (inactive)
            issue(ImportIssue::Note, text, tr("inactive block: read, but Junos does not apply it"));
        return;
    }
    // "leaf words;" or "leaf [ a b ];" (one statement per listed value)
    QString body = t.chopped(1).trimmed();
    const int comment = body.indexOf(QLatin1String(" ## "));
    if (comment >= 0)
        body = body.left(comment);
    const int open = body.indexOf(QLatin1Char('['));
    if (open >= 0 && body.endsWith(QLatin1Char(']'))) {
        const QStringList head = body.left(open).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QStringList values = body.mid(open + 1).chopped(1).simplified().split(QLatin1Char(' '),
                                                                                    Qt::SkipEmptyParts);
        for (const QString &v : values)
            statement(text, m_path + head + QStringList{v});
        return;
    }
    statement(text, m_path + body.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts));
}

void SrxConfigReader::statement(const QString &text, const QStringList &w)
{
    if (w.isEmpty()) {
        issue(ImportIssue::Error, text, tr("empty set statement"));
        return;
    }
    const QString &k = w.at(0);
    if (k == QLatin1String("version")) {
        understood();
        return;
    }
    if (k == QLatin1String("system") && w.size() >= 2 && w.at(1) == QLatin1String("host-name")) {
        if (w.size() != 3) {
            issue(ImportIssue::Error, text, tr("host-name needs one name"));
            return;
        }
        m_config.hostname = w.at(2);
        understood();
        return;
    }
    if (k == QLatin1String("interfaces")) {
        interfaceStatement(text, w);
        return;
    }
    if (k == QLatin1String("security") && w.size() >= 2) {
        if (w.at(1) == QLatin1String("nat")) {
            natStatement(text, w);
            return;
        }
        if (w.at(1) == QLatin1String("zones") && w.size() >= 6
            && w.at(2) == QLatin1String("security-zone") && w.at(4) == QLatin1String("interfaces")) {
            m_zoneOf.insert(w.at(5), w.at(3));
            understood();
            return;
        }
        if (w.at(1) == QLatin1String("zones") || w.at(1) == QLatin1String("policies")
            || w.at(1) == QLatin1String("screen") || w.at(1) == QLatin1String("flow")) {
            understood(); // security configuration around NAT: not simulated, not a problem
            return;
        }
    }
    issue(ImportIssue::Unknown, text, tr("not used for NAT"));
}

void SrxConfigReader::interfaceStatement(const QString &text, const QStringList &w)
{
    // interfaces IF unit N family inet address A/L | dhcp
    if (w.size() >= 6 && w.at(2) == QLatin1String("unit") && w.at(4) == QLatin1String("family")
        && w.at(5) == QLatin1String("inet")) {
        const QString name = w.at(1) + QLatin1Char('.') + w.at(3);
        CiscoConfig::Interface *iface = nullptr;
        for (CiscoConfig::Interface &i : m_config.interfaces) {
            if (i.name == name)
                iface = &i;
        }
        if (!iface) {
            CiscoConfig::Interface i;
            i.name = name;
            i.line = m_line;
            m_config.interfaces.append(i);
            iface = &m_config.interfaces.last();
        }
        if (w.size() >= 8 && w.at(6) == QLatin1String("address")) {
            QString address;
            int length = -1;
            if (!parsePrefix(w.at(7), &address, &length)) {
                issue(ImportIssue::Error, text, tr("interface address must be an IPv4 prefix (a.b.c.d/len)"));
                return;
            }
            if (iface->address.isEmpty()) {
                iface->address = address;
                iface->prefixLength = length;
            } else if (iface->address != address) {
                iface->secondary.append(QStringLiteral("%1/%2").arg(address).arg(length));
            }
            understood();
            return;
        }
        if (w.size() == 7 && w.at(6) == QLatin1String("dhcp")) {
            iface->dhcp = true;
            understood();
            return;
        }
        understood(); // other inet settings (mtu, filters) do not change NAT
        return;
    }
    if (w.size() >= 3 && (w.at(2) == QLatin1String("description") || w.at(2) == QLatin1String("unit")
                          || w.at(2) == QLatin1String("disable") || w.at(2) == QLatin1String("mtu")
                          || w.at(2) == QLatin1String("vlan-tagging")
                          || w.at(2) == QLatin1String("gigether-options"))) {
        understood();
        return;
    }
    issue(ImportIssue::Unknown, text, tr("interface statement not used for NAT"));
}

void SrxConfigReader::natStatement(const QString &text, const QStringList &w)
{
    if (w.size() < 3) {
        issue(ImportIssue::Error, text, tr("incomplete security nat statement (cut short?)"));
        return;
    }
    const QString &part = w.at(2);
    if (part == QLatin1String("source")) {
        if (w.size() >= 4 && w.at(3) == QLatin1String("pool")) {
            sourcePool(text, w);
            return;
        }
        if (w.size() >= 4 && w.at(3) == QLatin1String("rule-set")) {
            ruleSetStatement(text, w, false);
            return;
        }
        if (w.size() >= 4
            && (w.at(3) == QLatin1String("address-persistent")
                || w.at(3) == QLatin1String("port-randomization")
                || w.at(3) == QLatin1String("pool-utilization-alarm")
                || w.at(3) == QLatin1String("pool-default-port-range")
                || w.at(3) == QLatin1String("interface"))) {
            m_config.settings.append({text, m_line});
            issue(ImportIssue::Note, text, tr("source NAT setting read but not simulated"));
            understood();
            return;
        }
        issue(ImportIssue::Unknown, text, tr("not understood in security nat source"));
        return;
    }
    if (part == QLatin1String("static")) {
        if (w.size() >= 4 && w.at(3) == QLatin1String("rule-set")) {
            ruleSetStatement(text, w, true);
            return;
        }
        issue(ImportIssue::Unknown, text, tr("not understood in security nat static"));
        return;
    }
    if (part == QLatin1String("proxy-arp")) {
        understood(); // answers ARP for the extra global addresses; nothing to simulate
        return;
    }
    if (part == QLatin1String("destination")) {
        understood();
        issue(ImportIssue::Note, text, tr("destination NAT is not simulated"));
        return;
    }
    if (part == QLatin1String("traceoptions")) {
        understood();
        return;
    }
    issue(ImportIssue::Unknown, text, tr("not understood in security nat"));
}

void SrxConfigReader::sourcePool(const QString &text, const QStringList &w)
{
    // security nat source pool P address A[/L] [to B[/L]] | port no-translation |
    // port range L [to H] | port range low L high H | host-address-base | overflow-pool
    if (w.size() < 6) {
        issue(ImportIssue::Error, text, tr("incomplete source pool statement (cut short?)"));
        return;
    }
    const QString &name = w.at(4);
    CiscoConfig::Pool *pool = nullptr;
    for (CiscoConfig::Pool &p : m_config.pools) {
        if (p.name == name)
            pool = &p;
    }
    if (!pool) {
        CiscoConfig::Pool p;
        p.name = name;
        p.line = m_line;
        m_config.pools.append(p);
        pool = &m_config.pools.last();
    }
    const QString &what = w.at(5);
    if (what == QLatin1String("address") && w.size() >= 7) {
        QString first, last;
        int len = 32, lastLen = 32;
        if (!parsePrefix(w.at(6), &first, &len)) {
            issue(ImportIssue::Error, text, tr("pool address must be an IPv4 address or prefix"));
            return;
        }
        last = first;
        if (w.size() == 9 && w.at(7) == QLatin1String("to")) {
            if (!parsePrefix(w.at(8), &last, &lastLen)) {
                issue(ImportIssue::Error, text, tr("pool range end must be an IPv4 address"));
                return;
            }
        } else if (w.size() != 7) {
            issue(ImportIssue::Error, text, tr("pool address takes A or A to B"));
            return;
        } else if (len < 32) {
            // A prefix: its usable hosts.
            quint32 a = 0;
            Ipv4::parse(first, &a);
            const quint32 network = a & Ipv4::mask(len);
            const quint32 broadcast = network | ~Ipv4::mask(len);
            first = Ipv4::toString(len >= 31 ? network : network + 1);
            last = Ipv4::toString(len >= 31 ? broadcast : broadcast - 1);
        }
        quint32 a = 0, b = 0;
        Ipv4::parse(first, &a);
        Ipv4::parse(last, &b);
        if (b < a) {
            issue(ImportIssue::Error, text, tr("pool range ends before it starts"));
            return;
        }
        pool->ranges.append({first, last});
        if (pool->prefixLength < 0)
            pool->prefixLength = len;
        understood();
        return;
    }
    if (what == QLatin1String("port") && w.size() >= 7) {
        PoolPorts &ports = m_poolPorts[name];
        if (w.at(6) == QLatin1String("no-translation") && w.size() == 7) {
            ports.noTranslation = true;
            pool->type = QStringLiteral("no-translation");
            understood();
            return;
        }
        if (w.at(6) == QLatin1String("range")) {
            int low = -1, high = -1;
            const QStringList r = w.mid(7);
            if (r.size() == 1) {
                low = high = parsePort(r.at(0));
            } else if (r.size() == 3 && r.at(1) == QLatin1String("to")) {
                low = parsePort(r.at(0));
                high = parsePort(r.at(2));
            } else if (r.size() == 4 && r.at(0) == QLatin1String("low") && r.at(2) == QLatin1String("high")) {
                low = parsePort(r.at(1));
                high = parsePort(r.at(3));
            } else if (r.size() == 4 && r.at(0) == QLatin1String("high") && r.at(2) == QLatin1String("low")) {
                high = parsePort(r.at(1));
                low = parsePort(r.at(3));
            }
            if (low < 0 || high < 0 || high < low) {
                issue(ImportIssue::Error, text,
                      tr("port range takes LOW [to HIGH] (ports 1-65535, LOW not above HIGH)"));
                return;
            }
            ports.low = low;
            ports.high = high;
            understood();
            return;
        }
        issue(ImportIssue::Error, text, tr("pool port takes no-translation or range"));
        return;
    }
    if (what == QLatin1String("host-address-base") || what == QLatin1String("overflow-pool")
        || what == QLatin1String("routing-instance") || what == QLatin1String("description")
        || what == QLatin1String("address-pooling") || what == QLatin1String("address-shared")) {
        issue(ImportIssue::Note, text, tr("pool setting read but not simulated"));
        understood();
        return;
    }
    issue(ImportIssue::Error, text, tr("incomplete or unknown source pool statement"));
}

SrxConfigReader::RuleSet &SrxConfigReader::ruleSet(const QString &name, bool isStatic)
{
    for (RuleSet &r : m_ruleSets) {
        if (r.name == name && r.isStatic == isStatic)
            return r;
    }
    RuleSet r;
    r.name = name;
    r.isStatic = isStatic;
    r.line = m_line;
    m_ruleSets.append(r);
    return m_ruleSets.last();
}

SrxConfigReader::Rule &SrxConfigReader::rule(const QString &ruleSet, const QString &name,
                                             bool isStatic)
{
    for (Rule &r : m_rules) {
        if (r.ruleSet == ruleSet && r.name == name && r.isStatic == isStatic)
            return r;
    }
    Rule r;
    r.ruleSet = ruleSet;
    r.name = name;
    r.isStatic = isStatic;
    r.line = m_line;
    m_rules.append(r);
    return m_rules.last();
}

void SrxConfigReader::ruleSetStatement(const QString &text, const QStringList &w, bool isStatic)
{
    // security nat source|static rule-set RS from|to zone|interface|routing-instance X
    // security nat source|static rule-set RS rule R match …|then …
    if (w.size() < 7) {
        issue(ImportIssue::Error, text, tr("incomplete rule-set statement (cut short?)"));
        return;
    }
    const QString &rs = w.at(4);
    const QString &what = w.at(5);
    if (what == QLatin1String("from") || what == QLatin1String("to")) {
        if (w.size() != 8
            || (w.at(6) != QLatin1String("zone") && w.at(6) != QLatin1String("interface")
                && w.at(6) != QLatin1String("routing-instance"))) {
            issue(ImportIssue::Error, text, tr("rule-set %1 takes zone, interface or routing-instance and one name")
                                                .arg(what));
            return;
        }
        RuleSet &set = ruleSet(rs, isStatic);
        (what == QLatin1String("from") ? set.fromKind : set.toKind) = w.at(6);
        (what == QLatin1String("from") ? set.from : set.to) = w.at(7);
        understood();
        return;
    }
    if (what == QLatin1String("description")) {
        understood();
        return;
    }
    if (what != QLatin1String("rule") || w.size() < 9) {
        issue(ImportIssue::Error, text, tr("incomplete rule statement (cut short?)"));
        return;
    }
    ruleSet(rs, isStatic);
    Rule &r = rule(rs, w.at(6), isStatic);
    if (r.text.isEmpty())
        r.text = text;
    const QString &clause = w.at(7);
    const QString &key = w.at(8);
    const QStringList rest = w.mid(9);
    if (clause == QLatin1String("match")) {
        if ((key == QLatin1String("source-address") || key == QLatin1String("destination-address"))
            && rest.size() == 1) {
            QString a;
            int len = 0;
            if (rest.at(0) != QLatin1String("any") && rest.at(0) != QLatin1String("any-ipv4")
                && !parsePrefix(rest.at(0), &a, &len)) {
                issue(ImportIssue::Error, text, tr("%1 must be an IPv4 prefix").arg(key));
                return;
            }
            const QString prefix = a.isEmpty() ? QStringLiteral("any") : QStringLiteral("%1/%2").arg(a).arg(len);
            (key == QLatin1String("source-address") ? r.sources : r.destinations).append(prefix);
            understood();
            return;
        }
        if (key == QLatin1String("destination-port") && rest.size() >= 1) {
            const int p = parsePort(rest.at(0));
            if (p < 0 || (rest.size() != 1 && !(rest.size() == 3 && rest.at(1) == QLatin1String("to")))) {
                issue(ImportIssue::Error, text, tr("destination-port must be a port 1-65535"));
                return;
            }
            r.destinationPort = p;
            if (rest.size() == 3)
                issue(ImportIssue::Note, text, tr("only the first port of a range is modelled"));
            understood();
            return;
        }
        if (key == QLatin1String("source-address-name") || key == QLatin1String("destination-address-name")
            || key == QLatin1String("protocol") || key == QLatin1String("application")
            || key == QLatin1String("source-port")) {
            issue(ImportIssue::Note, text, tr("match condition read but not modelled"));
            understood();
            return;
        }
        issue(ImportIssue::Error, text, tr("unknown or incomplete match condition"));
        return;
    }
    if (clause != QLatin1String("then")) {
        issue(ImportIssue::Error, text, tr("a rule takes match or then"));
        return;
    }
    if (!isStatic && key == QLatin1String("source-nat")) {
        if (rest.size() >= 1 && rest.at(0) == QLatin1String("interface")) {
            r.action = QStringLiteral("interface");
            if (rest.size() > 1)
                issue(ImportIssue::Note, text, tr("persistent NAT is not simulated"));
            understood();
            return;
        }
        if (rest.size() >= 2 && rest.at(0) == QLatin1String("pool")) {
            r.action = QStringLiteral("pool");
            r.pool = rest.at(1);
            if (rest.size() > 2)
                issue(ImportIssue::Note, text, tr("persistent NAT is not simulated"));
            understood();
            return;
        }
        if (rest.size() == 1 && rest.at(0) == QLatin1String("off")) {
            r.action = QStringLiteral("off");
            understood();
            return;
        }
        issue(ImportIssue::Error, text, tr("source-nat takes interface, pool NAME or off"));
        return;
    }
    if (isStatic && key == QLatin1String("static-nat")) {
        // then static-nat prefix A/L [mapped-port P] | inet | prefix-name
        if (rest.size() >= 2 && rest.at(0) == QLatin1String("prefix")) {
            QString a;
            int len = 0;
            if (!parsePrefix(rest.at(1), &a, &len)) {
                issue(ImportIssue::Error, text, tr("static-nat prefix must be an IPv4 prefix"));
                return;
            }
            r.action = QStringLiteral("static-nat");
            r.prefix = QStringLiteral("%1/%2").arg(a).arg(len);
            if (rest.size() == 4 && rest.at(2) == QLatin1String("mapped-port")) {
                r.mappedPort = parsePort(rest.at(3));
                if (r.mappedPort < 0) {
                    issue(ImportIssue::Error, text, tr("mapped-port must be a port 1-65535"));
                    return;
                }
            } else if (rest.size() != 2) {
                issue(ImportIssue::Note, text, tr("static-nat option read but not modelled"));
            }
            understood();
            return;
        }
        issue(ImportIssue::Error, text, tr("static-nat takes prefix A/L [mapped-port P]"));
        return;
    }
    issue(ImportIssue::Error, text, tr("unknown or incomplete then action"));
}

QStringList SrxConfigReader::interfacesOf(const QString &kind, const QString &name) const
{
    QStringList out;
    if (kind == QLatin1String("interface")) {
        out.append(name);
    } else if (kind == QLatin1String("zone")) {
        for (const CiscoConfig::Interface &i : m_config.interfaces) {
            if (m_zoneOf.value(i.name) == name)
                out.append(i.name);
        }
    }
    return out;
}

void SrxConfigReader::finish()
{
    const auto setRole = [&](const QStringList &names, const char *role) {
        for (CiscoConfig::Interface &i : m_config.interfaces) {
            if (names.contains(i.name) && i.natRole.isEmpty())
                i.natRole = QLatin1String(role);
        }
    };
    // Rule-sets with an interface context take precedence over zone contexts,
    // and those over routing instances (assumed order, docs/vendors.md).
    QList<RuleSet> sets = m_ruleSets;
    const auto rank = [](const QString &kind) {
        return kind == QLatin1String("interface") ? 0 : kind == QLatin1String("zone") ? 1 : 2;
    };
    std::stable_sort(sets.begin(), sets.end(), [&](const RuleSet &a, const RuleSet &b) {
        return rank(a.fromKind) < rank(b.fromKind);
    });

    // Port ranges: one per device in the simulation.
    QStringList ranges;
    for (const CiscoConfig::Pool &p : std::as_const(m_config.pools)) {
        const PoolPorts ports = m_poolPorts.value(p.name);
        if (ports.low > 0) {
            const QString option = QStringLiteral("ports=%1-%2").arg(ports.low).arg(ports.high);
            if (!ranges.contains(option))
                ranges.append(option);
        }
    }
    if (!ranges.isEmpty())
        m_config.profileOptions.append(ranges.first());
    if (ranges.size() > 1) {
        m_line = 0;
        issue(ImportIssue::Note, ranges.join(QStringLiteral(", ")),
              tr("pools have different port ranges; the simulation uses %1 for every pool")
                  .arg(ranges.first()));
    }

    for (const RuleSet &set : std::as_const(sets)) {
        m_line = set.line;
        if (set.fromKind.isEmpty() || (!set.isStatic && set.toKind.isEmpty()))
            issue(ImportIssue::Warning, set.name,
                  set.isStatic ? tr("static rule-set %1 has no from context").arg(set.name)
                               : tr("source rule-set %1 needs from and to contexts").arg(set.name));
        const QStringList from = interfacesOf(set.fromKind, set.from);
        const QStringList to = interfacesOf(set.toKind, set.to);
        // Static NAT is written from the outside (its from side).
        setRole(from, set.isStatic ? "outside" : "inside");
        if (!set.isStatic)
            setRole(to, "outside");
        QString egress;
        for (const QString &n : to) {
            const CiscoConfig::Interface *i = m_config.interface(n);
            if (i && !i->address.isEmpty() && egress.isEmpty())
                egress = n;
        }
        for (const Rule &r : std::as_const(m_rules)) {
            if (r.ruleSet != set.name || r.isStatic != set.isStatic)
                continue;
            m_line = r.line;
            if (r.action.isEmpty()) {
                issue(ImportIssue::Warning, r.text, tr("rule %1 has no then action; not used").arg(r.name));
                continue;
            }
            CiscoConfig::NatRule rule;
            rule.line = r.line;
            rule.text = r.text;
            if (set.isStatic) {
                if (r.destinations.size() != 1 || r.destinations.first() == QLatin1String("any")) {
                    issue(ImportIssue::Error, r.text,
                          tr("static rule %1 needs one destination-address; not used").arg(r.name));
                    continue;
                }
                const QString global = r.destinations.first().section(QLatin1Char('/'), 0, 0);
                const int globalLen = r.destinations.first().section(QLatin1Char('/'), 1).toInt();
                const QString local = r.prefix.section(QLatin1Char('/'), 0, 0);
                rule.local = local;
                rule.global = global;
                if (globalLen < 32) {
                    rule.kind = CiscoConfig::NatRule::StaticNetwork;
                    rule.prefixLength = globalLen;
                } else if (r.destinationPort > 0) {
                    // Junos static NAT with ports is not tied to one protocol; the
                    // simulation carries the HCX tunnels (UDP).
                    rule.kind = CiscoConfig::NatRule::StaticPat;
                    rule.protocol = QStringLiteral("udp");
                    rule.globalPort = r.destinationPort;
                    rule.localPort = r.mappedPort > 0 ? r.mappedPort : r.destinationPort;
                    issue(ImportIssue::Note, r.text, tr("static NAT with ports is modelled for UDP"));
                } else {
                    rule.kind = CiscoConfig::NatRule::Static;
                }
                m_config.rules.append(rule);
                continue;
            }
            if (r.action == QLatin1String("off")) {
                issue(ImportIssue::Note, r.text,
                      tr("source-nat off (no translation for these hosts) is not simulated"));
                continue;
            }
            CiscoConfig::AccessList acl;
            acl.name = QStringLiteral("%1/%2").arg(set.name, r.name);
            acl.line = r.line;
            acl.extended = !r.destinations.isEmpty();
            const QStringList sources = r.sources.isEmpty() ? QStringList{QStringLiteral("any")} : r.sources;
            for (const QString &s : sources) {
                CiscoConfig::AclEntry e;
                e.source = s;
                e.destination = r.destinations.isEmpty() ? QStringLiteral("any") : r.destinations.first();
                e.line = r.line;
                acl.entries.append(e);
            }
            m_config.accessLists.append(acl);
            rule.kind = CiscoConfig::NatRule::DynamicList;
            rule.accessList = acl.name;
            if (r.action == QLatin1String("interface")) {
                if (egress.isEmpty()) {
                    issue(ImportIssue::Warning, r.text,
                          tr("rule %1: no interface with an address on the to side (%2 %3)")
                              .arg(r.name, set.toKind, set.to));
                }
                rule.interface = egress;
                rule.overload = true;
            } else {
                const CiscoConfig::Pool *pool = m_config.pool(r.pool);
                if (!pool) {
                    issue(ImportIssue::Error, r.text, tr("rule %1 names pool %2, which is not defined")
                                                          .arg(r.name, r.pool));
                    continue;
                }
                rule.pool = r.pool;
                rule.overload = !m_poolPorts.value(r.pool).noTranslation;
            }
            m_config.rules.append(rule);
        }
    }
}
