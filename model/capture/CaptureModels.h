#pragma once

#include "CaptureComparison.h"
#include "CaptureReconstruction.h"
#include "ObjectId.h"

#include <QAbstractTableModel>

#include <memory>

// What the workbench shows of imported captures (issue #18), for one NAT
// device: the reconstruction and, once simulated, its comparison. Shared by
// the three item models below so they read one copy.
struct CaptureEvidence
{
    ObjectId device = NoId;
    QString deviceName;
    CaptureReconstruction reconstruction;
    std::shared_ptr<const CaptureComparison> comparison; // null until compared
};

// The captured translations in the NAT table's four Cisco columns, then when
// they were seen and how many packets went through ("captured", not simulated).
class CapturedTranslationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { InsideGlobal, InsideLocal, OutsideLocal, OutsideGlobal, FirstSeen, LastSeen,
                  Outbound, Inbound, Keepalives, ColumnCount };
    explicit CapturedTranslationModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    void setEvidence(std::shared_ptr<const CaptureEvidence> evidence);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const CaptureEvidence> m_evidence;
};

// Every IPsec packet of both captures in time order: the captured timeline.
// Time is relative to the first packet; a paired packet names its
// counterpart's translation and the delay across the NAT.
class CapturedTimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Point, Source, Destination, What, Across, ColumnCount };
    explicit CapturedTimelineModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    void setEvidence(std::shared_ptr<const CaptureEvidence> evidence);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // One packet as a phrase: "IKE_AUTH request #1", "ESP SPI 0x… seq 3", "NAT-T keepalive".
    static QString describe(const CapturedPacket &packet);

private:
    struct Entry
    {
        qint64 timeNs;
        bool inside;
        int packet;
        int pair; // index into reconstruction.pairs, -1 none
    };
    std::shared_ptr<const CaptureEvidence> m_evidence;
    QList<Entry> m_entries;
    qint64 m_originNs = 0;
};

// Where the capture and the simulation disagree, one row each, with the
// diagnosis rule of its kind (tooltip and last column).
class CaptureComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Severity, Kind, Subject, Simulated, Captured, Diagnosis, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1 };
    explicit CaptureComparisonModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    void setEvidence(std::shared_ptr<const CaptureEvidence> evidence);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    static QString severityName(CaptureDisagreement::Severity severity);

private:
    std::shared_ptr<const CaptureEvidence> m_evidence;
};
