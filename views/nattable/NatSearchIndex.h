#pragma once

#include "PackedText.h"

#include <QtGlobal>

#include <string_view>
#include <vector>

struct SimulationResult;
struct Translation;

// The text filter's haystack of every translation of a run ("udp
// 192.0.2.7:4000 10.0.0.1:1024 203.0.113.5:53", lower-case), packed in id order
// so that a keystroke is one memmem() over the table instead of formatting a
// million rows: about 50 bytes per translation, built once per result. Owner
// names are matched apart (a handful of owners).
class NatSearchIndex
{
public:
    void build(const SimulationResult &result);
    void clear() { m_text.clear(); }
    size_t bytes() const { return m_text.bytes(); }

    // hits is resized to translations + 1 and cleared; hits[id] = 1 for every
    // translation whose haystack contains needle (lower-case). Returns how many.
    size_t match(std::string_view needle, std::vector<quint8> &hits) const;
    // The same for the ids in [from, to) only, into hits[id] (others untouched).
    size_t match(std::string_view needle, quint8 *hits, quint32 from, quint32 to) const;
    // One translation's haystack (id from 1).
    std::string_view text(quint32 id) const { return id ? m_text.row(id - 1) : std::string_view(); }

    // Writes one translation's haystack at p (at most 80 bytes); returns the end.
    static char *format(const Translation &t, char *p);

private:
    PackedText m_text;
};
