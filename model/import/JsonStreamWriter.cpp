#include "JsonStreamWriter.h"

#include <QLocale>
#include <QVariantList>
#include <QVariantMap>

#include <QtEndian>

#include <array>
#include <charconv>
#include <cstring>

JsonStreamWriter::JsonStreamWriter(Sink sink, Style style, qsizetype bufferSize)
    : m_sink(std::move(sink))
    , m_style(style)
    , m_buffer(size_t(qMax<qsizetype>(bufferSize, 4096)))
{
    m_levels.reserve(16);
}

JsonStreamWriter::~JsonStreamWriter()
{
    flush();
}

bool JsonStreamWriter::flush()
{
    if (m_used > 0 && m_ok)
        m_ok = m_sink(QByteArrayView(m_buffer.data(), m_used));
    m_used = 0;
    return m_ok;
}

void JsonStreamWriter::grow(qsizetype bytes)
{
    flush();
    if (bytes > qsizetype(m_buffer.size()))
        m_buffer.resize(size_t(bytes));
}

void JsonStreamWriter::indent(int depth)
{
    if (m_style == Compact)
        return;
    ensure(4 * depth);
    std::memset(m_buffer.data() + m_used, ' ', size_t(4 * depth));
    m_used += 4 * depth;
}

void JsonStreamWriter::prefix()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty())
        return;
    Level &level = m_levels.back();
    if (!level.empty) {
        ensure(2);
        put(',');
        if (m_style == Indented)
            put('\n');
    }
    level.empty = false;
    indent(int(m_levels.size()));
}

void JsonStreamWriter::beginObject()
{
    prefix();
    ensure(2);
    put('{');
    if (m_style == Indented)
        put('\n');
    m_levels.push_back({true, true});
}

void JsonStreamWriter::beginArray()
{
    prefix();
    ensure(2);
    put('[');
    if (m_style == Indented)
        put('\n');
    m_levels.push_back({false, true});
}

void JsonStreamWriter::endObject()
{
    const bool empty = m_levels.back().empty;
    m_levels.pop_back();
    if (!empty && m_style == Indented)
        put("\n", 1);
    indent(int(m_levels.size()));
    put("}", 1);
    if (m_levels.empty() && m_style == Indented)
        put("\n", 1);
}

void JsonStreamWriter::endArray()
{
    const bool empty = m_levels.back().empty;
    m_levels.pop_back();
    if (!empty && m_style == Indented)
        put("\n", 1);
    indent(int(m_levels.size()));
    put("]", 1);
    if (m_levels.empty() && m_style == Indented)
        put("\n", 1);
}

void JsonStreamWriter::key(QByteArrayView latin1)
{
    prefix();
    escaped(latin1);
    if (m_style == Indented)
        put(": ", 2);
    else
        put(":", 1);
    m_afterKey = true;
}

void JsonStreamWriter::plainKey(QByteArrayView identifier)
{
    prefix();
    ensure(identifier.size() + 4);
    put('"');
    if (!identifier.isEmpty()) // an empty view may have no data pointer
        std::memcpy(m_buffer.data() + m_used, identifier.data(), size_t(identifier.size()));
    m_used += identifier.size();
    put('"');
    put(':');
    if (m_style == Indented)
        put(' ');
    m_afterKey = true;
}

namespace {

const char hexDigits[] = "0123456789abcdef";

// c (below 0xa0) as an escape: the short forms JSON has, else \u00XX.
char *escapedChar(char *out, uint c)
{
    *out++ = '\\';
    switch (c) {
    case '"': *out++ = '"'; break;
    case '\\': *out++ = '\\'; break;
    case '\b': *out++ = 'b'; break;
    case '\f': *out++ = 'f'; break;
    case '\n': *out++ = 'n'; break;
    case '\r': *out++ = 'r'; break;
    case '\t': *out++ = 't'; break;
    default:
        out = std::copy_n("u00", 3, out);
        *out++ = hexDigits[c >> 4];
        *out++ = hexDigits[c & 0xf];
    }
    return out;
}

} // namespace

char *JsonStreamWriter::quoted(char *out, QByteArrayView utf8)
{
    *out++ = '"';
    const uchar *p = reinterpret_cast<const uchar *>(utf8.data());
    const uchar *const end = p + utf8.size();
    while (p < end) {
        const uchar c = *p++;
        if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f && c != 0xc2) {
            *out++ = char(c);
            continue;
        }
        if (c == 0xc2 && p < end && *p >= 0x80 && *p <= 0x9f) { // U+0080…U+009F
            out = escapedChar(out, *p++);
            continue;
        }
        if (c == 0xc2) {
            *out++ = char(c);
            continue;
        }
        out = escapedChar(out, c);
    }
    *out++ = '"';
    return out;
}

char *JsonStreamWriter::quoted(char *out, QStringView text)
{
    // UTF-16 to UTF-8 as QString::toUtf8() converts (a lone surrogate becomes
    // '?'), escaped as quoted(QByteArrayView) escapes, in one pass.
    *out++ = '"';
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p < end) {
        const uint u = *p++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\' && u != 0x7f)
                *out++ = char(u);
            else
                out = escapedChar(out, u);
        } else if (u < 0xa0) { // the C1 controls
            out = escapedChar(out, u);
        } else if (u < 0x800) {
            *out++ = char(0xc0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *out++ = char(0xe0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && p < end && QChar::isLowSurrogate(*p)) {
            const uint c = QChar::surrogateToUcs4(char16_t(u), *p++);
            *out++ = char(0xf0 | (c >> 18));
            *out++ = char(0x80 | ((c >> 12) & 0x3f));
            *out++ = char(0x80 | ((c >> 6) & 0x3f));
            *out++ = char(0x80 | (c & 0x3f));
        } else {
            *out++ = '?';
        }
    }
    *out++ = '"';
    return out;
}

void JsonStreamWriter::escaped(QByteArrayView utf8)
{
    ensure(quotedSize(utf8.size()));
    m_used = quoted(m_buffer.data() + m_used, utf8) - m_buffer.data();
}

void JsonStreamWriter::string(QByteArrayView utf8)
{
    prefix();
    escaped(utf8);
}

void JsonStreamWriter::string(const QString &text)
{
    prefix();
    ensure(quotedSize(text.size()));
    m_used = quoted(m_buffer.data() + m_used, QStringView(text)) - m_buffer.data();
}

void JsonStreamWriter::number(qint64 value)
{
    prefix();
    ensure(24);
    char *out = m_buffer.data() + m_used;
    m_used = std::to_chars(out, out + 24, value).ptr - m_buffer.data();
}

void JsonStreamWriter::number(double value)
{
    // As QJsonDocument: integral values as integers, others shortest.
    if (value == double(qint64(value)) && qAbs(value) < 9007199254740992.0) {
        number(qint64(value));
        return;
    }
    prefix();
    const QByteArray text = qIsFinite(value)
                                ? QByteArray::number(value, 'g', QLocale::FloatingPointShortest)
                                : QByteArray("null");
    put(text.constData(), text.size());
}

void JsonStreamWriter::boolean(bool value)
{
    prefix();
    if (value)
        put("true", 4);
    else
        put("false", 5);
}

void JsonStreamWriter::null()
{
    prefix();
    put("null", 4);
}

void JsonStreamWriter::value(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool: boolean(v.toBool()); break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort: number(v.toLongLong()); break;
    case QMetaType::ULongLong: number(v.toDouble()); break;
    case QMetaType::Double:
    case QMetaType::Float: number(v.toDouble()); break;
    case QMetaType::QVariantMap: {
        const QVariantMap map = v.toMap();
        beginObject();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            key(it.key().toUtf8());
            value(it.value());
        }
        endObject();
        break;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        beginArray();
        for (const QVariant &item : v.toList())
            value(item);
        endArray();
        break;
    }
    default:
        if (!v.isValid())
            null();
        else
            string(v.toString());
    }
}

void JsonStreamWriter::ipv4String(quint32 ip, int port)
{
    prefix();
    ensure(Ipv4StringSize);
    m_used = formatIpv4String(m_buffer.data() + m_used, ip, port) - m_buffer.data();
}

char *JsonStreamWriter::formatIpv4String(char *out, quint32 ip, int port)
{
    // "0" … "255" and their lengths, four bytes each, copied whole (what
    // follows overwrites the extra bytes): no branch on how long an octet is.
    struct Octet
    {
        char text[3];
        quint8 size;
    };
    static const std::array<Octet, 256> octets = [] {
        std::array<Octet, 256> table{};
        for (int i = 0; i < 256; ++i)
            table[size_t(i)].size = quint8(std::to_chars(table[size_t(i)].text,
                                                         table[size_t(i)].text + 3, i).ptr
                                           - table[size_t(i)].text);
        return table;
    }();
    *out++ = '"';
    for (int shift = 24; shift >= 0; shift -= 8) {
        const Octet &o = octets[(ip >> shift) & 0xff];
        std::memcpy(out, &o, 4);
        out += o.size;
        *out = '.';
        out += shift > 0;
    }
    if (port >= 0) {
        // Five digits from two-digit pairs, the leading zeros shifted out,
        // stored as one word.
        static const std::array<std::array<char, 2>, 100> pairs = [] {
            std::array<std::array<char, 2>, 100> table{};
            for (int i = 0; i < 100; ++i)
                table[size_t(i)] = {char('0' + i / 10), char('0' + i % 10)};
            return table;
        }();
        const quint32 p = quint32(port);
        const int digits = 1 + (p >= 10) + (p >= 100) + (p >= 1000) + (p >= 10000);
        const quint32 high = p / 100;
        const std::array<char, 2> &middle = pairs[high % 100], &low = pairs[p % 100];
        const quint64 text = quint64('0' + high / 100) | quint64(uchar(middle[0])) << 8
                             | quint64(uchar(middle[1])) << 16 | quint64(uchar(low[0])) << 24
                             | quint64(uchar(low[1])) << 32;
        *out++ = ':';
        const quint64 word = qToLittleEndian(text >> (8 * (5 - digits)));
        std::memcpy(out, &word, 8);
        out += digits;
    }
    *out++ = '"';
    return out;
}

bool JsonStreamWriter::isScalar(const QVariant &value)
{
    const int type = value.typeId();
    return type != QMetaType::QVariantMap && type != QMetaType::QVariantList
           && type != QMetaType::QStringList;
}

QByteArray JsonStreamWriter::render(const QVariant &value)
{
    QByteArray text;
    {
        JsonStreamWriter w([&](QByteArrayView piece) { return text.append(piece), true; }, Compact,
                           4096);
        w.value(value);
    }
    return text;
}

QByteArray JsonStreamWriter::escapedKey(QByteArrayView utf8)
{
    QByteArray text;
    {
        JsonStreamWriter w([&](QByteArrayView piece) { return text.append(piece), true; }, Compact,
                           4096);
        w.string(utf8);
    }
    return text.sliced(1, text.size() - 2);
}

void JsonStreamWriter::members(const QByteArrayView *keys, const QByteArrayView *values,
                               int count)
{
    if (count == 0)
        return;
    Q_ASSERT(!m_levels.empty() && m_levels.back().object && !m_afterKey);
    Level &level = m_levels.back();
    const bool indented = m_style == Indented;
    const size_t depth = indented ? 4 * m_levels.size() : 0;
    qsizetype size = 0;
    for (int i = 0; i < count; ++i)
        size += keys[i].size() + values[i].size() + qsizetype(depth) + 6;
    ensure(size);
    char *out = m_buffer.data() + m_used;
    for (int i = 0; i < count; ++i) {
        if (!level.empty) {
            *out++ = ',';
            if (indented)
                *out++ = '\n';
        }
        level.empty = false;
        std::memset(out, ' ', depth);
        out += depth;
        *out++ = '"';
        if (!keys[i].isEmpty()) // an empty view may have no data pointer
            std::memcpy(out, keys[i].data(), size_t(keys[i].size()));
        out += keys[i].size();
        *out++ = '"';
        *out++ = ':';
        if (indented)
            *out++ = ' ';
        if (!values[i].isEmpty()) // an empty view may have no data pointer
            std::memcpy(out, values[i].data(), size_t(values[i].size()));
        out += values[i].size();
    }
    m_used = out - m_buffer.data();
}

JsonStreamWriter::ObjectShape JsonStreamWriter::shape(const QByteArrayView *keys, int count) const
{
    Q_ASSERT(count > 0);
    ObjectShape shape;
    shape.depth = int(m_levels.size());
    const bool indented = m_style == Indented;
    const QByteArray inner(indented ? 4 * (shape.depth + 1) : 0, ' ');
    for (int i = 0; i < count; ++i) {
        QByteArray text(i == 0 ? "{" : ",");
        if (indented)
            text += '\n' + inner;
        text += '"' + QByteArray(keys[i].data(), keys[i].size()) + (indented ? "\": " : "\":");
        shape.before.push_back(text);
    }
    if (indented)
        shape.close = '\n' + QByteArray(4 * shape.depth, ' ');
    shape.close += '}';
    if (indented && shape.depth == 0)
        shape.close += '\n';
    return shape;
}

void JsonStreamWriter::object(const ObjectShape &shape, const QByteArrayView *values)
{
    Q_ASSERT(shape.depth == int(m_levels.size()));
    prefix();
    const size_t count = shape.before.size();
    qsizetype size = shape.close.size();
    for (size_t i = 0; i < count; ++i)
        size += shape.before[i].size() + values[i].size();
    ensure(size);
    char *out = m_buffer.data() + m_used;
    for (size_t i = 0; i < count; ++i) {
        std::memcpy(out, shape.before[i].constData(), size_t(shape.before[i].size()));
        out += shape.before[i].size();
        if (!values[i].isEmpty()) // an empty view may have no data pointer
            std::memcpy(out, values[i].data(), size_t(values[i].size()));
        out += values[i].size();
    }
    std::memcpy(out, shape.close.constData(), size_t(shape.close.size()));
    out += shape.close.size();
    m_used = out - m_buffer.data();
}

JsonStreamWriter::ObjectShape
JsonStreamWriter::record(const std::function<void(JsonStreamWriter &)> &write) const
{
    QByteArray text;
    {
        JsonStreamWriter w([&](QByteArrayView piece) { return text.append(piece), true; }, m_style,
                           4096);
        w.m_levels = m_levels; // the same depth: the same indentation
        w.m_afterKey = true;   // no separator before it: object() writes that
        write(w);
    }
    ObjectShape shape;
    shape.depth = int(m_levels.size());
    qsizetype from = 0;
    for (qsizetype at = 0; (at = text.indexOf('\0', from)) >= 0; from = at + 1)
        shape.before.push_back(text.mid(from, at - from));
    shape.close = text.mid(from);
    return shape;
}
