#pragma once

#include "ObservedTranslations.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>

// The compact, lossless binary form of an observed translation table, as a
// project stores it (issue #15: a 1M-row table in a few bytes per row).
//
// Rows are cut into blocks of BlockRows; each block is written column by
// column (line deltas, protocol flags, address shapes, then every IPv4 address
// and port split into byte planes) and compressed with zlib, so columns that
// barely change (the inside global, the line numbers, port 443) shrink to almost
// nothing and random ones (PAT ports) to about their entropy. The outside local
// is stored as its difference from the outside global (usually equal), and
// conntrack's per-row timeouts as differences from the row before. Extras,
// issues, commands and totals follow in their own compressed blocks with
// strings interned; the vendors' per-row value columns last. Every field of ObservedTranslations survives a round trip.
class ObservedTableCodec
{
    Q_DECLARE_TR_FUNCTIONS(ObservedTableCodec)
public:
    static constexpr int BlockRows = 65536;
    // 2: per-row value columns follow the rows (written only when a table has them).
    static constexpr quint8 Version = 2;

    // progress(rows done, rows) after each block returns false to stop: the
    // result is then empty.
    using Progress = std::function<bool(qsizetype, qsizetype)>;
    static QByteArray encode(const ObservedTranslations &table, const Progress &progress = {});
    // False with a reason ("row block 3: ...") when the data is not a complete,
    // consistent encoding; *out is then unspecified.
    static bool decode(QByteArrayView data, ObservedTranslations *out, QString *error);
};
