#pragma once

#include "Field.h"
#include "ObjectId.h"

#include <QString>
#include <QStringList>

#include <random>

class Project;

// Builds random but valid projects for property tests, deterministic per seed:
// one on-premises site behind one NAT device (any profile and its options,
// interface overload or a pool, static NAT and static PAT rules, access lists
// that may leave appliances out, background flows, sometimes from an
// appliance's own address or toward a cloud peer), 1-4 IX/NE/WO pairs with
// their peer policies and deploy times, and scenario events (redeploys,
// silences, clear-nat). summary() says what was drawn, to replay a seed.
class ProjectGenerator
{
public:
    explicit ProjectGenerator(quint32 seed);

    // Fills an empty project. Returns false (with the reason in error) only on
    // a generator bug: every value drawn is meant to be accepted.
    bool build(Project *project, QString *error);
    QString summary() const { return m_summary.join(QStringLiteral("; ")); }

private:
    int below(int n) { return n > 0 ? int(m_rng() % quint32(n)) : 0; } // 0..n-1
    bool chance(int percent) { return below(100) < percent; }
    template<typename T>
    T pick(const QList<T> &list) { return list.at(below(int(list.size()))); }
    ObjectId make(Project *p, ObjectKind kind, ObjectId parent, const FieldValues &values);
    void note(const QString &text) { m_summary.append(text); }

    quint32 m_seed;
    std::mt19937 m_rng; // its output is fixed by the standard: same projects everywhere
    QStringList m_summary;
    QString m_error;
};
