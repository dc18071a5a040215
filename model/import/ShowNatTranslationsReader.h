#pragma once

#include "RouterDataReader.h"

#include <QCoreApplication>
#include <QIODevice>

// Reads Cisco `show ip nat translations` output (IOS and IOS-XE, plain and
// verbose, `show platform … nat translations` too) as pasted from a terminal:
// header variants, repeated headers, echoed prompts, `---` in any column,
// upper-case protocols, detail lines, VRF lines, "Total number of translations"
// trailers, pager residue, no final newline. Input is streamed (a file is
// memory-mapped), never held whole; an ordinary row is read in one pass over
// its bytes without allocating. Every line that is not understood is reported
// with its number; none is fatal.
class ShowNatTranslationsReader : public RouterDataReader
{
    Q_DECLARE_TR_FUNCTIONS(ShowNatTranslationsReader)
public:
    static constexpr int MaxRows = 4000000; // beyond this, the read stops with an error

    explicit ShowNatTranslationsReader(ObservedTranslations *out = nullptr);

    QString key() const override { return QStringLiteral("cisco-show"); }
    QString displayName() const override;
    int sniff(QByteArrayView head) const override;
    ObservedTranslations::Format format() const override { return ObservedTranslations::CiscoShow; }

    // Whole-input helpers. readFile returns false (with errorString naming the
    // file) when it cannot be read or has too many rows; rows read so far stay.
    static bool readFile(const QString &fileName, ObservedTranslations *out, QString *error);
    static bool readDevice(QIODevice *device, const QString &sourceName, ObservedTranslations *out,
                           QString *error);
    static ObservedTranslations readData(QByteArrayView data);
    static ObservedTranslations readText(const QString &text) { return readData(text.toUtf8()); }

protected:
    bool addLine(QByteArrayView line) override;
    const char *takeRows(const char *p, const char *end) override;
    void reset() override { m_lastRow = -1; }

private:
    bool fastRow(QByteArrayView line);
    bool appendRow(ObservedRow row);
    bool parseRow(QByteArrayView trimmed, const QByteArrayView *tokens, int count);
    bool parseDetails(const QString &line);
    bool tooMany();

    int m_lastRow = -1; // the row that detail lines belong to
};
