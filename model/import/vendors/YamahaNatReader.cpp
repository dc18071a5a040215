#include "YamahaNatReader.h"

#include "VendorText.h"

#include <cstring>

namespace {

constexpr int MaxWords = 16;

// A header word in each spelling it arrives in: UTF-8, Shift_JIS, English.
struct Word
{
    QByteArrayView utf8, sjis, english, english2;
    bool in(QByteArrayView line, qsizetype *at = nullptr) const
    {
        for (QByteArrayView w : {utf8, sjis, english, english2}) {
            if (w.isEmpty())
                continue;
            const qsizetype i = line.indexOf(w);
            if (i >= 0) {
                if (at)
                    *at = i;
                return true;
            }
        }
        return false;
    }
};

// Shift_JIS bytes written out, so this file stays plain UTF-8.
const Word innerAddress{"内側アドレス", "\x93\xe0\x91\xa4\x83\x41\x83\x68\x83\x8c\x83\x58",
                        "Inner address", "Inner Address"};
const Word outerAddress{"外側アドレス", "\x8a\x4f\x91\xa4\x83\x41\x83\x68\x83\x8c\x83\x58",
                        "Outer address", "Outer Address"};
const Word innerPort{"内側ポート", "\x93\xe0\x91\xa4\x83\x7c\x81\x5b\x83\x67", "Inner port",
                     "Inner Port"};
const Word outerPort{"外側ポート", "\x8a\x4f\x91\xa4\x83\x7c\x81\x5b\x83\x67", "Outer port",
                     "Outer Port"};
const Word ttl{"残り時間", "\x8e\x63\x82\xe8\x8e\x9e\x8a\xd4", "TTL", "Remaining"};
const Word protocol{"プロトコル", "\x83\x76\x83\x8d\x83\x67\x83\x52\x83\x8b", "Protocol", "Proto"};
const Word operation{"作動タイプ", "\x8d\xec\x93\xae\x83\x5e\x83\x43\x83\x76", "Masquerade type",
                     "masquerade type"};
const Word descriptor{"参照NATディスクリプタ",
                      "\x8e\x51\x8f\xc6NAT\x83\x66\x83\x42\x83\x58\x83\x4e\x83\x8a\x83\x76\x83\x5e",
                      "Reference NAT descriptor", "Referred NAT descriptor"};
const Word sessions{"セッション", "\x83\x5a\x83\x62\x83\x56\x83\x87\x83\x93", "session",
                    "Session"};

// The value after the first ':' of "key : value, …", up to a comma.
QByteArrayView valueAfterColon(QByteArrayView line, qsizetype from)
{
    const qsizetype colon = VendorText::indexOf(line, ':', from);
    if (colon < 0)
        return {};
    QByteArrayView v = line.sliced(colon + 1);
    if (const qsizetype comma = VendorText::indexOf(v, ','); comma >= 0)
        v = v.first(comma);
    return LineSplitter::trimmed(v);
}

} // namespace

QString YamahaNatReader::displayName() const
{
    return tr("YAMAHA RTX show nat descriptor address");
}

int YamahaNatReader::sniff(QByteArrayView head) const
{
    if (descriptor.in(head) || operation.in(head))
        return 93;
    if (innerAddress.in(head) && outerPort.in(head))
        return 88;
    return 0;
}

void YamahaNatReader::reset()
{
    m_columns = 0;
    std::fill(std::begin(m_order), std::end(m_order), -1);
    m_outer = ObservedAddress();
    m_outerText.clear();
    m_descriptor.clear();
    m_ttl = -1;
    m_shared.clear();
    m_draftPlain = false;
    m_outerWarned = false;
}

bool YamahaNatReader::columnHeader(QByteArrayView line)
{
    // Each column's word and where it starts; the row's words come in that order.
    const Word *words[ColumnCount] = {&innerAddress, &innerPort, &outerPort, &ttl, &protocol};
    qsizetype at[ColumnCount];
    int found = 0;
    for (int c = 0; c < ColumnCount; ++c) {
        if (words[c]->in(line, &at[c]))
            ++found;
        else
            at[c] = -1;
    }
    if (found < 3 || at[InnerAddress] < 0 || at[OuterPort] < 0)
        return false;
    for (int c = 0; c < ColumnCount; ++c) {
        m_order[c] = -1;
        if (at[c] < 0)
            continue;
        int before = 0;
        for (int d = 0; d < ColumnCount; ++d)
            before += at[d] >= 0 && at[d] < at[c];
        m_order[c] = before;
        m_kind[before] = Column(c);
    }
    m_columns = found;
    return true;
}

bool YamahaNatReader::addLine(QByteArrayView line)
{
    ObservedTranslations *const t = out();
    // A row under the column header starts with its inner address: skip the
    // dozens of header-word searches below (they were most of the time).
    const bool rowLike = m_columns > 0 && !line.isEmpty() && uint(line.front() - '0') < 10;
    if (rowLike && t->rows.size() < MaxRows && fastRow(line))
        return true;
    if (rowLike && !VendorText::contains(line, '>') && !VendorText::contains(line, '#')) {
        if (t->rows.size() >= MaxRows) {
            fail(tr("more than %1 translations; the rest was not read").arg(MaxRows));
            return false;
        }
        row(line);
        return true;
    }
    if (VendorText::startsWith(line, "---") || VendorText::startsWith(line, "===")) // rules under the header
        return true;
    if (columnHeader(line)) {
        ++t->headers;
        return true;
    }
    if (qsizetype at = 0; descriptor.in(line, &at)) {
        ++t->headers;
        m_descriptor = valueAfterColon(line, at).toByteArray();
        m_draftPlain = false;
        m_outer = ObservedAddress(); // a new descriptor has its own outer address
        m_outerText.clear();
        m_columns = 0;
        return true;
    }
    if (operation.in(line) || (sessions.in(line) && VendorText::contains(line, ':'))) {
        ++t->headers;
        return true;
    }
    if (qsizetype at = 0; outerAddress.in(line, &at)) {
        ++t->headers;
        QByteArrayView v = valueAfterColon(line, at);
        if (const qsizetype slash = VendorText::lastIndexOf(v, '/'); slash >= 0) // "ipcp/203.0.113.1"
            v = v.sliced(slash + 1);
        m_outer = ObservedAddress::parse(v);
        m_outerText = m_outer.isAddress() ? QString() : QString::fromLatin1(v);
        if (!m_outer.isAddress())
            report(ImportIssue::Warning, line,
                   tr("the outer address is not an IPv4 address; inside global shows the "
                      "outer port only"));
        return true;
    }
    // The echoed command: "# show nat descriptor address", "RTX1210> show …".
    QByteArrayView command = line;
    if (const qsizetype mark = LineSplitter::promptMark(line); mark > 0 && mark < 32)
        command = line.sliced(mark + 1);
    else if (line.startsWith('#') || line.startsWith('>'))
        command = line.sliced(1);
    command = LineSplitter::trimmed(command);
    if (VendorText::startsWith(command, "show ")) {
        t->commands.append(QString::fromLatin1(command));
        return true;
    }
    if (m_columns > 0) {
        if (t->rows.size() >= MaxRows) {
            fail(tr("more than %1 translations; the rest was not read").arg(MaxRows));
            return false;
        }
        row(line);
        return true;
    }
    report(ImportIssue::Unknown, line, tr("not understood"));
    return true;
}

// A row as the table prints it, read in one pass over its bytes: no split
// into words, numbers from the digits. Anything else (a malformed row, a
// protocol holding '>' or '#', which may be an echoed prompt) is left to row(),
// which reads it word by word and reports what is wrong; what both accept,
// they read alike.
bool YamahaNatReader::fastRow(QByteArrayView line)
{
    const char *p = line.data();
    const char *const end = p + line.size();
    ObservedAddress local;
    uint innerPort = 0, columnPort = 0, outerPort = 0, ttl = 0;
    bool innerHasPort = false;
    QByteArrayView protocol;
    for (int w = 0; w < m_columns; ++w) {
        p = LineSplitter::skipBlanks(p, end);
        switch (m_kind[w]) {
        case InnerAddress:
            // Not VendorText::endpointAt: its port is read digit by digit,
            // quicker for show-nat's columns, 3 % slower for this table's.
            if (!(p = LineSplitter::ipv4At(p, end, &local.ip)))
                return false;
            innerHasPort = p < end && *p == ':';
            if (innerHasPort && !(p = LineSplitter::digitsAtOnce<5>(p + 1, end, &innerPort)))
                return false;
            break;
        case InnerPort: p = LineSplitter::digitsAtOnce<5>(p, end, &columnPort); break;
        case OuterPort: p = LineSplitter::digitsAtOnce<5>(p, end, &outerPort); break;
        case Ttl: p = LineSplitter::digitsAtOnce<8>(p, end, &ttl); break; // 9 digits: row()'s
        case Protocol: {
            // A short word: a loop, not two memchr calls (a tenth of the time).
            const char *const start = p;
            for (; p < end && !LineSplitter::isBlank(*p); ++p) {
                if (*p == '>' || *p == '#')
                    return false;
            }
            protocol = QByteArrayView(start, p - start);
            if (protocol.isEmpty())
                return false;
            break;
        }
        case ColumnCount: return false;
        }
        if (!p || (p < end && !LineSplitter::isBlank(*p)))
            return false;
    }
    // The inner port's own column wins over one after the address, as in row().
    const uint port = m_order[InnerPort] >= 0 ? columnPort : innerPort;
    if (LineSplitter::skipBlanks(p, end) != end || port > 65535 || innerPort > 65535
        || outerPort > 65535 || (m_order[InnerPort] < 0 && !innerHasPort))
        return false;
    local.kind = ObservedAddress::Address;
    local.port = quint16(port);
    local.hasPort = true;
    addRow(line, local, quint16(outerPort), protocol, m_order[Ttl] >= 0 ? qint64(ttl) : NoTtl);
    return true;
}

void YamahaNatReader::row(QByteArrayView line)
{
    QByteArrayView w[MaxWords];
    const int count = VendorText::words(line, w, MaxWords);
    if (count != m_columns) {
        report(ImportIssue::Error, line,
               count < m_columns
                   ? tr("masquerade row cut short: %1 of %2 columns; not used").arg(count).arg(m_columns)
                   : tr("masquerade row has %1 columns, the header %2; not used").arg(count).arg(m_columns));
        return;
    }
    const auto column = [&](Column c) { return m_order[c] >= 0 ? w[m_order[c]] : QByteArrayView(); };
    // Inner address, with its port in its own column or after a ':'.
    QByteArrayView inner = column(InnerAddress);
    QByteArrayView innerPortText = column(InnerPort);
    if (const qsizetype colon = VendorText::indexOf(inner, ':'); colon >= 0) {
        if (innerPortText.isEmpty())
            innerPortText = inner.sliced(colon + 1);
        inner = inner.first(colon);
    }
    const ObservedAddress local = VendorText::endpoint(inner, innerPortText);
    quint16 outerPortValue = 0;
    const bool outerOk = VendorText::port(column(OuterPort), &outerPortValue);
    if (local.kind != ObservedAddress::Address || !local.hasPort || !outerOk) {
        report(ImportIssue::Error, line, tr("masquerade row with an invalid address or port; not used"));
        return;
    }
    qint64 ttl = NoTtl;
    if (m_order[Ttl] >= 0 && !VendorText::number(column(Ttl), &ttl, 9))
        ttl = BadTtl;
    addRow(line, local, outerPortValue, column(Protocol), ttl);
}

void YamahaNatReader::addRow(QByteArrayView line, const ObservedAddress &local, quint16 outerPort,
                             QByteArrayView protocol, qint64 ttl)
{
    ObservedRow r;
    r.line = out()->lines;
    r.address[ObservedRow::InsideLocal] = local;
    r.address[ObservedRow::InsideGlobal] = m_outer;
    r.address[ObservedRow::InsideGlobal].port = outerPort;
    r.address[ObservedRow::InsideGlobal].hasPort = true;
    r.address[ObservedRow::OutsideLocal].kind = ObservedAddress::Placeholder;
    r.address[ObservedRow::OutsideGlobal].kind = ObservedAddress::Placeholder;
    if (m_order[Protocol] >= 0)
        r.protocol = ObservedTranslations::protocolFromText(protocol, &r.upperCase);
    // An ordinary row's details are the descriptor alone (its TTL is a per-row
    // value, never part of them: at most nine digits): the row before's are
    // kept rather than written again.
    const bool plain = m_outer.isAddress() && r.protocol != ObservedProtocol::Other;
    if (plain && m_draftPlain) {
        m_draft.clearValues();
    } else {
        m_draft.clear();
        if (!m_outer.isAddress())
            outerText(line, &r, outerPort);
        if (r.protocol == ObservedProtocol::Other)
            m_draft.protocol(protocol);
        if (!m_descriptor.isEmpty())
            m_draft.string("descriptor", m_descriptor);
        m_draftPlain = plain;
    }
    if (ttl >= 0) {
        if (m_ttl < 0)
            m_ttl = out()->column(QStringLiteral("ttl"), ObservedValueColumn::Number);
        m_draft.value(m_ttl, "ttl", ttl);
    } else if (ttl == BadTtl) {
        report(ImportIssue::Warning, line, tr("the remaining time is not a number of seconds"));
    }
    out()->rows.append(r);
    m_shared.finish(out(), int(out()->rows.size() - 1), m_draft);
}

// Inside global when the outer address is not one: its text and the port.
void YamahaNatReader::outerText(QByteArrayView line, ObservedRow *r, quint16 outerPort)
{
    r->address[ObservedRow::InsideGlobal].kind = ObservedAddress::Text;
    m_draft.text(ObservedRow::InsideGlobal,
                 ((m_outerText.isEmpty() ? QStringLiteral("?") : m_outerText) + QLatin1Char(':')
                  + QString::number(outerPort))
                     .toLatin1());
    if (m_outerText.isEmpty() && !m_outerWarned) {
        m_outerWarned = true;
        report(ImportIssue::Warning, line,
               tr("no outer address before the table; inside global shows the outer port only"));
    }
}
