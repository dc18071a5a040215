#include "IptablesSaveReader.h"

#include <QFile>

QStringList IptablesSaveReader::words(const QString &line, bool *ok)
{
    QStringList out;
    QString current;
    bool inWord = false;
    QChar quote;
    *ok = true;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == QLatin1Char('\\') && i + 1 < line.size()) {
                current += line.at(++i);
            } else if (c == quote) {
                quote = QChar();
            } else {
                current += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                out.append(current);
            current.clear();
            inWord = false;
        } else {
            current += c;
            inWord = true;
        }
    }
    if (!quote.isNull())
        *ok = false;
    if (inWord)
        out.append(current);
    return out;
}

bool IptablesSaveReader::looksLikeIptablesSave(const QString &text)
{
    return text.contains(QLatin1String("\n-A ")) || text.startsWith(QLatin1String("-A "))
           || text.contains(QLatin1String("*nat"));
}

bool IptablesSaveReader::readFile(const QString &fileName, LinuxNatConfig *out, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot open: %2").arg(fileName, file.errorString());
        return false;
    }
    if (file.size() > MaxFileSize) {
        *error = tr("%1: too large for iptables-save output (limit %2 MB)")
                     .arg(fileName)
                     .arg(MaxFileSize / (1024 * 1024));
        return false;
    }
    *out = readText(QString::fromUtf8(file.readAll()));
    return true;
}

bool IptablesSaveReader::isShellPrompt(const QString &line)
{
    // "root@gw:~# iptables-save -t nat", "admin@OpenWrt:~$ sudo iptables-save",
    // or the prompt alone at the end of a capture: terminal noise.
    const QStringList w = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString &prompt = w.first();
    if (prompt.size() < 2 || prompt.startsWith(QLatin1Char('-'))
        || !(prompt.endsWith(QLatin1Char('#')) || prompt.endsWith(QLatin1Char('$'))
             || prompt.endsWith(QLatin1Char('>'))))
        return false;
    const QString command = w.value(1) == QLatin1String("sudo") ? w.value(2) : w.value(1);
    return command.isEmpty() || command.startsWith(QLatin1String("iptables"))
           || command.startsWith(QLatin1String("ip6tables"));
}

LinuxNatConfig IptablesSaveReader::readText(const QString &text)
{
    LinuxNatConfig config;
    QString table = QStringLiteral("nat"); // bare "-A" lines are taken as nat
    const auto issue = [&](ImportIssue::Severity s, const QString &line, const QString &message) {
        config.issues.append({s, config.lines, line.left(200), message});
    };
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype nl = text.indexOf(QLatin1Char('\n'), start);
        if (nl < 0)
            nl = text.size();
        const QString line = text.mid(start, nl - start).trimmed();
        start = nl + 1;
        ++config.lines;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line == QLatin1String("COMMIT")
            || isShellPrompt(line))
            continue;
        if (line.startsWith(QLatin1Char('*'))) {
            table = line.mid(1);
            if (table != QLatin1String("nat"))
                issue(ImportIssue::Note, line, tr("table %1 is not used; only *nat is read").arg(table));
            continue;
        }
        if (table != QLatin1String("nat"))
            continue;
        if (line.startsWith(QLatin1Char(':'))) {
            config.chains.append(line.mid(1).section(QLatin1Char(' '), 0, 0));
            continue;
        }
        bool ok = false;
        const QStringList w = words(line, &ok);
        if (!ok) {
            issue(ImportIssue::Error, line, tr("unbalanced quotes"));
            continue;
        }
        if (w.size() < 2 || (w.at(0) != QLatin1String("-A") && w.at(0) != QLatin1String("-I"))) {
            issue(ImportIssue::Unknown, line, tr("not a rule (-A CHAIN …)"));
            continue;
        }
        LinuxNatConfig::Rule rule;
        rule.chain = w.at(1);
        rule.line = config.lines;
        rule.text = line;
        bool bad = false;
        QStringList unknown;
        for (int i = 2; i < w.size() && !bad; ++i) {
            const QString &k = w.at(i);
            const auto value = [&](QString *out) {
                if (i + 1 >= w.size()) {
                    issue(ImportIssue::Error, line, tr("%1 needs a value").arg(k));
                    bad = true;
                    return;
                }
                *out = w.at(++i);
            };
            QString ignored;
            if (k == QLatin1String("!"))
                rule.negated = true;
            else if (k == QLatin1String("-s") || k == QLatin1String("--source"))
                value(&rule.source);
            else if (k == QLatin1String("-d") || k == QLatin1String("--destination"))
                value(&rule.destination);
            else if (k == QLatin1String("-i") || k == QLatin1String("--in-interface"))
                value(&rule.inInterface);
            else if (k == QLatin1String("-o") || k == QLatin1String("--out-interface"))
                value(&rule.outInterface);
            else if (k == QLatin1String("-p") || k == QLatin1String("--protocol"))
                value(&rule.protocol);
            else if (k == QLatin1String("--sport") || k == QLatin1String("--source-port"))
                value(&rule.sourcePort);
            else if (k == QLatin1String("--dport") || k == QLatin1String("--destination-port"))
                value(&rule.destinationPort);
            else if (k == QLatin1String("-j") || k == QLatin1String("--jump") || k == QLatin1String("-g"))
                value(&rule.target);
            else if (k == QLatin1String("--to-source"))
                value(&rule.toSource);
            else if (k == QLatin1String("--to-destination"))
                value(&rule.toDestination);
            else if (k == QLatin1String("--to-ports"))
                value(&rule.toPorts);
            else if (k == QLatin1String("--random"))
                rule.random = true;
            else if (k == QLatin1String("--random-fully"))
                rule.randomFully = true;
            else if (k == QLatin1String("--persistent"))
                rule.persistent = true;
            else if (k == QLatin1String("-m") || k == QLatin1String("--match")
                     || k == QLatin1String("--comment"))
                value(&ignored);
            else if (k.startsWith(QLatin1String("--")) && i + 1 < w.size()
                     && !w.at(i + 1).startsWith(QLatin1Char('-')))
                unknown.append(k + QLatin1Char(' ') + w.at(++i));
            else
                unknown.append(k);
        }
        if (bad)
            continue;
        if (rule.target.isEmpty()) {
            issue(ImportIssue::Error, line, tr("rule without a target (-j)"));
            continue;
        }
        if (rule.target == QLatin1String("SNAT") && rule.toSource.isEmpty()) {
            issue(ImportIssue::Error, line, tr("SNAT needs --to-source"));
            continue;
        }
        if (rule.target == QLatin1String("DNAT") && rule.toDestination.isEmpty()) {
            issue(ImportIssue::Error, line, tr("DNAT needs --to-destination"));
            continue;
        }
        if (!unknown.isEmpty())
            issue(ImportIssue::Warning, line,
                  tr("options not modelled: %1").arg(unknown.join(QStringLiteral(", "))));
        if (rule.negated)
            issue(ImportIssue::Warning, line, tr("negated matches (!) are not modelled"));
        config.rules.append(rule);
    }
    return config;
}
