#include "ConntrackReader.h"
#include "vendors/VendorText.h"

#include <QtEndian>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <limits>

namespace {

struct Tuple
{
    QByteArrayView src, dst, sport, dport;
    int seen = 0;
};

template <typename T>
bool number(QByteArrayView text, T *value)
{
    const char *begin = text.data();
    const char *end = begin + text.size();
    if (begin != end && *begin == '+')
        ++begin;
    const auto [stop, ec] = std::from_chars(begin, end, *value);
    return ec == std::errc() && stop == end && begin != end;
}

} // namespace

ConntrackReader::ConntrackReader(ObservedTranslations *out)
{
    if (out)
        begin(out);
}

QString ConntrackReader::displayName() const
{
    return tr("Linux conntrack -L");
}

int ConntrackReader::sniff(QByteArrayView head) const
{
    return head.indexOf(" src=") >= 0 && head.indexOf(" dst=") >= 0
                   && head.indexOf("Inside global") < 0 && head.indexOf("inside global") < 0
                   && head.indexOf("Inside Global") < 0
               ? 95
               : 0;
}

bool ConntrackReader::looksLikeConntrack(const QString &text)
{
    return ConntrackReader().sniff(text.left(4096).toUtf8()) > 0;
}

void ConntrackReader::reset()
{
    m_extraBySignature.clear();
    m_previous.clear();
}

int ConntrackReader::internExtra(QByteArrayView protocol, QByteArrayView state,
                                 const QByteArrayView *pairs, int pairCount,
                                 const QByteArrayView *flags, int flagCount)
{
    // protocol \0 state \0 flag \1 … \0 pair \0 …, written in place: no
    // append() per part on every line.
    qsizetype size = protocol.size() + state.size() + 3;
    for (int i = 0; i < flagCount; ++i)
        size += flags[i].size() + 1;
    for (int i = 0; i < pairCount; ++i)
        size += pairs[i].size() + 1;
    m_signature.resize(size);
    char *p = m_signature.data();
    const auto put = [&p](QByteArrayView part, char end) {
        if (!part.isEmpty()) // an empty view may have no data pointer at all
            std::memcpy(p, part.data(), size_t(part.size()));
        p += part.size();
        *p++ = end;
    };
    put(protocol, '\0');
    put(state, '\0');
    for (int i = 0; i < flagCount; ++i)
        put(flags[i], '\1');
    *p++ = '\0';
    for (int i = 0; i < pairCount; ++i)
        put(pairs[i], '\0');
    const int previous = m_previous.find(m_signature);
    if (previous >= 0)
        return previous;
    const auto found = m_extraBySignature.constFind(m_signature);
    if (found != m_extraBySignature.cend())
        return m_previous.remember(m_signature, found.value());
    ObservedRowExtra extra;
    extra.protocol = QString::fromLatin1(protocol);
    if (!state.isEmpty())
        extra.details.insert(QStringLiteral("state"), QString::fromLatin1(state));
    for (int i = 0; i < pairCount; ++i) {
        const qsizetype eq = pairs[i].indexOf('=');
        extra.details.insert(QString::fromLatin1(pairs[i].first(eq)),
                             QString::fromLatin1(pairs[i].sliced(eq + 1)));
    }
    if (flagCount > 0) {
        QStringList names;
        for (int i = 0; i < flagCount; ++i)
            names.append(QString::fromLatin1(flags[i]));
        extra.details.insert(QStringLiteral("flags"), names.join(QLatin1Char(' ')));
    }
    const int index = int(out()->extras.size());
    out()->extras.append(extra);
    m_extraBySignature.insert(m_signature, index);
    return m_previous.remember(m_signature, index);
}

bool ConntrackReader::addLine(QByteArrayView line)
{
    ObservedTranslations *const t = out();
    if (line.size() >= 11 && std::memcmp(line.data(), "conntrack v", 11) == 0) {
        // "conntrack v1.4.6 (conntrack-tools): 3 flow entries have been shown."
        const qsizetype colon = line.indexOf("): ");
        if (colon > 0) {
            const QByteArrayView rest = line.sliced(colon + 3);
            const qsizetype space = rest.indexOf(' ');
            qint64 n = 0;
            if (number(rest.first(space < 0 ? rest.size() : space), &n))
                t->total = qMax<qint64>(t->total, 0) + n;
        }
        return true;
    }
    // An echoed prompt and command ("root@fw:~# conntrack -L"): a conntrack
    // entry starts with a protocol name, never with a prompt mark.
    if (const qsizetype mark = LineSplitter::promptMark(line); mark > 0) {
        const QByteArrayView command = LineSplitter::trimmed(line.sliced(mark + 1));
        if (!command.isEmpty())
            t->commands.append(QString::fromUtf8(command));
        return true;
    }
    if (t->rows.size() >= MaxRows) {
        fail(tr("more than %1 connections; the rest was not read").arg(MaxRows));
        return false;
    }
    // Words, and where each one's '=' is, in one pass over the line.
    QByteArrayView *const words = m_words;
    qsizetype *const equals = m_equals;
    int count = 0;
    const char *p = line.data();
    const char *const lineEnd = p + line.size();
    while (p < lineEnd && count < MaxWords) {
        p = LineSplitter::skipBlanks(p, lineEnd);
        const char *const start = p;
        const char *eq = nullptr;
        p = LineSplitter::wordEnd(p, lineEnd, '=', &eq); // eight bytes at a time
        if (p > start) {
            words[count] = QByteArrayView(start, p - start);
            equals[count++] = eq ? eq - start : -1;
        }
    }
    int i = 0;
    if (count > 2 && (VendorText::is(words[0], "ipv4") || VendorText::is(words[0], "ipv6")))
        i = 2; // /proc/net/nf_conntrack: "ipv4 2 udp 17 …"
    int protocolNumber = 0;
    qint64 timeout = 0;
    if (count < i + 4 || !number(words[i + 1], &protocolNumber)
        || !number(words[i + 2], &timeout)) {
        report(ImportIssue::Unknown, line, tr("not a conntrack entry"));
        return true;
    }
    ObservedRow row;
    row.line = t->lines;
    const QByteArrayView protocol = words[i];
    row.protocol = ObservedTranslations::protocolFromText(protocol, &row.upperCase);
    Tuple tuples[2];
    int tuple = 0;
    QByteArrayView state, *const flags = m_flags, *const pairs = m_pairs;
    int flagCount = 0, pairCount = 0;
    for (int w = i + 3; w < count; ++w) {
        const QByteArrayView word = words[w];
        if (word.size() >= 2 && word.front() == '[' && word.back() == ']') {
            flags[flagCount++] = word.sliced(1, word.size() - 2);
            continue;
        }
        const qsizetype eq = equals[w];
        if (eq < 0) {
            state = word;
            continue;
        }
        const QByteArrayView key = word.first(eq);
        const QByteArrayView value = word.sliced(eq + 1);
        const bool src = VendorText::is(key, "src");
        if (src && tuples[tuple].seen > 0 && tuple == 0)
            tuple = 1;
        Tuple &tp = tuples[tuple];
        if (src) {
            tp.src = value;
            ++tp.seen;
        } else if (VendorText::is(key, "dst")) {
            tp.dst = value;
        } else if (VendorText::is(key, "sport") || (VendorText::is(key, "id") && tp.sport.isEmpty())) {
            tp.sport = value;
        } else if (VendorText::is(key, "dport")) {
            tp.dport = value;
        } else if (!VendorText::is(key, "type") && !VendorText::is(key, "code") && !VendorText::is(key, "srckey")
                   && !VendorText::is(key, "dstkey")) {
            pairs[pairCount++] = word;
        }
    }
    if (tuples[0].src.isEmpty() || tuples[0].dst.isEmpty() || tuples[1].src.isEmpty()
        || tuples[1].dst.isEmpty()) {
        report(ImportIssue::Unknown, line, tr("a conntrack entry needs an original and a reply tuple"));
        return true;
    }
    // ICMP carries one id for both directions.
    for (Tuple &tp : tuples) {
        if (tp.dport.isEmpty() && !tp.sport.isEmpty())
            tp.dport = tp.sport;
    }
    const Tuple &orig = tuples[0];
    const Tuple &reply = tuples[1];
    const bool inbound = orig.dst != reply.src; // DNAT: the reply comes from elsewhere
    if (!inbound) {
        row.address[ObservedRow::InsideLocal] = VendorText::endpoint(orig.src, orig.sport);
        row.address[ObservedRow::OutsideLocal] = VendorText::endpoint(orig.dst, orig.dport);
        row.address[ObservedRow::OutsideGlobal] = VendorText::endpoint(reply.src, reply.sport);
        row.address[ObservedRow::InsideGlobal] = VendorText::endpoint(reply.dst, reply.dport);
    } else {
        row.address[ObservedRow::InsideGlobal] = VendorText::endpoint(orig.dst, orig.dport);
        row.address[ObservedRow::InsideLocal] = VendorText::endpoint(reply.src, reply.sport);
        row.address[ObservedRow::OutsideLocal] = VendorText::endpoint(orig.src, orig.sport);
        row.address[ObservedRow::OutsideGlobal] = VendorText::endpoint(orig.src, orig.sport);
    }
    for (const ObservedAddress &a : row.address) {
        if (a.kind != ObservedAddress::Address) {
            report(ImportIssue::Unknown, line, tr("an address in this entry is not IPv4"));
            return true;
        }
    }
    row.extra = internExtra(row.protocol == ObservedProtocol::Other ? protocol : QByteArrayView(),
                            state, pairs, pairCount, flags, flagCount);
    t->rows.append(row);
    t->timeouts.append(qint32(std::clamp<qint64>(timeout, 0, std::numeric_limits<qint32>::max())));
    t->verbose = true;
    return true;
}

ObservedTranslations ConntrackReader::readData(QByteArrayView data)
{
    ObservedTranslations out;
    ConntrackReader().parseData(data, &out);
    return out;
}

bool ConntrackReader::readFile(const QString &fileName, ObservedTranslations *out,
                               QString *error)
{
    return ConntrackReader().parseFile(fileName, out, error);
}
