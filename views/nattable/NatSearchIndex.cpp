#include "NatSearchIndex.h"

#include "SimulationResult.h"

#include <algorithm>

namespace {
void appendEndpoint(char *&p, const Endpoint &e, bool withPort)
{
    PackedText::appendIpv4(p, e.ip); // and scratch past it: the row has room (80)
    *p++ = withPort ? ':' : ' ';
    if (withPort) {
        PackedText::appendNumber(p, e.port);
        *p++ = ' ';
    }
}
} // namespace

char *NatSearchIndex::format(const Translation &t, char *p)
{
    static const char *const protocols[] = {"udp", "tcp", "icmp", "esp", "any"};
    const char *protocol = t.simple ? "---" : protocols[std::clamp(int(t.protocol), 0, 4)];
    while (*protocol)
        *p++ = *protocol++;
    *p++ = ' ';
    appendEndpoint(p, t.insideGlobal, !t.simple);
    appendEndpoint(p, t.insideLocal, !t.simple);
    if (!t.outside.isNull())
        appendEndpoint(p, t.outside, true);
    return p;
}

void NatSearchIndex::build(const SimulationResult &result)
{
    m_text.clear();
    const size_t n = result.translations.size();
    m_text.reserve(n, 60); // "udp " and three endpoints: 40-60 bytes
    for (const Translation &t : result.translations)
        m_text.endRow(format(t, m_text.beginRow(80)));
    m_text.finish();
}

size_t NatSearchIndex::match(std::string_view needle, std::vector<quint8> &hits) const
{
    hits.assign(m_text.rows() + 1, 0);
    return m_text.match(needle, hits.data() + 1);
}

size_t NatSearchIndex::match(std::string_view needle, quint8 *hits, quint32 from, quint32 to) const
{
    from = std::max(from, 1u);
    if (from >= to)
        return 0;
    return m_text.match(needle, hits + 1, from - 1, to - 1);
}
