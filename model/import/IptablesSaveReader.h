#pragma once

#include "ImportIssue.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// The NAT rules of a Linux router as `iptables-save -t nat` prints them.
struct LinuxNatConfig
{
    struct Rule
    {
        QString chain;          // POSTROUTING, PREROUTING, OUTPUT, INPUT or a user chain
        QString target;         // SNAT, MASQUERADE, DNAT, REDIRECT, ACCEPT, RETURN, a chain
        QString source, destination; // CIDR or empty
        QString inInterface, outInterface;
        QString protocol;
        QString sourcePort, destinationPort;
        QString toSource, toDestination, toPorts; // as written ("203.0.113.5:1024-65535")
        bool random = false, randomFully = false, persistent = false;
        bool negated = false; // some match was negated with "!"
        int line = 0;
        QString text;
    };
    QList<Rule> rules;
    QStringList chains;
    QList<ImportIssue> issues;
    int lines = 0;
};

// Reads `iptables-save` output: only the *nat table is used; other tables are
// reported as not used. Unknown options are warnings, never fatal.
class IptablesSaveReader
{
    Q_DECLARE_TR_FUNCTIONS(IptablesSaveReader)
public:
    static constexpr qint64 MaxFileSize = 32 * 1024 * 1024;
    static LinuxNatConfig readText(const QString &text);
    static bool readFile(const QString &fileName, LinuxNatConfig *out, QString *error);
    static bool looksLikeIptablesSave(const QString &text);
    // A shell prompt, alone or with the iptables command that printed the rules.
    static bool isShellPrompt(const QString &line);
    // Shell-like words: "--comment \"a b\"" stays one word.
    static QStringList words(const QString &line, bool *ok);
};
