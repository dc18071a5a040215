#pragma once

#include "ObservedTranslations.h"

#include <QCoreApplication>
#include <QIODevice>

// Reads Cisco `show ip nat translations` output (IOS and IOS-XE, plain and
// verbose, `show platform … nat translations` too) as pasted from a terminal:
// header variants, repeated headers, echoed prompts, `---` in any column,
// upper-case protocols, detail lines, VRF lines, "Total number of translations"
// trailers, pager residue, no final newline. Input is taken line by line, so a
// file is streamed, never held whole. Every line that is not understood is
// reported with its number; none is fatal.
class ShowNatTranslationsReader
{
    Q_DECLARE_TR_FUNCTIONS(ShowNatTranslationsReader)
public:
    static constexpr int MaxRows = 4000000;       // beyond this, the read stops with an error
    static constexpr int MaxLineLength = 64 * 1024; // longer lines are reported and skipped

    explicit ShowNatTranslationsReader(ObservedTranslations *out);

    // Feeds one line (without its newline). Returns false once MaxRows is exceeded.
    bool addLine(QByteArrayView line);
    QString errorString() const { return m_error; }

    // Whole-input helpers. readFile returns false (with errorString naming the
    // file) when it cannot be read or has too many rows; rows read so far stay.
    static bool readFile(const QString &fileName, ObservedTranslations *out, QString *error);
    static bool readDevice(QIODevice *device, const QString &sourceName, ObservedTranslations *out,
                           QString *error);
    static ObservedTranslations readData(QByteArrayView data);
    static ObservedTranslations readText(const QString &text) { return readData(text.toUtf8()); }

private:
    bool parseRow(QByteArrayView trimmed, const QByteArrayView *tokens, int count);
    bool parseDetails(const QString &line);
    void report(ImportIssue::Severity severity, QByteArrayView text, const QString &message);

    ObservedTranslations *m_out;
    int m_lastRow = -1; // the row that detail lines belong to
    QString m_error;
};
