#pragma once

#include "Endpoint.h"
#include "ImportIssue.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

// One address column of a real translation table: "10.1.7.2:1220", "10.1.7.2",
// a placeholder ("---") or, when the router printed something that is not an
// address ("120.1.211"), the text as it was.
struct ObservedAddress
{
    enum Kind : quint8 { Empty, Placeholder, Address, Text };
    quint32 ip = 0;
    quint16 port = 0;
    Kind kind = Empty;
    bool hasPort = false;

    bool isAddress() const { return kind == Address; }
    Endpoint endpoint() const { return {ip, port}; }
    // Parses one column; Text when it is neither an address nor dashes.
    static ObservedAddress parse(QByteArrayView text);
    static bool looksLikeAddress(QByteArrayView text); // digits, dots, colons or dashes
};

enum class ObservedProtocol : quint8 { None, Tcp, Udp, Icmp, Esp, Gre, Any, Other };

// One translation row. Kept small (about 48 bytes) so a million-row table fits;
// anything unusual about a row (verbose details, a VRF, text that is not an
// address, an unknown protocol) lives in ObservedTranslations::extras.
struct ObservedRow
{
    enum Column { InsideGlobal, InsideLocal, OutsideLocal, OutsideGlobal };
    ObservedAddress address[4];
    int line = 0;
    int extra = -1; // index into ObservedTranslations::extras
    ObservedProtocol protocol = ObservedProtocol::None;
    bool upperCase = false; // "UDP" as printed by some IOS-XE platforms

    const ObservedAddress &insideGlobal() const { return address[InsideGlobal]; }
    const ObservedAddress &insideLocal() const { return address[InsideLocal]; }
    const ObservedAddress &outsideLocal() const { return address[OutsideLocal]; }
    const ObservedAddress &outsideGlobal() const { return address[OutsideGlobal]; }
};

struct ObservedRowExtra
{
    QString protocol;   // as printed, for ObservedProtocol::Other
    QString text[4];    // as printed, for Text and unusual placeholders ("--")
    QString vrf;        // from verbose detail lines ("vrf: genie"); empty = default
    QVariantMap details; // verbose details, keyed as genieparser does (use_count, ...)
};

// Per-row values of the details that differ on nearly every row (an idle time,
// a counter, a session id): one 32-bit number per row instead of a map per
// row, so rows can share the rest of their details. details(row) shows the
// value under key, as a number or as the text it was read from (Decimal:
// "1512", Hms: "0:00:12"); a reader keeps a value that this cannot reproduce
// exactly in the row's details instead.
struct ObservedValueColumn
{
    enum Style : quint8 { Number, Decimal, Hms };
    static constexpr quint32 None = 0xffffffffu; // the row has no value here
    QString key;
    Style style = Number;
    QList<quint32> values; // per row; rows past the end have None

    quint32 at(int row) const { return row < values.size() ? values.at(row) : None; }
    QVariant value(int row) const; // invalid for None
    // The value a text has in this style; None when it would not print back the same.
    static quint32 parse(Style style, QByteArrayView text);
    // Writes the value's text (no quotes) at p, returns its end; 24 bytes are enough.
    static char *format(Style style, quint32 value, char *p);
};

// A translation table read from a router: `show ip nat translations` (any
// variant) or `conntrack -L`. Rows in the order printed, the problems found
// with their line numbers, and what the output said about itself.
struct ObservedTranslations
{
    // Captured: reconstructed from packet captures inside and outside the
    // device (issue #18); `commands` then names the capture files.
    enum Format { CiscoShow, Conntrack, Captured };
    Format format = CiscoShow;
    QList<ObservedRow> rows;
    QList<ObservedRowExtra> extras; // rows may share one (conntrack's identical details)
    QList<qint32> timeouts;         // per row when the format has one (conntrack), else empty;
                                    // details() shows it as "timeout"
    QList<ObservedValueColumn> columns; // per-row detail values (vendor tables)
    QList<ImportIssue> issues;
    QStringList commands;  // echoed commands ("show ip nat translations vrf abc")
    qint64 total = -1;     // "Total number of translations: N" (sum), -1 = none
    int lines = 0;         // lines read
    int headers = 0;       // header lines seen
    bool verbose = false;  // detail lines seen

    int size() const { return int(rows.size()); }
    QString protocolText(int row) const;
    QString addressText(int row, ObservedRow::Column column) const;
    QString vrf(int row) const;
    QVariantMap details(int row) const;
    ObservedRowExtra &extraFor(int row); // creates it (for a row that has none or its own)
    int column(const QString &key, ObservedValueColumn::Style style); // its index, added when new
    void setValue(int column, int row, quint32 value);

    static QString protocolKey(ObservedProtocol protocol); // "udp", "---", ...
    static ObservedProtocol protocolFromText(QByteArrayView text, bool *upperCase);
};
