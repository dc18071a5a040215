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

} // namespace

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

bool AsaXlateReader::entry(QByteArrayView, const QByteArrayView *w, int count)
{
    const bool plainNat = VendorText::is(w[0], "NAT");
    const int from = plainNat ? 1 : 2;
    if (!VendorText::is(w[from], "from") || from + 3 >= count || !VendorText::is(w[from + 2], "to"))
        return false;
    ObservedRow row;
    row.line = out()->lines;
    if (!plainNat)
        row.protocol = ObservedTranslations::protocolFromText(w[0], &row.upperCase);
    QByteArrayView realIf, mappedIf, realText, mappedText;
    ObservedAddress real, mapped;
    if (!side(w[from + 1], !plainNat, &realIf, &real, &realText)
        || !side(w[from + 3], !plainNat, &mappedIf, &mapped, &mappedText))
        return false;
    if (!plainNat && (real.kind == ObservedAddress::Text || mapped.kind == ObservedAddress::Text))
        report(ImportIssue::Warning, QByteArrayView(),
               tr("an address or port is not valid; kept as printed"));
    row.address[ObservedRow::InsideLocal] = real;
    row.address[ObservedRow::InsideGlobal] = mapped;
    row.address[ObservedRow::OutsideLocal].kind = ObservedAddress::Placeholder;
    row.address[ObservedRow::OutsideGlobal].kind = ObservedAddress::Placeholder;
    m_draft.clear();
    if (row.protocol == ObservedProtocol::Other)
        m_draft.protocol(w[0]);
    if (real.kind == ObservedAddress::Text)
        m_draft.text(ObservedRow::InsideLocal, realText);
    if (mapped.kind == ObservedAddress::Text)
        m_draft.text(ObservedRow::InsideGlobal, mappedText);
    m_draft.string("type", plainNat ? QByteArrayView("NAT") : w[1]);
    m_draft.string("real_interface", realIf);
    m_draft.string("mapped_interface", mappedIf);
    out()->rows.append(row);
    const int index = int(out()->rows.size() - 1);
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

bool AsaXlateReader::attributes(const QByteArrayView *w, int from, int count)
{
    bool ok = true;
    for (int i = from; i < count; i += 2) {
        if (i + 1 >= count)
            return false;
        const QByteArrayView value = w[i + 1];
        if (VendorText::is(w[i], "flags")) {
            for (char c : value)
                ok = ok && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
            if (ok) {
                m_draft.string("flags", value);
                if (VendorText::contains(value, 'T'))
                    m_draft.flag("twice_nat", true);
            }
        } else if (VendorText::is(w[i], "idle") || VendorText::is(w[i], "timeout")) {
            const qint64 seconds = VendorText::hms(value);
            ok = ok && seconds >= 0;
            if (seconds >= 0 && VendorText::is(w[i], "idle")) {
                if (m_idle < 0)
                    m_idle = out()->column(QStringLiteral("idle"), ObservedValueColumn::Hms);
                m_draft.value(m_idle, "idle", ObservedValueColumn::Hms, value);
            } else if (seconds >= 0) {
                m_draft.string(w[i], value);
            }
        } else {
            ok = false;
        }
    }
    return ok;
}
