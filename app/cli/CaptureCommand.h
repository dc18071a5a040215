#pragma once

#include "CliCommand.h"

class CaptureReconstruction;

// meshnat-cli capture INSIDE.pcap [OUTSIDE.pcap] [--json]: reads packet
// captures taken inside and outside a NAT device and prints the translations
// it really made and the tunnels' real state (issue #18). With one capture,
// the tunnels and what the NAT detection hashes say.
class CaptureCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CaptureCommand)
public:
    QString name() const override { return QStringLiteral("capture"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    static QByteArray toJson(const CaptureReconstruction &r);
    static void printText(const CaptureReconstruction &r, QTextStream &out);
};
