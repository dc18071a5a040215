#pragma once

#include "RouterDataReader.h"
#include "SharedDetails.h"

#include <QCoreApplication>

// Reads Cisco ASA `show xlate` (8.3 and later): the "N in use, M most used"
// count, the Flags legend (any number of lines), and entries such as
//   UDP PAT from inside:10.0.0.5/4500 to outside:203.0.113.1/4500 flags ri idle 0:00:12 timeout 0:00:30
//   NAT from inside:10.0.0.9 to outside:203.0.113.9
//       flags s idle 0:10:00 timeout 0:00:00
// where the flags/idle/timeout part may wrap onto the next line. The real
// ("from") side becomes inside local, the mapped ("to") side inside global;
// ASA's xlate has no outside columns (shown as placeholders). Interfaces,
// flags, idle and timeout are kept as the row's details: shared between rows
// that have the same ones (SharedDetails), the idle time in a column of its own.
// An entry whose wrapped part never came (cut input) is reported and kept.
class AsaXlateReader : public RouterDataReader
{
    Q_DECLARE_TR_FUNCTIONS(AsaXlateReader)
public:
    static constexpr int MaxRows = 4000000;

    QString key() const override { return QStringLiteral("asa-xlate"); }
    QString displayName() const override;
    int sniff(QByteArrayView head) const override;
    ObservedTranslations::Format format() const override { return ObservedTranslations::CiscoShow; }

protected:
    bool addLine(QByteArrayView line) override;
    void reset() override;
    void finished() override;

private:
    // An entry's words kept in its details. Small (its row and address texts
    // apart): a larger struct was zeroed by a slow rep stos on every line.
    struct Head
    {
        QByteArrayView protocol, type, realIf, mappedIf;
    };
    // "flags F idle H:MM:SS timeout H:MM:SS", the usual attributes.
    struct Attributes
    {
        QByteArrayView flags, idle, timeout;
        qint64 idleSeconds = 0;
    };
    // The usual entry, and the usual wrapped line of the entry above, read in
    // place in one pass over their bytes (as ShowNatTranslationsReader::fastRow);
    // false leaves the line, untouched, to the general path (anything else,
    // and any line with a problem to report).
    bool fastEntry(QByteArrayView line);
    bool fastWrapped(QByteArrayView line);
    static const char *usualAttributes(const char *p, const char *end, Attributes *a);
    bool entry(QByteArrayView line, const QByteArrayView *words, int count);
    // The row (its details begun; the texts of addresses kept as printed);
    // its index.
    int addEntry(ObservedRow row, const Head &head, QByteArrayView realText = {},
                 QByteArrayView mappedText = {});
    // "flags ri idle 0:00:12 timeout 0:00:30" from words[from]; false when malformed.
    bool attributes(const QByteArrayView *words, int from, int count);
    void writeAttributes(const Attributes &a);
    void flags(QByteArrayView value);
    void idle(QByteArrayView text, qint64 seconds);
    void reportCut();
    void finishRow(int row); // the row's details are complete: shared, and its idle column set

    int m_pending = -1;      // row whose flags/idle/timeout may follow on the next line
    bool m_legend = false;   // inside the Flags legend
    int m_idle = -1;         // index of the "idle" column
    SharedDetails m_shared;
    SharedDetails::Draft m_draft; // the details of the row being read
};
