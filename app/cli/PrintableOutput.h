#pragma once

#include <QIODevice>

#include <cstdio>

// stdout/stderr for meshnat-cli's text streams, escaping on the way out what a
// terminal would act on: control bytes other than newline and tab, DEL, and the
// C1 controls (U+0080-U+009F) become \xNN / \u{NNNN}. Readers already escape
// what they quote from their input (Printable); this is the net under every
// command, so no input can ever reach the terminal raw.
class PrintableOutput : public QIODevice
{
public:
    explicit PrintableOutput(FILE *stream);

    // Text that is printable already, written without the scan: for
    // JsonStreamWriter's output, whose strings escape every control byte,
    // DEL and C1 control (so the scan would pass it unchanged).
    bool writePrintable(const char *data, qint64 size);

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    FILE *m_stream;
    bool m_pendingC2 = false; // a 0xC2 lead byte ended the last write
};
