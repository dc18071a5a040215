#include "LineSplitter.h"

QByteArrayView LineSplitter::clean(QByteArrayView raw)
{
    QByteArrayView line = trimmed(raw);
    // A capture taken through the pager carries its prompt (and the blanks and
    // backspaces that erased it) in front of the next line.
    while (!line.isEmpty() && (line.front() == '-' || line.front() == '<')) {
        if (startsWithNoCase(line, "--More--"))
            line = trimmed(line.sliced(8));
        else if (startsWithNoCase(line, "<--- More --->"))
            line = trimmed(line.sliced(14));
        else
            break;
    }
    return line;
}

qsizetype LineSplitter::promptMark(QByteArrayView line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == '#' || line[i] == '>')
            return i > 0 ? i : -1;
        if (isBlank(line[i]))
            return -1;
    }
    return -1;
}

bool LineSplitter::run(QIODevice *device, const LineFn &onLine, const OverlongFn &onOverlong)
{
    constexpr qint64 Block = 1 << 20;
    QByteArray block(Block, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device->read(block.data(), Block);
        if (n < 0)
            return false;
        if (n == 0)
            break;
        if (!feed(QByteArrayView(block.constData(), n), onLine, onOverlong))
            return true;
    }
    finish(onLine);
    return true;
}

void LineSplitter::split(QByteArrayView data, const LineFn &onLine)
{
    LineSplitter splitter(int(qMin<qsizetype>(data.size() + 1, 0x7fffffff)));
    if (splitter.feed(data, onLine, [] {}))
        splitter.finish(onLine);
}
