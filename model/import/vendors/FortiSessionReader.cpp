#include "FortiSessionReader.h"

#include "VendorText.h"

namespace {

constexpr int MaxWords = 32;

ObservedProtocol protocolNumber(qint64 n)
{
    switch (n) {
    case 1: return ObservedProtocol::Icmp;
    case 6: return ObservedProtocol::Tcp;
    case 17: return ObservedProtocol::Udp;
    case 47: return ObservedProtocol::Gre;
    case 50: return ObservedProtocol::Esp;
    default: return ObservedProtocol::Other;
    }
}

// "10.0.0.5:4500" -> address with port; Text when it is not one.
ObservedAddress hostPort(QByteArrayView text)
{
    // The usual form in one pass; anything else as before.
    ObservedAddress a;
    const char *const end = text.data() + text.size();
    if (!text.isEmpty() && VendorText::endpointAt(text.data(), end, ':', &a) == end)
        return a;
    const qsizetype colon = VendorText::lastIndexOf(text, ':');
    if (colon <= 0)
        return ObservedAddress::parse(text);
    return VendorText::endpoint(text.first(colon), text.sliced(colon + 1));
}

} // namespace

QString FortiSessionReader::displayName() const
{
    return tr("FortiGate diagnose sys session list");
}

int FortiSessionReader::sniff(QByteArrayView head) const
{
    if (head.indexOf("session info: proto=") >= 0)
        return 95;
    return head.indexOf(" dir=org act=") >= 0 ? 90 : 0;
}

void FortiSessionReader::reset()
{
    m_inBlock = false;
    m_row = -1;
    m_rowOpen = false;
    m_duration = m_expire = -1;
    m_session.clear();
    m_shared.clear();
}

void FortiSessionReader::finishRow()
{
    if (!m_rowOpen)
        return;
    m_rowOpen = false;
    m_shared.finish(out(), m_row, m_draft);
}

void FortiSessionReader::startBlock(QByteArrayView line)
{
    endBlock();
    m_inBlock = true;
    m_blockLine = out()->lines;
    m_row = -1;
    m_session.clear();
    m_protocol = ObservedProtocol::None;
    ++out()->headers;
    // Its first MaxWords words after the ':', each with its first '=' found
    // in the same pass (a split, then a search per word, was a third of the
    // reader's time).
    const char *p = line.data() + VendorText::indexOf(line, ':') + 1;
    const char *const end = line.data() + line.size();
    bool ok = true;
    for (int i = 0; i < MaxWords; ++i) {
        const char *const word = LineSplitter::skipBlanks(p, end);
        if (word == end)
            break;
        const char *eq = nullptr;
        p = LineSplitter::wordEnd(word, end, '=', &eq);
        if (!eq || eq == word) {
            ok = false;
            continue;
        }
        const QByteArrayView key(word, eq - word), value(eq + 1, p - eq - 1);
        qint64 n = 0;
        if (VendorText::is(key, "proto")) {
            ok = ok && VendorText::number(value, &n, 3) && n <= 255;
            m_protocol = protocolNumber(n);
            if (m_protocol == ObservedProtocol::Other)
                m_session.protocol(value);
        } else if (VendorText::is(key, "proto_state")) {
            m_session.string("proto_state", value);
        } else if (VendorText::is(key, "duration") || VendorText::is(key, "expire") || VendorText::is(key, "timeout")) {
            if (!VendorText::number(value, &n, 10)) {
                ok = false;
            } else if (VendorText::is(key, "timeout")) {
                m_session.number(key, n); // one per protocol: shared
            } else {
                int &column = VendorText::is(key, "duration") ? m_duration : m_expire;
                if (column < 0)
                    column = out()->column(QString::fromLatin1(key), ObservedValueColumn::Number);
                m_session.value(column, key, n);
            }
        }
    }
    if (!ok)
        report(ImportIssue::Warning, line, tr("session info line with a value that is not understood"));
}

void FortiSessionReader::endBlock()
{
    finishRow();
    if (m_inBlock && m_row < 0)
        out()->issues.append(ImportIssue::fromLine(
            ImportIssue::Warning, m_blockLine, QByteArrayView(),
            tr("session block without its dir=org hook line (cut short?); not used")));
    m_inBlock = false;
    m_row = -1;
}

void FortiSessionReader::finished()
{
    endBlock();
}

void FortiSessionReader::hook(QByteArrayView line)
{
    // hook=post dir=org act=snat 10.0.0.5:4500->198.51.100.7:4500(203.0.113.1:4500)
    // Only the first four words are read (splitting the whole line was a
    // tenth of the reader's time, and half the hook lines are dir=reply).
    QByteArrayView w[4];
    const int count = VendorText::words(line, w, 4);
    if (count < 4 || !VendorText::startsWith(w[1], "dir=") || !VendorText::startsWith(w[2], "act=")) {
        report(ImportIssue::Error, line, tr("malformed hook line; expected \"hook=… dir=… act=… "
                                            "SRC->DST(TRANSLATED)\""));
        return;
    }
    if (!VendorText::is(w[1], "dir=org"))
        return; // the reply direction repeats the same translation
    const QByteArrayView act = w[2].sliced(4);
    const QByteArrayView flow = w[3];
    const qsizetype arrow = VendorText::find(flow, "->");
    const qsizetype open = VendorText::indexOf(flow, '(');
    if (arrow <= 0 || open <= arrow || flow.back() != ')') { // flow is a word: not empty
        report(ImportIssue::Error, line, tr("malformed hook line; expected \"hook=… dir=… act=… "
                                            "SRC->DST(TRANSLATED)\""));
        return;
    }
    const ObservedAddress src = hostPort(flow.first(arrow));
    const ObservedAddress dst = hostPort(flow.sliced(arrow + 2, open - arrow - 2));
    const ObservedAddress translated = hostPort(flow.sliced(open + 1, flow.size() - open - 2));
    if (!src.isAddress() || !dst.isAddress() || !translated.isAddress()) {
        report(ImportIssue::Error, line, tr("hook line with an invalid address or port; not used"));
        return;
    }
    if (m_row >= 0) {
        report(ImportIssue::Warning, line, tr("second dir=org hook line in one session; not used"));
        return;
    }
    if (!m_inBlock)
        report(ImportIssue::Warning, line, tr("hook line outside a session block"));
    if (out()->rows.size() >= MaxRows) {
        fail(tr("more than %1 sessions; the rest was not read").arg(MaxRows));
        return;
    }
    ObservedRow r;
    r.line = m_inBlock ? m_blockLine : out()->lines;
    r.protocol = m_protocol;
    if (VendorText::is(act, "dnat")) {
        r.address[ObservedRow::InsideLocal] = translated;
        r.address[ObservedRow::InsideGlobal] = dst;
        r.address[ObservedRow::OutsideLocal] = src;
        r.address[ObservedRow::OutsideGlobal] = src;
    } else {
        r.address[ObservedRow::InsideLocal] = src;
        r.address[ObservedRow::InsideGlobal] = VendorText::is(act, "snat") ? translated : src;
        r.address[ObservedRow::OutsideLocal] = dst;
        r.address[ObservedRow::OutsideGlobal] = dst;
    }
    m_draft.clear();
    m_draft.append(m_session);
    m_draft.string("act", act);
    m_draft.string("hook", w[0].sliced(5));
    out()->rows.append(r);
    m_row = int(out()->rows.size() - 1);
    m_rowOpen = true;
    if (!m_inBlock)
        finishRow(); // no misc= line is read outside a block
}

bool FortiSessionReader::addLine(QByteArrayView line)
{
    ObservedTranslations *const t = out();
    if (VendorText::startsWith(line, "session info:")) {
        startBlock(line);
        return true;
    }
    if (VendorText::startsWith(line, "hook=")) {
        hook(line);
        return !stopped();
    }
    if (VendorText::startsWith(line, "total session")) {
        endBlock();
        QByteArrayView w[4];
        qint64 n = 0;
        if (VendorText::words(line, w, 4) == 3 && VendorText::number(w[2], &n, 10)) {
            ++t->headers;
            t->total = qMax<qint64>(t->total, 0) + n;
        } else {
            report(ImportIssue::Error, line, tr("the session count is not a number"));
        }
        return true;
    }
    // The echoed command; FortiOS prompts have a blank before the mark ("FGT60F # diag …").
    // Only a mark within the first 64 bytes counts, so only they are searched
    // (the search of every attribute line was a twentieth of the reader's time).
    const QByteArrayView head = line.first(qMin<qsizetype>(line.size(), 64 + 5));
    for (QByteArrayView mark : {QByteArrayView("# diag"), QByteArrayView("$ diag")}) {
        if (const qsizetype at = VendorText::find(head, mark); at > 0 && at < 64) {
            endBlock();
            t->commands.append(QString::fromLatin1(line.sliced(at + 2)));
            return true;
        }
    }
    if (m_inBlock) {
        // Attributes of the session (misc=, state=, statistic(…), npu_state=…).
        if (m_row >= 0 && VendorText::startsWith(line, "misc=")) {
            const qsizetype at = VendorText::find(line, "policy_id=");
            if (at >= 0) {
                QByteArrayView v = line.sliced(at + 10);
                if (const qsizetype sp = VendorText::indexOf(v, ' '); sp >= 0)
                    v = v.first(sp);
                qint64 id = 0;
                if (VendorText::number(v, &id, 10) && m_rowOpen)
                    m_draft.number("policy_id", id);
            }
        }
        if (VendorText::contains(line, '=') || VendorText::contains(line, ':') || VendorText::startsWith(line, "pos/"))
            return true;
    }
    if (VendorText::startsWith(line, "diag") || VendorText::startsWith(line, "diagnose")) {
        t->commands.append(QString::fromLatin1(line));
        return true;
    }
    report(ImportIssue::Unknown, line, tr("not understood"));
    return true;
}
