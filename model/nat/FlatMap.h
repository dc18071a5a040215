#pragma once

#include <QtGlobal>

#include <cstring>
#include <vector>

// An open-addressing hash map (linear probing, backward-shift deletion, no
// tombstones) for the simulator's hot path: keys are packed integers, slots sit
// in one array, a lookup touches one or two cache lines and nothing allocates
// except when the table grows. Iteration order is the slot order: use it only
// where order does not matter.
struct PackedKey
{
    quint64 a = 0, b = 0;
    bool operator==(const PackedKey &o) const { return a == o.a && b == o.b; }
};

inline quint64 flatHash(quint64 x)
{
    // splitmix64's finaliser: every input bit reaches every output bit.
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    x ^= x >> 31;
    return x;
}
inline quint64 flatHash(const PackedKey &k)
{
    return flatHash(k.a ^ (k.b * 0x9e3779b97f4a7c15ull + 0x632be59bd9b4e019ull));
}

template<typename Key, typename Value>
class FlatMap
{
public:
    size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    const Value *find(const Key &key) const
    {
        if (!m_size)
            return nullptr;
        for (size_t i = flatHash(key) & m_mask;; i = (i + 1) & m_mask) {
            if (!m_used[i])
                return nullptr;
            if (m_slots[i].key == key)
                return &m_slots[i].value;
        }
    }
    Value *find(const Key &key)
    {
        return const_cast<Value *>(static_cast<const FlatMap *>(this)->find(key));
    }
    Value value(const Key &key, const Value &fallback = Value()) const
    {
        const Value *v = find(key);
        return v ? *v : fallback;
    }
    bool contains(const Key &key) const { return find(key) != nullptr; }

    // The value of key, inserted as Value() when missing.
    Value &operator[](const Key &key)
    {
        if ((m_size + 1) * 4 > m_slots.size() * 3)
            grow();
        size_t i = flatHash(key) & m_mask;
        for (; m_used[i]; i = (i + 1) & m_mask) {
            if (m_slots[i].key == key)
                return m_slots[i].value;
        }
        m_used[i] = 1;
        m_slots[i].key = key;
        m_slots[i].value = Value();
        ++m_size;
        return m_slots[i].value;
    }
    void insert(const Key &key, const Value &value) { (*this)[key] = value; }

    bool remove(const Key &key)
    {
        if (!m_size)
            return false;
        size_t i = flatHash(key) & m_mask;
        for (;; i = (i + 1) & m_mask) {
            if (!m_used[i])
                return false;
            if (m_slots[i].key == key)
                break;
        }
        // Backward shift: move later entries of the probe run into the hole
        // when their home slot allows it, so no lookup ever stops early.
        size_t hole = i;
        for (size_t j = (i + 1) & m_mask; m_used[j]; j = (j + 1) & m_mask) {
            const size_t home = flatHash(m_slots[j].key) & m_mask;
            const bool movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
            if (movable) {
                m_slots[hole] = m_slots[j];
                hole = j;
            }
        }
        m_used[hole] = 0;
        --m_size;
        return true;
    }

    template<typename F>
    void forEach(F f) const
    {
        for (size_t i = 0; i < m_slots.size(); ++i) {
            if (m_used[i])
                f(m_slots[i].key, m_slots[i].value);
        }
    }

    size_t memoryBytes() const { return m_slots.size() * (sizeof(Slot) + 1); }

private:
    struct Slot
    {
        Key key;
        Value value;
    };
    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        std::vector<quint8> oldUsed = std::move(m_used);
        const size_t capacity = old.empty() ? 16 : old.size() * 2;
        m_slots.assign(capacity, Slot());
        m_used.assign(capacity, 0);
        m_mask = capacity - 1;
        m_size = 0;
        for (size_t i = 0; i < old.size(); ++i) {
            if (oldUsed[i])
                (*this)[old[i].key] = old[i].value;
        }
    }

    std::vector<Slot> m_slots;
    std::vector<quint8> m_used;
    size_t m_mask = 0;
    size_t m_size = 0;
};
