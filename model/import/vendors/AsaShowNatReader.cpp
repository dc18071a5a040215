#include "AsaShowNatReader.h"

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
} // namespace

int AsaShowNatReader::sniff(QByteArrayView head)
{
    if (head.indexOf("translate_hits = ") >= 0)
        return 95;
    if (head.indexOf("NAT Policies (Section ") >= 0)
        return 90;
    return 0;
}

AsaNatHits AsaShowNatReader::readText(const QString &text)
{
    static const QRegularExpression section(
        QStringLiteral("^(Manual|Auto) NAT Policies \\(Section (\\d)\\)$"));
    static const QRegularExpression rule(QStringLiteral("^(\\d+) \\(([^)]+)\\) to \\(([^)]+)\\) (.+)$"));
    static const QRegularExpression hits(
        QStringLiteral("^translate_hits = (\\d+), untranslate_hits = (\\d+)$"));
    static const QRegularExpression detail(
        QStringLiteral("^(Source|Destination|Service) - Origin: (.*), Translated: (.*)$"));
    AsaNatHits out;
    int current = 0;
    int lineNo = 0;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString raw : lines) {
        ++lineNo;
        if (raw.endsWith(QLatin1Char('\r')))
            raw.chop(1);
        const QString t = raw.simplified();
        if (t.isEmpty() || (lineNo == lines.size() && t.isEmpty()))
            continue;
        ++out.lines;
        if (t.endsWith(QLatin1String("show nat")) || t.endsWith(QLatin1String("show nat detail")))
            continue; // the command echoed after a prompt
        QRegularExpressionMatch m = section.match(t);
        if (m.hasMatch()) {
            current = m.captured(2).toInt();
            ++out.understood;
            continue;
        }
        m = rule.match(t);
        if (m.hasMatch() && !raw.front().isSpace()) {
            if (current == 0) {
                out.issues.append(issueAt(ImportIssue::Warning, lineNo, t,
                                          tr("a rule before any section heading")));
            }
            AsaNatHits::Rule r;
            r.section = current;
            r.index = m.captured(1).toInt();
            r.realIf = m.captured(2);
            r.mappedIf = m.captured(3);
            r.statement = m.captured(4);
            r.line = lineNo;
            out.rules.append(r);
            ++out.understood;
            continue;
        }
        m = hits.match(t);
        if (m.hasMatch()) {
            if (out.rules.isEmpty() || out.rules.last().translateHits >= 0) {
                out.issues.append(issueAt(ImportIssue::Error, lineNo, t,
                                          tr("hit counters without the rule they belong to")));
                continue;
            }
            bool ok1 = false, ok2 = false;
            out.rules.last().translateHits = m.captured(1).toLongLong(&ok1);
            out.rules.last().untranslateHits = m.captured(2).toLongLong(&ok2);
            if (!ok1 || !ok2) {
                out.rules.last().translateHits = out.rules.last().untranslateHits = -1;
                out.issues.append(issueAt(ImportIssue::Error, lineNo, t, tr("counter out of range")));
                continue;
            }
            ++out.understood;
            continue;
        }
        m = detail.match(t);
        if (m.hasMatch() && !out.rules.isEmpty()) {
            if (m.captured(1) == QLatin1String("Source")) {
                out.rules.last().origin = m.captured(2);
                out.rules.last().translated = m.captured(3);
            }
            ++out.understood;
            continue;
        }
        out.issues.append(issueAt(ImportIssue::Unknown, lineNo, t,
                                  tr("not a line of show nat / show nat detail")));
    }
    for (const AsaNatHits::Rule &r : std::as_const(out.rules)) {
        if (r.translateHits < 0)
            out.issues.append(issueAt(ImportIssue::Warning, r.line, r.statement,
                                      tr("no hit counters follow this rule (cut off?)")));
    }
    return out;
}

QList<ImportIssue> AsaShowNatReader::notes(const AsaNatHits &hits)
{
    QList<ImportIssue> out;
    for (const AsaNatHits::Rule &r : hits.rules) {
        if (r.translateHits < 0)
            continue;
        const QString where = tr("section %1 rule %2 (%3 to %4)")
                                  .arg(r.section)
                                  .arg(r.index)
                                  .arg(r.realIf, r.mappedIf);
        const QString message =
            r.translateHits == 0 && r.untranslateHits == 0
                ? tr("%1: never hit").arg(where)
                : tr("%1: %2 translated, %3 untranslated (inbound)")
                      .arg(where)
                      .arg(r.translateHits)
                      .arg(r.untranslateHits);
        out.append(issueAt(ImportIssue::Note, r.line, r.statement, message));
    }
    return out;
}
