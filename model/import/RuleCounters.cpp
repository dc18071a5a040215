#include "RuleCounters.h"

#include "ReaderVerdict.h"
#include "RouterDataRegistry.h"

#include "vendors/AsaShowNatReader.h"
#include "vendors/SrxNatSourceReader.h"

namespace {
const char *const AsaKey = "cisco-asa-show-nat";
const char *const SrxKey = "juniper-srx-nat-source";
} // namespace

QStringList RuleCounters::keys()
{
    return {QString::fromLatin1(AsaKey), QString::fromLatin1(SrxKey)};
}

QString RuleCounters::displayName(const QString &key)
{
    if (key == QLatin1String(AsaKey))
        return tr("Cisco ASA show nat (rule hit counts)");
    if (key == QLatin1String(SrxKey))
        return tr("Juniper SRX show security nat source (pool and rule counters)");
    return QString();
}

int RuleCounters::sniff(QByteArrayView head, QString *key)
{
    const int asa = AsaShowNatReader::sniff(head);
    const int srx = SrxNatSourceReader::sniff(head);
    *key = QString::fromLatin1(asa >= srx ? AsaKey : SrxKey);
    return qMax(asa, srx);
}

QString RuleCounters::detect(QByteArrayView head)
{
    QString key;
    const int score = sniff(head, &key);
    if (score <= 0)
        return QString();
    const QList<RouterDataRegistry::Choice> ranked = RouterDataRegistry::instance().ranking(head);
    return ranked.isEmpty() || score > ranked.first().score ? key : QString();
}

RuleCounters::Read RuleCounters::read(const QString &key, const QString &text)
{
    Read r;
    if (key == QLatin1String(AsaKey)) {
        const AsaNatHits hits = AsaShowNatReader::readText(text);
        r.issues = hits.issues;
        r.notes = AsaShowNatReader::notes(hits);
        r.lines = hits.lines;
        r.understood = hits.understood;
    } else if (key == QLatin1String(SrxKey)) {
        const SrxNatSource source = SrxNatSourceReader::readText(text);
        r.issues = source.issues;
        r.notes = SrxNatSourceReader::notes(source);
        r.lines = source.lines;
        r.understood = source.understood;
    }
    if (r.understood == 0)
        r.verdict = ReaderVerdict::notTheFormat(displayName(key), 0, r.lines);
    return r;
}
