#pragma once

#include <QAbstractTableModel>

#include <memory>

class Moments;
class Project;
struct SimEvent;
struct SimulationResult;

// The simulation's event log as a table: step, time, the moment it is (chapter
// marks such as "IX Down", set apart from the user's ★ bookmarks), type, device
// and the plain-language sentence, computed when shown. The event at the replay
// cursor is emphasised.
class EventListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StepColumn, TimeColumn, MomentColumn, TypeColumn, DeviceColumn, DescriptionColumn, ColumnCount };
    enum Role {
        StepRole = Qt::UserRole + 1,
        TypeRole,
        SubjectRole,
        MomentRole, // the labels of the moments at this step, empty when it is none
    };

    explicit EventListModel(QObject *parent = nullptr);

    // A new log, inside one model reset; the model shares the result so it lives
    // until the next setSource(). The project outlives the model.
    void setSource(const Project *project, std::shared_ptr<const SimulationResult> result);
    // The project's bookmarks changed: re-reads the moments.
    void refreshMoments();
    void setCurrentStep(int step);
    int currentStep() const { return m_current; }
    SimEvent event(int row) const; // by value: the log rebuilds it (EventLog)
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const Project *m_project = nullptr;
    std::shared_ptr<const SimulationResult> m_result;
    std::shared_ptr<const Moments> m_moments;
    int m_current = -1;
};
