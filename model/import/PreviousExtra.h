#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstring>

// The details of the last few entries (their signature bytes and the shared
// extra's index): consecutive entries of a router's table mostly share their
// details, or cycle through a few sets (an SRX table alternating policies),
// and a compare costs less than hashing the signature. The most recent is
// compared first.
class PreviousExtra
{
public:
    // The extra when signature is one of the last few remembered, else -1.
    int find(QByteArrayView signature) const
    {
        for (int i = 1; i <= Size; ++i) {
            const Entry &e = m_recent[(m_next + Size - i) % Size];
            if (e.extra >= 0 && signature.size() == e.signature.size()
                && std::memcmp(signature.data(), e.signature.constData(), size_t(signature.size()))
                       == 0)
                return e.extra;
        }
        return -1;
    }
    // Keeps signature in place of the oldest (copied into the kept buffer:
    // assigning would share the caller's and detach it on its next write)
    // and returns extra.
    int remember(QByteArrayView signature, int extra)
    {
        Entry &e = m_recent[m_next];
        m_next = (m_next + 1) % Size;
        e.signature.resize(signature.size());
        std::memcpy(e.signature.data(), signature.data(), size_t(signature.size()));
        e.extra = extra;
        return extra;
    }
    void clear()
    {
        for (Entry &e : m_recent) {
            e.signature.resize(0);
            e.extra = -1;
        }
        m_next = 0;
    }

private:
    static constexpr int Size = 4;
    struct Entry
    {
        QByteArray signature;
        int extra = -1;
    };
    Entry m_recent[Size];
    int m_next = 0; // where the next one goes; the one before it is the most recent
};
