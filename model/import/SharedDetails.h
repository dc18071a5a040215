#pragma once

#include "ObservedTranslations.h"
#include "PreviousExtra.h"

#include <QByteArray>
#include <QHash>

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
        void append(const Draft &other);
        // Drops the per-row values only: for a row whose other details are
        // the row before's, which a reader then need not write again.
        void clearValues() { m_valueCount = 0; }

    private:
        friend class SharedDetails;
        void put(char tag, QByteArrayView key, QByteArrayView value);
        char *grow(qsizetype bytes); // where the next `bytes` go
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
    PreviousExtra m_previous; // the set of the row before
};
