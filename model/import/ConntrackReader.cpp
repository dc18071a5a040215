#include "ConntrackReader.h"

#include "LineSplitter.h"

#include <QFile>

namespace {
struct Tuple
{
    QByteArrayView src, dst, sport, dport;
    int seen = 0;
};

ObservedAddress endpoint(QByteArrayView ip, QByteArrayView port)
{
    if (port.isEmpty())
        return ObservedAddress::parse(ip);
    QByteArray text = ip.toByteArray();
    text += ':';
    text += port;
    return ObservedAddress::parse(text);
}
} // namespace

ConntrackReader::ConntrackReader(ObservedTranslations *out)
    : m_out(out)
{
    m_out->format = ObservedTranslations::Conntrack;
}

bool ConntrackReader::looksLikeConntrack(const QString &text)
{
    const QString head = text.left(4096);
    return head.contains(QLatin1String(" src=")) && head.contains(QLatin1String(" dst="))
           && !head.contains(QLatin1String("Inside global"), Qt::CaseInsensitive);
}

void ConntrackReader::report(ImportIssue::Severity severity, QByteArrayView text,
                             const QString &message)
{
    m_out->issues.append(ImportIssue::fromLine(severity, m_out->lines, text, message));
}

bool ConntrackReader::addLine(QByteArrayView raw)
{
    ++m_out->lines;
    const QByteArrayView line = raw.trimmed();
    if (line.isEmpty())
        return true;
    if (line.startsWith("conntrack v")) {
        // "conntrack v1.4.6 (conntrack-tools): 3 flow entries have been shown."
        const qsizetype colon = line.indexOf("): ");
        bool ok = false;
        if (colon > 0) {
            const QByteArrayView rest = line.sliced(colon + 3);
            const qsizetype space = rest.indexOf(' ');
            const qint64 n = rest.first(space < 0 ? rest.size() : space).toLongLong(&ok);
            if (ok)
                m_out->total = qMax<qint64>(m_out->total, 0) + n;
        }
        return true;
    }
    if (m_out->rows.size() >= MaxRows) {
        report(ImportIssue::Error, line, tr("more than %1 connections; the rest was not read").arg(MaxRows));
        return false;
    }
    const QList<QByteArray> words = line.toByteArray().simplified().split(' ');
    int i = 0;
    if (words.size() > 2 && (words.at(0) == "ipv4" || words.at(0) == "ipv6"))
        i = 2; // /proc/net/nf_conntrack: "ipv4 2 udp 17 …"
    if (words.size() < i + 4) {
        report(ImportIssue::Unknown, line, tr("not a conntrack entry"));
        return true;
    }
    ObservedRow row;
    row.line = m_out->lines;
    const QByteArray proto = words.at(i);
    row.protocol = ObservedTranslations::protocolFromText(proto, &row.upperCase);
    bool numberOk = false, timeoutOk = false;
    words.at(i + 1).toInt(&numberOk);
    const qint64 timeout = words.at(i + 2).toLongLong(&timeoutOk);
    if (!numberOk || !timeoutOk) {
        report(ImportIssue::Unknown, line, tr("not a conntrack entry"));
        return true;
    }
    Tuple tuples[2];
    int t = 0;
    QVariantMap details;
    details.insert(QStringLiteral("timeout"), timeout);
    QStringList flags;
    for (int w = i + 3; w < words.size(); ++w) {
        const QByteArray &word = words.at(w);
        const qsizetype eq = word.indexOf('=');
        if (word.startsWith('[') && word.endsWith(']')) {
            flags.append(QString::fromLatin1(word.mid(1, word.size() - 2)));
            continue;
        }
        if (eq < 0) {
            details.insert(QStringLiteral("state"), QString::fromLatin1(word));
            continue;
        }
        const QByteArrayView key = QByteArrayView(word).first(eq);
        const QByteArrayView value = QByteArrayView(word).sliced(eq + 1);
        if (key == "src" && tuples[t].seen > 0 && t == 0)
            t = 1;
        Tuple &tuple = tuples[t];
        if (key == "src") {
            tuple.src = value;
            ++tuple.seen;
        } else if (key == "dst") {
            tuple.dst = value;
        } else if (key == "sport" || (key == "id" && tuple.sport.isEmpty())) {
            tuple.sport = value;
        } else if (key == "dport") {
            tuple.dport = value;
        } else if (key != "type" && key != "code" && key != "srckey" && key != "dstkey") {
            details.insert(QString::fromLatin1(key), QString::fromLatin1(value));
        }
    }
    if (tuples[0].src.isEmpty() || tuples[0].dst.isEmpty() || tuples[1].src.isEmpty()
        || tuples[1].dst.isEmpty()) {
        report(ImportIssue::Unknown, line, tr("a conntrack entry needs an original and a reply tuple"));
        return true;
    }
    // ICMP carries one id for both directions.
    if (tuples[0].dport.isEmpty() && !tuples[0].sport.isEmpty())
        tuples[0].dport = tuples[0].sport;
    if (tuples[1].dport.isEmpty() && !tuples[1].sport.isEmpty())
        tuples[1].dport = tuples[1].sport;
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
    if (!flags.isEmpty())
        details.insert(QStringLiteral("flags"), flags.join(QLatin1Char(' ')));
    m_out->rows.append(row);
    const int index = int(m_out->rows.size()) - 1;
    ObservedRowExtra &extra = m_out->extraFor(index);
    extra.details = details;
    if (row.protocol == ObservedProtocol::Other)
        extra.protocol = QString::fromLatin1(proto);
    m_out->verbose = true;
    return true;
}

ObservedTranslations ConntrackReader::readData(QByteArrayView data)
{
    ObservedTranslations out;
    ConntrackReader reader(&out);
    LineSplitter::split(data, [&](QByteArrayView line) { return reader.addLine(line); });
    return out;
}

bool ConntrackReader::readFile(const QString &fileName, ObservedTranslations *out,
                               QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot open: %2").arg(fileName, file.errorString());
        return false;
    }
    ConntrackReader reader(out);
    LineSplitter splitter(64 * 1024);
    if (!splitter.run(
            &file, [&](QByteArrayView line) { return reader.addLine(line); },
            [&] {
                ++out->lines;
                reader.report(ImportIssue::Error, QByteArrayView(), tr("line too long; skipped"));
            })) {
        *error = tr("%1: cannot read: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}
