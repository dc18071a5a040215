#pragma once

#include "RouterDataReader.h"
#include "SharedDetails.h"

#include <QCoreApplication>

// Reads Juniper SRX `show security flow session`: blocks of
//   Session ID: 3452, Policy name: trust-to-untrust/4, Timeout: 58, Valid
//     In: 10.0.0.5/4500 --> 198.51.100.7/4500;udp, Conn Tag: 0x0, If: ge-0/0/1.0, Pkts: 10, Bytes: 1000,
//     Out: 198.51.100.7/4500 --> 203.0.113.1/1025;udp, Conn Tag: 0x0, If: ge-0/0/0.0, Pkts: 8, Bytes: 800,
// and "Total sessions: N". The In wing gives inside local (its source) and
// outside (its destination); the Out wing's destination is the translated
// inside global (and its source the outside global). A block cut before its
// Out wing is reported, the sessions before it kept.
class SrxFlowSessionReader : public RouterDataReader
{
    Q_DECLARE_TR_FUNCTIONS(SrxFlowSessionReader)
public:
    static constexpr int MaxRows = 4000000;

    QString key() const override { return QStringLiteral("srx-flow-session"); }
    QString displayName() const override;
    int sniff(QByteArrayView head) const override;
    ObservedTranslations::Format format() const override { return ObservedTranslations::Conntrack; }

protected:
    bool addLine(QByteArrayView line) override;
    void reset() override;
    void finished() override;

private:
    // What a wing line says: its flow, and its If, Pkts and Bytes values
    // (empty when the key is missing).
    struct Wing
    {
        ObservedAddress src, dst;
        QByteArrayView protocol;
        QByteArrayView value[3];
        bool found[3] = {false, false, false};
    };
    void endBlock();
    bool wing(QByteArrayView line, bool in);
    static bool parseWing(QByteArrayView line, Wing *w);
    static bool usualWing(QByteArrayView line, Wing *w);
    void wingDetails(const Wing &w, bool in);
    void sessionLine(QByteArrayView line);
    bool usualSession(QByteArrayView line);
    void sessionField(QByteArrayView key, QByteArrayView value);

    bool m_inBlock = false;
    int m_blockLine = 0;
    int m_row = -1;       // made by the In wing, completed by the Out wing
    bool m_haveOut = false;
    // Session ID, timeout, packets and bytes of each wing: per-row columns;
    // the rest is shared between rows with the same (SharedDetails).
    enum Column { SessionId, Timeout, InPkts, InBytes, OutPkts, OutBytes, ColumnCount };
    int m_columns[ColumnCount];
    int columnIndex(Column c);
    SharedDetails m_shared;
    SharedDetails::Draft m_session; // from the Session ID line
    SharedDetails::Draft m_draft;   // m_row's
    Wing m_wing;                    // the line's, see wing()
};
