#pragma once

#include "ObservedTranslations.h"

#include <QCoreApplication>
#include <QIODevice>

// Reads Linux `conntrack -L` output (and /proc/net/nf_conntrack lines) into the
// same rows as Cisco's table: inside local = original source, outside = original
// destination, inside global = reply destination (for a DNAT'd inbound flow the
// other way round). Lines it does not understand are reported with their number.
class ConntrackReader
{
    Q_DECLARE_TR_FUNCTIONS(ConntrackReader)
public:
    static constexpr int MaxRows = 4000000;

    static bool looksLikeConntrack(const QString &text);
    static ObservedTranslations readData(QByteArrayView data);
    static ObservedTranslations readText(const QString &text) { return readData(text.toUtf8()); }
    static bool readFile(const QString &fileName, ObservedTranslations *out, QString *error);

    explicit ConntrackReader(ObservedTranslations *out);
    bool addLine(QByteArrayView line);

private:
    void report(ImportIssue::Severity severity, QByteArrayView text, const QString &message);
    ObservedTranslations *m_out;
};
