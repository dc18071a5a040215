#pragma once

// A canonical text dump of a whole simulation result: every field of every
// event and of every translation, times as exact hex floats (%a), so two runs
// dump the same text only when they are the same bit for bit.
#include "SimulationResult.h"

#include <QByteArray>

#include <cstdio>

namespace simdump {

inline void endpoint(QByteArray *out, const char *name, const Endpoint &e)
{
    char buf[48];
    std::snprintf(buf, sizeof buf, " %s=%08x:%u", name, unsigned(e.ip), unsigned(e.port));
    out->append(buf);
}

inline QByteArray eventLine(size_t i, const SimEvent &e)
{
    QByteArray line;
    char buf[256];
    std::snprintf(buf, sizeof buf,
                  "E%zu t=%a v=%a type=%d reason=%d state=%d flags=%d tr=%u subj=%u aux=%u "
                  "tun=%d dev=%d",
                  i, e.time, e.value, int(e.type), int(e.reason), int(e.state), int(e.flags),
                  unsigned(e.translation), unsigned(e.subject), unsigned(e.aux), int(e.tunnel),
                  int(e.device));
    line.append(buf);
    endpoint(&line, "from", e.from);
    endpoint(&line, "to", e.to);
    endpoint(&line, "mapped", e.mapped);
    line.append('\n');
    return line;
}

inline QByteArray translationLine(const Translation &t)
{
    QByteArray line;
    char buf[256];
    std::snprintf(buf, sizeof buf,
                  "T%u dev=%d proto=%d static=%d simple=%d router=%d owner=%u rule=%u created=%a "
                  "req=%u heldBy=%u",
                  unsigned(t.id), t.device, int(t.protocol), int(t.isStatic), int(t.simple),
                  int(t.toRouter), unsigned(t.owner), unsigned(t.rule), t.created,
                  unsigned(t.requestedPort), unsigned(t.heldBy));
    line.append(buf);
    endpoint(&line, "il", t.insideLocal);
    endpoint(&line, "ig", t.insideGlobal);
    endpoint(&line, "out", t.outside);
    line.append('\n');
    return line;
}

// Calls sink(chunk) with consecutive pieces of the dump (a million-event log
// need not be held as text at once).
template<typename Sink>
void dump(const SimulationResult &r, Sink sink)
{
    QByteArray head;
    char buf[128];
    std::snprintf(buf, sizeof buf, "duration=%a events=%zu translations=%zu\n", r.duration,
                  size_t(r.events.size()), r.translations.size());
    head.append(buf);
    for (const auto &d : r.devices)
        head.append("D " + QByteArray::number(d.id) + ' ' + d.name.toUtf8() + ' '
                    + d.profile.toUtf8() + '\n');
    for (const auto &t : r.tunnels) {
        head.append("U " + QByteArray::number(t.appliance) + ' ' + QByteArray::number(t.peer) + ' '
                    + QByteArray::number(t.mesh) + ' ' + t.name.toUtf8() + ' '
                    + t.applianceType.toUtf8() + ' ' + t.policy.toUtf8() + ' '
                    + QByteArray::number(t.device));
        endpoint(&head, "local", t.local);
        endpoint(&head, "remote", t.remote);
        head.append('\n');
    }
    for (const QString &w : r.warnings)
        head.append("W " + w.toUtf8() + '\n');
    sink(head);
    QByteArray chunk;
    for (size_t i = 0; i < size_t(r.events.size()); ++i) {
        chunk.append(eventLine(i, r.events[i]));
        if (chunk.size() > (1 << 20)) {
            sink(chunk);
            chunk.clear();
        }
    }
    for (const Translation &t : r.translations) {
        chunk.append(translationLine(t));
        if (chunk.size() > (1 << 20)) {
            sink(chunk);
            chunk.clear();
        }
    }
    sink(chunk);
}

} // namespace simdump
