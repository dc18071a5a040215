#pragma once

#include <QHash>
#include <QList>

// Which case of a rule tells a tunnel's story: per key (a tunnel, or a device
// and tunnel), the first case that takes the tunnel Down, else the first case
// at all; keys in the order they were first met. Rules offer every case they
// find in log order and then write one finding per key.
template <typename Key, typename Case>
class StoryCases
{
public:
    void offer(const Key &key, const Case &c, bool down)
    {
        auto it = m_chosen.find(key);
        if (it == m_chosen.end()) {
            m_order.append(key);
            m_chosen.insert(key, {c, down});
        } else if (down && !it->down) {
            *it = {c, down};
        }
    }
    const QList<Key> &keys() const { return m_order; }
    Case operator[](const Key &key) const { return m_chosen.value(key).c; }

private:
    struct Chosen
    {
        Case c{};
        bool down = false;
    };
    QList<Key> m_order;
    QHash<Key, Chosen> m_chosen;
};
