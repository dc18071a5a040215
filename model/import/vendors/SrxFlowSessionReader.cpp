#include "SrxFlowSessionReader.h"

#include "VendorText.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace {

// "10.0.0.5/4500" -> address with port; Text when not one.
ObservedAddress slashPort(QByteArrayView text)
{
    // The usual form in one pass; anything else as before.
    ObservedAddress a;
    const char *const end = text.data() + text.size();
    if (!text.isEmpty() && VendorText::endpointAt(text.data(), end, '/', &a) == end)
        return a;
    const qsizetype slash = VendorText::lastIndexOf(text, '/');
    if (slash <= 0)
        return ObservedAddress::parse(text);
    return VendorText::endpoint(text.first(slash), text.sliced(slash + 1));
}

// The field at p up to the next ',' (not empty, no ':' in it, its first
// byte not a blank): where it ends, past the ','; null for anything else.
const char *fieldAt(const char *p, const char *end, QByteArrayView *value)
{
    const char *const start = p;
    // The first ',' or ':' eight bytes at a time: a field is 1-12 bytes, and
    // a byte loop's exit was mispredicted on most (a seventh of the reader).
    // The lowest mark of each is exact, so the lower of the two is.
    for (; end - p >= 8; p += 8) {
        const quint64 w = LineSplitter::wordAt(p);
        const quint64 found = LineSplitter::bytesEqual(w, ',') | LineSplitter::bytesEqual(w, ':');
        if (found) {
            p += qCountTrailingZeroBits(found) >> 3;
            break;
        }
    }
    while (p < end && *p != ',' && *p != ':')
        ++p;
    if (p == start || p == end || *p != ',' || LineSplitter::isBlank(*start))
        return nullptr;
    *value = QByteArrayView(start, p - start);
    return p + 1;
}

// " KEY: " at p: where it ends, null for anything else.
template <qsizetype N>
const char *keyAt(const char *p, const char *end, const char (&key)[N])
{
    constexpr qsizetype n = N - 1;
    if (end - p < n + 3 || p[0] != ' ' || std::memcmp(p + 1, key, size_t(n)) != 0 || p[n + 1] != ':'
        || p[n + 2] != ' ')
        return nullptr;
    return p + n + 3;
}

} // namespace

QString SrxFlowSessionReader::displayName() const
{
    return tr("Juniper SRX show security flow session");
}

int SrxFlowSessionReader::sniff(QByteArrayView head) const
{
    if (head.indexOf("Session ID: ") >= 0 && head.indexOf("Policy name: ") >= 0)
        return 95;
    return head.indexOf("In: ") >= 0 && head.indexOf(" --> ") >= 0 ? 80 : 0;
}

void SrxFlowSessionReader::reset()
{
    m_inBlock = false;
    m_row = -1;
    m_haveOut = false;
    m_session.clear();
    m_shared.clear();
    std::fill(std::begin(m_columns), std::end(m_columns), -1);
}

int SrxFlowSessionReader::columnIndex(Column c)
{
    static const struct {
        const char *key;
        ObservedValueColumn::Style style;
    } columns[ColumnCount] = {{"session_id", ObservedValueColumn::Decimal},
                              {"timeout", ObservedValueColumn::Number},
                              {"in_pkts", ObservedValueColumn::Decimal},
                              {"in_bytes", ObservedValueColumn::Decimal},
                              {"out_pkts", ObservedValueColumn::Decimal},
                              {"out_bytes", ObservedValueColumn::Decimal}};
    if (m_columns[c] < 0)
        m_columns[c] = out()->column(QLatin1String(columns[c].key), columns[c].style);
    return m_columns[c];
}

void SrxFlowSessionReader::endBlock()
{
    if (m_row >= 0)
        m_shared.finish(out(), m_row, m_draft); // its details are complete
    if (m_inBlock && (m_row < 0 || !m_haveOut)) {
        out()->issues.append(ImportIssue::fromLine(
            ImportIssue::Warning, m_blockLine, QByteArrayView(),
            m_row < 0 ? tr("session without its In and Out lines (cut short?); not used")
                      : tr("session without its Out line (cut short?); inside global unknown")));
    }
    m_inBlock = false;
    m_row = -1;
    m_haveOut = false;
}

void SrxFlowSessionReader::finished()
{
    endBlock();
}

// "In: SRC/port --> DST/port;proto, Conn Tag: …, If: ge-0/0/1.0, Pkts: 10, Bytes: 1000,"
bool SrxFlowSessionReader::parseWing(QByteArrayView line, Wing *w)
{
    QByteArrayView rest = LineSplitter::trimmed(line.sliced(VendorText::indexOf(line, ':') + 1));
    const qsizetype comma = VendorText::indexOf(rest, ',');
    QByteArrayView flow = comma >= 0 ? rest.first(comma) : rest;
    const qsizetype semi = VendorText::indexOf(flow, ';');
    const qsizetype arrow = VendorText::find(flow, " --> ");
    if (semi < 0 || arrow <= 0 || arrow > semi)
        return false;
    w->src = slashPort(LineSplitter::trimmed(flow.first(arrow)));
    w->dst = slashPort(LineSplitter::trimmed(flow.sliced(arrow + 5, semi - arrow - 5)));
    w->protocol = flow.sliced(semi + 1);
    if (!w->src.isAddress() || !w->dst.isAddress())
        return false;
    // Where each key's first "KEY: " ends, in one pass over the ": " of the
    // line (a search per key crossed it three times).
    const char *const b = rest.data();
    const char *const e = b + rest.size();
    qsizetype found[3] = {-1, -1, -1};
    const auto before = [&](const char *c, const char *word, qsizetype n) {
        return c - b >= n && std::memcmp(c - n, word, size_t(n)) == 0;
    };
    for (const char *c = b; c < e; ++c) {
        c = static_cast<const char *>(std::memchr(c, ':', size_t(e - c)));
        if (!c)
            break;
        if (e - c < 2 || c[1] != ' ')
            continue;
        if (found[0] < 0 && before(c, "If", 2))
            found[0] = c + 2 - b;
        if (found[1] < 0 && before(c, "Pkts", 4))
            found[1] = c + 2 - b;
        if (found[2] < 0 && before(c, "Bytes", 5))
            found[2] = c + 2 - b;
    }
    for (int k = 0; k < 3; ++k) {
        if (found[k] < 0)
            continue;
        QByteArrayView v = rest.sliced(found[k]);
        if (const qsizetype c = VendorText::indexOf(v, ','); c >= 0)
            v = v.first(c);
        w->value[k] = LineSplitter::trimmed(v);
        w->found[k] = true;
    }
    return true;
}

// The usual wing read in place, in one pass: "In: " (or "Out: ") SRC/port
// " --> " DST/port ";" PROTO ", Conn Tag: " TAG ", If: " IF ", Pkts: " N
// ", Bytes: " N "," with no ':' or ',' inside PROTO, TAG or IF, so that each
// key's first "KEY: " is where parseWing finds it. False for anything else
// (parseWing reads that).
bool SrxFlowSessionReader::usualWing(QByteArrayView line, Wing *w)
{
    const char *p = line.data();
    const char *const end = p + line.size();
    // After "In" or "Out" (addLine saw one): no call into memchr for it.
    p += line.size() > 0 && *p == 'I' ? 2 : 3;
    if (end - p < 2 || p[0] != ':' || p[1] != ' ')
        return false;
    p += 2;
    if (!(p = VendorText::endpointAt(p, end, '/', &w->src)) || end - p < 5 || std::memcmp(p, " --> ", 5) != 0
        || !(p = VendorText::endpointAt(p + 5, end, '/', &w->dst)) || p == end || *p != ';')
        return false;
    QByteArrayView tag;
    if (!(p = fieldAt(p + 1, end, &w->protocol)) || !(p = keyAt(p, end, "Conn Tag"))
        || !(p = fieldAt(p, end, &tag)) || !(p = keyAt(p, end, "If"))
        || !(p = fieldAt(p, end, &w->value[0])) || !(p = keyAt(p, end, "Pkts"))
        || !(p = fieldAt(p, end, &w->value[1])) || !(p = keyAt(p, end, "Bytes"))
        || !(p = fieldAt(p, end, &w->value[2])) || p != end)
        return false;
    for (int k = 0; k < 3; ++k) {
        w->value[k] = LineSplitter::trimmed(w->value[k]);
        w->found[k] = true;
    }
    return true;
}

void SrxFlowSessionReader::wingDetails(const Wing &w, bool in)
{
    // "If" is shared between rows; the counters are per-row columns.
    if (w.found[0])
        m_draft.string(in ? "in_if" : "out_if", w.value[0]);
    static constexpr QByteArrayView names[ColumnCount] = {"", "", "in_pkts", "in_bytes",
                                                          "out_pkts", "out_bytes"};
    for (int k = 1; k < 3; ++k) {
        if (!w.found[k])
            continue;
        const bool pkts = k == 1;
        const Column c = in ? (pkts ? InPkts : InBytes) : (pkts ? OutPkts : OutBytes);
        m_draft.value(columnIndex(c), names[c], ObservedValueColumn::Decimal, w.value[k]);
    }
}

bool SrxFlowSessionReader::wing(QByteArrayView line, bool in)
{
    // m_wing, not a new Wing: zeroing one a line (rep stos) cost more than
    // reading it; usualWing sets every member, parseWing starts from a new one.
    Wing &parsed = m_wing;
    if (!usualWing(line, &parsed)) {
        parsed = Wing();
        if (!parseWing(line, &parsed))
            return false;
    }
    const ObservedAddress &src = parsed.src, &dst = parsed.dst;
    const QByteArrayView protocol = parsed.protocol;
    ObservedTranslations *const t = out();
    if (in) {
        if (m_row >= 0) {
            report(ImportIssue::Warning, line, tr("second In line in one session; not used"));
            return true;
        }
        if (t->rows.size() >= MaxRows) {
            fail(tr("more than %1 sessions; the rest was not read").arg(MaxRows));
            return true;
        }
        ObservedRow r;
        r.line = m_inBlock ? m_blockLine : t->lines;
        r.protocol = ObservedTranslations::protocolFromText(protocol, &r.upperCase);
        r.address[ObservedRow::InsideLocal] = src;
        r.address[ObservedRow::OutsideLocal] = dst;
        r.address[ObservedRow::OutsideGlobal] = dst;
        r.address[ObservedRow::InsideGlobal].kind = ObservedAddress::Placeholder; // until Out
        m_draft.clear();
        if (r.protocol == ObservedProtocol::Other)
            m_draft.protocol(protocol);
        m_draft.append(m_session);
        wingDetails(parsed, in);
        t->rows.append(r);
        m_row = int(t->rows.size() - 1);
        if (!m_inBlock)
            report(ImportIssue::Warning, line, tr("In line outside a session block"));
        return true;
    }
    if (m_row < 0 || m_haveOut) {
        report(ImportIssue::Warning, line, tr("Out line without its In line; not used"));
        return true;
    }
    ObservedRow &r = t->rows[m_row];
    const ObservedAddress inSrc = r.address[ObservedRow::InsideLocal];
    const ObservedAddress inDst = r.address[ObservedRow::OutsideLocal];
    const auto same = [](const ObservedAddress &a, const ObservedAddress &b) {
        return a.ip == b.ip && a.port == b.port;
    };
    if (!same(inDst, src) && same(inSrc, dst)) {
        // Destination NAT (an inbound static): the reply comes from the real
        // inside server to the unchanged outside peer.
        r.address[ObservedRow::InsideLocal] = src;
        r.address[ObservedRow::InsideGlobal] = inDst;
        r.address[ObservedRow::OutsideLocal] = inSrc;
        r.address[ObservedRow::OutsideGlobal] = inSrc;
    } else {
        // Source NAT (or none): the reply goes to the translated inside address.
        r.address[ObservedRow::InsideGlobal] = dst;
        r.address[ObservedRow::OutsideGlobal] = src;
    }
    wingDetails(parsed, in);
    m_haveOut = true;
    return true;
}

// "Session ID: 3452, Policy name: trust-to-untrust/4, Timeout: 58, Valid"
void SrxFlowSessionReader::sessionLine(QByteArrayView line)
{
    if (usualSession(line))
        return;
    for (qsizetype from = 0; from <= line.size();) {
        qsizetype comma = VendorText::indexOf(line, ',', from);
        if (comma < 0)
            comma = line.size();
        const QByteArrayView part = LineSplitter::trimmed(line.sliced(from, comma - from));
        from = comma + 1;
        const qsizetype colon = VendorText::find(part, ": ");
        if (colon < 0) {
            if (!part.isEmpty())
                m_session.string("state", part);
            continue;
        }
        sessionField(part.first(colon), part.sliced(colon + 2));
    }
}

void SrxFlowSessionReader::sessionField(QByteArrayView key, QByteArrayView value)
{
    qint64 n = 0;
    if (VendorText::is(key, "Session ID"))
        m_session.value(columnIndex(SessionId), "session_id", ObservedValueColumn::Decimal, value);
    else if (VendorText::is(key, "Policy name"))
        m_session.string("policy", value);
    else if (VendorText::is(key, "Timeout") && VendorText::number(value, &n, 10))
        m_session.value(columnIndex(Timeout), "timeout", n);
}

// The usual session line read in place: "Session ID: " ID ", Policy name: "
// POLICY ", Timeout: " N ", " STATE, no ':' or ',' inside them (each part as
// sessionLine cuts it). False, with nothing written, for anything else.
bool SrxFlowSessionReader::usualSession(QByteArrayView line)
{
    const char *p = line.data();
    const char *const end = p + line.size();
    QByteArrayView id, policy, timeout;
    if (!(p = keyAt(p + 7, end, "ID")) || !(p = fieldAt(p, end, &id))
        || !(p = keyAt(p, end, "Policy name")) || !(p = fieldAt(p, end, &policy))
        || !(p = keyAt(p, end, "Timeout")) || !(p = fieldAt(p, end, &timeout)) || p == end
        || *p != ' ')
        return false;
    const QByteArrayView state = LineSplitter::trimmed(QByteArrayView(p, end - p));
    if (state.isEmpty())
        return false;
    for (const char c : state) { // a word or two: no call into memchr
        if (c == ',' || c == ':')
            return false;
    }
    sessionField("Session ID", LineSplitter::trimmed(id));
    sessionField("Policy name", LineSplitter::trimmed(policy));
    sessionField("Timeout", LineSplitter::trimmed(timeout));
    m_session.string("state", state);
    return true;
}

bool SrxFlowSessionReader::addLine(QByteArrayView line)
{
    ObservedTranslations *const t = out();
    if (VendorText::startsWith(line, "Session ID:")) {
        endBlock();
        m_inBlock = true;
        m_blockLine = t->lines;
        m_session.clear();
        ++t->headers;
        sessionLine(line);
        return true;
    }
    const bool in = VendorText::startsWith(line, "In:");
    if (in || VendorText::startsWith(line, "Out:")) {
        if (!wing(line, in))
            report(ImportIssue::Error, line,
                   tr("malformed %1 line; expected \"%1: ADDRESS/PORT --> ADDRESS/PORT;protocol, …\"")
                       .arg(in ? QStringLiteral("In") : QStringLiteral("Out")));
        return !stopped();
    }
    if (VendorText::startsWith(line, "Total sessions:")) {
        endBlock();
        qint64 n = 0;
        if (VendorText::number(LineSplitter::trimmed(line.sliced(15)), &n, 10)) {
            ++t->headers;
            t->total = qMax<qint64>(t->total, 0) + n;
        } else {
            report(ImportIssue::Error, line, tr("the session count is not a number"));
        }
        return true;
    }
    if (const qsizetype mark = LineSplitter::promptMark(line); mark > 0) {
        const QByteArrayView command = LineSplitter::trimmed(line.sliced(mark + 1));
        if (VendorText::startsWith(command, "show")) {
            endBlock();
            t->commands.append(QString::fromLatin1(command));
            return true;
        }
    }
    if (VendorText::startsWith(line, "{primary:") || VendorText::startsWith(line, "{secondary:") || VendorText::startsWith(line, "node"))
        return true; // cluster banners
    report(ImportIssue::Unknown, line, tr("not understood"));
    return true;
}
