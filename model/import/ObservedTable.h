#pragma once

#include "ObservedTranslations.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

class Project;

// A real translation table analysed for HCX: which rows are IPsec NAT-T flows
// (UDP 4500) of on-premises appliances, who their peers are, and where two
// inside locals asked for 4500 behind one inside global so that one was moved
// to another port (the seed incident). QtCore only; the NAT table and status
// views read collisions() and rowRole().
class ObservedTable
{
    Q_DECLARE_TR_FUNCTIONS(ObservedTable)
public:
    static constexpr quint16 NatTPort = 4500;

    enum RowRole {
        Other,   // not a 4500 flow
        Tunnel,  // an inside local's 4500 flow that kept 4500
        Holder,  // kept 4500 while another inside local behind the same global was moved
        Moved,   // asked for 4500 (inside local port 4500) and got another global port
    };

    // An inside local that sends NAT-T: an appliance uplink, with its peers.
    struct Appliance
    {
        quint32 insideLocal = 0;
        QList<Endpoint> globals; // inside global ip:port per flow
        QList<quint32> peers;    // outside global addresses, in order seen
        QList<int> rows;
    };

    // Per inside global address: the inside locals that asked for 4500 and
    // which were moved.
    struct Collision
    {
        quint32 insideGlobal = 0;
        QList<quint32> insideLocals; // distinct, in row order
        int holderRow = -1;          // the first row that kept global 4500 (-1: none seen)
        QList<int> movedRows;        // rows whose global port is not 4500
        QList<int> rows;             // every 4500 row behind this global
    };

    ObservedTable() = default;
    explicit ObservedTable(ObservedTranslations translations);
    // Reads router output of any registered format (RouterDataRegistry): the
    // one named by formatKey, or detected from the start of the text.
    static ObservedTable fromText(const QString &text);
    static ObservedTable fromData(QByteArrayView data, const QString &formatKey = QString());

    const ObservedTranslations &translations() const { return m_data; }
    int rowCount() const { return m_data.size(); }
    RowRole rowRole(int row) const
    {
        return row >= 0 && row < qsizetype(m_roles.size()) ? RowRole(m_roles[size_t(row)]) : Other;
    }
    const QList<Appliance> &appliances() const { return m_appliances; }
    const QList<Collision> &collisions() const { return m_collisions; }
    // The collision a row belongs to, or -1.
    int collisionOf(int row) const { return m_collisionOfRow.value(row, -1); }

    // A sentence about a row for tooltips and the status panel (translated);
    // appliance names come from the project when it has an appliance with that
    // uplink IP (project may be null).
    QString describeRow(int row, const Project *project) const;
    QString describeCollision(int index, const Project *project) const;
    static QString nameOf(quint32 address, const Project *project);

private:
    void analyse();

    ObservedTranslations m_data;
    std::vector<quint8> m_roles; // per row (RowRole); empty when no row is a NAT-T flow
    QHash<int, int> m_collisionOfRow;
    QList<Appliance> m_appliances;
    QList<Collision> m_collisions;
};
