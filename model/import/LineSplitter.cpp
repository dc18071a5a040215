#include "LineSplitter.h"

namespace {
QByteArrayView chopCr(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}
} // namespace

bool LineSplitter::run(QIODevice *device, const LineFn &onLine, const OverlongFn &onOverlong)
{
    constexpr qint64 Block = 1 << 20;
    QByteArray pending;     // the start of a line cut by a block boundary
    bool skipping = false;  // inside an overlong line: drop until its newline
    QByteArray block(Block, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device->read(block.data(), Block);
        if (n < 0)
            return false;
        if (n == 0)
            break;
        QByteArrayView data(block.constData(), n);
        qsizetype start = 0;
        for (;;) {
            const qsizetype nl = data.indexOf('\n', start);
            if (nl < 0)
                break;
            const QByteArrayView piece = data.sliced(start, nl - start);
            start = nl + 1;
            if (skipping) {
                skipping = false;
                pending.clear();
                continue;
            }
            if (pending.size() + piece.size() > m_max) {
                pending.clear();
                onOverlong();
                continue;
            }
            if (!pending.isEmpty()) {
                pending.append(piece);
                const bool go = onLine(chopCr(pending));
                pending.clear();
                if (!go)
                    return true;
            } else if (!onLine(chopCr(piece))) {
                return true;
            }
        }
        if (!skipping) {
            pending.append(data.sliced(start));
            if (pending.size() > m_max) {
                pending.clear();
                skipping = true;
                onOverlong();
            }
        }
    }
    if (!skipping && !pending.isEmpty())
        onLine(chopCr(pending));
    return true;
}

void LineSplitter::split(QByteArrayView data, const LineFn &onLine)
{
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype nl = data.indexOf('\n', start);
        if (nl < 0)
            nl = data.size();
        if (!onLine(chopCr(data.sliced(start, nl - start))))
            return;
        start = nl + 1;
    }
}
