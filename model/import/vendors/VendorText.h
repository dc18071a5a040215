#pragma once

#include "LineSplitter.h"
#include "ObservedTranslations.h"

#include <QByteArrayView>

#include <charconv>
#include <cstring>
#include <string_view>

// Small text helpers shared by the vendors' table readers: words of a line,
// "ip/port" endpoints, "h:mm:ss" durations. Views only, nothing allocated.
namespace VendorText {

// Splits on blanks into at most `max` words; returns how many. Runs of spaces
// and words are crossed eight bytes at a time (LineSplitter::skipSpaces,
// wordEnd): the tables are wide and padded.
inline int words(QByteArrayView line, QByteArrayView *out, int max)
{
    int count = 0;
    const char *p = line.data();
    const char *const end = p + line.size();
    while (p < end && count < max) {
        p = LineSplitter::skipBlanks(p, end);
        const char *const start = p;
        p = LineSplitter::wordEnd(p, end);
        if (p > start)
            out[count++] = QByteArrayView(start, p - start);
    }
    return count;
}

// A word against a literal, inline (a call to Qt's compare per keyword was a
// tenth of a reader's time).
template <qsizetype N>
inline bool is(QByteArrayView word, const char (&literal)[N])
{
    return word.size() == N - 1 && std::memcmp(word.data(), literal, N - 1) == 0;
}

// Where needle first occurs in text, -1 when nowhere: what QByteArrayView::indexOf
// gives, by memchr on the first byte and a compare (Qt 6.4's search for a
// needle of several bytes was the larger part of a reader's time).
inline qsizetype find(QByteArrayView text, QByteArrayView needle)
{
    const size_t at = std::string_view(text.data(), size_t(text.size()))
                          .find(std::string_view(needle.data(), size_t(needle.size())));
    return at == std::string_view::npos ? -1 : qsizetype(at);
}

// Where byte c first occurs in text (from `from` on), -1 when nowhere; the
// last one; whether text starts with a literal. Inline memchr/memcmp: Qt 6.4
// sends a one-byte search through its general substring search, and
// startsWith through a call (together a tenth of a session reader's time).
inline qsizetype indexOf(QByteArrayView text, char c, qsizetype from = 0)
{
    if (from < 0 || from >= text.size())
        return -1;
    const void *const at = std::memchr(text.data() + from, c, size_t(text.size() - from));
    return at ? static_cast<const char *>(at) - text.data() : -1;
}

inline qsizetype lastIndexOf(QByteArrayView text, char c)
{
    if (text.isEmpty())
        return -1;
    const void *const at = memrchr(text.data(), c, size_t(text.size()));
    return at ? static_cast<const char *>(at) - text.data() : -1;
}

inline bool contains(QByteArrayView text, char c)
{
    return indexOf(text, c) >= 0;
}

template <qsizetype N>
inline bool startsWith(QByteArrayView text, const char (&literal)[N])
{
    return text.size() >= N - 1 && std::memcmp(text.data(), literal, N - 1) == 0;
}

// A decimal number of at most `maxDigits` digits; false for anything else.
inline bool number(QByteArrayView text, qint64 *value, int maxDigits = 10)
{
    // Digits only (maxDigits is at most 18, so no overflow): what from_chars
    // accepted here, without its call per field.
    if (text.isEmpty() || text.size() > maxDigits || maxDigits > 18)
        return false;
    qint64 n = 0;
    for (const char c : text) {
        const uint d = uint(uchar(c)) - '0';
        if (d > 9)
            return false;
        n = n * 10 + d;
    }
    *value = n;
    return true;
}

inline bool port(QByteArrayView text, quint16 *value)
{
    qint64 n = 0;
    if (!number(text, &n, 5) || n > 65535)
        return false;
    *value = quint16(n);
    return true;
}

// "10.0.0.5" + "4500" (port may be empty); Text when either part is not valid.
inline ObservedAddress endpoint(QByteArrayView ip, QByteArrayView portText)
{
    ObservedAddress a = ObservedAddress::parse(ip);
    if (a.kind != ObservedAddress::Address || portText.isEmpty())
        return a;
    if (!port(portText, &a.port))
        a.kind = ObservedAddress::Text;
    else
        a.hasPort = true;
    return a;
}

// "0:00:12", "62:33:57" (hours may exceed 24) -> seconds; -1 when malformed:
// 1-6 digits, ':', 1-2 digits, ':', 1-2 digits, nothing else. One pass (no
// search for the colons first).
inline qint64 hms(QByteArrayView text)
{
    const char *p = text.data();
    const char *const end = p + text.size();
    qint64 part[3] = {};
    for (int i = 0; i < 3; ++i) {
        const qsizetype max = i == 0 ? 6 : 2;
        const char *const start = p;
        while (p < end && uint(uchar(*p)) - '0' < 10 && p - start <= max)
            part[i] = part[i] * 10 + (*p++ - '0');
        if (p == start || p - start > max)
            return -1;
        if (i < 2) {
            if (p == end || *p != ':')
                return -1;
            ++p;
        }
    }
    if (p != end || part[1] > 59 || part[2] > 59)
        return -1;
    return part[0] * 3600 + part[1] * 60 + part[2];
}
} // namespace VendorText
