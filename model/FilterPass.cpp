#include "FilterPass.h"

#include <algorithm>

void FilterPass::start(std::vector<quint32> source, quint32 idEnd, Test test, Mark mark)
{
    clear();
    m_source = std::move(source);
    m_idEnd = idEnd;
    m_test = std::move(test);
    m_mark = std::move(mark);
    m_phase = OneByOne;
}

void FilterPass::clear()
{
    m_phase = Done;
    m_source = {};
    m_hits = {};
    m_marks = {};
    m_test = nullptr;
    m_mark = nullptr;
    m_position = m_selected = 0;
    m_idEnd = m_nextId = 0;
}

bool FilterPass::run(const QDeadlineTimer &deadline, std::vector<quint32> &out, bool screenOnly)
{
    const size_t n = m_source.size();
    while (m_phase != Done) {
        switch (m_phase) {
        case OneByOne: {
            const bool toTheEnd = n <= kShort;
            const size_t stop = toTheEnd ? n : std::min(n, kScreenTests);
            while (m_position < stop && (toTheEnd || m_selected < kScreen)) {
                const quint32 id = m_source[m_position++];
                if (m_test(id)) {
                    out.push_back(id);
                    ++m_selected;
                }
                if ((m_position & 255) == 0 && deadline.hasExpired())
                    return false;
            }
            if (m_position == n) {
                m_phase = Done;
                break;
            }
            m_hits.assign(m_idEnd, 0);
            m_phase = Marking;
            if (screenOnly)
                return false;
            break;
        }
        case Marking:
            while (m_nextId < m_idEnd) {
                const quint32 to = std::min(m_idEnd, m_nextId + kBlock);
                m_mark(m_nextId, to, m_hits.data());
                m_nextId = to;
                if (m_nextId < m_idEnd && deadline.hasExpired())
                    return false;
            }
            m_phase = Selecting;
            break;
        case Selecting:
            while (m_position < n) {
                const size_t end = std::min(n, m_position + kBlock);
                for (; m_position < end; ++m_position) {
                    const quint32 id = m_source[m_position];
                    if (m_hits[id])
                        out.push_back(id);
                }
                if (m_position < n && deadline.hasExpired())
                    return false;
            }
            m_phase = Done;
            break;
        case Done:
            break;
        }
    }
    std::vector<quint8> marks = std::move(m_hits);
    clear(); // the source is not needed any more
    m_marks = std::move(marks);
    return true;
}
