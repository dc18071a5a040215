#pragma once

#include <QtGlobal>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <new>
#include <string_view>
#include <vector>

namespace PackedTextTables {
// Decimal digits from tables (building a million rows' text is mostly this).
struct Octet
{
    char text[4]; // the digits, then dots
    quint8 size;  // digits
};
constexpr std::array<Octet, 256> octets()
{
    std::array<Octet, 256> table{};
    for (unsigned v = 0; v < 256; ++v) {
        Octet o{{'.', '.', '.', '.'}, 0};
        if (v >= 100)
            o.text[o.size++] = char('0' + v / 100);
        if (v >= 10)
            o.text[o.size++] = char('0' + v / 10 % 10);
        o.text[o.size++] = char('0' + v % 10);
        table[v] = o;
    }
    return table;
}
inline constexpr std::array<Octet, 256> kOctets = octets();
constexpr std::array<char, 200> pairs()
{
    std::array<char, 200> table{};
    for (unsigned v = 0; v < 100; ++v) {
        table[2 * v] = char('0' + v / 10);
        table[2 * v + 1] = char('0' + v % 10);
    }
    return table;
}
inline constexpr std::array<char, 200> kPairs = pairs();
} // namespace PackedTextTables

// Searchable text of a big table: every row's text (lower-case, one line)
// packed into one buffer with row offsets, so that a substring filter over a
// million rows is one pass over the buffer instead of formatting every row
// again. Rows are written once in order (append) and never change; the rows
// written so far can be matched while more are still being appended (a table
// whose copy is built a slice at a time).
//
// The pass compares two of the needle's bytes, the rarest in this text, at
// 16 positions at once (SSE2) and checks the whole needle only where both
// agree (W. Muła, "SIMD-friendly algorithms for substring searching"). glibc's
// memmem() was 3-5x slower on these tables: every row starts with the same
// digits and dots, and restarting it at each row costs a table setup.
class PackedText
{
public:
    // Writes v in decimal at p and moves p past it (rows are built in place):
    // two digits at a time from a table, the usual lengths (octets, ports)
    // without a loop. Building a million rows' text is mostly this.
    static void appendNumber(char *&p, unsigned v)
    {
        if (v < 100) {
            if (v < 10)
                *p++ = char('0' + v);
            else
                appendPair(p, v);
            return;
        }
        if (v < 100000) {
            if (v >= 10000) {
                *p++ = char('0' + v / 10000);
                v %= 10000;
                appendPair(p, v / 100);
            } else if (v >= 1000) {
                appendPair(p, v / 100);
            } else {
                *p++ = char('0' + v / 100);
            }
            appendPair(p, v % 100);
            return;
        }
        char digits[10];
        int n = 0;
        do {
            digits[n++] = char('0' + v % 10);
            v /= 10;
        } while (v);
        while (n)
            *p++ = digits[--n];
    }
    // Writes ip as a dotted quad at p and moves p past it. It may write up to
    // three bytes of scratch past the end (rows are given room to spare).
    static void appendIpv4(char *&p, quint32 ip)
    {
        for (int shift = 24; shift > 0; shift -= 8) {
            const PackedTextTables::Octet &o = PackedTextTables::kOctets[(ip >> shift) & 0xff];
            std::memcpy(p, o.text, 4); // digits and the dot
            p += o.size + 1;
        }
        const PackedTextTables::Octet &o = PackedTextTables::kOctets[ip & 0xff];
        std::memcpy(p, o.text, 4);
        p += o.size;
    }

    PackedText() = default;
    PackedText(const PackedText &) = delete;
    PackedText &operator=(const PackedText &) = delete;
    ~PackedText() { std::free(m_text); }

    void clear()
    {
        std::free(m_text);
        m_text = nullptr;
        m_capacity = 0;
        m_start = std::vector<quint32>{0};
        m_used = 0;
        m_sampled = false;
    }
    void reserve(size_t rows, size_t bytesPerRow)
    {
        m_start.reserve(rows + 1);
        grow(rows * bytesPerRow + 256);
    }
    size_t rows() const { return m_start.size() - 1; }
    size_t bytes() const { return m_capacity + m_start.capacity() * sizeof(quint32); }

    // Space for one row of at most maxBytes; endRow() with the end written.
    char *beginRow(size_t maxBytes)
    {
        if (m_capacity < m_used + maxBytes + 1)
            grow(std::max(m_capacity * 2, m_used + maxBytes + 1));
        return m_text + m_used;
    }
    void endRow(char *end)
    {
        *end++ = '\n'; // a filter is one trimmed line: no needle holds a newline
        m_used = size_t(end - m_text);
        m_start.push_back(quint32(m_used));
        if (!m_sampled && m_used >= kSample)
            sample(); // rows can be matched while more are still being added
    }
    void appendRow(std::string_view text)
    {
        char *p = beginRow(text.size());
        if (!text.empty())
            std::memcpy(p, text.data(), text.size());
        endRow(p + text.size());
    }
    // Frees the slack once every row is written. The buffer is malloc()ed, not
    // a zero-filled std::string: the slack of a generous reserve() is never
    // touched, so it costs address space, not memory, and the shrinking
    // realloc() of a large block moves no bytes (mremap).
    void finish()
    {
        if (m_capacity > m_used + 4096) {
            if (char *shrunk = static_cast<char *>(std::realloc(m_text, std::max<size_t>(m_used, 1)))) {
                m_text = shrunk;
                m_capacity = std::max<size_t>(m_used, 1);
            }
        }
        if (!m_sampled)
            sample();
    }

    // Appends every row of tail (rows built apart, on another thread).
    void append(const PackedText &tail)
    {
        if (!tail.rows())
            return;
        if (m_capacity < m_used + tail.m_used + 1)
            grow(m_used + tail.m_used + 1);
        std::memcpy(m_text + m_used, tail.m_text, tail.m_used);
        m_start.reserve(m_start.size() + tail.rows());
        for (size_t i = 1; i < tail.m_start.size(); ++i)
            m_start.push_back(quint32(m_used + tail.m_start[i]));
        m_used += tail.m_used;
        if (!m_sampled && m_used >= kSample)
            sample();
    }

    std::string_view row(size_t i) const
    {
        return i < rows() ? std::string_view(m_text + m_start[i], m_start[i + 1] - m_start[i] - 1)
                          : std::string_view();
    }

    // hits[i] = 1 for every row i whose text contains needle (others untouched);
    // returns how many. Rows [from, to) only when given (a big table in slices).
    size_t match(std::string_view needle, quint8 *hits, size_t from = 0, size_t to = size_t(-1)) const
    {
        to = std::min(to, rows());
        const size_t k = needle.size();
        if (!k || needle.find('\n') != std::string_view::npos || from >= to)
            return 0;
        const size_t begin = m_start[from];
        const size_t end = m_start[to];
        if (k > end - begin)
            return 0;
        // The two rarest positions of the needle (the same one twice when k == 1).
        size_t a = 0;
        for (size_t i = 1; i < k; ++i) {
            if (m_count[quint8(needle[i])] < m_count[quint8(needle[a])])
                a = i;
        }
        size_t b = a == 0 ? k - 1 : 0;
        for (size_t i = 0; i < k; ++i) {
            if (i != a && m_count[quint8(needle[i])] < m_count[quint8(needle[b])])
                b = i;
        }
        if (k == 1)
            b = a;
        const char *const base = m_text;
        const size_t last = end - k; // the last position a match can start at
        size_t row = from;
        size_t count = 0;
        const auto found = [&](size_t at) { // marks the row; returns where to go on
            if (m_start[row + 1] <= at)      // rows only move forward
                row = size_t(std::upper_bound(m_start.begin() + qsizetype(row), m_start.end(), quint32(at))
                             - m_start.begin()) - 1;
            hits[row] = 1;
            ++count;
            return size_t(m_start[++row]); // the next row's start
        };
        size_t i = begin;
#if defined(__SSE2__)
        const __m128i ca = _mm_set1_epi8(needle[a]);
        const __m128i cb = _mm_set1_epi8(needle[b]);
        const size_t far = std::max(a, b);
        while (i + far + 16 <= end && i <= last) {
            const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(base + i + a));
            const __m128i y = _mm_loadu_si128(reinterpret_cast<const __m128i *>(base + i + b));
            unsigned mask = unsigned(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(x, ca),
                                                                      _mm_cmpeq_epi8(y, cb))));
            size_t next = i + 16;
            while (mask) {
                const size_t at = i + size_t(__builtin_ctz(mask));
                mask &= mask - 1;
                // A needle of one or two bytes is both compared bytes: found.
                if (at <= last && (k <= 2 || std::memcmp(base + at, needle.data(), k) == 0)) {
                    next = found(at);
                    break;
                }
            }
            i = next;
        }
#endif
        for (; i <= last; ++i) {
            if (base[i + a] == needle[a] && std::memcmp(base + i, needle.data(), k) == 0)
                i = found(i) - 1;
        }
        return count;
    }

private:
    static constexpr size_t kSample = 1 << 20;

    static void appendPair(char *&p, unsigned v) // v < 100: two digits
    {
        std::memcpy(p, PackedTextTables::kPairs.data() + 2 * v, 2);
        p += 2;
    }

    void grow(size_t capacity)
    {
        char *text = static_cast<char *>(std::realloc(m_text, capacity));
        if (!text)
            throw std::bad_alloc();
        m_text = text;
        m_capacity = capacity;
    }
    // Counts the bytes of the first MB of text (to pick the rarest bytes of a needle).
    void sample()
    {
        m_count.fill(0);
        const size_t n = std::min(m_used, kSample);
        for (size_t i = 0; i < n; ++i)
            ++m_count[quint8(m_text[i])];
        m_sampled = true;
    }

    char *m_text = nullptr; // malloc()ed, m_capacity bytes, m_used of them written
    size_t m_capacity = 0;
    std::vector<quint32> m_start{0}; // [i]: offset of row i; back(): the end
    size_t m_used = 0;
    std::array<quint32, 256> m_count{}; // bytes in a sample of the text
    bool m_sampled = false;
};
