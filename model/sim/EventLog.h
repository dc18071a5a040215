#pragma once

#include "SimEvent.h"

#include <iterator>
#include <memory>
#include <vector>

// The simulation's event log, compact: each event keeps its time and value
// (24 bytes with the index below) and refers to its other fields — endpoints,
// translation, subject, tunnel, device, type, reason, state, flags — stored
// once in a side table of distinct details. A steady tunnel repeats the same
// few details every keepalive, so a long run costs little more than its times.
// Reading an event rebuilds the full SimEvent (by value); code that reads
// `log[i].from` or iterates with `for (const SimEvent &e : log)` is unchanged.
// Entries live in fixed chunks: appending never copies the log.
class EventLog
{
public:
    // it->field on an iterator: the rebuilt event, held by the proxy.
    struct ArrowProxy
    {
        SimEvent event;
        const SimEvent *operator->() const { return &event; }
    };
    class const_iterator
    {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = SimEvent;
        using difference_type = std::ptrdiff_t;
        using pointer = ArrowProxy;
        using reference = SimEvent;

        const_iterator() = default;
        const_iterator(const EventLog *log, size_t i) : m_log(log), m_i(i) {}
        SimEvent operator*() const { return (*m_log)[m_i]; }
        ArrowProxy operator->() const { return {(*m_log)[m_i]}; }
        SimEvent operator[](difference_type n) const { return (*m_log)[size_t(difference_type(m_i) + n)]; }
        const_iterator &operator++() { ++m_i; return *this; }
        const_iterator operator++(int) { const_iterator t = *this; ++m_i; return t; }
        const_iterator &operator--() { --m_i; return *this; }
        const_iterator operator--(int) { const_iterator t = *this; --m_i; return t; }
        const_iterator &operator+=(difference_type n) { m_i = size_t(difference_type(m_i) + n); return *this; }
        const_iterator &operator-=(difference_type n) { m_i = size_t(difference_type(m_i) - n); return *this; }
        friend const_iterator operator+(const_iterator it, difference_type n) { return it += n; }
        friend const_iterator operator+(difference_type n, const_iterator it) { return it += n; }
        friend const_iterator operator-(const_iterator it, difference_type n) { return it -= n; }
        friend difference_type operator-(const const_iterator &a, const const_iterator &b)
        {
            return difference_type(a.m_i) - difference_type(b.m_i);
        }
        bool operator==(const const_iterator &o) const { return m_i == o.m_i; }
        bool operator!=(const const_iterator &o) const { return m_i != o.m_i; }
        bool operator<(const const_iterator &o) const { return m_i < o.m_i; }
        bool operator>(const const_iterator &o) const { return m_i > o.m_i; }
        bool operator<=(const const_iterator &o) const { return m_i <= o.m_i; }
        bool operator>=(const const_iterator &o) const { return m_i >= o.m_i; }

    private:
        const EventLog *m_log = nullptr;
        size_t m_i = 0;
    };
    using iterator = const_iterator;
    using value_type = SimEvent;
    using size_type = size_t;

    EventLog() = default;
    EventLog(const EventLog &other) { *this = other; }
    EventLog &operator=(const EventLog &other);
    EventLog(EventLog &&) = default;
    EventLog &operator=(EventLog &&) = default;

    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    SimEvent operator[](size_t i) const
    {
        const Entry &e = entry(i);
        return m_details[e.detail].toEvent(e.time, e.value);
    }
    SimEvent at(size_t i) const { return (*this)[i]; }
    SimEvent front() const { return (*this)[0]; }
    SimEvent back() const { return (*this)[m_size - 1]; }
    // Without rebuilding the event (binary searches over time).
    double timeAt(size_t i) const { return entry(i).time; }
    SimEvent::Type typeAt(size_t i) const { return SimEvent::Type(m_details[entry(i).detail].type); }

    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, m_size}; }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }
    using const_reverse_iterator = std::reverse_iterator<const_iterator>;
    const_reverse_iterator crbegin() const { return const_reverse_iterator(end()); }
    const_reverse_iterator crend() const { return const_reverse_iterator(begin()); }
    const_reverse_iterator rbegin() const { return crbegin(); }
    const_reverse_iterator rend() const { return crend(); }

    void push_back(const SimEvent &e);
    // The same, trying *hint (a detail this caller logged before) first; sets
    // *hint to the event's detail. The caller keeps it, ~0u at first.
    void push_back(const SimEvent &e, quint32 *hint);
    void reserve(size_t events) { m_chunks.reserve((events + ChunkSize - 1) >> ChunkBits); }
    void clear() { *this = EventLog(); }

    // Bytes held: entries, the detail table and its index.
    size_t memoryBytes() const;
    size_t detailCount() const { return m_details.size(); }

    friend bool operator==(const EventLog &a, const EventLog &b);
    friend bool operator!=(const EventLog &a, const EventLog &b) { return !(a == b); }

private:
    struct Entry
    {
        double time;
        double value;
        quint32 detail;
    };
    // Every field of SimEvent but time and value.
    struct Detail
    {
        Endpoint from, to, mapped;
        quint32 translation;
        ObjectId subject, aux;
        qint32 tunnel;
        qint16 device;
        quint8 type, reason, state, flags;

        static Detail of(const SimEvent &e);
        SimEvent toEvent(double time, double value) const
        {
            SimEvent e;
            e.time = time;
            e.value = value;
            e.from = from;
            e.to = to;
            e.mapped = mapped;
            e.translation = translation;
            e.subject = subject;
            e.aux = aux;
            e.tunnel = tunnel;
            e.device = device;
            e.type = SimEvent::Type(type);
            e.reason = SimEvent::Reason(reason);
            e.state = SimEvent::TunnelState(state);
            e.flags = flags;
            return e;
        }
        bool operator==(const Detail &o) const;
        quint64 hash() const;
    };
    static constexpr int ChunkBits = 16;
    static constexpr size_t ChunkSize = size_t(1) << ChunkBits;
    const Entry &entry(size_t i) const { return m_chunks[i >> ChunkBits][i & (ChunkSize - 1)]; }
    quint32 intern(const Detail &d);
    void append(double time, double value, quint32 detail);
    void growIndex();

    std::vector<std::unique_ptr<Entry[]>> m_chunks;
    size_t m_size = 0;
    std::vector<Detail> m_details;
    // Open addressing: high 32 bits of the detail's hash | detail + 1; 0 empty.
    static constexpr quint64 TagMask = 0xffffffff00000000ull;
    std::vector<quint64> m_index;
    size_t m_mask = 0;
};
