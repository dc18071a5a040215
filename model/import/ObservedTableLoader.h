#pragma once

#include "StoredObservedTable.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

// Reads a router's translation table from a file into the table a device
// stores: streamed through the reader its start calls for (RouterDataRegistry),
// analysed, and encoded for saving, so that the GUI can do all of it on a
// worker thread with progress and a Cancel that stops within a megabyte of
// input, and the CLI in one call.
class ObservedTableLoader
{
    Q_DECLARE_TR_FUNCTIONS(ObservedTableLoader)
public:
    enum Phase { Reading, Analysing, Compressing };
    // done of total (bytes while reading, rows while compressing; total 0 when
    // unknown); returns false to cancel.
    using Progress = std::function<bool(Phase phase, qint64 done, qint64 total)>;

    struct Result
    {
        StoredObservedTable table;
        QString format;    // the reader's key ("cisco-show", "conntrack")
        QString error;     // the file could not be read (names it)
        bool cancelled = false;
        bool ok() const { return error.isEmpty() && !cancelled; }
    };

    // Piece size handed to the reader between progress reports.
    static constexpr qint64 Step = 1 << 20;

    // encode: make the compact form now (the GUI: saves then cost nothing).
    // formatKey names the table reader (--format); empty: detected.
    static Result readFile(const QString &fileName, const Progress &progress = {},
                           bool encode = false, const QString &formatKey = QString());
    static QString phaseText(Phase phase); // translated: "Reading the table…"
};
