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

// "10.0.0.5", or "10.0.0.5" + separator + port (1-5 digits up to 65535), at
// p: where it ends, null when it is not one (what follows is the caller's to
// check). The readers' direct row paths parse their endpoints in place with
// it; endpoint() above agrees on what it accepts.
inline const char *endpointAt(const char *p, const char *end, char separator, ObservedAddress *a)
{
    ObservedAddress r;
    if (!(p = LineSplitter::ipv4At(p, end, &r.ip)))
        return nullptr;
    r.kind = ObservedAddress::Address;
    if (p < end && *p == separator) {
        uint port = 0;
        if (!(p = LineSplitter::digitsAt<5>(p + 1, end, &port)) || port > 65535)
            return nullptr;
        r.port = quint16(port);
        r.hasPort = true;
    }
    *a = r;
    return p;
}

// "0:00:12", "62:33:57" (hours may exceed 24) at p: where it ends, null when
// it is not 1-6 digits, ':', 1-2 digits, ':', 1-2 digits (what follows is the
// caller's to check); the seconds in *seconds. Unrolled digits (a loop with
// a count per digit was most of its cost).
inline const char *hmsAt(const char *p, const char *end, qint64 *seconds)
{
    uint h = 0, m = 0, s = 0;
    if (!(p = LineSplitter::digitsAt<6>(p, end, &h)) || p == end || *p != ':'
        || !(p = LineSplitter::digitsAt<2>(p + 1, end, &m)) || p == end || *p != ':'
        || !(p = LineSplitter::digitsAt<2>(p + 1, end, &s)) || m > 59 || s > 59)
        return nullptr;
    *seconds = qint64(h) * 3600 + m * 60 + s;
    return p;
}

// The same for a whole text: seconds, -1 when malformed.
inline qint64 hms(QByteArrayView text)
{
    const char *const end = text.data() + text.size();
    qint64 seconds = 0;
    const char *const at = text.isEmpty() ? nullptr : hmsAt(text.data(), end, &seconds);
    return at && at == end ? seconds : -1;
}

// The literal word at p followed by a blank: where the blanks after it end;
// null when p holds anything else.
template <qsizetype N>
inline const char *keywordAt(const char *p, const char *end, const char (&word)[N])
{
    if (end - p < N || std::memcmp(p, word, N - 1) != 0 || !LineSplitter::isBlank(p[N - 1]))
        return nullptr;
    return LineSplitter::skipBlanks(p + N, end);
}

// Whether p is the line's end or a blank (a field read in place ended there).
inline bool endsField(const char *p, const char *end)
{
    return p == end || LineSplitter::isBlank(*p);
}
} // namespace VendorText
