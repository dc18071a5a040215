#pragma once

#include "CiscoConfig.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>

// Reads the NAT part of a Cisco IOS / IOS-XE configuration (running-config as
// shown or saved): interfaces with addresses, ip nat inside/outside and VRF;
// standard and extended ACLs, numbered and named; ip nat pool (prefix-length,
// netmask, range sub-mode); ip nat inside/outside source (list, route-map,
// static, static PAT, static network, with their modifiers); ip nat translation
// timeouts; ip nat settings and (no) ip nat service; route-maps' match ip
// address. Unknown lines are counted and listed, malformed known lines are
// errors with their line numbers, and neither stops the rest from loading.
// Captured text is taken as it comes: the echoed prompt and show command,
// pager prompts ("--More--" and its backspaces), CRLF, tabs, and a
// configuration that lost its indentation (sub-commands at column 0 are given
// to the block above them by their keywords, with one note saying so).
class CiscoConfigReader
{
    Q_DECLARE_TR_FUNCTIONS(CiscoConfigReader)
public:
    static constexpr qint64 MaxFileSize = 32 * 1024 * 1024;

    static CiscoConfig readText(const QString &text);
    // 0 … 100: how sure the input's first few KB are an IOS configuration.
    static int sniff(QByteArrayView head);
    // False (with a message naming the file) only when it cannot be read or is
    // larger than MaxFileSize; problems inside are issues of the result.
    static bool readFile(const QString &fileName, CiscoConfig *out, QString *error);

private:
    enum class Block { None, Interface, AccessList, Pool, RouteMap, Unknown };

    void line(const QString &raw);
    bool isSubCommand(const QStringList &w) const; // of the current block, unindented
    void blockLine(const QString &text, const QStringList &w);
    void noStatement(const QString &text, const QStringList &w);
    void topLevel(const QString &text, const QStringList &w);
    void interfaceLine(const QString &text, const QStringList &w);
    void aclLine(CiscoConfig::AccessList &acl, const QString &text, QStringList w);
    void poolStatement(const QString &text, const QStringList &w);
    void natSource(const QString &text, const QStringList &w);
    void natTranslation(const QString &text, const QStringList &w);
    bool parseStaticAddresses(CiscoConfig::NatRule &rule, const QStringList &w, int *i,
                              QString *error);
    void understood() { ++m_config.understood; }
    void issue(ImportIssue::Severity severity, const QString &text, const QString &message);

    CiscoConfig m_config;
    Block m_block = Block::None;
    int m_index = -1; // of the current interface / ACL / pool / route-map
    QString m_bannerEnd; // inside a banner: its closing delimiter
    bool m_unindentedNoted = false;
};
