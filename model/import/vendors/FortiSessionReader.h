#pragma once

#include "RouterDataReader.h"
#include "SharedDetails.h"

#include <QCoreApplication>

// Reads FortiGate `diagnose sys session list` (FortiOS 6.x/7.x): one block per
// session, from "session info: proto=17 proto_state=01 duration=… expire=…
// timeout=…" to the next block or "total session N". The row comes from the
// original direction's hook line,
//   hook=post dir=org act=snat 10.0.0.5:4500->198.51.100.7:4500(203.0.113.1:4500)
// (source, destination, and in brackets the translated address): for snat
// inside local = source, inside global = translated; for dnat (a VIP)
// inside local = translated destination, inside global = destination; for noop
// both are the source. Outside local/global = destination. The block's other
// lines are session attributes and are not needed; a block cut before its
// hook line is reported, the sessions before it kept.
class FortiSessionReader : public RouterDataReader
{
    Q_DECLARE_TR_FUNCTIONS(FortiSessionReader)
public:
    static constexpr int MaxRows = 4000000;

    QString key() const override { return QStringLiteral("fortigate-session"); }
    QString displayName() const override;
    int sniff(QByteArrayView head) const override;
    ObservedTranslations::Format format() const override { return ObservedTranslations::Conntrack; }

protected:
    bool addLine(QByteArrayView line) override;
    void reset() override;
    void finished() override;

private:
    void startBlock(QByteArrayView line);
    void endBlock();
    void hook(QByteArrayView line);
    void finishRow();

    bool m_inBlock = false;
    int m_blockLine = 0;   // the "session info" line
    int m_row = -1;        // the row this block made, -1 = none yet
    bool m_rowOpen = false; // m_row's details may still grow (policy_id on the misc= line)
    ObservedProtocol m_protocol = ObservedProtocol::None;
    int m_duration = -1, m_expire = -1; // indexes of those columns
    SharedDetails m_shared;
    SharedDetails::Draft m_session; // from the session info line
    SharedDetails::Draft m_draft;   // m_row's
};
