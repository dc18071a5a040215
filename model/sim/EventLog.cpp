#include "EventLog.h"

#include "FlatMap.h"

#include <cstring>

EventLog::Detail EventLog::Detail::of(const SimEvent &e)
{
    Detail d; // compared and hashed field by field: padding never matters
    d.from = e.from;
    d.to = e.to;
    d.mapped = e.mapped;
    d.translation = e.translation;
    d.subject = e.subject;
    d.aux = e.aux;
    d.tunnel = e.tunnel;
    d.device = e.device;
    d.type = quint8(e.type);
    d.reason = quint8(e.reason);
    d.state = quint8(e.state);
    d.flags = e.flags;
    return d;
}

bool EventLog::Detail::operator==(const Detail &o) const
{
    return from == o.from && to == o.to && mapped == o.mapped && translation == o.translation
           && subject == o.subject && aux == o.aux && tunnel == o.tunnel && device == o.device
           && type == o.type && reason == o.reason && state == o.state && flags == o.flags;
}

quint64 EventLog::Detail::hash() const
{
    const auto ep = [](const Endpoint &e) { return (quint64(e.ip) << 16) | e.port; };
    quint64 h = flatHash(ep(from) ^ (quint64(type) << 56));
    h = flatHash(h ^ ep(to) ^ (quint64(reason) << 56));
    h = flatHash(h ^ ep(mapped) ^ (quint64(state) << 56) ^ (quint64(flags) << 48));
    h = flatHash(h ^ ((quint64(translation) << 32) | subject));
    h = flatHash(h ^ ((quint64(aux) << 32) | quint32(tunnel)) ^ (quint64(quint16(device)) << 20));
    return h;
}

EventLog &EventLog::operator=(const EventLog &other)
{
    if (this == &other)
        return *this;
    m_chunks.clear();
    for (size_t c = 0; c < other.m_chunks.size(); ++c) {
        m_chunks.push_back(std::unique_ptr<Entry[]>(new Entry[ChunkSize]));
        const size_t n = std::min(ChunkSize, other.m_size - c * ChunkSize);
        std::copy(other.m_chunks[c].get(), other.m_chunks[c].get() + n, m_chunks.back().get());
    }
    m_size = other.m_size;
    m_details = other.m_details;
    m_index = other.m_index;
    m_mask = other.m_mask;
    return *this;
}

void EventLog::growIndex()
{
    const size_t capacity = m_index.empty() ? 1024 : m_index.size() * 2;
    m_index.assign(capacity, 0);
    m_mask = capacity - 1;
    for (quint32 i = 0; i < m_details.size(); ++i) {
        const quint64 h = m_details[i].hash();
        size_t slot = h & m_mask;
        while (m_index[slot])
            slot = (slot + 1) & m_mask;
        m_index[slot] = (h & TagMask) | (i + 1);
    }
}

quint32 EventLog::intern(const Detail &d)
{
    if ((m_details.size() + 1) * 2 > m_index.size())
        growIndex();
    const quint64 h = d.hash();
    const quint64 tag = h & TagMask;
    size_t slot = h & m_mask;
    // The tag (high hash bits) rules out most other details without reading them.
    for (; m_index[slot]; slot = (slot + 1) & m_mask) {
        const quint32 i = quint32(m_index[slot] & ~TagMask) - 1;
        if ((m_index[slot] & TagMask) == tag && m_details[i] == d)
            return i;
    }
    m_details.push_back(d);
    m_index[slot] = tag | m_details.size();
    return quint32(m_details.size() - 1);
}

void EventLog::push_back(const SimEvent &e)
{
    append(e.time, e.value, intern(Detail::of(e)));
}

void EventLog::push_back(const SimEvent &e, quint32 *hint)
{
    const Detail d = Detail::of(e);
    if (*hint >= m_details.size() || !(m_details[*hint] == d))
        *hint = intern(d);
    append(e.time, e.value, *hint);
}

void EventLog::append(double time, double value, quint32 detail)
{
    if ((m_size & (ChunkSize - 1)) == 0 && (m_size >> ChunkBits) == m_chunks.size())
        m_chunks.push_back(std::unique_ptr<Entry[]>(new Entry[ChunkSize])); // filled as appended
    Entry &slot = m_chunks[m_size >> ChunkBits][m_size & (ChunkSize - 1)];
    slot.time = time;
    slot.value = value;
    slot.detail = detail;
    ++m_size;
}

size_t EventLog::memoryBytes() const
{
    return m_chunks.size() * ChunkSize * sizeof(Entry) + m_details.capacity() * sizeof(Detail)
           + m_index.capacity() * sizeof(quint64) + m_chunks.capacity() * sizeof(void *);
}

bool operator==(const EventLog &a, const EventLog &b)
{
    if (a.m_size != b.m_size)
        return false;
    for (size_t i = 0; i < a.m_size; ++i) {
        const EventLog::Entry &x = a.entry(i);
        const EventLog::Entry &y = b.entry(i);
        // Bit for bit, as the equivalence test compares logs.
        if (std::memcmp(&x.time, &y.time, sizeof(double)) != 0
            || std::memcmp(&x.value, &y.value, sizeof(double)) != 0
            || !(a.m_details[x.detail] == b.m_details[y.detail]))
            return false;
    }
    return true;
}
