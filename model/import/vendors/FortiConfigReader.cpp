#include "FortiConfigReader.h"

#include "Ipv4.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

namespace {

constexpr int MaxDepth = 12;        // config blocks inside config blocks
constexpr int MaxExpanded = 256;    // hosts of a VIP range, ports of a port range

// One `set KEY VALUE…` of an entry, with the line it came from.
struct Setting
{
    QStringList values;
    int line = 0;
    QString text;
};

struct Section;

// An `edit NAME … next` entry, or the body of a section without entries.
struct Node
{
    QString name;
    int line = 0;
    QList<QPair<QString, Setting>> sets; // in order; a later set of a key wins
    std::vector<Section> sections;       // nested config blocks
    bool closed = true;

    const Setting *get(const QString &key) const
    {
        for (auto it = sets.crbegin(); it != sets.crend(); ++it) {
            if (it->first == key)
                return &it->second;
        }
        return nullptr;
    }
    QString value(const QString &key, const QString &fallback = QString()) const
    {
        const Setting *s = get(key);
        return s ? s->values.join(QLatin1Char(' ')) : fallback;
    }
    QStringList values(const QString &key) const
    {
        const Setting *s = get(key);
        return s ? s->values : QStringList();
    }
    int lineOf(const QString &key) const
    {
        const Setting *s = get(key);
        return s ? s->line : line;
    }
    const Section *section(const QString &name) const;
};

// A `config NAME … end` block.
struct Section
{
    QString name;
    int line = 0;
    int lastLine = 0;
    Node body; // settings directly in the block (system global)
    std::vector<Node> edits;
    bool closed = false;
};

const Section *Node::section(const QString &name) const
{
    for (const Section &s : sections) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

// Words of a line; "quoted strings" keep their blanks, \" and \\ are escapes.
// False when a quote is not closed.
bool tokens(const QString &line, QStringList *out)
{
    out->clear();
    QString word;
    bool inWord = false, quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('\\') && i + 1 < line.size()) {
                word += line[++i];
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                word += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                out->append(word);
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (quoted)
        return false;
    if (inWord)
        out->append(word);
    return true;
}

// "192.0.2.0 255.255.255.0" or "192.0.2.0/24" -> address and prefix length.
bool addressAndMask(const QStringList &v, QString *address, int *prefix)
{
    quint32 a = 0, m = 0;
    if (v.size() == 1 && v[0].contains(QLatin1Char('/'))) {
        if (!Ipv4::parseCidr(v[0], &a, prefix) || v[0] == QLatin1String("any"))
            return false;
        *address = v[0].section(QLatin1Char('/'), 0, 0);
        return Ipv4::parse(*address, &a);
    }
    if (v.size() != 2 || !Ipv4::parse(v[0], &a) || !Ipv4::parse(v[1], &m))
        return false;
    *prefix = Ipv4::prefixFromNetmask(m);
    *address = v[0];
    return *prefix >= 0;
}

// "a.b.c.d-e.f.g.h" or "a.b.c.d" -> first and last address.
bool addressRange(const QString &text, quint32 *first, quint32 *last)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.size() > 2 || !Ipv4::parse(parts[0].trimmed(), first))
        return false;
    if (parts.size() == 1) {
        *last = *first;
        return true;
    }
    return Ipv4::parse(parts[1].trimmed(), last) && *last >= *first;
}

// "4500" or "4500-4510" -> first and last port.
bool portRange(const QString &text, int *first, int *last)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    bool ok1 = false, ok2 = true;
    *first = parts[0].toInt(&ok1);
    *last = parts.size() == 2 ? parts[1].toInt(&ok2) : *first;
    return parts.size() <= 2 && ok1 && ok2 && *first >= 0 && *last <= 65535 && *first <= *last;
}

// The smallest list of prefixes covering first..last exactly.
QStringList rangeToCidrs(quint32 first, quint32 last)
{
    QStringList out;
    quint64 a = first;
    while (a <= last && out.size() < MaxExpanded) {
        int len = 32;
        while (len > 0) {
            const quint64 size = quint64(1) << (32 - (len - 1));
            if (a % size != 0 || a + size - 1 > last)
                break;
            --len;
        }
        out.append(QStringLiteral("%1/%2").arg(Ipv4::toString(quint32(a))).arg(len));
        a += quint64(1) << (32 - len);
    }
    return out;
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(FortiConfigReader)
public:
    explicit Reader(const QString &text);
    CiscoConfig run();

private:
    // Structure.
    void parseSection(Section &s, int depth);
    void skipBlock(int startLine);
    // Mapping.
    void collect(const std::vector<Section> &sections, bool inVdom);
    void systemGlobal(const Section &s);
    void systemSettings(const Section &s);
    void sessionTtl(const Section &s);
    void interfaces(const Section &s);
    void zones(const Section &s);
    void addresses(const Section &s);
    void groups(const Section &s);
    void pools(const Section &s);
    void vips(const Section &s);
    void policies(const Section &s, bool central);
    void finish();
    QStringList resolveAddresses(const QStringList &names, int line, const QString &text,
                                 QSet<QString> *seen);
    QStringList resolveInterfaces(const QStringList &names) const;
    void ignoredKeys(const Section &s, const QStringList &used);
    void notModelled(const Section &s);
    void issue(ImportIssue::Severity severity, int line, const QString &text, const QString &message);

    QStringList m_lines;
    int m_pos = 0;
    Section m_root;
    CiscoConfig m_c;

    struct Policy
    {
        QString id;
        int line = 0;
        bool fixedPort = false, preserve = true;
        QStringList pools;
    };
    QHash<QString, QStringList> m_addresses; // name -> CIDRs
    QHash<QString, int> m_addressLine;
    QHash<QString, QStringList> m_groups;    // addrgrp name -> members
    QHash<QString, QStringList> m_zones;     // zone -> member interfaces
    QHash<QString, QString> m_roles;         // interface -> FortiOS role (lan, wan, dmz)
    QHash<QString, QString> m_poolTypes;     // ippool name -> type
    QList<const Section *> m_policySections, m_centralSections;
    QList<Policy> m_natPolicies;
    QHash<QString, QString> m_natRole;       // interface -> inside/outside from the rules
    bool m_centralNat = false;
    int m_newPolicies = 0;
    int m_vdoms = 0;
};

Reader::Reader(const QString &text)
{
    m_lines = text.split(QLatin1Char('\n'));
    if (!m_lines.isEmpty() && m_lines.last().isEmpty())
        m_lines.removeLast();
    m_c.readerKey = QStringLiteral("fortigate-config");
    m_c.profile = QStringLiteral("fortigate");
    m_c.lines = int(m_lines.size());
}

void Reader::issue(ImportIssue::Severity severity, int line, const QString &text,
                   const QString &message)
{
    m_c.issues.append(ImportIssue::fromLine(severity, line, text.toUtf8(), message));
}

void Reader::skipBlock(int startLine)
{
    // Too deep to be a real configuration: read past the block without nesting.
    int open = 1;
    QStringList w;
    while (m_pos < m_lines.size() && open > 0) {
        const QString text = m_lines[m_pos++].trimmed();
        if (!tokens(text, &w) || w.isEmpty())
            continue;
        if (w[0] == QLatin1String("config"))
            ++open;
        else if (w[0] == QLatin1String("end"))
            --open;
    }
    issue(ImportIssue::Error, startLine, m_lines.value(startLine - 1).trimmed(),
          tr("config blocks nested more than %1 deep; the block was not read").arg(MaxDepth));
}

void Reader::parseSection(Section &s, int depth)
{
    Node *edit = nullptr;
    QStringList w;
    while (m_pos < m_lines.size()) {
        const int lineNo = m_pos + 1;
        QString text = m_lines[m_pos++];
        if (text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        text = text.trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            continue; // comments and the #config-version header
        if (!tokens(text, &w)) {
            issue(ImportIssue::Error, lineNo, text, tr("a quoted value is not closed; line not used"));
            continue;
        }
        const QString &cmd = w[0];
        if (cmd == QLatin1String("config")) {
            if (w.size() < 2) {
                issue(ImportIssue::Error, lineNo, text, tr("config without a name"));
                continue;
            }
            ++m_c.understood;
            if (depth >= MaxDepth) {
                skipBlock(lineNo);
                continue;
            }
            Section child;
            child.name = w.mid(1).join(QLatin1Char(' '));
            child.line = lineNo;
            parseSection(child, depth + 1);
            (edit ? edit->sections : s.body.sections).push_back(std::move(child));
        } else if (cmd == QLatin1String("edit")) {
            if (depth == 0) {
                issue(ImportIssue::Error, lineNo, text, tr("edit outside a config block; ignored"));
                continue;
            }
            ++m_c.understood;
            if (edit) {
                issue(ImportIssue::Warning, lineNo, text,
                      tr("edit before the previous entry \"%1\" ended with next; both are kept")
                          .arg(edit->name));
            }
            Node n;
            n.name = w.value(1);
            n.line = lineNo;
            n.closed = false;
            s.edits.push_back(std::move(n));
            edit = &s.edits.back();
            if (w.size() < 2)
                issue(ImportIssue::Error, lineNo, text, tr("edit without a name"));
        } else if (cmd == QLatin1String("set") || cmd == QLatin1String("unset")
                   || cmd == QLatin1String("append")) {
            if (depth == 0) {
                issue(ImportIssue::Error, lineNo, text,
                      tr("%1 outside a config block; ignored").arg(cmd));
                continue;
            }
            if (w.size() < 2) {
                issue(ImportIssue::Error, lineNo, text, tr("%1 without a setting name").arg(cmd));
                continue;
            }
            ++m_c.understood;
            Node &n = edit ? *edit : s.body;
            if (cmd == QLatin1String("unset")) {
                n.sets.removeIf([&](const auto &p) { return p.first == w[1]; });
            } else if (cmd == QLatin1String("append") && n.get(w[1])) {
                for (auto &p : n.sets) {
                    if (p.first == w[1])
                        p.second.values += w.mid(2);
                }
            } else {
                n.sets.append({w[1], Setting{w.mid(2), lineNo, text}});
            }
        } else if (cmd == QLatin1String("next")) {
            if (!edit) {
                issue(ImportIssue::Error, lineNo, text, tr("next without an edit; ignored"));
                continue;
            }
            ++m_c.understood;
            edit->closed = true;
            edit = nullptr;
        } else if (cmd == QLatin1String("end")) {
            if (depth == 0) {
                issue(ImportIssue::Error, lineNo, text, tr("end without a config block; ignored"));
                continue;
            }
            ++m_c.understood;
            if (edit) {
                issue(ImportIssue::Warning, lineNo, text,
                      tr("end before next closed entry \"%1\"; its settings are kept").arg(edit->name));
                edit->closed = true;
            }
            s.closed = true;
            s.lastLine = lineNo;
            return;
        } else {
            issue(ImportIssue::Unknown, lineNo, text,
                  tr("not a FortiOS configuration statement (config, edit, set, unset, next, end)"));
        }
    }
    s.lastLine = int(m_lines.size());
    if (depth > 0) {
        issue(ImportIssue::Warning, s.line, QStringLiteral("config ") + s.name,
              tr("the file ends inside this block (no end): it looks truncated; the entries read "
                 "so far are kept"));
        if (edit)
            issue(ImportIssue::Warning, edit->line, QStringLiteral("edit ") + edit->name,
                  tr("the file ends inside this entry (no next): its settings may be incomplete"));
    }
}

void Reader::notModelled(const Section &s)
{
    issue(ImportIssue::Note, s.line, QStringLiteral("config ") + s.name,
          tr("not NAT-related; %n line(s) not read", nullptr, qMax(0, s.lastLine - s.line + 1)));
}

// One note per section naming the settings MeshNAT does not read there.
void Reader::ignoredKeys(const Section &s, const QStringList &used)
{
    QStringList keys;
    const auto add = [&](const Node &n) {
        for (const auto &p : n.sets) {
            if (!used.contains(p.first) && !keys.contains(p.first))
                keys.append(p.first);
        }
    };
    add(s.body);
    for (const Node &n : s.edits)
        add(n);
    if (!keys.isEmpty())
        issue(ImportIssue::Note, s.line, QStringLiteral("config ") + s.name,
              tr("settings that do not change NAT, not read: %1").arg(keys.join(QStringLiteral(", "))));
}

void Reader::collect(const std::vector<Section> &sections, bool inVdom)
{
    for (const Section &s : sections) {
        const QString &n = s.name;
        if (n == QLatin1String("global")) {
            collect(s.body.sections, inVdom);
        } else if (n == QLatin1String("vdom")) {
            for (const Node &v : s.edits) {
                if (!v.sections.empty())
                    ++m_vdoms;
                collect(v.sections, true);
            }
        } else if (n == QLatin1String("system global")) {
            systemGlobal(s);
        } else if (n == QLatin1String("system settings")) {
            systemSettings(s);
        } else if (n == QLatin1String("system session-ttl")) {
            sessionTtl(s);
        } else if (n == QLatin1String("system interface")) {
            interfaces(s);
        } else if (n == QLatin1String("system zone")) {
            zones(s);
        } else if (n == QLatin1String("firewall address")) {
            addresses(s);
        } else if (n == QLatin1String("firewall addrgrp")) {
            groups(s);
        } else if (n == QLatin1String("firewall ippool")) {
            pools(s);
        } else if (n == QLatin1String("firewall vip")) {
            vips(s);
        } else if (n == QLatin1String("firewall policy")) {
            m_policySections.append(&s);
        } else if (n == QLatin1String("firewall central-snat-map")) {
            m_centralSections.append(&s);
        } else {
            notModelled(s);
        }
    }
}

void Reader::systemGlobal(const Section &s)
{
    const Node &b = s.body;
    if (const Setting *h = b.get(QStringLiteral("hostname")))
        m_c.hostname = h->values.join(QLatin1Char(' '));
    if (const Setting *t = b.get(QStringLiteral("udp-idle-timer"))) {
        bool ok = false;
        const int seconds = t->values.value(0).toInt(&ok);
        if (ok && seconds >= 1 && seconds <= 86400)
            m_c.timeouts.insert(QStringLiteral("udp-timeout"), seconds);
        else
            issue(ImportIssue::Error, t->line, t->text,
                  tr("udp-idle-timer must be 1 to 86400 seconds; not used"));
    }
    ignoredKeys(s, {QStringLiteral("hostname"), QStringLiteral("udp-idle-timer")});
}

void Reader::systemSettings(const Section &s)
{
    const Node &b = s.body;
    if (b.value(QStringLiteral("central-nat")) == QLatin1String("enable"))
        m_centralNat = true;
    if (b.value(QStringLiteral("opmode")) == QLatin1String("transparent"))
        issue(ImportIssue::Warning, b.lineOf(QStringLiteral("opmode")), QStringLiteral("set opmode transparent"),
              tr("transparent mode: the FortiGate does no NAT on policies"));
    ignoredKeys(s, {QStringLiteral("central-nat"), QStringLiteral("opmode")});
}

void Reader::sessionTtl(const Section &s)
{
    const Node &b = s.body;
    if (const Setting *d = b.get(QStringLiteral("default"))) {
        bool ok = false;
        const int seconds = d->values.value(0).toInt(&ok);
        // "This affects TCP and SCTP sessions that do not have a timeout specified".
        if (ok && seconds > 0)
            m_c.timeouts.insert(QStringLiteral("tcp-timeout"), seconds);
        else if (d->values.value(0) != QLatin1String("never"))
            issue(ImportIssue::Error, d->line, d->text, tr("session-ttl default is not a number of seconds"));
        else
            m_c.timeouts.insert(QStringLiteral("tcp-timeout"), -1);
    }
    if (const Section *ports = b.section(QStringLiteral("port"))) {
        for (const Node &p : ports->edits) {
            const int protocol = p.value(QStringLiteral("protocol"), QStringLiteral("0")).toInt();
            bool ok = false;
            const int timeout = p.value(QStringLiteral("timeout")).toInt(&ok);
            const int first = p.value(QStringLiteral("start-port")).toInt();
            const int last = p.value(QStringLiteral("end-port")).toInt();
            if (protocol == 17 && first <= 4500 && last >= 4500 && ok && timeout > 0) {
                m_c.timeouts.insert(QStringLiteral("udp-timeout"), timeout);
                issue(ImportIssue::Note, p.line, QStringLiteral("edit ") + p.name,
                      tr("UDP %1-%2 session TTL %3 s is used as the device's UDP timeout (the model "
                         "has one UDP timer)")
                          .arg(first)
                          .arg(last)
                          .arg(timeout));
            } else {
                issue(ImportIssue::Note, p.line, QStringLiteral("edit ") + p.name,
                      tr("session TTL of protocol %1 ports %2-%3 is not modelled (not HCX's UDP 4500)")
                          .arg(protocol)
                          .arg(first)
                          .arg(last));
            }
        }
    }
}

void Reader::interfaces(const Section &s)
{
    for (const Node &e : s.edits) {
        CiscoConfig::Interface i;
        i.name = e.name;
        i.line = e.line;
        i.description = e.value(QStringLiteral("alias"), e.value(QStringLiteral("description")));
        i.dhcp = e.value(QStringLiteral("mode")) == QLatin1String("dhcp")
                 || e.value(QStringLiteral("mode")) == QLatin1String("pppoe");
        i.shutdown = e.value(QStringLiteral("status")) == QLatin1String("down");
        if (const Setting *ip = e.get(QStringLiteral("ip"))) {
            QString address;
            int prefix = -1;
            if (addressAndMask(ip->values, &address, &prefix)) {
                if (address != QLatin1String("0.0.0.0")) {
                    i.address = address;
                    i.prefixLength = prefix;
                }
            } else {
                issue(ImportIssue::Error, ip->line, ip->text,
                      tr("interface %1: not an address and netmask; address not used").arg(e.name));
            }
        }
        if (const Section *sec = e.section(QStringLiteral("secondaryip"))) {
            for (const Node &n : sec->edits) {
                QString address;
                int prefix = -1;
                if (addressAndMask(n.values(QStringLiteral("ip")), &address, &prefix))
                    i.secondary.append(QStringLiteral("%1/%2").arg(address).arg(prefix));
            }
        }
        m_roles.insert(e.name, e.value(QStringLiteral("role")));
        m_c.interfaces.append(i);
    }
    ignoredKeys(s, {QStringLiteral("ip"), QStringLiteral("role"), QStringLiteral("mode"),
                    QStringLiteral("status"), QStringLiteral("alias"), QStringLiteral("description"),
                    QStringLiteral("secondary-IP")});
}

void Reader::zones(const Section &s)
{
    for (const Node &e : s.edits)
        m_zones.insert(e.name, e.values(QStringLiteral("interface")));
}

void Reader::addresses(const Section &s)
{
    for (const Node &e : s.edits) {
        const QString type = e.value(QStringLiteral("type"), QStringLiteral("ipmask"));
        QStringList cidrs;
        if (type == QLatin1String("ipmask")) {
            const Setting *subnet = e.get(QStringLiteral("subnet"));
            QString address;
            int prefix = 0;
            if (!subnet) {
                cidrs.append(QStringLiteral("any")); // 0.0.0.0 0.0.0.0, as "all"
            } else if (addressAndMask(subnet->values, &address, &prefix)) {
                quint32 a = 0;
                Ipv4::parse(address, &a);
                cidrs.append(prefix == 0 ? QStringLiteral("any")
                                         : QStringLiteral("%1/%2")
                                               .arg(Ipv4::toString(a & Ipv4::mask(prefix)))
                                               .arg(prefix));
            } else {
                issue(ImportIssue::Error, subnet->line, subnet->text,
                      tr("address %1: not an address and netmask; not used").arg(e.name));
                continue;
            }
        } else if (type == QLatin1String("iprange")) {
            quint32 first = 0, last = 0;
            if (!Ipv4::parse(e.value(QStringLiteral("start-ip")), &first)
                || !Ipv4::parse(e.value(QStringLiteral("end-ip")), &last) || last < first) {
                issue(ImportIssue::Error, e.lineOf(QStringLiteral("start-ip")), QStringLiteral("edit ") + e.name,
                      tr("address %1: start-ip/end-ip is not a valid range; not used").arg(e.name));
                continue;
            }
            cidrs = rangeToCidrs(first, last);
        } else {
            issue(ImportIssue::Note, e.line, QStringLiteral("edit ") + e.name,
                  tr("address %1 of type %2 has no fixed addresses; policies using it are imported "
                     "without it")
                      .arg(e.name, type));
            continue;
        }
        m_addresses.insert(e.name, cidrs);
        m_addressLine.insert(e.name, e.line);
    }
}

void Reader::groups(const Section &s)
{
    for (const Node &e : s.edits)
        m_groups.insert(e.name, e.values(QStringLiteral("member")));
}

void Reader::pools(const Section &s)
{
    for (const Node &e : s.edits) {
        CiscoConfig::Pool p;
        p.name = e.name;
        p.line = e.line;
        p.type = e.value(QStringLiteral("type"), QStringLiteral("overload"));
        static const QStringList types = {QStringLiteral("overload"), QStringLiteral("one-to-one"),
                                          QStringLiteral("fixed-port-range"),
                                          QStringLiteral("port-block-allocation")};
        if (!types.contains(p.type)) {
            issue(ImportIssue::Error, e.lineOf(QStringLiteral("type")), QStringLiteral("set type ") + p.type,
                  tr("IP pool %1: unknown type %2; pool not used").arg(e.name, p.type));
            continue;
        }
        quint32 first = 0, last = 0;
        const QString start = e.value(QStringLiteral("startip"));
        const QString end = e.value(QStringLiteral("endip"), start);
        if (!Ipv4::parse(start, &first) || !Ipv4::parse(end, &last) || last < first || first == 0) {
            issue(ImportIssue::Error, e.lineOf(QStringLiteral("startip")), QStringLiteral("edit ") + e.name,
                  tr("IP pool %1: startip/endip is not a valid address range; pool not used").arg(e.name));
            continue;
        }
        p.ranges.append({start, end});
        if (p.type == QLatin1String("fixed-port-range") || p.type == QLatin1String("port-block-allocation"))
            issue(ImportIssue::Note, e.line, QStringLiteral("edit ") + e.name,
                  tr("IP pool %1 (%2): ports are always translated; the exact block of each source "
                     "is not modelled")
                      .arg(e.name, p.type));
        m_poolTypes.insert(p.name, p.type);
        m_c.pools.append(p);
    }
    ignoredKeys(s, {QStringLiteral("type"), QStringLiteral("startip"), QStringLiteral("endip"),
                    QStringLiteral("block-size"), QStringLiteral("num-blocks-per-user"),
                    QStringLiteral("source-startip"), QStringLiteral("source-endip")});
}

void Reader::vips(const Section &s)
{
    for (const Node &e : s.edits) {
        const QString type = e.value(QStringLiteral("type"), QStringLiteral("static-nat"));
        const QString text = QStringLiteral("edit ") + e.name;
        if (type != QLatin1String("static-nat")) {
            issue(ImportIssue::Note, e.line, text,
                  tr("VIP %1 of type %2 is not modelled (only static NAT and port forwarding)")
                      .arg(e.name, type));
            continue;
        }
        QString mapped = e.value(QStringLiteral("mappedip"));
        if (const Section *m = e.section(QStringLiteral("mappedip"))) // 6.4+: a table of ranges
            mapped = m->edits.empty() ? QString() : m->edits.front().value(QStringLiteral("range"));
        quint32 extFirst = 0, extLast = 0, mapFirst = 0, mapLast = 0;
        const QString extip = e.value(QStringLiteral("extip"));
        const QString extintf = e.value(QStringLiteral("extintf"), QStringLiteral("any"));
        if (!addressRange(extip, &extFirst, &extLast)) {
            issue(ImportIssue::Error, e.lineOf(QStringLiteral("extip")), text,
                  tr("VIP %1: extip \"%2\" is not an address or range; not used").arg(e.name, extip));
            continue;
        }
        if (!addressRange(mapped, &mapFirst, &mapLast)) {
            issue(ImportIssue::Error, e.lineOf(QStringLiteral("mappedip")), text,
                  tr("VIP %1: mappedip \"%2\" is not an address or range; not used").arg(e.name, mapped));
            continue;
        }
        const bool onInterface = extFirst == 0;
        if (onInterface && extintf == QLatin1String("any")) {
            issue(ImportIssue::Error, e.lineOf(QStringLiteral("extip")), text,
                  tr("VIP %1: extip 0.0.0.0 needs an external interface; not used").arg(e.name));
            continue;
        }
        const qint64 hosts = qint64(mapLast) - mapFirst + 1;
        if (hosts > MaxExpanded) {
            issue(ImportIssue::Note, e.line, text,
                  tr("VIP %1 maps more than %2 addresses; not imported").arg(e.name).arg(MaxExpanded));
            continue;
        }
        if (e.value(QStringLiteral("nat-source-vip")) == QLatin1String("enable"))
            issue(ImportIssue::Note, e.lineOf(QStringLiteral("nat-source-vip")), text,
                  tr("VIP %1: nat-source-vip is modelled like any static NAT (both directions)").arg(e.name));
        const bool forward = e.value(QStringLiteral("portforward")) == QLatin1String("enable");
        int extPort = 0, extPortLast = 0, mapPort = 0, mapPortLast = 0;
        QString protocol = e.value(QStringLiteral("protocol"), QStringLiteral("tcp"));
        if (forward) {
            if (protocol != QLatin1String("tcp") && protocol != QLatin1String("udp")) {
                issue(ImportIssue::Note, e.lineOf(QStringLiteral("protocol")), text,
                      tr("VIP %1: protocol %2 is not modelled; not imported").arg(e.name, protocol));
                continue;
            }
            const QString ext = e.value(QStringLiteral("extport"));
            if (!portRange(ext, &extPort, &extPortLast) || extPort == 0) {
                issue(ImportIssue::Error, e.lineOf(QStringLiteral("extport")), text,
                      tr("VIP %1: extport \"%2\" is not a port or port range; not used").arg(e.name, ext));
                continue;
            }
            const QString map = e.value(QStringLiteral("mappedport"), ext);
            if (!portRange(map, &mapPort, &mapPortLast) || mapPort == 0) {
                issue(ImportIssue::Error, e.lineOf(QStringLiteral("mappedport")), text,
                      tr("VIP %1: mappedport \"%2\" is not a port or port range; not used").arg(e.name, map));
                continue;
            }
            if ((extPortLast - extPort) * hosts >= MaxExpanded) {
                issue(ImportIssue::Note, e.line, text,
                      tr("VIP %1 forwards more than %2 ports; not imported").arg(e.name).arg(MaxExpanded));
                continue;
            }
        }
        if (!onInterface && extLast - extFirst != mapLast - mapFirst)
            issue(ImportIssue::Warning, e.line, text,
                  tr("VIP %1: external and mapped ranges differ in size; the shorter one is used")
                      .arg(e.name));
        const int count = int(onInterface ? hosts : qMin<qint64>(hosts, qint64(extLast) - extFirst + 1));
        for (int h = 0; h < count; ++h) {
            for (int port = extPort; port <= extPortLast; ++port) {
                CiscoConfig::NatRule r;
                r.kind = forward ? CiscoConfig::NatRule::StaticPat : CiscoConfig::NatRule::Static;
                r.local = Ipv4::toString(mapFirst + quint32(h));
                if (onInterface)
                    r.interface = extintf;
                else
                    r.global = Ipv4::toString(extFirst + quint32(h));
                if (forward) {
                    r.protocol = protocol;
                    r.globalPort = port;
                    r.localPort = mapPort + (mapPortLast > mapPort ? port - extPort : 0);
                }
                r.line = e.line;
                r.text = QStringLiteral("VIP ") + e.name;
                m_c.rules.append(r);
            }
        }
        if (extintf != QLatin1String("any") && !m_natRole.contains(extintf))
            m_natRole.insert(extintf, QStringLiteral("outside"));
    }
    ignoredKeys(s, {QStringLiteral("type"), QStringLiteral("extip"), QStringLiteral("mappedip"),
                    QStringLiteral("extintf"), QStringLiteral("portforward"), QStringLiteral("protocol"),
                    QStringLiteral("extport"), QStringLiteral("mappedport"),
                    QStringLiteral("nat-source-vip")});
}

QStringList Reader::resolveAddresses(const QStringList &names, int line, const QString &text,
                                     QSet<QString> *seen)
{
    QStringList out;
    for (const QString &n : names) {
        if (n == QLatin1String("all")) {
            out.append(QStringLiteral("any"));
        } else if (m_addresses.contains(n)) {
            out += m_addresses.value(n);
        } else if (m_groups.contains(n)) {
            if (seen->contains(n))
                continue; // a group that contains itself
            seen->insert(n);
            out += resolveAddresses(m_groups.value(n), line, text, seen);
        } else {
            issue(ImportIssue::Warning, line, text,
                  tr("address %1 is not defined (or has no fixed addresses); left out").arg(n));
        }
    }
    out.removeDuplicates();
    return out;
}

QStringList Reader::resolveInterfaces(const QStringList &names) const
{
    QStringList out;
    for (const QString &n : names)
        out += m_zones.contains(n) ? m_zones.value(n) : QStringList{n};
    out.removeDuplicates();
    return out;
}

void Reader::policies(const Section &s, bool central)
{
    const QString srcKey = central ? QStringLiteral("orig-addr") : QStringLiteral("srcaddr");
    const QString dstKey = central ? QStringLiteral("dst-addr") : QStringLiteral("dstaddr");
    const QString poolKey = central ? QStringLiteral("nat-ippool") : QStringLiteral("poolname");
    for (const Node &e : s.edits) {
        const QString text = QStringLiteral("edit ") + e.name;
        // `edit 0` asks FortiOS for the next free ID: name it by its own name.
        const QString id = e.name == QLatin1String("0")
                               ? e.value(QStringLiteral("name"), QStringLiteral("new-%1").arg(++m_newPolicies))
                               : e.name;
        if (e.value(QStringLiteral("status")) == QLatin1String("disable")
            || e.value(QStringLiteral("action"), central ? QStringLiteral("accept") : QStringLiteral("deny"))
                   != QLatin1String("accept"))
            continue; // no traffic, no NAT
        const bool nat = e.value(QStringLiteral("nat"), central ? QStringLiteral("enable") : QStringLiteral("disable"))
                         == QLatin1String("enable");
        if (!nat)
            continue;
        if (!central && m_centralNat) {
            issue(ImportIssue::Note, e.lineOf(QStringLiteral("nat")), text,
                  tr("central NAT is enabled, so FortiOS skips the NAT of policy %1").arg(e.name));
            continue;
        }
        const QStringList dsts = e.values(dstKey);
        if (!dsts.isEmpty() && dsts != QStringList{QStringLiteral("all")})
            issue(ImportIssue::Note, e.lineOf(dstKey), text,
                  tr("policy %1: destination addresses are not modelled; its NAT applies to every "
                     "destination")
                      .arg(e.name));
        QSet<QString> seen;
        const QStringList sources = resolveAddresses(e.values(srcKey).isEmpty() && central
                                                         ? QStringList{QStringLiteral("all")}
                                                         : e.values(srcKey),
                                                     e.lineOf(srcKey), text, &seen);
        if (sources.isEmpty()) {
            issue(ImportIssue::Warning, e.line, text,
                  tr("policy %1 has no usable source address; its NAT is not imported").arg(e.name));
            continue;
        }
        QStringList pools;
        const bool usePool = central || e.value(QStringLiteral("ippool")) == QLatin1String("enable");
        if (usePool) {
            for (const QString &p : e.values(poolKey)) {
                if (m_poolTypes.contains(p))
                    pools.append(p);
                else
                    issue(ImportIssue::Warning, e.lineOf(poolKey), text,
                          tr("policy %1 names IP pool %2, which is not defined (or not usable)")
                              .arg(e.name, p));
            }
            if (!central && pools.isEmpty()) {
                issue(ImportIssue::Warning, e.lineOf(QStringLiteral("ippool")), text,
                      tr("policy %1 has ippool enable but no usable pool; its NAT is not imported")
                          .arg(e.name));
                continue;
            }
            if (pools.size() > 1)
                issue(ImportIssue::Note, e.lineOf(poolKey), text,
                      tr("policy %1: only the first IP pool (%2) is modelled").arg(e.name, pools.first()));
        }
        QStringList outs = resolveInterfaces(e.values(QStringLiteral("dstintf")));
        if (outs.contains(QStringLiteral("any"))) {
            outs.clear();
            for (const CiscoConfig::Interface &i : std::as_const(m_c.interfaces)) {
                if (m_roles.value(i.name) == QLatin1String("wan"))
                    outs.append(i.name);
            }
            issue(ImportIssue::Warning, e.lineOf(QStringLiteral("dstintf")), text,
                  outs.isEmpty() ? tr("policy %1: dstintf any and no interface has role wan; its NAT "
                                      "is not imported")
                                       .arg(e.name)
                                 : tr("policy %1: dstintf any is taken as the wan interfaces (%2)")
                                       .arg(e.name, outs.join(QStringLiteral(", "))));
        }
        if (outs.isEmpty() && pools.isEmpty()) {
            if (!e.get(QStringLiteral("dstintf")))
                issue(ImportIssue::Error, e.line, text, tr("policy %1 has no dstintf; its NAT is not imported").arg(e.name));
            continue;
        }
        // One access list per policy: its source addresses.
        CiscoConfig::AccessList acl;
        acl.name = (central ? QStringLiteral("snat-%1") : QStringLiteral("policy-%1")).arg(id);
        acl.line = e.line;
        for (const QString &cidr : sources) {
            CiscoConfig::AclEntry entry;
            entry.source = cidr;
            entry.line = e.lineOf(srcKey);
            acl.entries.append(entry);
        }
        m_c.accessLists.append(acl);
        for (const QString &in : resolveInterfaces(e.values(QStringLiteral("srcintf")))) {
            if (in != QLatin1String("any") && m_natRole.value(in) != QLatin1String("outside"))
                m_natRole.insert(in, QStringLiteral("inside"));
        }
        const QStringList targets = outs.isEmpty() ? QStringList{QString()} : outs;
        for (const QString &out : targets) {
            CiscoConfig::NatRule r;
            r.kind = CiscoConfig::NatRule::DynamicList;
            r.accessList = acl.name;
            r.interface = out;
            r.pool = pools.value(0);
            r.overload = true;
            r.line = e.line;
            r.text = (central ? QStringLiteral("central-snat-map %1") : QStringLiteral("policy %1")).arg(id);
            m_c.rules.append(r);
            if (!out.isEmpty())
                m_natRole.insert(out, QStringLiteral("outside"));
        }
        Policy p;
        p.id = id;
        p.line = e.line;
        p.fixedPort = e.value(QStringLiteral("fixedport")) == QLatin1String("enable");
        p.preserve = e.value(QStringLiteral("port-preserve"), QStringLiteral("enable")) == QLatin1String("enable");
        p.pools = pools;
        m_natPolicies.append(p);
    }
    ignoredKeys(s, {QStringLiteral("srcintf"), QStringLiteral("dstintf"), srcKey, dstKey,
                    QStringLiteral("action"), QStringLiteral("status"), QStringLiteral("nat"),
                    QStringLiteral("ippool"), poolKey, QStringLiteral("fixedport"),
                    QStringLiteral("port-preserve")});
}

void Reader::finish()
{
    // Profile options: per policy in FortiOS, per device in the model.
    const auto option = [&](const QString &key, int count, int line, const QString &what) {
        if (count == 0)
            return;
        m_c.profileOptions.append(key);
        if (count < m_natPolicies.size())
            issue(ImportIssue::Note, line, what,
                  tr("%1 is set on %2 of %3 NAT policies; the simulation applies it to every policy "
                     "of the device")
                      .arg(what)
                      .arg(count)
                      .arg(m_natPolicies.size()));
    };
    int fixed = 0, noPreserve = 0, fixedLine = 0, preserveLine = 0;
    QHash<QString, int> types;
    QHash<QString, int> typeLine;
    for (const Policy &p : std::as_const(m_natPolicies)) {
        if (p.fixedPort && !fixed++)
            fixedLine = p.line;
        if (!p.preserve && !noPreserve++)
            preserveLine = p.line;
        const QString type = p.pools.isEmpty() ? QStringLiteral("overload") : m_poolTypes.value(p.pools.first());
        if (!types.contains(type))
            typeLine.insert(type, p.line);
        ++types[type];
    }
    option(QStringLiteral("fixedport"), fixed, fixedLine, QStringLiteral("set fixedport enable"));
    option(QStringLiteral("no-port-preserve"), noPreserve, preserveLine,
           QStringLiteral("set port-preserve disable"));
    for (const char *t : {"one-to-one", "fixed-port-range", "port-block-allocation"}) {
        const QString type = QLatin1String(t);
        if (!types.contains(type))
            continue;
        if (m_c.profileOptions.contains(QStringLiteral("one-to-one"))
            || m_c.profileOptions.contains(QStringLiteral("fixed-port-range"))
            || m_c.profileOptions.contains(QStringLiteral("port-block-allocation"))) {
            issue(ImportIssue::Warning, typeLine.value(type), QStringLiteral("set type ") + type,
                  tr("a second IP pool type (%1) is in use; the simulation models one pool type per "
                     "device")
                      .arg(type));
            continue;
        }
        option(type, types.value(type), typeLine.value(type), QStringLiteral("set type ") + type);
    }

    // NAT roles: from the policies and VIPs; an interface no rule names keeps its role.
    for (CiscoConfig::Interface &i : m_c.interfaces) {
        i.natRole = m_natRole.value(i.name);
        if (i.natRole.isEmpty()) {
            const QString role = m_roles.value(i.name);
            if (role == QLatin1String("wan"))
                i.natRole = QStringLiteral("outside");
            else if (role == QLatin1String("lan") && !m_natPolicies.isEmpty())
                i.natRole = QStringLiteral("inside");
        }
    }
    // A pool's network: the interface subnet it lies in, else the range's own.
    for (CiscoConfig::Pool &p : m_c.pools) {
        quint32 first = 0, last = 0;
        Ipv4::parse(p.ranges.first().first, &first);
        Ipv4::parse(p.ranges.first().second, &last);
        p.prefixLength = 32;
        while (p.prefixLength > 0 && !Ipv4::sameSubnet(first, last, p.prefixLength))
            --p.prefixLength;
        for (const CiscoConfig::Interface &i : std::as_const(m_c.interfaces)) {
            quint32 a = 0;
            if (Ipv4::parse(i.address, &a) && i.prefixLength > 0 && i.prefixLength < p.prefixLength
                && Ipv4::sameSubnet(a, first, i.prefixLength) && Ipv4::sameSubnet(a, last, i.prefixLength))
                p.prefixLength = i.prefixLength;
        }
    }
    if (!m_c.timeouts.contains(QStringLiteral("udp-timeout"))) {
        // `show` omits defaults; the schema's default is assumed (docs/profiles.md).
        m_c.timeouts.insert(QStringLiteral("udp-timeout"), 180);
        issue(ImportIssue::Note, 0, QString(),
              tr("no udp-idle-timer in the configuration: FortiOS's default of 180 s is assumed"));
    }
    if (m_vdoms > 1)
        issue(ImportIssue::Note, 0, QString(),
              tr("%1 VDOMs: their NAT is imported into one device").arg(m_vdoms));
}

CiscoConfig Reader::run()
{
    m_root.name = QString();
    parseSection(m_root, 0);
    collect(m_root.body.sections, false);
    // Addresses, pools and zones are known now; policies can refer to them.
    for (const Section *s : std::as_const(m_policySections))
        policies(*s, false);
    for (const Section *s : std::as_const(m_centralSections)) {
        if (m_centralNat)
            policies(*s, true);
        else
            issue(ImportIssue::Note, s->line, QStringLiteral("config ") + s->name,
                  tr("central-nat is not enabled, so FortiOS does not use the central SNAT map"));
    }
    if (m_c.understood > 0)
        finish();
    std::stable_sort(m_c.issues.begin(), m_c.issues.end(),
                     [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
    return m_c;
}

} // namespace

CiscoConfig FortiConfigReader::readText(const QString &text)
{
    return Reader(text).run();
}

int FortiConfigReader::sniff(QByteArrayView head)
{
    if (head.indexOf("#config-version=FG") >= 0)
        return 95;
    const bool block = head.indexOf("config firewall ") >= 0 || head.indexOf("config system ") >= 0;
    const bool entry = head.indexOf("\n    edit ") >= 0 || head.indexOf("\n        set ") >= 0;
    return block && entry ? 85 : 0;
}
