#include "ImportIssue.h"

#include "Printable.h"

ImportIssue ImportIssue::fromLine(Severity severity, int line, QByteArrayView text,
                                  const QString &message)
{
    return {severity, line, Printable::bytes(text.first(qMin<qsizetype>(text.size(), 200))),
            message};
}

QString ImportIssues::severityName(ImportIssue::Severity severity)
{
    switch (severity) {
    case ImportIssue::Error: return tr("error");
    case ImportIssue::Unknown: return tr("not understood");
    case ImportIssue::Warning: return tr("warning");
    case ImportIssue::Note: return tr("note");
    }
    return QString();
}

QString ImportIssues::format(const QString &source, const ImportIssue &issue)
{
    QString s = source;
    if (issue.line > 0)
        s += QLatin1Char(':') + QString::number(issue.line);
    s += QStringLiteral(": ") + severityName(issue.severity);
    if (!issue.message.isEmpty())
        s += QStringLiteral(": ") + issue.message;
    if (!issue.text.isEmpty())
        s += QStringLiteral(": ") + issue.text;
    return Printable::text(s);
}

int ImportIssues::count(const QList<ImportIssue> &issues, ImportIssue::Severity severity)
{
    int n = 0;
    for (const ImportIssue &i : issues)
        n += i.severity == severity ? 1 : 0;
    return n;
}
