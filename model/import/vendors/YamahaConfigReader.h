#pragma once

#include "CiscoConfig.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QMap>

// Reads the NAT part of a YAMAHA RTX configuration (show config / config.txt):
// interface addresses (ip lanN address, pp select / tunnel select contexts),
// ip IF nat descriptor N, and the NAT descriptor (NATディスクリプター)
// statements: nat descriptor type N masquerade|nat|nat-masquerade|none,
// address outer / inner, masquerade static (静的IPマスカレード), static (静的NAT),
// masquerade port range, timer, masquerade incoming. The result is IOS-shaped
// (CiscoConfig, profile yamaha-rtx): a descriptor's IPマスカレード becomes a
// dynamic rule on its first outer address (overload), its dynamic NAT a rule
// without port translation over the outer addresses, static entries static
// NAT/PAT; the interface a descriptor is applied to is NAT outside, the
// interfaces holding its inner addresses NAT inside. Every other line is listed
// with its number; a malformed NAT line is an error of its line.
class YamahaConfigReader
{
    Q_DECLARE_TR_FUNCTIONS(YamahaConfigReader)
public:
    static CiscoConfig readText(const QString &text);
    // 0 = surely not a YAMAHA RTX configuration … 100 = surely.
    static int sniff(QByteArrayView head);

    // Initial value of nat descriptor timer (seconds); assumed (docs/profiles.md).
    static constexpr int DefaultTimer = 900;

private:
    struct Descriptor
    {
        QString type;               // masquerade, nat, nat-masquerade, none
        QStringList outer, inner;   // as written (addresses, ranges, mnemonics)
        QList<CiscoConfig::NatRule> statics; // static NAT and 静的IPマスカレード
        QStringList portRanges;     // "60000-64095"
        int timer = -1, udpTimer = -1;
        int line = 0;               // first line of the descriptor
    };

    void line(const QString &raw);
    void natDescriptor(const QString &text, const QStringList &w);
    void finish();
    Descriptor &descriptor(int number);
    QString contextInterface(const QString &kind) const;
    void understood() { ++m_config.understood; }
    void issue(ImportIssue::Severity severity, const QString &text, const QString &message);

    CiscoConfig m_config;
    int m_line = 0;
    QString m_pp, m_tunnel;               // pp select / tunnel select context
    QMap<int, Descriptor> m_descriptors;
    QList<QPair<QString, int>> m_applied; // interface, descriptor
    QList<int> m_appliedLines;
};
