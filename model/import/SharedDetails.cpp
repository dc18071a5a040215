#include "SharedDetails.h"

#include <charconv>
#include <cstring>

void SharedDetails::Draft::clear()
{
    m_size = 0;
    m_valueCount = 0;
}

char *SharedDetails::Draft::grow(qsizetype bytes)
{
    const qsizetype need = m_size + bytes;
    if (need > m_buffer.size())
        m_buffer.resize(qMax<qsizetype>(need, 2 * m_buffer.size()));
    char *const p = m_buffer.data() + m_size;
    m_size = need;
    return p;
}

void SharedDetails::Draft::put(char tag, QByteArrayView key, QByteArrayView value)
{
    // tag, key length, key, value length, value: lengths, not terminators, since
    // a router's text (or a fuzzer's) may hold NUL bytes. One resize and two
    // copies: an append() per part was a tenth of a reader's time.
    const quint32 lengths[2] = {quint32(key.size()), quint32(value.size())};
    char *p = grow(1 + 2 * qsizetype(sizeof(quint32)) + key.size() + value.size());
    *p++ = tag;
    std::memcpy(p, &lengths[0], sizeof(quint32));
    p += sizeof(quint32);
    if (!key.isEmpty())
        std::memcpy(p, key.data(), size_t(key.size()));
    p += key.size();
    std::memcpy(p, &lengths[1], sizeof(quint32));
    p += sizeof(quint32);
    if (!value.isEmpty())
        std::memcpy(p, value.data(), size_t(value.size()));
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

void SharedDetails::Draft::string(QByteArrayView key, QByteArrayView value)
{
    put('s', key, value);
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
    const quint32 v = ObservedValueColumn::parse(style, text);
    if (v == ObservedValueColumn::None || m_valueCount == MaxValues)
        string(key, text);
    else
        m_values[m_valueCount++] = {column, v};
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
