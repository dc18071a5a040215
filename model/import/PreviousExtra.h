#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstring>

// The details of the entry before (their signature bytes and the shared
// extra's index): consecutive entries of a router's table mostly share their
// details, and a compare costs less than hashing the signature.
class PreviousExtra
{
public:
    // The extra when signature is the one before's, else -1.
    int find(QByteArrayView signature) const
    {
        return m_extra >= 0 && signature.size() == m_signature.size()
                       && std::memcmp(signature.data(), m_signature.constData(),
                                      size_t(signature.size()))
                              == 0
                   ? m_extra
                   : -1;
    }
    // Keeps signature (copied into the kept buffer: assigning would share the
    // caller's and detach it on its next write) and returns extra.
    int remember(QByteArrayView signature, int extra)
    {
        m_signature.resize(signature.size());
        std::memcpy(m_signature.data(), signature.data(), size_t(signature.size()));
        m_extra = extra;
        return extra;
    }
    void clear()
    {
        m_signature.resize(0);
        m_extra = -1;
    }

private:
    QByteArray m_signature;
    int m_extra = -1;
};
