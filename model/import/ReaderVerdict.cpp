#include "ReaderVerdict.h"

#include "RouterDataRegistry.h"

#include "CiscoConfig.h"
#include "IptablesSaveReader.h"
#include "ObservedTranslations.h"

namespace {

// Lines that drew an "error" or "not understood": the reader tried and failed.
bool hasRejectedLines(const QList<ImportIssue> &issues)
{
    for (const ImportIssue &i : issues) {
        if (i.severity == ImportIssue::Unknown || i.severity == ImportIssue::Error)
            return true;
    }
    return false;
}

} // namespace

QString ReaderVerdict::notTheFormat(const QString &displayName, int understood, int lines)
{
    return tr("this does not look like %1: %2 of %n line(s) understood", nullptr, lines)
        .arg(displayName)
        .arg(understood);
}

QString ReaderVerdict::chosen(const QString &displayName, bool detected)
{
    return detected ? tr("read as %1 (detected from its first lines; --format overrides)")
                          .arg(displayName)
                    : tr("read as %1 (as asked)").arg(displayName);
}

QString ReaderVerdict::translations(const ObservedTranslations &t, const QString &displayName)
{
    // A table, even an empty one, has a header, a row or the count trailer;
    // prompts and echoed commands alone prove nothing (random bytes have '#').
    const int understood = t.size() + t.headers;
    if (understood > 0 || t.total >= 0 || !hasRejectedLines(t.issues))
        return QString();
    if (!displayName.isEmpty())
        return notTheFormat(displayName, understood, t.lines);
    return tr("this does not look like show ip nat translations or conntrack -L output: "
              "%1 of %n line(s) understood", nullptr, t.lines)
        .arg(understood);
}

QString ReaderVerdict::ciscoConfig(const CiscoConfig &config, const QString &displayName)
{
    if (config.understood > 0 || !hasRejectedLines(config.issues))
        return QString();
    // The reader that produced it names the format when the caller did not.
    const QString name = !displayName.isEmpty() || config.readerKey.isEmpty()
                             ? displayName
                             : RouterDataRegistry::instance().displayName(config.readerKey);
    if (!name.isEmpty())
        return notTheFormat(name, config.understood, config.lines);
    return tr("this does not look like a Cisco IOS configuration: %1 of %n line(s) understood",
              nullptr, config.lines)
        .arg(config.understood);
}

QString ReaderVerdict::iptablesSave(const LinuxNatConfig &config, const QString &displayName)
{
    // A rule proves the format; a chain line (":NAME …") alone does not, as any
    // line starting with a colon reads as one.
    const int understood = int(config.rules.size() + config.chains.size());
    if (!config.rules.isEmpty() || !hasRejectedLines(config.issues))
        return QString();
    if (!displayName.isEmpty())
        return notTheFormat(displayName, understood, config.lines);
    return tr("this does not look like iptables-save output: %1 of %n line(s) understood",
              nullptr, config.lines)
        .arg(understood);
}

QList<ImportIssue> ReaderVerdict::shownIssues(const QList<ImportIssue> &issues, int limit,
                                              int *omitted)
{
    QList<ImportIssue> shown;
    int rest = 0;
    for (const ImportIssue &i : issues) {
        if (shown.size() < limit)
            shown.append(i);
        else
            ++rest;
    }
    if (omitted)
        *omitted = rest;
    return shown;
}

QString ReaderVerdict::omittedText(int omitted)
{
    return tr("… and %n more issue(s) not shown", nullptr, omitted);
}
