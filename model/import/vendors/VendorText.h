#pragma once

#include "LineSplitter.h"
#include "ObservedTranslations.h"

#include <QByteArrayView>

#include <charconv>
#include <string_view>

// Small text helpers shared by the vendors' table readers: words of a line,
// "ip/port" endpoints, "h:mm:ss" durations. Views only, nothing allocated.
namespace VendorText {

// Splits on blanks into at most `max` words; returns how many.
inline int words(QByteArrayView line, QByteArrayView *out, int max)
{
    int count = 0;
    for (qsizetype i = 0; i < line.size() && count < max;) {
        while (i < line.size() && LineSplitter::isBlank(line[i]))
            ++i;
        const qsizetype start = i;
        while (i < line.size() && !LineSplitter::isBlank(line[i]))
            ++i;
        if (i > start)
            out[count++] = line.sliced(start, i - start);
    }
    return count;
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

// A decimal number of at most `maxDigits` digits; false for anything else.
inline bool number(QByteArrayView text, qint64 *value, int maxDigits = 10)
{
    if (text.isEmpty() || text.size() > maxDigits || text.front() == '-' || text.front() == '+')
        return false;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *value);
    return ec == std::errc() && end == text.data() + text.size();
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

// "0:00:12", "62:33:57" (hours may exceed 24) -> seconds; -1 when malformed.
inline qint64 hms(QByteArrayView text)
{
    const qsizetype c1 = text.indexOf(':');
    const qsizetype c2 = text.lastIndexOf(':');
    if (c1 <= 0 || c2 <= c1)
        return -1;
    qint64 h = 0, m = 0, s = 0;
    if (!number(text.first(c1), &h, 6) || !number(text.sliced(c1 + 1, c2 - c1 - 1), &m, 2)
        || !number(text.sliced(c2 + 1), &s, 2) || m > 59 || s > 59)
        return -1;
    return h * 3600 + m * 60 + s;
}

} // namespace VendorText
