#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>

#include <functional>

// Cuts input into lines ("\n", "\r\n"; a missing final newline is fine) without
// holding more than one block and one line in memory, so readers can stream
// files of any size. A line longer than the limit is skipped and reported.
class LineSplitter
{
public:
    using LineFn = std::function<bool(QByteArrayView)>; // false stops
    using OverlongFn = std::function<void()>;

    explicit LineSplitter(int maxLineLength) : m_max(maxLineLength) {}

    // Returns false when the device reports a read error.
    bool run(QIODevice *device, const LineFn &onLine, const OverlongFn &onOverlong);
    static void split(QByteArrayView data, const LineFn &onLine);

private:
    int m_max;
};
