#pragma once

#include <QDeadlineTimer>
#include <QtGlobal>

#include <functional>
#include <vector>

// One pass of a filter over a big table's rows, in display order, done in
// slices so that no slice holds the GUI thread past its deadline; the rows it
// selects come out in display order as it goes, so a view shows the first
// screen while the rest is still being looked for (and counts "so far"), and
// the next keystroke simply starts a new pass.
//
// The top rows are tested one at a time until a screenful is found (random
// access, cheap for a few hundred rows); a short source is finished that way.
// For a long one the filter then marks every id at once, a block of ids per
// step in id order (a packed text's scan reads memory front to back, where a
// million random reads of rows cost several times more), and the rest of the
// display order is selected from those marks.
class FilterPass
{
public:
    // Does the row with this id pass?
    using Test = std::function<bool(quint32 id)>;
    // hits[id] = 1 for every id in [from, to) that passes (others untouched).
    using Mark = std::function<void(quint32 from, quint32 to, quint8 *hits)>;

    // Rows selected one at a time from the top before the bulk marking, and
    // the most rows tested that way (a rare needle goes to the bulk pass soon).
    static constexpr size_t kScreen = 256;
    static constexpr size_t kScreenTests = 16384;
    // A source this short is tested row by row to the end.
    static constexpr size_t kShort = 65536;
    // Ids marked, or rows selected, between two looks at the deadline.
    static constexpr quint32 kBlock = 32768;

    // Starts over: select from source (ids in display order, each < idEnd).
    void start(std::vector<quint32> source, quint32 idEnd, Test test, Mark mark);
    void clear();
    bool active() const { return m_phase != Done; }
    // Works until the deadline or the end, appending the selected ids to out
    // in display order; true when the pass is done. With screenOnly it stops
    // where the row-by-row part ends (the first screen found; the bulk part
    // is left for another thread: run() may be called from any one thread at
    // a time).
    bool run(const QDeadlineTimer &deadline, std::vector<quint32> &out, bool screenOnly = false);
    // Once done: the marks of every id when the pass marked them (the rows
    // it selected are the source's ids marked), else empty.
    std::vector<quint8> takeMarks() { return std::move(m_marks); }

private:
    enum Phase { OneByOne, Marking, Selecting, Done };

    Phase m_phase = Done;
    std::vector<quint32> m_source;
    std::vector<quint8> m_hits;
    std::vector<quint8> m_marks; // the last finished pass's m_hits
    Test m_test;
    Mark m_mark;
    size_t m_position = 0; // in m_source: the rows before it are decided
    size_t m_selected = 0;
    quint32 m_idEnd = 0;
    quint32 m_nextId = 0;  // Marking: the ids before it are marked
};
