#pragma once

#include <QByteArrayView>
#include <QString>

// Text read from input of unknown kind (a PDF, random bytes, a terminal capture)
// made safe to show in a terminal or a table: control characters (except tab),
// DEL, C1 controls and bytes that are not UTF-8 become \xNN (\u{NNNN} for C1),
// so nothing read is ever echoed raw and every byte stays visible.
class Printable
{
public:
    static QString bytes(QByteArrayView data);
    static QString text(const QString &text);
    // Whether a character must be escaped by text().
    static bool isControl(char32_t c) { return (c < 0x20 && c != '\t') || (c >= 0x7f && c < 0xa0); }
};
