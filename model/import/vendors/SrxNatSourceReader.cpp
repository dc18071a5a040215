#include "SrxNatSourceReader.h"

#include <QRegularExpression>

namespace {
ImportIssue issueAt(ImportIssue::Severity s, int line, const QString &text, const QString &message)
{
    ImportIssue i;
    i.severity = s;
    i.line = line;
    i.text = text.left(200);
    i.message = message;
    return i;
}

// "198.51.100.10 - 198.51.100.11" and "198.51.100.10-198.51.100.11" alike.
QString range(const QString &value)
{
    QString r = value;
    r.remove(QLatin1Char(' '));
    return r;
}

enum class Block
{
    None,
    Pool,
    Rule,
    SummaryPools,
    SummaryRules,
    PoolRanges
};
} // namespace

int SrxNatSourceReader::sniff(QByteArrayView head)
{
    if (head.indexOf("source NAT rule: ") >= 0)
        return 95;
    if (head.indexOf("Total port number usage for port translation pool") >= 0)
        return 95;
    if (head.indexOf("Pool name") >= 0 && head.indexOf("Host address base") >= 0)
        return 90;
    if (head.indexOf("Translation hits") >= 0 &&
        (head.indexOf("Pool id") >= 0 || head.indexOf("Rule position") >= 0))
        return 90;
    return 0;
}

SrxNatSource SrxNatSourceReader::readText(const QString &text)
{
    // Terminal noise around the outputs: prompt, cluster node, pager.
    static const QRegularExpression prompt(QStringLiteral("^\\S+@\\S+[>#%]"));
    static const QRegularExpression clusterState(QStringLiteral("^\\{[\\w:-]+\\}$"));
    static const QRegularExpression pager(QStringLiteral("-+\\s*\\(more[^)]*\\)\\s*-+"));
    static const QRegularExpression nodeHeader(QStringLiteral("^node\\d+:$|^-{10,}$"));
    static const QRegularExpression ruleHeader(
        QStringLiteral("^source NAT rule:\\s*(\\S+)(?:\\s+Rule-set:\\s*(\\S+))?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fromTo(
        QStringLiteral("^From\\s*:\\s*(\\S+)\\s+To\\s*:\\s*(\\S+)$"));
    static const QRegularExpression rangeRow(
        QStringLiteral("^(\\S+)\\s*-\\s*(\\S+)\\s+(\\d+)(?:\\s+(\\d+))?$"));
    static const QRegularExpression portRange(
        QStringLiteral("^\\[\\s*(\\d+)\\s*,\\s*(\\d+)\\s*\\]$"));

    SrxNatSource out;
    Block block = Block::None;
    QString lastListKey; // for continuation lines "          : lan"
    int lineNo = 0;
    const QStringList lines = text.split(QLatin1Char('\n'));

    auto counter = [&](const QString &value, qint64 *into, const QString &t) {
        bool ok = false;
        const qint64 v = value.toLongLong(&ok);
        if (!ok || v < 0) {
            out.issues.append(
                issueAt(ImportIssue::Error, lineNo, t, tr("counter is not a number")));
            return false;
        }
        *into = v;
        return true;
    };
    auto findPool = [&](const QString &name) -> SrxNatSource::Pool * {
        for (SrxNatSource::Pool &p : out.pools)
            if (p.name == name)
                return &p;
        return nullptr;
    };
    auto findRule = [&](const QString &set, const QString &name) -> SrxNatSource::Rule * {
        for (SrxNatSource::Rule &r : out.rules)
            if (r.name == name && (r.ruleSet == set || r.ruleSet.isEmpty() || set.isEmpty()))
                return &r;
        return nullptr;
    };

    for (QString raw : lines) {
        ++lineNo;
        if (raw.endsWith(QLatin1Char('\r')))
            raw.chop(1);
        raw.remove(pager);
        const QString t = raw.simplified();
        if (t.isEmpty())
            continue;
        ++out.lines;
        if (prompt.match(t).hasMatch() || clusterState.match(t).hasMatch() ||
            nodeHeader.match(t).hasMatch())
            continue;

        // Key : value lines; the key is what is before the first colon.
        const qsizetype colon = t.indexOf(QLatin1Char(':'));
        const QString key = colon >= 0 ? t.left(colon).trimmed() : QString();
        const QString value = colon >= 0 ? t.mid(colon + 1).trimmed() : QString();
        const QString k = key.toLower();

        QRegularExpressionMatch m = ruleHeader.match(t);
        if (m.hasMatch()) {
            // The detailed block is authoritative over a summary row read before.
            if (SrxNatSource::Rule *seen = findRule(m.captured(2), m.captured(1)))
                out.rules.remove(seen - out.rules.data());
            SrxNatSource::Rule r;
            r.name = m.captured(1);
            r.ruleSet = m.captured(2);
            lastListKey.clear();
            r.line = lineNo;
            out.rules.append(r);
            block = Block::Rule;
            ++out.understood;
            continue;
        }
        if (k == QLatin1String("total pools") || k == QLatin1String("total rules") ||
            k == QLatin1String("total referenced ipv4/ipv6 ip-prefixes") ||
            k.startsWith(QLatin1String("total port number usage")) ||
            k.startsWith(QLatin1String("maximum port number"))) {
            block = Block::None;
            ++out.understood;
            continue;
        }
        // summary: the pool table's two header lines and the rule table's header
        if (colon < 0 && t.startsWith(QLatin1String("Pool ")) && t.contains(QLatin1String("PAT"))) {
            block = Block::SummaryPools;
            ++out.understood;
            continue;
        }
        if (colon < 0 && block == Block::SummaryPools && t.startsWith(QLatin1String("Name "))) {
            ++out.understood;
            continue;
        }
        if (colon < 0 && t.startsWith(QLatin1String("Rule name Rule set"))) {
            block = Block::SummaryRules;
            ++out.understood;
            continue;
        }
        if (colon < 0 && t.startsWith(QLatin1String("Address range"))) {
            if (out.pools.isEmpty() || block != Block::Pool) {
                out.issues.append(issueAt(ImportIssue::Error, lineNo, t,
                                          tr("address range table without its pool")));
                continue;
            }
            block = Block::PoolRanges;
            ++out.understood;
            continue;
        }
        if (colon < 0 && block == Block::SummaryPools) {
            const QStringList f = t.split(QLatin1Char(' '));
            if (f.size() != 5 || (f[3] != QLatin1String("yes") && f[3] != QLatin1String("no"))) {
                out.issues.append(issueAt(ImportIssue::Error, lineNo, t,
                                          tr("a pool row needs name, address range, routing "
                                             "instance, PAT yes/no and total")));
                continue;
            }
            SrxNatSource::Pool *p = findPool(f[0]);
            if (!p) {
                out.pools.append(SrxNatSource::Pool());
                p = &out.pools.last();
                p->name = f[0];
                p->line = lineNo;
            }
            if (p->ranges.isEmpty())
                p->ranges.append(range(f[1]));
            p->routingInstance = f[2];
            p->portTranslation = f[3] == QLatin1String("yes") ? 1 : 0;
            if (!counter(f[4], &p->totalAddresses, t))
                continue;
            ++out.understood;
            continue;
        }
        if (colon < 0 && block == Block::SummaryRules) {
            const QStringList f = t.split(QLatin1Char(' '));
            if (f.size() != 5) {
                out.issues.append(
                    issueAt(ImportIssue::Error, lineNo, t,
                            tr("a rule row needs rule name, rule set, from, to and action")));
                continue;
            }
            SrxNatSource::Rule *r = findRule(f[1], f[0]);
            if (!r) {
                out.rules.append(SrxNatSource::Rule());
                r = &out.rules.last();
                r->name = f[0];
                r->ruleSet = f[1];
                r->line = lineNo;
            }
            if (r->from.isEmpty())
                r->from.append(f[2]);
            if (r->to.isEmpty())
                r->to.append(f[3]);
            if (r->action.isEmpty())
                r->action = f[4];
            ++out.understood;
            continue;
        }
        // Damaged input can leave a block open with nothing read into it yet.
        if ((block == Block::Pool || block == Block::PoolRanges) && out.pools.isEmpty())
            block = Block::None;
        if (block == Block::PoolRanges) {
            m = rangeRow.match(t);
            if (m.hasMatch()) {
                SrxNatSource::Pool &p = out.pools.last();
                p.ranges.append(m.captured(1) + QLatin1Char('-') + m.captured(2));
                qint64 single = 0, twin = 0;
                if (!counter(m.captured(3), &single, t) ||
                    (m.hasCaptured(4) && !counter(m.captured(4), &twin, t)))
                    continue;
                p.singlePorts = qMax<qint64>(p.singlePorts, 0) + single;
                if (m.hasCaptured(4))
                    p.twinPorts = qMax<qint64>(p.twinPorts, 0) + twin;
                ++out.understood;
                continue;
            }
            if (k == QLatin1String("total used ports")) {
                ++out.understood; // the sum of the rows above
                continue;
            }
        }

        // summary, newer form: "Rule name : R1" blocks
        if (k == QLatin1String("rule name")) {
            SrxNatSource::Rule r;
            r.name = value;
            r.line = lineNo;
            out.rules.append(r);
            block = Block::SummaryRules;
            ++out.understood;
            continue;
        }
        if (k == QLatin1String("pool name")) {
            if (value.isEmpty()) {
                out.issues.append(
                    issueAt(ImportIssue::Error, lineNo, t, tr("pool without a name")));
                block = Block::None;
                continue;
            }
            SrxNatSource::Pool *p = findPool(value);
            if (!p) {
                out.pools.append(SrxNatSource::Pool());
                p = &out.pools.last();
                p->name = value;
            } else {
                // The pool's block is authoritative over a summary row read before.
                out.pools.move(p - out.pools.data(), out.pools.size() - 1);
                out.pools.last().ranges.clear();
            }
            out.pools.last().line = lineNo;
            block = Block::Pool;
            ++out.understood;
            continue;
        }

        if (block == Block::Pool || block == Block::PoolRanges) {
            SrxNatSource::Pool &p = out.pools.last();
            bool ok = true;
            if (k == QLatin1String("pool id") || k == QLatin1String("host address base") ||
                k == QLatin1String("twin port") || k == QLatin1String("port overloading") ||
                k == QLatin1String("total used ports")) {
            } else if (k == QLatin1String("routing instance")) {
                p.routingInstance = value;
            } else if (k == QLatin1String("port")) {
                m = portRange.match(value);
                if (m.hasMatch()) {
                    p.portTranslation = 1;
                    p.portRange = m.captured(1) + QLatin1Char('-') + m.captured(2);
                } else if (value.contains(QLatin1String("no"), Qt::CaseInsensitive) &&
                           value.contains(QLatin1String("translation"), Qt::CaseInsensitive)) {
                    p.portTranslation = 0;
                } else {
                    out.issues.append(
                        issueAt(ImportIssue::Error, lineNo, t,
                                tr("port is neither [low, high] nor no-translation")));
                    continue;
                }
            } else if (k == QLatin1String("address assignment")) {
                p.addressAssignment = value;
            } else if (k == QLatin1String("total addresses")) {
                ok = counter(value, &p.totalAddresses, t);
            } else if (k == QLatin1String("translation hits")) {
                ok = counter(value, &p.translationHits, t);
            } else {
                out.issues.append(issueAt(ImportIssue::Unknown, lineNo, t,
                                          tr("not a line of show security nat source pool")));
                continue;
            }
            if (ok)
                ++out.understood;
            continue;
        }

        if ((block == Block::Rule || block == Block::SummaryRules) && out.rules.isEmpty())
            block = Block::None;
        if (block == Block::Rule || block == Block::SummaryRules) {
            SrxNatSource::Rule &r = out.rules.last();
            bool ok = true;
            const QString kind = k.section(QLatin1Char(' '), 1);
            if (k.isEmpty() && colon == 0 && !lastListKey.isEmpty()) {
                QStringList *list = lastListKey == QLatin1String("from")  ? &r.from
                                    : lastListKey == QLatin1String("to")  ? &r.to
                                    : lastListKey == QLatin1String("src") ? &r.sources
                                                                          : &r.destinations;
                list->append(range(value));
            } else if (k == QLatin1String("rule set") || k == QLatin1String("rule-set")) {
                r.ruleSet = value;
            } else if (k == QLatin1String("rule id") || k == QLatin1String("rule-id") ||
                       k == QLatin1String("rule position") ||
                       k == QLatin1String("destination port") ||
                       k == QLatin1String("source port") || k == QLatin1String("application") ||
                       k == QLatin1String("ip protocol") ||
                       k.startsWith(QLatin1String("persistent nat")) ||
                       k == QLatin1String("inactivity timeout") ||
                       k == QLatin1String("max session number")) {
            } else if (k == QLatin1String("match") || (colon < 0 && t == QLatin1String("Match"))) {
            } else if (k == QLatin1String("from") && fromTo.match(t).hasMatch()) {
                m = fromTo.match(t);
                r.from.append(m.captured(1));
                r.to.append(m.captured(2));
            } else if (k.startsWith(QLatin1String("from ")) || k == QLatin1String("from")) {
                r.fromKind = kind;
                r.from.append(value);
                lastListKey = QStringLiteral("from");
            } else if (k.startsWith(QLatin1String("to ")) || k == QLatin1String("to")) {
                r.toKind = kind;
                r.to.append(value);
                lastListKey = QStringLiteral("to");
            } else if (k == QLatin1String("source addresses") ||
                       k == QLatin1String("source address")) {
                r.sources.append(range(value));
                lastListKey = QStringLiteral("src");
            } else if (k == QLatin1String("destination addresses") ||
                       k == QLatin1String("destination address")) {
                r.destinations.append(range(value));
                lastListKey = QStringLiteral("dst");
            } else if (k == QLatin1String("action")) {
                if (value.isEmpty()) {
                    out.issues.append(
                        issueAt(ImportIssue::Error, lineNo, t, tr("action without a value")));
                    continue;
                }
                r.action = value.section(QLatin1Char(' '), 0, 0);
            } else if (k == QLatin1String("translation hits")) {
                ok = counter(value, &r.translationHits, t);
            } else if (k == QLatin1String("successful sessions")) {
                ok = counter(value, &r.successful, t);
            } else if (k == QLatin1String("failed sessions")) {
                ok = counter(value, &r.failed, t);
            } else if (k == QLatin1String("number of sessions")) {
                ok = counter(value, &r.sessions, t);
            } else {
                out.issues.append(issueAt(ImportIssue::Unknown, lineNo, t,
                                          tr("not a line of show security nat source rule")));
                continue;
            }
            if (ok)
                ++out.understood;
            continue;
        }
        out.issues.append(
            issueAt(ImportIssue::Unknown, lineNo, t,
                    tr("not a line of show security nat source summary, pool or rule")));
    }
    for (const SrxNatSource::Rule &r : std::as_const(out.rules)) {
        if (r.action.isEmpty())
            out.issues.append(issueAt(ImportIssue::Warning, r.line, r.name,
                                      tr("no action follows this rule (cut off?)")));
    }
    for (const SrxNatSource::Pool &p : std::as_const(out.pools)) {
        if (p.ranges.isEmpty())
            out.issues.append(issueAt(ImportIssue::Warning, p.line, p.name,
                                      tr("no address range follows this pool (cut off?)")));
    }
    return out;
}

QList<ImportIssue> SrxNatSourceReader::notes(const SrxNatSource &nat)
{
    QList<ImportIssue> out;
    for (const SrxNatSource::Rule &r : nat.rules) {
        if (r.action.isEmpty())
            continue;
        const QString where =
            tr("rule-set %1 rule %2 (%3 → %4)")
                .arg(r.ruleSet.isEmpty() ? QStringLiteral("?") : r.ruleSet, r.name,
                     r.from.join(QLatin1Char(',')), r.to.join(QLatin1Char(',')));
        const QString action = r.action == QLatin1String("interface") ? tr("source-nat interface")
                               : r.action == QLatin1String("off")
                                   ? tr("source-nat off")
                                   : tr("source-nat pool %1").arg(r.action);
        QString message = tr("%1: %2").arg(where, action);
        if (r.translationHits == 0)
            message = tr("%1, never hit").arg(message);
        else if (r.translationHits == 1)
            message = tr("%1, 1 translation").arg(message);
        else if (r.translationHits > 1)
            message = tr("%1, %2 translations").arg(message).arg(r.translationHits);
        if (r.failed > 0)
            message = tr("%1, %2 failed sessions").arg(message).arg(r.failed);
        out.append(issueAt(ImportIssue::Note, r.line, r.name, message));
    }
    for (const SrxNatSource::Pool &p : nat.pools) {
        if (p.ranges.isEmpty())
            continue;
        const QString port = p.portTranslation == 0   ? tr("port no-translation")
                             : !p.portRange.isEmpty() ? tr("port %1").arg(p.portRange)
                             : p.portTranslation == 1 ? tr("port translation")
                                                      : QString();
        QString message = tr("pool %1 %2").arg(p.name, p.ranges.join(QLatin1Char(',')));
        if (!port.isEmpty())
            message = tr("%1, %2").arg(message, port);
        if (!p.addressAssignment.isEmpty())
            message = tr("%1, address assignment %2").arg(message, p.addressAssignment);
        // Without port translation each session holds a whole address, so the
        // ports in use count the addresses in use (assumed: Juniper does not say).
        if (p.portTranslation == 0 && p.singlePorts >= 0 && p.totalAddresses >= 0)
            message = tr("%1: %2 of %3 addresses in use")
                          .arg(message)
                          .arg(p.singlePorts)
                          .arg(p.totalAddresses);
        else if (p.singlePorts >= 0 && p.twinPorts >= 0)
            message = tr("%1: %2 single and %3 twin ports in use")
                          .arg(message)
                          .arg(p.singlePorts)
                          .arg(p.twinPorts);
        else if (p.singlePorts >= 0)
            message = tr("%1: %2 ports in use").arg(message).arg(p.singlePorts);
        else if (p.totalAddresses >= 0)
            message = tr("%1: %2 addresses").arg(message).arg(p.totalAddresses);
        if (p.translationHits >= 0)
            message = tr("%1, %2 translation hits").arg(message).arg(p.translationHits);
        out.append(issueAt(ImportIssue::Note, p.line, p.name, message));
    }
    return out;
}
