#pragma once

#include "ObservedTranslations.h"
#include "PreviousExtra.h"

#include <QByteArray>
#include <QHash>

#include <cstring>

// Gives rows with the same details one shared ObservedRowExtra, as
// ConntrackReader does, for readers whose details come in pieces (the vendor
// tables). A row's protocol text, address texts and details are written into a
// Draft as bytes (no QString, no map per row); finish() looks the bytes up and
// builds the extra only for a set not seen before. Values that differ on every
// row (idle, counters) go to ObservedTranslations::columns instead.
class SharedDetails
{
public:
    class Draft
    {
    public:
        void clear();
        void protocol(QByteArrayView text);              // ObservedRowExtra::protocol
        void text(int column, QByteArrayView text);      // ObservedRowExtra::text[column]
        void string(QByteArrayView key, QByteArrayView value);
        void utf8(QByteArrayView key, QByteArrayView value);
        void number(QByteArrayView key, qint64 value);
        void flag(QByteArrayView key, bool value);
        // A per-row value for column (an index into ObservedTranslations::columns,
        // named key); kept in the details when the column cannot reproduce it.
        void value(int column, QByteArrayView key, ObservedValueColumn::Style style,
                   QByteArrayView text);
        void value(int column, QByteArrayView key, qint64 number);
        // The same with text already parsed: value is what
        // ObservedValueColumn::parse(style, text) gave (a reader that parsed
        // it to check it does not parse it twice).
        void parsedValue(int column, QByteArrayView key, quint32 value, QByteArrayView text);
        void append(const Draft &other);
        // Drops the per-row values only: for a row whose other details are
        // the row before's, which a reader then need not write again.
        void clearValues() { m_valueCount = 0; }

    private:
        friend class SharedDetails;
        void put(char tag, QByteArrayView key, QByteArrayView value);
        char *grow(qsizetype bytes); // where the next `bytes` go
        void reserveMore(qsizetype bytes);
        static void copy(char *to, const char *from, quint32 n);
        QByteArrayView signature() const { return QByteArrayView(m_buffer.constData(), m_size); }
        static constexpr int MaxValues = 8;
        // The signature, per part: tag, key length, key, value length, value;
        // in order. The first m_size bytes of a buffer that only grows: no
        // call into QByteArray per part.
        QByteArray m_buffer;
        qsizetype m_size = 0;
        struct Value
        {
            int column;
            quint32 value;
        } m_values[MaxValues];
        int m_valueCount = 0;
    };

    void clear();
    // Sets row's extra (shared, or -1 when the draft is empty) and its column values.
    void finish(ObservedTranslations *t, int row, const Draft &draft);

private:
    static ObservedRowExtra build(QByteArrayView signature);
    QHash<QByteArray, int> m_extraBySignature;
    PreviousExtra m_previous; // the sets of the last few rows
};

// Inline: readers write several parts a row, and a call per part (with one
// into memcpy for each key) was a tenth of a vendor reader's time.
inline char *SharedDetails::Draft::grow(qsizetype bytes)
{
    if (m_size + bytes > m_buffer.size())
        reserveMore(bytes);
    char *const p = m_buffer.data() + m_size;
    m_size += bytes;
    return p;
}

// n bytes without a call for the usual short key or value: two loads and two
// stores that may overlap (a call into memcpy per part, a dozen a row, was a
// tenth of a session reader's time).
inline void SharedDetails::Draft::copy(char *to, const char *from, quint32 n)
{
    if (n > 16 && n <= 32) {
        char a[16], b[16];
        std::memcpy(a, from, 16);
        std::memcpy(b, from + n - 16, 16);
        std::memcpy(to, a, 16);
        std::memcpy(to + n - 16, b, 16);
    } else if (n >= 8 && n <= 16) {
        quint64 a, b;
        std::memcpy(&a, from, 8);
        std::memcpy(&b, from + n - 8, 8);
        std::memcpy(to, &a, 8);
        std::memcpy(to + n - 8, &b, 8);
    } else if (n >= 4 && n < 8) {
        quint32 a, b;
        std::memcpy(&a, from, 4);
        std::memcpy(&b, from + n - 4, 4);
        std::memcpy(to, &a, 4);
        std::memcpy(to + n - 4, &b, 4);
    } else if (n > 0 && n < 4) {
        to[0] = from[0];
        to[n / 2] = from[n / 2];
        to[n - 1] = from[n - 1];
    } else if (n > 32) {
        std::memcpy(to, from, n);
    }
}

inline void SharedDetails::Draft::put(char tag, QByteArrayView key, QByteArrayView value)
{
    // tag, key length, key, value length, value: lengths, not terminators, since
    // a router's text (or a fuzzer's) may hold NUL bytes.
    const quint32 keySize = quint32(key.size()), valueSize = quint32(value.size());
    char *p = grow(1 + 2 * qsizetype(sizeof(quint32)) + key.size() + value.size());
    *p++ = tag;
    std::memcpy(p, &keySize, sizeof keySize);
    p += sizeof keySize;
    copy(p, key.data(), keySize);
    p += keySize;
    std::memcpy(p, &valueSize, sizeof valueSize);
    p += sizeof valueSize;
    copy(p, value.data(), valueSize);
}

inline void SharedDetails::Draft::string(QByteArrayView key, QByteArrayView value)
{
    put('s', key, value);
}
