#include "JsonStreamWriter.h"

#include <QLocale>
#include <QVariantList>
#include <QVariantMap>

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
    std::memcpy(m_buffer.data() + m_used, identifier.data(), size_t(identifier.size()));
    m_used += identifier.size();
    put('"');
    put(':');
    if (m_style == Indented)
        put(' ');
    m_afterKey = true;
}

void JsonStreamWriter::escaped(QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    ensure(utf8.size() * 6 + 2); // the worst case: every byte as \u00XX
    char *out = m_buffer.data() + m_used;
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
            const uchar low = *p++;
            out = std::copy_n("\\u00", 4, out);
            *out++ = hex[low >> 4];
            *out++ = hex[low & 0xf];
            continue;
        }
        if (c == 0xc2) {
            *out++ = char(c);
            continue;
        }
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
            *out++ = hex[c >> 4];
            *out++ = hex[c & 0xf];
        }
    }
    *out++ = '"';
    m_used = out - m_buffer.data();
}

void JsonStreamWriter::string(QByteArrayView utf8)
{
    prefix();
    escaped(utf8);
}

void JsonStreamWriter::string(const QString &text)
{
    string(QByteArrayView(text.toUtf8()));
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
    ensure(24);
    char *out = m_buffer.data() + m_used;
    *out++ = '"';
    for (int shift = 24; shift >= 0; shift -= 8) {
        out = std::to_chars(out, out + 3, (ip >> shift) & 0xff).ptr;
        if (shift > 0)
            *out++ = '.';
    }
    if (port >= 0) {
        *out++ = ':';
        out = std::to_chars(out, out + 5, port).ptr;
    }
    *out++ = '"';
    m_used = out - m_buffer.data();
}
