#include "ConntrackReader.h"

#include <algorithm>
#include <charconv>
#include <limits>

namespace {

struct Tuple
{
    QByteArrayView src, dst, sport, dport;
    int seen = 0;
};

ObservedAddress endpoint(QByteArrayView ip, QByteArrayView port)
{
    ObservedAddress a = ObservedAddress::parse(ip);
    if (port.isEmpty() || a.kind != ObservedAddress::Address)
        return a;
    uint p = 0;
    const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), p);
    if (ec != std::errc() || end != port.data() + port.size() || port.size() > 5 || p > 65535
        || port.front() == '+' || port.front() == '-') {
        a.kind = ObservedAddress::Text;
        return a;
    }
    a.port = quint16(p);
    a.hasPort = true;
    return a;
}

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

constexpr int MaxWords = 64;

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
}

int ConntrackReader::internExtra(QByteArrayView protocol, QByteArrayView state,
                                 const QByteArrayView *pairs, int pairCount,
                                 const QByteArrayView *flags, int flagCount)
{
    m_signature.resize(0);
    m_signature.append(protocol).append('\0').append(state).append('\0');
    for (int i = 0; i < flagCount; ++i)
        m_signature.append(flags[i]).append('\1');
    m_signature.append('\0');
    for (int i = 0; i < pairCount; ++i)
        m_signature.append(pairs[i]).append('\0');
    const auto found = m_extraBySignature.constFind(m_signature);
    if (found != m_extraBySignature.cend())
        return found.value();
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
    return index;
}

bool ConntrackReader::addLine(QByteArrayView line)
{
    ObservedTranslations *const t = out();
    if (line.startsWith("conntrack v")) {
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
    QByteArrayView words[MaxWords];
    int count = 0;
    for (qsizetype i = 0; i < line.size() && count < MaxWords;) {
        while (i < line.size() && LineSplitter::isBlank(line[i]))
            ++i;
        const qsizetype start = i;
        while (i < line.size() && !LineSplitter::isBlank(line[i]))
            ++i;
        if (i > start)
            words[count++] = line.sliced(start, i - start);
    }
    int i = 0;
    if (count > 2 && (words[0] == "ipv4" || words[0] == "ipv6"))
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
    QByteArrayView state, flags[MaxWords], pairs[MaxWords];
    int flagCount = 0, pairCount = 0;
    for (int w = i + 3; w < count; ++w) {
        const QByteArrayView word = words[w];
        if (word.size() >= 2 && word.front() == '[' && word.back() == ']') {
            flags[flagCount++] = word.sliced(1, word.size() - 2);
            continue;
        }
        const qsizetype eq = word.indexOf('=');
        if (eq < 0) {
            state = word;
            continue;
        }
        const QByteArrayView key = word.first(eq);
        const QByteArrayView value = word.sliced(eq + 1);
        if (key == "src" && tuples[tuple].seen > 0 && tuple == 0)
            tuple = 1;
        Tuple &tp = tuples[tuple];
        if (key == "src") {
            tp.src = value;
            ++tp.seen;
        } else if (key == "dst") {
            tp.dst = value;
        } else if (key == "sport" || (key == "id" && tp.sport.isEmpty())) {
            tp.sport = value;
        } else if (key == "dport") {
            tp.dport = value;
        } else if (key != "type" && key != "code" && key != "srckey" && key != "dstkey") {
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
        row.address[ObservedRow::InsideLocal] = endpoint(orig.src, orig.sport);
        row.address[ObservedRow::OutsideLocal] = endpoint(orig.dst, orig.dport);
        row.address[ObservedRow::OutsideGlobal] = endpoint(reply.src, reply.sport);
        row.address[ObservedRow::InsideGlobal] = endpoint(reply.dst, reply.dport);
    } else {
        row.address[ObservedRow::InsideGlobal] = endpoint(orig.dst, orig.dport);
        row.address[ObservedRow::InsideLocal] = endpoint(reply.src, reply.sport);
        row.address[ObservedRow::OutsideLocal] = endpoint(orig.src, orig.sport);
        row.address[ObservedRow::OutsideGlobal] = endpoint(orig.src, orig.sport);
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
