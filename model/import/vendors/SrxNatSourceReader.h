#pragma once

#include "ImportIssue.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Juniper SRX source NAT state, read from any of (and any mix of):
//   show security nat source summary   (pool table, rule table or blocks)
//   show security nat source pool all  (or pool NAME)
//   show security nat source rule all  (or rule NAME)
// Like ASA's show nat, these count rules and pools, not translations: they
// become notes beside a configuration import (notes()), saying which rule
// the traffic took and how full each pool is.
struct SrxNatSource
{
    struct Pool
    {
        QString name;
        QStringList ranges; // "198.51.100.10-198.51.100.11"
        QString routingInstance;
        int portTranslation = -1;  // 1 PAT, 0 no-translation, -1 not shown
        QString portRange;         // "1024-63487" when printed
        QString addressAssignment; // "no-paired", … when printed
        qint64 totalAddresses = -1;
        qint64 translationHits = -1;
        qint64 singlePorts = -1, twinPorts = -1; // in use, summed over the ranges
        int line = 0;
    };
    struct Rule
    {
        QString ruleSet, name;
        QStringList from, to;     // zones, interfaces or routing instances
        QString fromKind, toKind; // "zone", "interface", "routing instance"
        QStringList sources, destinations;
        QString action; // "interface", "off" or a pool name
        qint64 translationHits = -1, successful = -1, failed = -1, sessions = -1;
        int line = 0;
    };
    QList<Pool> pools;
    QList<Rule> rules;
    QList<ImportIssue> issues;
    int lines = 0;
    int understood = 0;
};

class SrxNatSourceReader
{
    Q_DECLARE_TR_FUNCTIONS(SrxNatSourceReader)
public:
    static SrxNatSource readText(const QString &text);
    static int sniff(QByteArrayView head);
    // One note per rule with an action and per pool with an address range.
    static QList<ImportIssue> notes(const SrxNatSource &nat);
};
