#include "SharedDetails.h"

#include <charconv>
#include <cstring>

void SharedDetails::Draft::clear()
{
    m_size = 0;
    m_valueCount = 0;
}

void SharedDetails::Draft::reserveMore(qsizetype bytes)
{
    m_buffer.resize(qMax<qsizetype>(m_size + bytes, 2 * m_buffer.size()));
}

void SharedDetails::Draft::protocol(QByteArrayView text)
{
    put('p', QByteArrayView(), text);
}

void SharedDetails::Draft::text(int column, QByteArrayView text)
{
    const char c = char('0' + column);
    put('t', QByteArrayView(&c, 1), text);
}

void SharedDetails::Draft::utf8(QByteArrayView key, QByteArrayView value)
{
    put('u', key, value);
}

void SharedDetails::Draft::number(QByteArrayView key, qint64 value)
{
    char text[24];
    put('n', key, QByteArrayView(text, std::to_chars(text, text + sizeof text, value).ptr - text));
}

void SharedDetails::Draft::flag(QByteArrayView key, bool value)
{
    put('b', key, value ? "1" : "0");
}

void SharedDetails::Draft::value(int column, QByteArrayView key, ObservedValueColumn::Style style,
                                 QByteArrayView text)
{
    parsedValue(column, key, ObservedValueColumn::parse(style, text), text);
}

void SharedDetails::Draft::parsedValue(int column, QByteArrayView key, quint32 value,
                                       QByteArrayView text)
{
    if (value == ObservedValueColumn::None || m_valueCount == MaxValues)
        string(key, text);
    else
        m_values[m_valueCount++] = {column, value};
}

void SharedDetails::Draft::value(int column, QByteArrayView key, qint64 number)
{
    if (number < 0 || number >= qint64(ObservedValueColumn::None) || m_valueCount == MaxValues)
        this->number(key, number);
    else
        m_values[m_valueCount++] = {column, quint32(number)};
}

void SharedDetails::Draft::append(const Draft &other)
{
    if (other.m_size > 0)
        std::memcpy(grow(other.m_size), other.m_buffer.constData(), size_t(other.m_size));
    for (int i = 0; i < other.m_valueCount && m_valueCount < MaxValues; ++i)
        m_values[m_valueCount++] = other.m_values[i];
}

void SharedDetails::clear()
{
    m_extraBySignature.clear();
    m_previous.clear();
}

ObservedRowExtra SharedDetails::build(QByteArrayView signature)
{
    ObservedRowExtra extra;
    const auto length = [&](qsizetype at) {
        quint32 n = 0;
        std::memcpy(&n, signature.data() + at, sizeof n);
        return qsizetype(n);
    };
    constexpr qsizetype L = sizeof(quint32);
    for (qsizetype at = 0; at < signature.size();) {
        // Written by put() only, so the lengths are always complete.
        const char tag = signature[at];
        const qsizetype keySize = length(at + 1);
        const QByteArrayView key = signature.sliced(at + 1 + L, keySize);
        const qsizetype valueAt = at + 1 + L + keySize;
        const qsizetype valueSize = length(valueAt);
        const QByteArrayView value = signature.sliced(valueAt + L, valueSize);
        at = valueAt + L + valueSize;
        switch (tag) {
        case 'p': extra.protocol = QString::fromLatin1(value); break;
        case 't': extra.text[key[0] - '0'] = QString::fromLatin1(value); break;
        case 's': extra.details.insert(QString::fromLatin1(key), QString::fromLatin1(value)); break;
        case 'u': extra.details.insert(QString::fromLatin1(key), QString::fromUtf8(value)); break;
        case 'b': extra.details.insert(QString::fromLatin1(key), value == "1"); break;
        case 'n': {
            qint64 n = 0;
            std::from_chars(value.data(), value.data() + value.size(), n);
            extra.details.insert(QString::fromLatin1(key), qlonglong(n));
            break;
        }
        }
    }
    return extra;
}

void SharedDetails::finish(ObservedTranslations *t, int row, const Draft &draft)
{
    for (int i = 0; i < draft.m_valueCount; ++i)
        t->setValue(draft.m_values[i].column, row, draft.m_values[i].value);
    const QByteArrayView signature = draft.signature();
    if (signature.isEmpty()) {
        t->rows[row].extra = -1;
        return;
    }
    const int previous = m_previous.find(signature);
    if (previous >= 0) {
        t->rows[row].extra = previous;
        return;
    }
    // The lookup borrows the draft's bytes; only a new set is copied.
    const auto found = m_extraBySignature.constFind(
        QByteArray::fromRawData(signature.data(), signature.size()));
    int index = 0;
    if (found != m_extraBySignature.cend()) {
        index = found.value();
    } else {
        index = int(t->extras.size());
        t->extras.append(build(signature));
        m_extraBySignature.insert(signature.toByteArray(), index);
    }
    t->rows[row].extra = index;
    m_previous.remember(signature, index);
}
