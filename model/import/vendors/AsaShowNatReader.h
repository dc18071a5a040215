#pragma once

#include "ImportIssue.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

// Per-rule counters of Cisco ASA `show nat` / `show nat detail`:
//   Manual NAT Policies (Section 1)
//   1 (inside) to (outside) source static HCX-NE MAPPED-NE service NATT NATT-4501
//       translate_hits = 0, untranslate_hits = 0
//       Source - Origin: 10.10.1.203/32, Translated: 198.51.100.9/32
//   Auto NAT Policies (Section 2)
//   1 (inside) to (outside) source dynamic HCX-SEGMENT interface
//       translate_hits = 1843, untranslate_hits = 37
// They count rules, not translations, so they are no observed table: they
// become notes beside a configuration import (notes()), saying which rule
// the traffic really took and which rules were never hit.
struct AsaNatHits
{
    struct Rule
    {
        int section = 0; // 1 manual, 2 auto (object), 3 manual after-auto
        int index = 0;   // the rule's number in its section
        QString realIf, mappedIf;
        QString statement; // "source dynamic HCX-SEGMENT interface"
        qint64 translateHits = -1, untranslateHits = -1; // -1: not shown (cut)
        QString origin, translated; // show nat detail: "Source - Origin: …, Translated: …"
        int line = 0;
    };
    QList<Rule> rules;
    QList<ImportIssue> issues;
    int lines = 0;
    int understood = 0;
};

class AsaShowNatReader
{
    Q_DECLARE_TR_FUNCTIONS(AsaShowNatReader)
public:
    static AsaNatHits readText(const QString &text);
    static int sniff(QByteArrayView head);
    // One note per rule with its counters; rules never hit say so.
    static QList<ImportIssue> notes(const AsaNatHits &hits);
};
