#pragma once

#include "RouterDataReader.h"
#include "SharedDetails.h"

#include <QCoreApplication>

// Reads YAMAHA RTX `show nat descriptor address`: the descriptor's header
// (参照NATディスクリプタ, NAT/IPマスカレード 作動タイプ, 外側アドレス) and the
// masquerade table, in Japanese firmware's words (UTF-8 or Shift_JIS, as a
// terminal may have saved them) or English firmware's. Columns are found by
// their header words, in whatever order and spacing they are printed:
// inner address (ip or ip:port), inner port, outer port, remaining time/TTL,
// protocol. Inside local = inner address and port; inside global = the
// descriptor's outer address with the outer port; no outside columns.
// Only the header words are decoded; other bytes are never echoed raw.
class YamahaNatReader : public RouterDataReader
{
    Q_DECLARE_TR_FUNCTIONS(YamahaNatReader)
public:
    static constexpr int MaxRows = 4000000;
    enum Column { InnerAddress, InnerPort, OuterPort, Ttl, Protocol, ColumnCount };

    QString key() const override { return QStringLiteral("yamaha-nat"); }
    QString displayName() const override;
    int sniff(QByteArrayView head) const override;
    ObservedTranslations::Format format() const override { return ObservedTranslations::CiscoShow; }

protected:
    bool addLine(QByteArrayView line) override;
    void reset() override;

private:
    // A row's TTL when there is no such column, or it is not a number.
    static constexpr qint64 NoTtl = -1, BadTtl = -2;

    bool columnHeader(QByteArrayView line);
    bool fastRow(QByteArrayView line);
    void row(QByteArrayView line);
    void addRow(QByteArrayView line, const ObservedAddress &local, quint16 outerPort,
                QByteArrayView protocol, qint64 ttl);
    void outerText(QByteArrayView line, ObservedRow *r, quint16 outerPort);

    int m_order[ColumnCount];  // word index of each column in a row, -1 = absent
    Column m_kind[ColumnCount]; // the column at each word index (the first m_columns)
    int m_columns = 0;         // words in a row; 0 = no column header seen yet
    ObservedAddress m_outer;   // the descriptor's outer address
    QString m_outerText;       // as printed when it is not an address ("ipcp")
    QByteArray m_descriptor;   // 参照NATディスクリプタ, as printed (Latin-1)
    int m_ttl = -1;            // index of the "ttl" column
    SharedDetails m_shared;    // rows with the same descriptor and protocol share details
    SharedDetails::Draft m_draft;
    bool m_draftPlain = false; // m_draft holds an ordinary row's details (see addRow)
    bool m_outerWarned = false;
};
