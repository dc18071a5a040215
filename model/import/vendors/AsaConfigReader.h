#pragma once

#include "CiscoConfig.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

// Reads the NAT part of a Cisco ASA 8.3+ `show running-config` onto the
// IOS-shaped CiscoConfig (readerKey "cisco-asa-config", profile "cisco-asa"):
// - interface blocks: nameif (the name NAT uses), ip address, security-level;
//   NAT roles come from the NAT statements (real side inside, mapped side
//   outside), else from the security level;
// - object network (host, subnet, range, fqdn) and object-group network
//   (network-object, group-object): the sources of rules, as access lists
//   named after the object, and PAT pools;
// - object service and object-group service for static PAT (twice NAT);
// - object NAT (`nat (in,out) dynamic interface | MAPPED | pat-pool POOL …`,
//   `nat (in,out) static MAPPED [service udp R M]`) and twice NAT
//   (`nat (in,out) [after-auto] source dynamic|static …`), with pat-pool
//   options extended, flat, include-reserve, round-robin as profile options;
// - timeout udp / conn / icmp / pat-xlate.
// Every statement is mapped or reported with its line and why; a malformed
// statement is an error that loses nothing else.
class AsaConfigReader
{
    Q_DECLARE_TR_FUNCTIONS(AsaConfigReader)
public:
    static CiscoConfig readText(const QString &text);
    // 0 = surely not an ASA configuration … 100 = surely.
    static int sniff(QByteArrayView head);

private:
    struct AddressRange
    {
        quint32 first = 0, last = 0;
    };
    // An object network / object-group network: addresses and references.
    struct NetworkObject
    {
        QString name;
        bool group = false;
        QList<AddressRange> ranges;
        QStringList references; // objects and groups it includes
        QString fqdn;
        int line = 0;
    };
    struct ServiceObject
    {
        QString name;
        QString protocol;                // "udp", "tcp"
        int sourcePort = -1, destinationPort = -1;
        int line = 0;
    };
    // One NAT statement as written.
    struct Nat
    {
        int line = 0;
        QString text;
        QString realIf, mappedIf;
        bool twice = false, afterAuto = false, isStatic = false;
        QString real;             // object or group name; "any"
        QString mapped;           // object or group name, an inline address, or empty
        bool mappedInterface = false; // "interface" (or the fallback after a pool)
        QString patPool;
        QStringList options;      // extended, flat, include-reserve, round-robin, …
        QString protocol;         // object NAT static service
        int realPort = -1, mappedPort = -1;
        QString realService, mappedService; // twice NAT service objects
        bool destination = false, inactive = false, unidirectional = false;
    };
    enum class Block { None, Interface, Object, Group, Service, ServiceGroup, Unknown };

    void line(const QString &raw);
    void topLevel(const QString &text, const QStringList &w);
    void interfaceLine(const QString &text, const QStringList &w);
    void objectLine(const QString &text, const QStringList &w);
    void groupLine(const QString &text, const QStringList &w);
    void serviceLine(const QString &text, const QStringList &w);
    void natStatement(const QString &text, const QStringList &w, const QString &object);
    void removeNat(const QString &text, const QStringList &w, const QString &object);
    void timeoutStatement(const QString &text, const QStringList &w);
    bool parseMask(const QString &address, const QString &mask, AddressRange *out) const;
    void finish();
    bool resolve(const QString &name, QList<AddressRange> *out, QString *why, int depth = 0) const;
    void mapDynamic(const Nat &n, const QList<AddressRange> &sources);
    void mapStatic(const Nat &n, const QList<AddressRange> &sources);
    void assignRoles();
    void addOption(const QString &option, const Nat &n);
    void understood() { ++m_config.understood; }
    void issue(ImportIssue::Severity severity, const QString &text, const QString &message,
               int line = -1);

    CiscoConfig m_config;
    Block m_block = Block::None;
    QString m_current; // name of the open object / group / interface index
    int m_interface = -1;
    QHash<int, int> m_securityLevel; // interface index -> level
    QHash<QString, NetworkObject> m_objects;
    QHash<QString, ServiceObject> m_services;
    QList<Nat> m_nats;
    static constexpr int NotGiven = -2;
    int m_udpTimeout = NotGiven, m_patXlate = NotGiven; // -1: never (0:00:00)
    QString m_lastTopLevel; // the statement a Block::Unknown belongs to
};
