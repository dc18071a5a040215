#include "AsaXlateReader.h"

#include "VendorText.h"

namespace {

constexpr int MaxWords = 24;

bool isLegendItem(QByteArrayView line)
{
    // "s - static, T - twice, N - net-to-net": a flag letter, " - ", a word.
    return line.size() > 4 && line[1] == ' ' && line[2] == '-' && line[3] == ' ';
}

// "inside:10.0.0.5/4500" -> interface, address column, and for NAT (no
// protocol) a "/24" is a prefix, kept as text.
bool side(QByteArrayView word, bool withPort, QByteArrayView *interface, ObservedAddress *address,
          QByteArrayView *text)
{
    // The first ':' and the first '/' after it (memchr: a loop per byte was
    // a tenth of the reader's time).
    const qsizetype colon = VendorText::indexOf(word, ':');
    if (colon <= 0 || colon + 1 >= word.size())
        return false;
    const qsizetype at = VendorText::indexOf(word, '/', colon + 1);
    const qsizetype slash = at >= 0 ? at - colon - 1 : -1;
    *interface = word.first(colon);
    const QByteArrayView rest = word.sliced(colon + 1);
    *text = rest;
    if (slash < 0) {
        *address = ObservedAddress::parse(rest);
    } else if (withPort) {
        *address = VendorText::endpoint(rest.first(slash), rest.sliced(slash + 1));
    } else {
        *address = ObservedAddress::parse(rest.first(slash));
        if (address->kind == ObservedAddress::Address && rest.sliced(slash + 1) != "32")
            address->kind = ObservedAddress::Text; // a network, not one address
    }
    return true;
}

// side() in place for the usual form: IF ':' a.b.c.d, with "/port" when
// withPort, ending at a blank or the line's end; the blanks after it skipped.
// Null for anything else (a NAT network, text, a second ':'): side() reads it.
const char *fastSide(const char *p, const char *end, bool withPort, QByteArrayView *interface,
                     ObservedAddress *address)
{
    // The interface: up to the first ':'. Its bytes are mostly letters, above
    // ':' and so neither the colon nor a blank: one compare each.
    const char *colon = p;
    while (colon < end && (uchar(*colon) > ':' || (*colon != ':' && !LineSplitter::isBlank(*colon))))
        ++colon;
    if (colon == p || colon == end || *colon != ':')
        return nullptr;
    *interface = QByteArrayView(p, colon - p);
    if (withPort) {
        p = VendorText::endpointAt(colon + 1, end, '/', address);
    } else if ((p = LineSplitter::ipv4At(colon + 1, end, &address->ip))) {
        address->kind = ObservedAddress::Address;
    }
    return p && VendorText::endsField(p, end) ? LineSplitter::skipBlanks(p, end) : nullptr;
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

} // namespace

// "flags ri idle 0:00:12 timeout 0:00:30" as an entry's line usually ends (or
// its wrapped line is), read in place: where it ends (the line's end), null
// for anything else (attributes() reads that).
const char *AsaXlateReader::usualAttributes(const char *p, const char *end, Attributes *a)
{
    if (!(p = VendorText::keywordAt(p, end, "flags")))
        return nullptr;
    const char *const flags = p;
    while (p < end && isLetter(*p))
        ++p;
    a->flags = QByteArrayView(flags, p - flags);
    if (p == flags || !VendorText::endsField(p, end)
        || !(p = VendorText::keywordAt(LineSplitter::skipBlanks(p, end), end, "idle")))
        return nullptr;
    const char *const idle = p;
    if (!(p = VendorText::hmsAt(p, end, &a->idleSeconds)) || !VendorText::endsField(p, end))
        return nullptr;
    a->idle = QByteArrayView(idle, p - idle);
    if (!(p = VendorText::keywordAt(LineSplitter::skipBlanks(p, end), end, "timeout")))
        return nullptr;
    const char *const timeout = p;
    qint64 seconds = 0;
    if (!(p = VendorText::hmsAt(p, end, &seconds)) || p != end)
        return nullptr;
    a->timeout = QByteArrayView(timeout, p - timeout);
    return p;
}

QString AsaXlateReader::displayName() const
{
    return tr("Cisco ASA show xlate");
}

int AsaXlateReader::sniff(QByteArrayView head) const
{
    // "PAT from <if>:" / "NAT from <if>:" are ASA's own; the legend and the
    // "in use, … most used" count are shared with show conn, so weaker.
    const bool entries = head.indexOf(" PAT from ") >= 0 || head.indexOf("NAT from ") >= 0;
    const bool legend = head.indexOf("I - identity") >= 0 || head.indexOf("r - portmap") >= 0;
    if (entries && (head.indexOf(" to ") >= 0))
        return 92;
    if (legend)
        return 85;
    return head.indexOf(" most used") >= 0 && head.indexOf(" in use") >= 0 ? 40 : 0;
}

void AsaXlateReader::reset()
{
    m_pending = -1;
    m_legend = false;
    m_idle = -1;
    m_shared.clear();
}

void AsaXlateReader::finishRow(int row)
{
    m_shared.finish(out(), row, m_draft);
}

void AsaXlateReader::reportCut()
{
    if (m_pending < 0)
        return;
    finishRow(m_pending);
    const int line = out()->rows.at(m_pending).line;
    out()->issues.append(ImportIssue::fromLine(
        ImportIssue::Warning, line, QByteArrayView(),
        tr("xlate entry cut short: its flags, idle and timeout line is missing; the addresses "
           "were kept")));
    m_pending = -1;
}

void AsaXlateReader::finished()
{
    reportCut();
}

bool AsaXlateReader::addLine(QByteArrayView line)
{
    if (fastEntry(line) || (m_pending >= 0 && fastWrapped(line)))
        return true;
    ObservedTranslations *const t = out();
    QByteArrayView w[MaxWords];
    const int count = VendorText::words(line, w, MaxWords);
    // The wrapped second line of the entry before.
    if (m_pending >= 0 && (VendorText::is(w[0], "flags") || VendorText::is(w[0], "idle") || VendorText::is(w[0], "timeout"))) {
        const int row = m_pending;
        m_pending = -1;
        const bool ok = attributes(w, 0, count);
        finishRow(row);
        if (!ok)
            report(ImportIssue::Error, line, tr("malformed flags, idle or timeout of the entry above"));
        return true;
    }
    reportCut();
    if (LineSplitter::startsWithNoCase(line, "Flags:")) {
        ++t->headers;
        m_legend = true;
        return true;
    }
    if (m_legend && isLegendItem(line))
        return true;
    m_legend = false;
    // "4 in use, 4 most used"
    if (count == 6 && VendorText::is(w[1], "in") && VendorText::is(w[2], "use,") && VendorText::is(w[4], "most") && VendorText::is(w[5], "used")) {
        qint64 n = 0;
        if (!VendorText::number(w[0], &n, 10)) {
            report(ImportIssue::Error, line, tr("the count of translations in use is not a number"));
            return true;
        }
        ++t->headers;
        t->total = qMax<qint64>(t->total, 0) + n;
        return true;
    }
    if (const qsizetype mark = LineSplitter::promptMark(line); mark > 0) {
        const QByteArrayView command = LineSplitter::trimmed(line.sliced(mark + 1));
        if (!command.isEmpty())
            t->commands.append(QString::fromLatin1(command));
        return true;
    }
    if (VendorText::startsWith(line, "show ")) { // the command pasted without its prompt
        t->commands.append(QString::fromLatin1(line));
        return true;
    }
    if (count >= 5 && (VendorText::is(w[0], "NAT") || VendorText::is(w[1], "PAT") || VendorText::is(w[1], "NAT"))) {
        if (t->rows.size() >= MaxRows) {
            fail(tr("more than %1 translations; the rest was not read").arg(MaxRows));
            return false;
        }
        if (!entry(line, w, count))
            report(ImportIssue::Error, line, tr("malformed xlate entry; expected \"[protocol] "
                                                "PAT|NAT from IF:ADDRESS to IF:ADDRESS …\""));
        return true;
    }
    report(ImportIssue::Unknown, line, tr("not understood"));
    return true;
}

bool AsaXlateReader::fastEntry(QByteArrayView line)
{
    // Only lines the general path reads as an entry with nothing to report:
    // a known protocol (or "NAT") first, so no header, legend, prompt or
    // command is taken for one.
    const char *p = line.data();
    const char *const end = p + line.size();
    ObservedRow row;
    Head h;
    const char *word = p;
    p = LineSplitter::wordEnd(p, end);
    const QByteArrayView first(word, p - word);
    const bool plainNat = VendorText::is(first, "NAT");
    if (plainNat) {
        h.type = first;
    } else {
        h.protocol = first;
        row.protocol = ObservedTranslations::protocolFromText(first, &row.upperCase);
        if (row.protocol == ObservedProtocol::Other)
            return false;
        word = LineSplitter::skipBlanks(p, end);
        if (!(p = VendorText::keywordAt(word, end, "PAT")) && !(p = VendorText::keywordAt(word, end, "NAT")))
            return false;
        h.type = QByteArrayView(word, 3);
    }
    p = LineSplitter::skipBlanks(p, end);
    if (!(p = VendorText::keywordAt(p, end, "from"))
        || !(p = fastSide(p, end, !plainNat, &h.realIf, &row.address[ObservedRow::InsideLocal]))
        || !(p = VendorText::keywordAt(p, end, "to"))
        || !(p = fastSide(p, end, !plainNat, &h.mappedIf, &row.address[ObservedRow::InsideGlobal])))
        return false;
    Attributes a;
    if ((p != end && !usualAttributes(p, end, &a)) || out()->rows.size() >= MaxRows)
        return false;
    // What addLine does before an entry.
    reportCut();
    m_legend = false;
    const int index = addEntry(row, h);
    if (p == end) {
        m_pending = index; // flags/idle/timeout wrapped onto the next line
        return true;
    }
    writeAttributes(a);
    finishRow(index);
    return true;
}

bool AsaXlateReader::fastWrapped(QByteArrayView line)
{
    Attributes a;
    if (!usualAttributes(line.data(), line.data() + line.size(), &a))
        return false;
    writeAttributes(a);
    finishRow(m_pending);
    m_pending = -1;
    return true;
}

bool AsaXlateReader::entry(QByteArrayView, const QByteArrayView *w, int count)
{
    const bool plainNat = VendorText::is(w[0], "NAT");
    const int from = plainNat ? 1 : 2;
    if (!VendorText::is(w[from], "from") || from + 3 >= count || !VendorText::is(w[from + 2], "to"))
        return false;
    ObservedRow row;
    Head h;
    h.type = plainNat ? QByteArrayView("NAT") : w[1];
    if (!plainNat) {
        h.protocol = w[0];
        row.protocol = ObservedTranslations::protocolFromText(w[0], &row.upperCase);
    }
    ObservedAddress &real = row.address[ObservedRow::InsideLocal];
    ObservedAddress &mapped = row.address[ObservedRow::InsideGlobal];
    QByteArrayView realText, mappedText;
    if (!side(w[from + 1], !plainNat, &h.realIf, &real, &realText)
        || !side(w[from + 3], !plainNat, &h.mappedIf, &mapped, &mappedText))
        return false;
    if (!plainNat && (real.kind == ObservedAddress::Text || mapped.kind == ObservedAddress::Text))
        report(ImportIssue::Warning, QByteArrayView(),
               tr("an address or port is not valid; kept as printed"));
    const int index = addEntry(row, h, realText, mappedText);
    if (from + 4 == count) {
        m_pending = index; // flags/idle/timeout wrapped onto the next line
        return true;
    }
    const bool ok = attributes(w, from + 4, count);
    finishRow(index);
    if (!ok)
        report(ImportIssue::Error, QByteArrayView(),
               tr("malformed flags, idle or timeout; the addresses were kept"));
    return true;
}

int AsaXlateReader::addEntry(ObservedRow row, const Head &h, QByteArrayView realText,
                             QByteArrayView mappedText)
{
    row.line = out()->lines;
    row.address[ObservedRow::OutsideLocal].kind = ObservedAddress::Placeholder;
    row.address[ObservedRow::OutsideGlobal].kind = ObservedAddress::Placeholder;
    m_draft.clear();
    if (row.protocol == ObservedProtocol::Other)
        m_draft.protocol(h.protocol);
    if (row.address[ObservedRow::InsideLocal].kind == ObservedAddress::Text)
        m_draft.text(ObservedRow::InsideLocal, realText);
    if (row.address[ObservedRow::InsideGlobal].kind == ObservedAddress::Text)
        m_draft.text(ObservedRow::InsideGlobal, mappedText);
    m_draft.string("type", h.type);
    m_draft.string("real_interface", h.realIf);
    m_draft.string("mapped_interface", h.mappedIf);
    out()->rows.append(row);
    return int(out()->rows.size() - 1);
}

void AsaXlateReader::writeAttributes(const Attributes &a)
{
    flags(a.flags);
    idle(a.idle, a.idleSeconds);
    m_draft.string("timeout", a.timeout);
}

bool AsaXlateReader::attributes(const QByteArrayView *w, int from, int count)
{
    bool ok = true;
    for (int i = from; i < count; i += 2) {
        if (i + 1 >= count)
            return false;
        const QByteArrayView value = w[i + 1];
        if (VendorText::is(w[i], "flags")) {
            for (char c : value)
                ok = ok && isLetter(c);
            if (ok)
                flags(value);
        } else if (VendorText::is(w[i], "idle") || VendorText::is(w[i], "timeout")) {
            const qint64 seconds = VendorText::hms(value);
            ok = ok && seconds >= 0;
            if (seconds >= 0 && VendorText::is(w[i], "idle"))
                idle(value, seconds);
            else if (seconds >= 0)
                m_draft.string("timeout", value);
        } else {
            ok = false;
        }
    }
    return ok;
}

void AsaXlateReader::flags(QByteArrayView value)
{
    m_draft.string("flags", value);
    if (VendorText::contains(value, 'T'))
        m_draft.flag("twice_nat", true);
}

void AsaXlateReader::idle(QByteArrayView text, qint64 seconds)
{
    if (m_idle < 0)
        m_idle = out()->column(QStringLiteral("idle"), ObservedValueColumn::Hms);
    // The column holds what prints back the same: two-digit minutes and
    // seconds, hours without a leading zero (ObservedValueColumn::parse, here
    // without parsing the digits hms() read again).
    const qsizetype n = text.size();
    const bool held = n >= 7 && text[n - 3] == ':' && text[n - 6] == ':' && (n == 7 || text[0] != '0');
    m_draft.parsedValue(m_idle, "idle", held ? quint32(seconds) : ObservedValueColumn::None, text);
}
