#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVariant>

#include <cstring>
#include <functional>
#include <vector>

// Writes JSON as it goes, through a fixed buffer handed to a sink in large
// pieces, so a million-row document never exists in memory (QJsonDocument
// builds the whole tree first, then a second copy as text). The indented
// style is byte for byte QJsonDocument::Indented's layout (four spaces,
// "key": value, "{\n}" when empty), so output written before keeps its shape;
// callers that want Qt's order give object keys sorted. Strings are escaped as
// Qt does, and also DEL and the C1 controls (\u007f, \u0080…), so the output
// holds no control character a terminal would act on.
class JsonStreamWriter
{
public:
    enum Style { Indented, Compact };
    using Sink = std::function<bool(QByteArrayView)>; // false: the sink failed

    explicit JsonStreamWriter(Sink sink, Style style = Indented, qsizetype bufferSize = 1 << 20);
    ~JsonStreamWriter();
    JsonStreamWriter(const JsonStreamWriter &) = delete;
    JsonStreamWriter &operator=(const JsonStreamWriter &) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QByteArrayView latin1); // inside an object, before each value
    // A key of the caller's own that needs no escaping (an identifier, never
    // text from input): copied as it is.
    void plainKey(QByteArrayView identifier);

    void string(QByteArrayView utf8);
    void string(const QString &text);
    void string(const QByteArray &utf8) { string(QByteArrayView(utf8)); }
    void string(const char *utf8) { string(QByteArrayView(utf8)); }
    void number(qint64 value);
    void number(double value);
    void boolean(bool value);
    void null();
    // Maps (keys in QMap's order), lists, numbers, booleans; anything else as text.
    void value(const QVariant &value);

    // "a.b.c.d" or "a.b.c.d:port" as a JSON string, formatted in place.
    void ipv4String(quint32 ip, int port = -1);
    // The same text into `out` (room for Ipv4StringSize bytes, a few more than
    // it writes: words are stored whole); returns its end.
    static constexpr int Ipv4StringSize = 32;
    static char *formatIpv4String(char *out, quint32 ip, int port = -1);

    // A scalar as value() writes it (string, number, boolean, null), rendered
    // once so that a value repeated on a million rows is formatted once.
    static QByteArray render(const QVariant &value);
    static bool isScalar(const QVariant &value);

    // Members of the object being written, in one call: keys already escaped
    // (no quotes), values JSON text (render()'s, formatIpv4String()'s). The
    // same bytes as a key() and a value for each.
    void members(const QByteArrayView *keys, const QByteArrayView *values, int count);
    // A key as key() writes it, without the quotes (for members()).
    static QByteArray escapedKey(QByteArrayView utf8);

    // Text as a JSON string, quotes included, written at out: the bytes
    // string() writes, without a writer (a table's cells kept as printed are
    // quoted straight into the row's buffer). Returns the end; out needs room
    // for quotedSize() of the text's length (UTF-8 bytes or UTF-16 units).
    static constexpr qsizetype quotedSize(qsizetype length) { return 6 * length + 2; }
    static char *quoted(char *out, QByteArrayView utf8);
    static char *quoted(char *out, QStringView text);

    // An object of scalar members written again and again at one place (the
    // rows of a table): its braces, keys, separators and indentation rendered
    // once by shape(), for objects at the current place; object() then writes
    // one with its values (JSON text, as for members()), the same bytes as
    // beginObject(), a key and a value for each, endObject().
    struct ObjectShape
    {
        std::vector<QByteArray> before; // before each value ("{\n    \"key\": ")
        QByteArray close;
        int depth = -1;
    };
    ObjectShape shape(const QByteArrayView *keys, int count) const;
    void object(const ObjectShape &shape, const QByteArrayView *values);
    // The shape of any object written again and again at the current place,
    // nested members and fixed values included (a table's rows with the
    // details they share): write(w) writes one, giving hole() for each value
    // that differs from object to object; object() then fills the holes in
    // the order written. No output of this writer holds a raw NUL (strings and
    // keys escape it), so hole()'s NUL marks a hole unambiguously.
    ObjectShape record(const std::function<void(JsonStreamWriter &)> &write) const;
    static QByteArrayView hole() { return QByteArrayView("\0", 1); }

    // Hands the buffer to the sink; false once the sink has failed.
    bool flush();
    bool ok() const { return m_ok; }

private:
    void prefix(); // separator and indentation before a value or key
    void ensure(qsizetype bytes)
    {
        if (m_used + bytes > qsizetype(m_buffer.size()))
            grow(bytes);
    }
    void grow(qsizetype bytes);
    void put(char c) { m_buffer[size_t(m_used++)] = c; }
    void put(const char *data, qsizetype size)
    {
        ensure(size);
        std::memcpy(m_buffer.data() + m_used, data, size_t(size));
        m_used += size;
    }
    void indent(int depth);
    void escaped(QByteArrayView utf8);

    struct Level
    {
        bool object;
        bool empty;
    };
    Sink m_sink;
    Style m_style;
    std::vector<char> m_buffer;
    qsizetype m_used = 0;
    std::vector<Level> m_levels;
    bool m_afterKey = false;
    bool m_ok = true;
};
