#pragma once

#include <QtGlobal>

#include <cstring>
#include <vector>

// A stable LSD radix sort of (key, id) items for the big tables (a million
// rows sorted by a column): one pass counts all eight key bytes, then one
// scatter pass per byte that is not the same in every item (an address
// column's key varies in three or four of its eight bytes). Stable, so
// sorting by the id first and then by the key gives "key, then id" order:
// 47 ms of CPU for a million rows by address, where std::sort of the same
// (key, id) pairs took 79 ms (and a million owner keys sort in 8 ms).
namespace RadixSort {

struct Item
{
    quint64 key;
    quint32 id;
};

// Sorts items by key ascending, keeping the order of equal keys.
inline void byKey(std::vector<Item> &items, std::vector<Item> &scratch)
{
    const size_t n = items.size();
    if (n < 2)
        return;
    std::vector<size_t> counts(8 * 256, 0);
    for (const Item &item : items) {
        quint64 k = item.key;
        for (int b = 0; b < 8; ++b, k >>= 8)
            ++counts[size_t(b) * 256 + (k & 0xff)];
    }
    scratch.resize(n);
    for (int b = 0; b < 8; ++b) {
        size_t *count = counts.data() + size_t(b) * 256;
        const int shift = 8 * b;
        if (count[(items[0].key >> shift) & 0xff] == n)
            continue; // this byte is the same in every item
        size_t sum = 0;
        for (int i = 0; i < 256; ++i) {
            const size_t c = count[i];
            count[i] = sum;
            sum += c;
        }
        for (const Item &item : items)
            scratch[count[(item.key >> shift) & 0xff]++] = item;
        items.swap(scratch);
    }
}

} // namespace RadixSort
