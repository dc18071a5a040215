#include "EventListModel.h"

#include "EventText.h"
#include "Moments.h"
#include "SimTimeText.h"
#include "SimulationResult.h"
#include "TunnelStateStyle.h"

#include <QFont>
#include <QStringList>

#include <algorithm>

namespace {
bool isStateChange(const SimEvent &e)
{
    return e.type == SimEvent::TunnelChanged || (e.flags & SimEvent::StateChange);
}
} // namespace

EventListModel::EventListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EventListModel::setSource(const Project *project,
                               std::shared_ptr<const SimulationResult> result)
{
    beginResetModel(); // before the old result can go
    m_project = project;
    m_result = std::move(result);
    m_moments = m_project && m_result ? Moments::of(*m_project, m_result)
                                    : std::make_shared<const Moments>();
    m_current = -1;
    endResetModel();
}

void EventListModel::refreshMoments()
{
    if (!m_project || !m_result)
        return;
    m_moments = Moments::of(*m_project, m_result);
    if (rowCount())
        Q_EMIT dataChanged(index(0, MomentColumn), index(rowCount() - 1, MomentColumn));
}

void EventListModel::setCurrentStep(int step)
{
    if (step == m_current)
        return;
    const int old = m_current;
    m_current = step;
    for (int row : {old, step}) {
        if (row >= 0 && row < rowCount())
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::FontRole});
    }
}

SimEvent EventListModel::event(int row) const
{
    return m_result->events[size_t(row)];
}

void EventListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : int(m_result->events.size());
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const SimEvent &e = event(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StepColumn: return index.row() + 1;
        case TimeColumn: return SimTimeText::seconds(e.time);
        case MomentColumn: {
            // Chapters by their label, the user's bookmarks starred.
            QStringList marks;
            for (const Moments::Moment &m : m_moments->at(index.row())) {
                const QString mark = m.kind == Moments::UserBookmark ? QStringLiteral("★ ") + m.label
                                     : m.chapter                      ? m.label
                                                                      : QString();
                if (!mark.isEmpty() && !marks.contains(mark))
                    marks << mark;
            }
            return marks.join(QStringLiteral(" · "));
        }
        case TypeColumn: return EventText::typeName(e.type);
        case DeviceColumn:
            return e.device >= 0 && e.device < m_result->devices.size()
                       ? m_result->devices[e.device].name
                       : QString();
        case DescriptionColumn: return EventText(*m_project, *m_result).describeStep(index.row());
        default: return QVariant();
        }
    case Qt::ToolTipRole:
        if (index.column() == MomentColumn) {
            const QString label = m_moments->labelAt(index.row());
            return label.isEmpty() ? QVariant() : QVariant(label);
        }
        return index.column() == DescriptionColumn ? EventText(*m_project, *m_result).describeStep(index.row())
                                                   : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() <= TimeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        if (index.row() == m_current) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case Qt::ForegroundRole:
        if (index.column() == MomentColumn) {
            const QList<Moments::Moment> here = m_moments->at(index.row());
            const bool bookmark = std::any_of(here.cbegin(), here.cend(), [](const Moments::Moment &m) {
                return m.kind == Moments::UserBookmark;
            });
            const bool failure = std::any_of(here.cbegin(), here.cend(),
                                             [](const Moments::Moment &m) { return m.failure; });
            if (bookmark)
                return Theme::color(Theme::Bookmark); // the user's marks, as in the timeline
            return failure ? TunnelStateStyle::color(SimEvent::Down) : Theme::color(Theme::Chapter);
        }
        if (e.type == SimEvent::PacketDropped)
            return TunnelStateStyle::color(SimEvent::Down);
        if (isStateChange(e) && index.column() == TypeColumn)
            return TunnelStateStyle::color(e.state);
        if (e.flags & SimEvent::Background)
            return Theme::color(Theme::Muted);
        return QVariant();
    case Qt::DecorationRole:
        // The same meaning as the colours, as a shape: ▲/▼ state changes, ✕ drops,
        // ★ bookmarks, ▼ the failure chapter, ⚑ other chapters.
        if (index.column() == MomentColumn) {
            const QList<Moments::Moment> here = m_moments->at(index.row());
            if (here.isEmpty())
                return QVariant();
            if (std::any_of(here.cbegin(), here.cend(),
                            [](const Moments::Moment &m) { return m.kind == Moments::UserBookmark; }))
                return Theme::icon(Theme::Bookmark);
            if (std::any_of(here.cbegin(), here.cend(), [](const Moments::Moment &m) { return m.failure; }))
                return TunnelStateStyle::icon(SimEvent::Down);
            return std::any_of(here.cbegin(), here.cend(), [](const Moments::Moment &m) { return m.chapter; })
                       ? QVariant(Theme::icon(Theme::Chapter))
                       : QVariant();
        }
        if (index.column() != TypeColumn)
            return QVariant();
        if (e.type == SimEvent::PacketDropped)
            return Theme::icon(Theme::Collision);
        if (isStateChange(e))
            return TunnelStateStyle::icon(e.state);
        return QVariant();
    case StepRole: return index.row();
    case TypeRole: return int(e.type);
    case SubjectRole: return e.subject;
    case MomentRole: return m_moments->labelAt(index.row());
    default: return QVariant();
    }
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case StepColumn: return tr("Step");
    case TimeColumn: return tr("Time");
    case MomentColumn: return tr("Moment");
    case TypeColumn: return tr("Event");
    case DeviceColumn: return tr("NAT device");
    case DescriptionColumn: return tr("What happens");
    default: return QVariant();
    }
}
