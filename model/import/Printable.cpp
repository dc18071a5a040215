#include "Printable.h"

namespace {

QString hexByte(uchar b)
{
    return QStringLiteral("\\x%1").arg(uint(b), 2, 16, QLatin1Char('0'));
}

// The length of the valid UTF-8 sequence at data[i], or 0.
int utf8Length(QByteArrayView data, qsizetype i)
{
    const uchar b = uchar(data[i]);
    int n = 0;
    char32_t min = 0;
    if (b >= 0xc2 && b <= 0xdf) {
        n = 2;
        min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
        n = 3;
        min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
        n = 4;
        min = 0x10000;
    } else {
        return 0;
    }
    if (i + n > data.size())
        return 0;
    char32_t c = b & (0x7f >> n);
    for (int k = 1; k < n; ++k) {
        const uchar cont = uchar(data[i + k]);
        if ((cont & 0xc0) != 0x80)
            return 0;
        c = (c << 6) | (cont & 0x3f);
    }
    if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
        return 0;
    return n;
}

} // namespace

QString Printable::bytes(QByteArrayView data)
{
    QString out;
    out.reserve(data.size());
    for (qsizetype i = 0; i < data.size();) {
        const uchar b = uchar(data[i]);
        if (b < 0x80) {
            if (Printable::isControl(b))
                out += hexByte(b);
            else
                out += QLatin1Char(char(b));
            ++i;
            continue;
        }
        const int n = utf8Length(data, i);
        if (n == 0) {
            out += hexByte(b);
            ++i;
            continue;
        }
        out += text(QString::fromUtf8(data.sliced(i, n)));
        i += n;
    }
    return out;
}

QString Printable::text(const QString &text)
{
    qsizetype first = 0;
    while (first < text.size() && !isControl(text.at(first).unicode()))
        ++first;
    if (first == text.size())
        return text;
    QString out = text.left(first);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x80 && isControl(c))
            out += hexByte(uchar(c));
        else if (isControl(c))
            out += QStringLiteral("\\u{%1}").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            out += text.at(i);
    }
    return out;
}
