#pragma once

#include "CiscoConfig.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>

// Reads the NAT part of a Juniper SRX configuration, as `show configuration |
// display set` prints it or in the curly-brace form (flattened to the same set
// statements): host name, interface units with their inet addresses, security
// zones, `security nat source` (pools with address ranges, `port
// no-translation`, `port range`; rule-sets from/to zone or interface; rules
// matching source/destination addresses, then interface, pool or off),
// `security nat static` (static-nat prefix, with mapped-port) and proxy-arp.
// The result is IOS-shaped (CiscoConfig, profile juniper-srx): each source rule
// becomes a dynamic rule with an access list of its matches, interfaces of the
// from side are NAT inside, those of the to side outside. Every other statement
// is listed with its line; a malformed NAT statement is an error of its line.
class SrxConfigReader
{
    Q_DECLARE_TR_FUNCTIONS(SrxConfigReader)
public:
    static CiscoConfig readText(const QString &text);
    // 0 = surely not an SRX configuration … 100 = surely.
    static int sniff(QByteArrayView head);

private:
    struct RuleSet
    {
        QString name;
        QString fromKind, from; // "zone", "interface", "routing-instance"
        QString toKind, to;
        bool isStatic = false;
        int line = 0;
    };
    struct Rule
    {
        QString ruleSet, name;
        QStringList sources, destinations;
        QString action; // source: "interface", "pool", "off"; static: "static-nat"
        QString pool;
        QString prefix;  // static-nat prefix (the inside address)
        int destinationPort = -1, mappedPort = -1;
        bool isStatic = false;
        int line = 0;
        QString text;
    };
    struct PoolPorts
    {
        bool noTranslation = false;
        int low = -1, high = -1;
    };

    void line(const QString &raw);
    void braceLine(const QString &text);
    void statement(const QString &text, const QStringList &w);
    void interfaceStatement(const QString &text, const QStringList &w);
    void natStatement(const QString &text, const QStringList &w);
    void sourcePool(const QString &text, const QStringList &w);
    void ruleSetStatement(const QString &text, const QStringList &w, bool isStatic);
    void finish();
    RuleSet &ruleSet(const QString &name, bool isStatic);
    Rule &rule(const QString &ruleSet, const QString &name, bool isStatic);
    QStringList interfacesOf(const QString &kind, const QString &name) const;
    void understood() { ++m_config.understood; }
    void issue(ImportIssue::Severity severity, const QString &text, const QString &message);

    CiscoConfig m_config;
    int m_line = 0;
    QStringList m_path;       // brace form: the statement path of the open blocks
    QList<int> m_pathSizes;   // words each open block added
    QHash<QString, QString> m_zoneOf; // interface unit -> security zone
    QList<RuleSet> m_ruleSets;
    QList<Rule> m_rules;
    QHash<QString, PoolPorts> m_poolPorts;
};
