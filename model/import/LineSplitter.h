#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <functional>

// Cuts router output into lines without copying it: input comes in pieces (a
// window of a memory-mapped file, a block read from a pipe) and each complete
// line is handed on as a view into that piece; only a line cut by a piece
// boundary is copied once. "\n" and "\r\n" end lines; a missing final newline
// is fine. A line longer than the limit is skipped and reported.
//
// Terminal noise that every reader of a capture meets lives here, once: CR,
// blanks, tabs and backspaces at either end, and pager prompts in front of a
// line ("--More--" with the backspaces that erase it, "<--- More --->").
// promptMark() finds an echoed prompt ("Router#show …", "fw> …").
class LineSplitter
{
public:
    using LineFn = std::function<bool(QByteArrayView)>; // false stops
    using OverlongFn = std::function<void()>;

    explicit LineSplitter(int maxLineLength) : m_max(maxLineLength) {}

    // Hands every complete line of `data` (cleaned) to onLine, which returns
    // false to stop; onOverlong() is called instead for a line over the limit.
    // Returns false once onLine stopped.
    template <typename OnLine, typename OnOverlong>
    bool feed(QByteArrayView data, OnLine &&onLine, OnOverlong &&onOverlong)
    {
        return feed(data, [](const char *p, const char *) { return p; }, onLine, onOverlong);
    }
    // The same, offering the input at the start of each line to onRows first:
    // it takes as many whole lines there as it can, each through its '\n',
    // straight from the input (no line search, no clean()), and returns where
    // it stopped (null stops everything). A reader's ordinary rows then cost
    // one pass over their bytes.
    template <typename OnRows, typename OnLine, typename OnOverlong>
    bool feed(QByteArrayView data, OnRows &&onRows, OnLine &&onLine, OnOverlong &&onOverlong);
    // The last line when the input did not end with a newline.
    template <typename OnLine>
    bool finish(OnLine &&onLine);

    // Whole-input helpers: a device read in 1 MB blocks (false on a read
    // error), and data already in memory.
    bool run(QIODevice *device, const LineFn &onLine, const OverlongFn &onOverlong);
    static void split(QByteArrayView data, const LineFn &onLine);

    static bool isBlank(char c)
    {
        // ' ' and \b \t \n \v \f \r (8-13) as bits of one constant: no chain of
        // compares in the readers' inner loops.
        const uint u = uchar(c);
        return u <= 32 && ((0x100003f00ULL >> u) & 1);
    }
    // Eight bytes at p as one word, the first in the lowest byte (the
    // readers' word-at-a-time scans).
    static quint64 wordAt(const char *p)
    {
        quint64 w;
        std::memcpy(&w, p, 8);
        return qFromLittleEndian(w);
    }
    // The bytes of w equal to c, each as its high bit. The lowest is exact; a
    // borrow may mark a byte after it, never one before.
    static quint64 bytesEqual(quint64 w, char c)
    {
        const quint64 x = w ^ (0x0101010101010101ULL * uchar(c));
        return (x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL;
    }
    // Past the blanks at p: spaces eight at a time (tables pad their columns
    // with runs of them), then any other blanks one by one.
    static const char *skipBlanks(const char *p, const char *end)
    {
        p = pastSpaces(p, end);
        while (p < end && isBlank(*p))
            ++p;
        return p;
    }
    // Past the spaces and tabs at p: within a line, never past its '\n'.
    static const char *skipSpaces(const char *p, const char *end)
    {
        p = pastSpaces(p, end);
        while (p < end && (*p == ' ' || *p == '\t'))
            ++p;
        return p;
    }
    // Where a raw line ends if only blanks are left of it ("   \r\n"): just
    // past its '\n'; null when something else comes first or no '\n' does.
    static const char *pastLineEnd(const char *p, const char *end)
    {
        p = skipSpaces(p, end);
        if (p < end && *p == '\r')
            ++p;
        return p < end && *p == '\n' ? p + 1 : nullptr;
    }
    // Where the word at p ends: the first blank, or end. Eight bytes at a time;
    // candidates are the bytes up to 0x20 (all blanks are), each checked in
    // order (a borrow may mark a byte after a true candidate, never hide one).
    static const char *wordEnd(const char *p, const char *end)
    {
        constexpr quint64 ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
        while (end - p >= 8) {
            const quint64 w = wordAt(p);
            for (quint64 c = (w - ones * 0x21) & ~w & highs; c; c &= c - 1) {
                const char *const at = p + (qCountTrailingZeroBits(c) >> 3);
                if (isBlank(*at))
                    return at;
            }
            p += 8;
        }
        while (p < end && !isBlank(*p))
            ++p;
        return p;
    }
    // The same, and the word's first `mark` in *at (null when none): the
    // bytes equal to mark are candidates too, each checked in order.
    // (key=value words: conntrack's, FortiGate's session line.)
    static const char *wordEnd(const char *p, const char *end, char mark, const char **at)
    {
        constexpr quint64 ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
        *at = nullptr;
        while (end - p >= 8) {
            const quint64 w = wordAt(p);
            quint64 c = ((w - ones * 0x21) & ~w & highs) | bytesEqual(w, mark);
            for (; c; c &= c - 1) {
                const char *const b = p + (qCountTrailingZeroBits(c) >> 3);
                if (isBlank(*b))
                    return b;
                if (*b == mark && !*at)
                    *at = b;
            }
            p += 8;
        }
        for (; p < end && !isBlank(*p); ++p) {
            if (*p == mark && !*at)
                *at = p;
        }
        return p;
    }
    // 1 to Max decimal digits at p, their value in *value; null when there is
    // none. Unrolled (moreDigits): the digits of an address are 1-3 long, and
    // a loop's exit test per digit cost more than the digits (readers parse
    // four a row). Bounded false: the caller knows Max bytes are left, and no
    // digit is compared with end.
    template <int Max, bool Bounded = true>
    static const char *digitsAt(const char *p, const char *end, uint *value)
    {
        if (Bounded && p == end)
            return nullptr;
        uint v = uint(uchar(*p)) - '0';
        if (v > 9)
            return nullptr;
        p = moreDigits<Max - 1, Bounded>(p + 1, end, &v);
        *value = v;
        return p;
    }
    template <int Left, bool Bounded>
    static const char *moreDigits(const char *p, const char *end, uint *value)
    {
        if constexpr (Left > 0) {
            const uint d = !Bounded || p < end ? uint(uchar(*p)) - '0' : 10;
            if (d <= 9) {
                *value = *value * 10 + d;
                return moreDigits<Left - 1, Bounded>(p + 1, end, value);
            }
        }
        return p;
    }
    // A dotted quad at p (octets of 1-3 digits up to 255, as
    // ObservedAddress::parse reads them): where it ends, null when there is
    // none. What follows is the caller's to check. A quad reads 15 bytes at
    // most: with those left, no byte is compared with end. Always inlined:
    // with two bodies g++ kept it out of line in ASA's reader (4 % slower).
    // (Each octet four bytes at once, without a branch per digit, was 45 %
    // slower: the next octet's load then waits for this one's length, where
    // predicted branches let the processor run ahead.)
    Q_ALWAYS_INLINE static const char *ipv4At(const char *p, const char *end, quint32 *ip)
    {
        return end - p >= 15 ? quadIn<false>(p, end, ip) : quadIn<true>(p, end, ip);
    }
    template <bool Bounded>
    static const char *quadIn(const char *p, const char *end, quint32 *ip)
    {
        quint32 v = 0;
        for (int octet = 0; octet < 4; ++octet) {
            if (octet > 0) {
                if ((Bounded && p == end) || *p != '.')
                    return nullptr;
                ++p;
            }
            uint o = 0;
            if (!(p = digitsAt<3, Bounded>(p, end, &o)) || o > 255)
                return nullptr;
            v = (v << 8) | o;
        }
        *ip = v;
        return p;
    }

    // digitsAt() for up to 8 digits, all at once when 8 bytes can be read at
    // p: where the digits end from one mask, their value by three multiplies
    // (D. Lemire's eight-digit parse). The number of digits of ports and
    // timers changes from row to row, and digitsAt()'s exit from its loop was
    // then mispredicted on most numbers.
    template <int Max>
    static const char *digitsAtOnce(const char *p, const char *end, uint *value)
    {
        static_assert(Max >= 1 && Max <= 8, "eight bytes at most");
        if (end - p < 8)
            return digitsAt<Max>(p, end, value);
        constexpr quint64 highs = 0x8080808080808080ULL;
        const quint64 w = wordAt(p);
        // A byte's high bit set when it is not '0'-'9': above '9', below '0', or not ASCII.
        const quint64 low = w & ~highs;
        const quint64 other = ((low + 0x4646464646464646ULL) | ~(low + 0x5050505050505050ULL) | w) & highs;
        const int digits = std::min(other ? int(qCountTrailingZeroBits(other) >> 3) : 8, Max);
        if (digits == 0)
            return nullptr;
        // The digits' values in the top bytes (leading zeros below them): the
        // bytes shifted out, whatever they held, are not used.
        quint64 d = (w - 0x3030303030303030ULL) << (8 * (8 - digits));
        d = (d * 2561) >> 8;
        d = ((d & 0x00ff00ff00ff00ffULL) * 6553601) >> 16;
        *value = uint(((d & 0x0000ffff0000ffffULL) * 42949672960001ULL) >> 32);
        return p + digits;
    }

    static QByteArrayView trimmed(QByteArrayView s)
    {
        while (!s.isEmpty() && isBlank(s.front()))
            s = s.sliced(1);
        while (!s.isEmpty() && isBlank(s.back()))
            s.chop(1);
        return s;
    }
    // A raw line without the terminal's noise (see above).
    static QByteArrayView clean(QByteArrayView raw);
    // Where an echoed prompt ends: the first '#' or '>' before any blank, after
    // at least one character ("Router#", "R1(config)#", "fw>"); -1 when none.
    static qsizetype promptMark(QByteArrayView line);
    static bool startsWithNoCase(QByteArrayView s, QByteArrayView prefix)
    {
        return s.size() >= prefix.size()
               && s.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
    }

private:
    // Past a run of spaces, eight at a time (tables pad their columns with them).
    static const char *pastSpaces(const char *p, const char *end)
    {
        while (end - p >= 8) {
            const quint64 other = wordAt(p) ^ 0x2020202020202020ULL;
            if (other)
                return p + (qCountTrailingZeroBits(other) >> 3);
            p += 8;
        }
        return p;
    }

    int m_max;
    QByteArray m_carry;     // the start of a line cut by a piece boundary
    bool m_skipping = false; // inside an overlong line: drop until its newline
};

template <typename OnRows, typename OnLine, typename OnOverlong>
bool LineSplitter::feed(QByteArrayView data, OnRows &&onRows, OnLine &&onLine,
                        OnOverlong &&onOverlong)
{
    const char *const begin = data.data();
    const char *p = begin;
    const char *const end = begin + data.size();
    if (m_skipping || !m_carry.isEmpty()) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *stop = nl ? nl : end;
        if (!m_skipping) {
            if (m_carry.size() + (stop - p) > m_max) {
                m_carry.resize(0);
                m_skipping = true;
                onOverlong();
            } else {
                m_carry.append(p, stop - p);
            }
        }
        if (!nl)
            return true;
        p = nl + 1;
        if (m_skipping) {
            m_skipping = false;
        } else {
            const bool go = onLine(clean(m_carry));
            m_carry.resize(0);
            if (!go)
                return false;
        }
    }
    while (p < end) {
        if (!(p = onRows(p, end)))
            return false;
        if (p == end)
            break;
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!nl) {
            if (end - p > m_max) {
                m_skipping = true;
                onOverlong();
            } else {
                m_carry.append(p, end - p);
            }
            return true;
        }
        if (nl - p > m_max)
            onOverlong();
        else if (!onLine(clean(QByteArrayView(p, nl - p))))
            return false;
        p = nl + 1;
    }
    return true;
}

template <typename OnLine>
bool LineSplitter::finish(OnLine &&onLine)
{
    const bool skipped = m_skipping;
    m_skipping = false;
    if (skipped || m_carry.isEmpty())
        return true;
    const bool go = onLine(clean(m_carry));
    m_carry.resize(0);
    return go;
}
