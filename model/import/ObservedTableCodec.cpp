#include "ObservedTableCodec.h"

#include <QDataStream>
#include <QHash>
#include <QIODevice>

#include <cstring>
#include <zlib.h>

namespace {

constexpr char Magic[4] = {'M', 'N', 'O', 'T'};
constexpr int Columns = 4;
// Fixed-width bytes per row in a row block: flags, 4 shapes, 4×4 address
// planes, 4×2 port planes. Line and extra deltas follow as varints.
constexpr qsizetype FixedBytesPerRow = 1 + Columns + Columns * 4 + Columns * 2;
constexpr qsizetype MaxVarintBytes = 10;
// zlib cannot expand more than about 1032:1; a larger claimed size is damage.
constexpr qsizetype MaxInflateRatio = 1100;

quint64 zigzag(qint64 v) { return (quint64(v) << 1) ^ quint64(v >> 63); }
qint64 unzigzag(quint64 v) { return qint64(v >> 1) ^ -qint64(v & 1); }

class Writer
{
public:
    QByteArray bytes;
    void u8(quint8 v) { bytes.append(char(v)); }
    void varint(quint64 v)
    {
        char buf[MaxVarintBytes];
        int n = 0;
        while (v >= 0x80) {
            buf[n++] = char(v | 0x80);
            v >>= 7;
        }
        buf[n++] = char(v);
        bytes.append(buf, n);
    }
    void svarint(qint64 v) { varint(zigzag(v)); }
    void raw(QByteArrayView data)
    {
        varint(quint64(data.size()));
        bytes.append(data.data(), data.size());
    }
    void text(const QString &s) { raw(s.toUtf8()); }
};

// Bounds-checked reading; the first failure sticks and names what was read.
class Reader
{
public:
    explicit Reader(QByteArrayView data) : m_data(data) {}
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool atEnd() const { return m_pos == m_data.size(); }
    bool fail(const QString &what)
    {
        if (m_error.isEmpty())
            m_error = what;
        return false;
    }
    quint8 u8(const char *what)
    {
        if (!ok() || m_pos >= m_data.size()) {
            fail(ObservedTableCodec::tr("truncated at %1").arg(QLatin1String(what)));
            return 0;
        }
        return quint8(m_data[m_pos++]);
    }
    quint64 varint(const char *what)
    {
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (!ok() || m_pos >= m_data.size()) {
                fail(ObservedTableCodec::tr("truncated at %1").arg(QLatin1String(what)));
                return 0;
            }
            const quint8 b = quint8(m_data[m_pos++]);
            v |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                return v;
        }
        fail(ObservedTableCodec::tr("bad number at %1").arg(QLatin1String(what)));
        return 0;
    }
    qint64 svarint(const char *what) { return unzigzag(varint(what)); }
    // A count that must not exceed what the remaining bytes can hold.
    qsizetype count(const char *what, qsizetype bytesEach = 1)
    {
        const quint64 n = varint(what);
        if (ok() && n > quint64((m_data.size() - m_pos) / qMax<qsizetype>(1, bytesEach)))
            fail(ObservedTableCodec::tr("impossible count at %1").arg(QLatin1String(what)));
        return ok() ? qsizetype(n) : 0;
    }
    QByteArrayView raw(const char *what)
    {
        const qsizetype n = count(what);
        if (!ok())
            return {};
        const QByteArrayView v = m_data.sliced(m_pos, n);
        m_pos += n;
        return v;
    }
    QString text(const char *what)
    {
        const QByteArrayView v = raw(what);
        return ok() ? QString::fromUtf8(v) : QString();
    }
    qsizetype pos() const { return m_pos; }
    void skip(qsizetype n) { m_pos += n; }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    QString m_error;
};

// zlib with run-length matching only: the column layout puts equal bytes next
// to each other (constant planes, zero deltas), and the rest (PAT ports, host
// addresses) is noise that only Huffman coding shrinks; searching for longer
// matches cost four times the time for about 5 % of the size.
QByteArray deflate(QByteArrayView in)
{
    z_stream z{};
    if (deflateInit2(&z, 1, Z_DEFLATED, 15, 8, Z_RLE) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&z, uLong(in.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = ::deflate(&z, Z_FINISH);
    out.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray();
}

bool inflate(QByteArrayView in, qsizetype size, QByteArray *out)
{
    if (size < 0 || size > in.size() * MaxInflateRatio + 64)
        return false;
    out->resize(size);
    uLongf got = uLongf(size);
    const int rc = uncompress(reinterpret_cast<Bytef *>(out->data()), &got,
                              reinterpret_cast<const Bytef *>(in.data()), uLong(in.size()));
    return rc == Z_OK && qsizetype(got) == size;
}

void writeBlock(Writer &w, const QByteArray &plain)
{
    w.varint(quint64(plain.size()));
    w.raw(deflate(plain));
}

bool readBlock(Reader &r, const char *what, QByteArray *plain)
{
    const quint64 size = r.varint(what);
    const QByteArrayView packed = r.raw(what);
    if (!r.ok())
        return false;
    if (size > quint64(std::numeric_limits<qsizetype>::max() / 2) || !inflate(packed, qsizetype(size), plain))
        return r.fail(ObservedTableCodec::tr("damaged compressed data at %1").arg(QLatin1String(what)));
    return true;
}

// Strings of the extras and issues, each stored once.
class StringTable
{
public:
    quint64 id(const QString &s)
    {
        if (s.isEmpty())
            return 0;
        const auto it = m_ids.constFind(s);
        if (it != m_ids.cend())
            return *it;
        m_strings.append(s);
        return m_ids.insert(s, quint64(m_strings.size())).value();
    }
    const QStringList &strings() const { return m_strings; }

private:
    QHash<QString, quint64> m_ids;
    QStringList m_strings;
};

enum ValueTag : quint8 { TagString, TagInt, TagLongLong, TagBool, TagDouble, TagUInt, TagVariant };

void writeValue(Writer &w, StringTable &strings, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QString:
        w.u8(TagString);
        w.varint(strings.id(v.toString()));
        return;
    case QMetaType::Int:
        w.u8(TagInt);
        w.svarint(v.toInt());
        return;
    case QMetaType::LongLong:
        w.u8(TagLongLong);
        w.svarint(v.toLongLong());
        return;
    case QMetaType::UInt:
        w.u8(TagUInt);
        w.varint(v.toUInt());
        return;
    case QMetaType::Bool:
        w.u8(TagBool);
        w.u8(v.toBool() ? 1 : 0);
        return;
    case QMetaType::Double: {
        w.u8(TagDouble);
        const double d = v.toDouble();
        quint64 bits = 0;
        std::memcpy(&bits, &d, sizeof bits);
        w.varint(bits);
        return;
    }
    default: {
        // Anything else a reader may put in details one day, in Qt's own form.
        w.u8(TagVariant);
        QByteArray data;
        QDataStream s(&data, QIODevice::WriteOnly);
        s.setVersion(QDataStream::Qt_6_0);
        s << v;
        w.raw(data);
    }
    }
}

bool readValue(Reader &r, const QStringList &strings, QVariant *v)
{
    switch (r.u8("detail value")) {
    case TagString: {
        const quint64 id = r.varint("detail value");
        if (id > quint64(strings.size()))
            return r.fail(ObservedTableCodec::tr("bad text reference in a detail value"));
        *v = id ? strings.at(qsizetype(id - 1)) : QString();
        return r.ok();
    }
    case TagInt:
        *v = int(r.svarint("detail value"));
        return r.ok();
    case TagLongLong:
        *v = qlonglong(r.svarint("detail value"));
        return r.ok();
    case TagUInt:
        *v = uint(r.varint("detail value"));
        return r.ok();
    case TagBool:
        *v = r.u8("detail value") != 0;
        return r.ok();
    case TagDouble: {
        const quint64 bits = r.varint("detail value");
        double d = 0;
        std::memcpy(&d, &bits, sizeof d);
        *v = d;
        return r.ok();
    }
    case TagVariant: {
        const QByteArrayView data = r.raw("detail value");
        if (!r.ok())
            return false;
        QByteArray copy = data.toByteArray();
        QDataStream s(&copy, QIODevice::ReadOnly);
        s.setVersion(QDataStream::Qt_6_0);
        s >> *v;
        if (s.status() != QDataStream::Ok)
            return r.fail(ObservedTableCodec::tr("damaged detail value"));
        return true;
    }
    default:
        return r.fail(ObservedTableCodec::tr("unknown kind of detail value"));
    }
}

// Appends a varint at p (room for MaxVarintBytes) and returns the new end.
inline char *putVarint(char *p, quint64 v)
{
    while (v >= 0x80) {
        *p++ = char(v | 0x80);
        v >>= 7;
    }
    *p++ = char(v);
    return p;
}

QByteArray encodeRows(const ObservedTranslations &t, qsizetype first, qsizetype n)
{
    const qsizetype timed = qBound<qsizetype>(0, t.timeouts.size() - first, n);
    qsizetype extraRows = 0;
    const ObservedRow *rows = t.rows.constData() + first;
    for (qsizetype i = 0; i < n; ++i)
        extraRows += rows[i].extra >= 0 ? 1 : 0;
    // Fixed part, then line deltas, extra references and timeouts as varints.
    QByteArray out(n * FixedBytesPerRow + (n + extraRows + timed) * MaxVarintBytes, Qt::Uninitialized);
    auto *flags = reinterpret_cast<quint8 *>(out.data());
    quint8 *shapes = flags + n;
    quint8 *ips = shapes + Columns * n;
    quint8 *ports = ips + Columns * 4 * n;
    char *tail = out.data() + n * FixedBytesPerRow;
    int prevLine = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const ObservedRow &row = rows[i];
        flags[i] = quint8(quint8(row.protocol) & 7) | quint8(row.upperCase ? 8 : 0)
                   | quint8(row.extra >= 0 ? 16 : 0);
        const ObservedAddress &og = row.address[ObservedRow::OutsideGlobal];
        for (int c = 0; c < Columns; ++c) {
            const ObservedAddress &a = row.address[c];
            shapes[c * n + i] = quint8(quint8(a.kind) & 3) | quint8(a.hasPort ? 4 : 0);
            // The outside local is almost always the outside global: store the difference.
            const quint32 ip = c == ObservedRow::OutsideLocal ? a.ip ^ og.ip : a.ip;
            const quint16 port = c == ObservedRow::OutsideLocal ? quint16(a.port ^ og.port) : a.port;
            quint8 *plane = ips + c * 4 * n + i;
            plane[0] = quint8(ip >> 24);
            plane[n] = quint8(ip >> 16);
            plane[2 * n] = quint8(ip >> 8);
            plane[3 * n] = quint8(ip);
            ports[c * 2 * n + i] = quint8(port >> 8);
            ports[(c * 2 + 1) * n + i] = quint8(port);
        }
        tail = putVarint(tail, zigzag(qint64(row.line) - prevLine - 1));
        prevLine = row.line;
    }
    int prevExtra = -1;
    for (qsizetype i = 0; i < n; ++i) {
        if (rows[i].extra >= 0) {
            tail = putVarint(tail, zigzag(qint64(rows[i].extra) - prevExtra - 1));
            prevExtra = rows[i].extra;
        }
    }
    // Conntrack's remaining seconds, per row, as differences from the row before.
    qint64 prevTimeout = 0;
    for (qsizetype i = 0; i < timed; ++i) {
        const qint32 timeout = t.timeouts.at(first + i);
        tail = putVarint(tail, zigzag(qint64(timeout) - prevTimeout));
        prevTimeout = timeout;
    }
    out.truncate(tail - out.data());
    return out;
}

bool decodeRows(QByteArrayView plain, qsizetype n, int extraCount, ObservedRow *rows,
                qint32 *timeouts, qsizetype timed, QString *error)
{
    if (plain.size() < n * (FixedBytesPerRow + 1)) {
        *error = ObservedTableCodec::tr("too short for its rows");
        return false;
    }
    const auto *flags = reinterpret_cast<const quint8 *>(plain.data());
    const quint8 *shapes = flags + n;
    const quint8 *ips = shapes + Columns * n;
    const quint8 *ports = ips + Columns * 4 * n;
    Reader tail(plain.sliced(n * FixedBytesPerRow));
    qint64 line = 0;
    for (qsizetype i = 0; i < n; ++i) {
        line += tail.svarint("line numbers") + 1;
        if (line < 0 || line > std::numeric_limits<int>::max()) {
            *error = ObservedTableCodec::tr("line number out of range");
            return false;
        }
        rows[i].line = int(line);
    }
    qint64 extra = -1;
    for (qsizetype i = 0; i < n; ++i) {
        ObservedRow &row = rows[i];
        const quint8 f = flags[i];
        if (f & ~quint8(31)) {
            *error = ObservedTableCodec::tr("bad row flags");
            return false;
        }
        row.protocol = ObservedProtocol(f & 7);
        row.upperCase = f & 8;
        if (f & 16) {
            extra += tail.svarint("extra references") + 1;
            if (!tail.ok() || extra < 0 || extra >= extraCount) {
                *error = ObservedTableCodec::tr("extra reference out of range");
                return false;
            }
            row.extra = int(extra);
        } else {
            row.extra = -1;
        }
        for (int c = 0; c < Columns; ++c) {
            const quint8 s = shapes[c * n + i];
            if (s & ~quint8(7)) {
                *error = ObservedTableCodec::tr("bad address shape");
                return false;
            }
            ObservedAddress &a = row.address[c];
            a.kind = ObservedAddress::Kind(s & 3);
            a.hasPort = s & 4;
            a.ip = quint32(ips[(c * 4) * n + i]) << 24 | quint32(ips[(c * 4 + 1) * n + i]) << 16
                   | quint32(ips[(c * 4 + 2) * n + i]) << 8 | quint32(ips[(c * 4 + 3) * n + i]);
            a.port = quint16(ports[(c * 2) * n + i] << 8 | ports[(c * 2 + 1) * n + i]);
        }
        ObservedAddress &ol = row.address[ObservedRow::OutsideLocal];
        const ObservedAddress &og = row.address[ObservedRow::OutsideGlobal];
        ol.ip ^= og.ip;
        ol.port ^= og.port;
    }
    qint64 timeout = 0;
    for (qsizetype i = 0; i < timed; ++i) {
        timeout += tail.svarint("timeouts");
        if (timeout < std::numeric_limits<qint32>::min() || timeout > std::numeric_limits<qint32>::max()) {
            *error = ObservedTableCodec::tr("timeout out of range");
            return false;
        }
        timeouts[i] = qint32(timeout);
    }
    if (!tail.ok() || !tail.atEnd()) {
        *error = tail.ok() ? ObservedTableCodec::tr("unexpected bytes after the rows") : tail.error();
        return false;
    }
    return true;
}

} // namespace

QByteArray ObservedTableCodec::encode(const ObservedTranslations &t, const Progress &progress)
{
    Writer w;
    w.bytes.append(Magic, 4);
    // Tables without per-row value columns keep the first encoding, byte for byte.
    w.u8(t.columns.isEmpty() ? 1 : Version);
    w.u8(quint8(t.format));
    const qsizetype rowCount = t.rows.size();
    const qsizetype blocks = (rowCount + BlockRows - 1) / BlockRows;
    w.varint(quint64(rowCount));
    w.varint(quint64(t.extras.size()));
    w.varint(quint64(qMin(t.timeouts.size(), rowCount)));
    w.varint(quint64(blocks));

    StringTable strings;
    // Meta and extras first into their own buffers (they intern strings).
    Writer meta;
    meta.svarint(t.total);
    meta.svarint(t.lines);
    meta.svarint(t.headers);
    meta.u8(t.verbose ? 1 : 0);
    meta.varint(quint64(t.commands.size()));
    for (const QString &c : t.commands)
        meta.varint(strings.id(c));
    meta.varint(quint64(t.issues.size()));
    for (const ImportIssue &i : t.issues) {
        meta.u8(quint8(i.severity));
        meta.svarint(i.line);
        meta.varint(strings.id(i.text));
        meta.varint(strings.id(i.message));
    }
    Writer extras;
    for (const ObservedRowExtra &e : t.extras) {
        extras.varint(strings.id(e.protocol));
        for (const QString &s : e.text)
            extras.varint(strings.id(s));
        extras.varint(strings.id(e.vrf));
        extras.varint(quint64(e.details.size()));
        for (auto it = e.details.cbegin(); it != e.details.cend(); ++it) {
            extras.varint(strings.id(it.key()));
            writeValue(extras, strings, it.value());
        }
    }
    Writer table;
    table.varint(quint64(strings.strings().size()));
    for (const QString &s : strings.strings())
        table.text(s);

    writeBlock(w, table.bytes);
    writeBlock(w, meta.bytes);
    writeBlock(w, extras.bytes);
    for (qsizetype b = 0; b < blocks; ++b) {
        const qsizetype first = b * BlockRows;
        const qsizetype n = qMin<qsizetype>(BlockRows, rowCount - first);
        w.varint(quint64(n));
        writeBlock(w, encodeRows(t, first, n));
        if (progress && !progress(first + n, rowCount))
            return {};
    }
    if (!t.columns.isEmpty()) {
        // Per-row value columns (since encoding 2): each value (None as 0,
        // else value + 1) as its difference from the row before.
        Writer columns;
        columns.varint(quint64(t.columns.size()));
        for (const ObservedValueColumn &c : t.columns) {
            columns.text(c.key);
            columns.u8(c.style);
            const qsizetype n = qMin(c.values.size(), rowCount);
            columns.varint(quint64(n));
            qint64 previous = 0;
            for (qsizetype i = 0; i < n; ++i) {
                const qint64 v = c.values.at(i) == ObservedValueColumn::None ? 0 : qint64(c.values.at(i)) + 1;
                columns.svarint(v - previous);
                previous = v;
            }
        }
        writeBlock(w, columns.bytes);
    }
    return w.bytes;
}

bool ObservedTableCodec::decode(QByteArrayView data, ObservedTranslations *out, QString *error)
{
    const auto failed = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (data.size() < 5 || std::memcmp(data.data(), Magic, 4) != 0)
        return failed(tr("not a MeshNAT observed table (bad signature)"));
    const quint8 version = quint8(data[4]);
    if (version < 1 || version > Version)
        return failed(tr("observed table encoding %1 is not known to this version (it reads %2)")
                          .arg(quint8(data[4]))
                          .arg(Version));
    Reader r(data.sliced(5));
    const quint8 format = r.u8("format");
    if (r.ok() && format > ObservedTranslations::Captured)
        return failed(tr("unknown table format %1").arg(format));
    const quint64 rowCount = r.varint("row count");
    const quint64 extraCount = r.varint("extras count");
    const quint64 timeoutCount = r.varint("timeout count");
    const quint64 blocks = r.varint("block count");
    if (!r.ok())
        return failed(r.error());
    if (rowCount > quint64(std::numeric_limits<int>::max()) || extraCount > rowCount
        || timeoutCount > rowCount || blocks != (rowCount + BlockRows - 1) / BlockRows)
        return failed(tr("inconsistent row, extras or block counts"));

    ObservedTranslations t;
    t.format = ObservedTranslations::Format(format);
    QByteArray plain;
    if (!readBlock(r, "text table", &plain))
        return failed(r.error());
    QStringList strings;
    {
        Reader s(plain);
        const qsizetype n = s.count("text table");
        strings.reserve(n);
        for (qsizetype i = 0; i < n && s.ok(); ++i)
            strings.append(s.text("text table"));
        if (!s.ok() || !s.atEnd())
            return failed(s.ok() ? tr("unexpected bytes after the text table") : s.error());
    }
    const auto string = [&](Reader &s, const char *what) {
        const quint64 id = s.varint(what);
        if (id > quint64(strings.size())) {
            s.fail(tr("bad text reference at %1").arg(QLatin1String(what)));
            return QString();
        }
        return id ? strings.at(qsizetype(id - 1)) : QString();
    };

    if (!readBlock(r, "summary", &plain))
        return failed(r.error());
    {
        Reader s(plain);
        t.total = s.svarint("total");
        const qint64 lines = s.svarint("line count");
        const qint64 headers = s.svarint("header count");
        if (lines < 0 || lines > std::numeric_limits<int>::max() || headers < 0
            || headers > std::numeric_limits<int>::max())
            return failed(tr("line or header count out of range"));
        t.lines = int(lines);
        t.headers = int(headers);
        t.verbose = s.u8("verbose flag") != 0;
        const qsizetype commands = s.count("commands");
        for (qsizetype i = 0; i < commands && s.ok(); ++i)
            t.commands.append(string(s, "commands"));
        const qsizetype issues = s.count("issues", 4);
        t.issues.reserve(issues);
        for (qsizetype i = 0; i < issues && s.ok(); ++i) {
            ImportIssue issue;
            const quint8 severity = s.u8("issues");
            if (severity > ImportIssue::Note)
                s.fail(tr("unknown issue severity"));
            issue.severity = ImportIssue::Severity(severity);
            const qint64 line = s.svarint("issues");
            if (line < 0 || line > std::numeric_limits<int>::max())
                s.fail(tr("issue line out of range"));
            issue.line = int(line);
            issue.text = string(s, "issues");
            issue.message = string(s, "issues");
            t.issues.append(issue);
        }
        if (!s.ok() || !s.atEnd())
            return failed(s.ok() ? tr("unexpected bytes after the summary") : s.error());
    }

    if (!readBlock(r, "extras", &plain))
        return failed(r.error());
    {
        Reader s(plain);
        t.extras.resize(qsizetype(extraCount));
        for (qsizetype i = 0; i < qsizetype(extraCount) && s.ok(); ++i) {
            ObservedRowExtra &e = t.extras[i];
            e.protocol = string(s, "extras");
            for (QString &text : e.text)
                text = string(s, "extras");
            e.vrf = string(s, "extras");
            const qsizetype details = s.count("extras", 2);
            for (qsizetype d = 0; d < details && s.ok(); ++d) {
                const QString key = string(s, "extras");
                QVariant v;
                if (readValue(s, strings, &v))
                    e.details.insert(key, v);
            }
        }
        if (!s.ok() || !s.atEnd())
            return failed(s.ok() ? tr("unexpected bytes after the extras") : s.error());
    }

    t.rows.resize(qsizetype(rowCount));
    t.timeouts.resize(qsizetype(timeoutCount));
    for (quint64 b = 0; b < blocks; ++b) {
        const qsizetype first = qsizetype(b) * BlockRows;
        const qsizetype expected = qMin<qsizetype>(BlockRows, qsizetype(rowCount) - first);
        const QString where = tr("row block %1").arg(b + 1);
        if (qsizetype(r.varint("row block")) != expected || !r.ok())
            return failed(tr("%1: wrong number of rows").arg(where));
        if (!readBlock(r, "row block", &plain))
            return failed(tr("%1: %2").arg(where, r.error()));
        QString why;
        const qsizetype timed = qBound<qsizetype>(0, qsizetype(timeoutCount) - first, expected);
        if (!decodeRows(plain, expected, int(extraCount), t.rows.data() + first,
                        t.timeouts.data() + (timed > 0 ? first : 0), timed, &why))
            return failed(tr("%1: %2").arg(where, why));
    }
    if (version >= 2) {
        if (!readBlock(r, "value columns", &plain))
            return failed(r.error());
        Reader s(plain);
        const qsizetype n = s.count("value columns", 3);
        for (qsizetype c = 0; c < n && s.ok(); ++c) {
            ObservedValueColumn column;
            column.key = s.text("value columns");
            const quint8 style = s.u8("value columns");
            if (style > ObservedValueColumn::Hms)
                s.fail(tr("unknown value column style %1").arg(style));
            column.style = ObservedValueColumn::Style(style);
            const qsizetype values = s.count("value columns");
            if (quint64(values) > rowCount)
                s.fail(tr("more column values than rows"));
            column.values.reserve(values);
            qint64 v = 0;
            for (qsizetype i = 0; i < values && s.ok(); ++i) {
                v += s.svarint("value columns");
                if (v < 0 || v > qint64(ObservedValueColumn::None))
                    s.fail(tr("column value out of range"));
                column.values.append(v == 0 ? ObservedValueColumn::None : quint32(v - 1));
            }
            t.columns.append(column);
        }
        if (!s.ok() || !s.atEnd())
            return failed(s.ok() ? tr("unexpected bytes after the value columns") : s.error());
    }
    if (!r.atEnd())
        return failed(tr("unexpected bytes after the last row block"));
    *out = std::move(t);
    return true;
}
