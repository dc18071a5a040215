#pragma once

#include "ImportIssue.h"
#include "LineSplitter.h"
#include "ObservedTranslations.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

// A reader of one kind of router output that lists translations or
// connections (`show ip nat translations`, `conntrack -L`, and the readers of
// issue #16). It says what it reads (key(), displayName()), how sure it is that
// the start of some input is its format (sniff()), and reads a stream of lines
// into ObservedTranslations: rows in the order printed, issues with their line
// numbers, never stopping at a bad line. The line splitting and the terminal's
// noise (CRLF, pager prompts, blanks) are handled once, here, for every reader;
// a reader sees each line cleaned by LineSplitter::clean and its number in
// out()->lines. RouterDataRegistry picks a reader by sniffing or by key.
class RouterDataReader
{
    Q_DECLARE_TR_FUNCTIONS(RouterDataReader)
public:
    static constexpr int MaxLineLength = 64 * 1024; // longer lines are reported and skipped

    virtual ~RouterDataReader() = default;

    virtual QString key() const = 0;         // stable, for --format: "cisco-show"
    virtual QString displayName() const = 0; // translated: "Cisco show ip nat translations"
    // 0 = surely not this format … 100 = surely; head is the input's first few KB.
    virtual int sniff(QByteArrayView head) const = 0;
    virtual ObservedTranslations::Format format() const = 0;

    // Streaming: begin(), then pieces of input in order (any size, lines may be
    // cut anywhere), then end(). feed() and end() return false once the reader
    // stopped (errorString() says why: too many rows); rows read stay.
    void begin(ObservedTranslations *out);
    // The input's size when known (a file): room for the rows it can hold is
    // reserved up front, so the table is never copied while it grows. Only
    // address space: pages never written cost no memory (squeezing would copy).
    void expectInput(qint64 bytes);
    bool feed(QByteArrayView piece);
    bool end();
    QString errorString() const { return m_error; }

    // Whole inputs. A file is memory-mapped (a pipe or "-" for stdin is read
    // in blocks); false with `error` naming the source and line when it cannot
    // be read or the reader stopped. parseData reports a stop as an Error issue.
    bool parseFile(const QString &fileName, ObservedTranslations *out, QString *error);
    bool parseDevice(QIODevice *device, const QString &sourceName, ObservedTranslations *out,
                     QString *error);
    void parseData(QByteArrayView data, ObservedTranslations *out);

protected:
    // One line, cleaned, not empty; out()->lines is its number. false stops the
    // read (call fail() first).
    virtual bool addLine(QByteArrayView line) = 0;
    virtual void reset() {} // per-read state, before the first line
    // Ordinary rows straight from the input, before lines are split and
    // cleaned (LineSplitter::feed's onRows): a reader that sets takesRows
    // takes whole lines at p, each through its '\n', counting each in
    // out()->lines, and returns the first line it left to addLine(); null when
    // it stopped. Only lines that clean() leaves as they are and that addLine()
    // would read the same way.
    virtual const char *takeRows(const char *p, const char *) { return p; }
    bool takesRows = false;
    virtual void finished() {} // after the last line

    ObservedTranslations *out() const { return m_out; }
    void report(ImportIssue::Severity severity, QByteArrayView text, const QString &message);
    void fail(const QString &message) { m_error = message; }
    bool stopped() const { return !m_error.isEmpty(); }

private:
    bool takeLine(QByteArrayView line);
    void takeOverlong();
    bool stoppedResult(const QString &sourceName, QString *error) const;

    ObservedTranslations *m_out = nullptr;
    LineSplitter m_splitter{MaxLineLength};
    QString m_error;
};
