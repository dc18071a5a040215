#include "ObservedTableModel.h"

#include "Project.h"

ObservedTableModel::ObservedTableModel(const Project *project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
{
    if (!project)
        return;
    connect(project, &Project::valueChanged, this, [this](ObjectId id, FieldKey key) {
        if (id == m_device && key == Field::observedTranslations)
            reload();
    });
    connect(project, &Project::objectRemoved, this, [this](ObjectId id) {
        if (id == m_device)
            setDevice(NoId);
    });
    connect(project, &Project::objectInserted, this, [this](ObjectId id) {
        if (id == m_device) // an undone removal came back
            reload();
    });
    connect(project, &Project::resetDone, this, [this] { setDevice(NoId); });
}

void ObservedTableModel::setDevice(ObjectId device)
{
    m_device = device;
    reload();
}

void ObservedTableModel::reload()
{
    const QString text = m_project && m_project->contains(m_device)
                             ? m_project->text(m_device, Field::observedTranslations)
                             : QString();
    beginResetModel();
    m_table = ObservedTable::fromText(text);
    endResetModel();
}

void ObservedTableModel::setTable(const ObservedTable &table)
{
    beginResetModel();
    m_device = NoId;
    m_table = table;
    endResetModel();
}

int ObservedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_table.rowCount();
}

int ObservedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObservedTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int row = index.row();
    const ObservedTranslations &t = m_table.translations();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn: return t.rows.at(row).line;
        case ProtocolColumn: return t.protocolText(row);
        case InsideGlobalColumn: return t.addressText(row, ObservedRow::InsideGlobal);
        case InsideLocalColumn: return t.addressText(row, ObservedRow::InsideLocal);
        case OutsideLocalColumn: return t.addressText(row, ObservedRow::OutsideLocal);
        case OutsideGlobalColumn: return t.addressText(row, ObservedRow::OutsideGlobal);
        case FindingColumn: return m_table.describeRow(row, m_project);
        }
        return QVariant();
    case Qt::ToolTipRole: {
        const QString finding = m_table.describeRow(row, m_project);
        const int c = m_table.collisionOf(row);
        return c >= 0 ? finding + QLatin1Char('\n') + m_table.describeCollision(c, m_project)
                      : finding.isEmpty() ? QVariant() : QVariant(finding);
    }
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                            : QVariant();
    case FindingRole:
        return int(m_table.rowRole(row));
    case LineRole:
        return t.rows.at(row).line;
    default:
        return QVariant();
    }
}

QVariant ObservedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QVariant();
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case LineColumn: return tr("Line");
    case ProtocolColumn: return tr("Pro");
    case InsideGlobalColumn: return tr("Inside global");
    case InsideLocalColumn: return tr("Inside local");
    case OutsideLocalColumn: return tr("Outside local");
    case OutsideGlobalColumn: return tr("Outside global");
    case FindingColumn: return tr("Finding");
    }
    return QVariant();
}
