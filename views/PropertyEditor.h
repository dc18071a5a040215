#pragma once

#include "Field.h"
#include "ObjectId.h"

#include <QVariant>
#include <QWidget>

class Project;
class PropertyModel;
class QLabel;
class QTableView;

// The property panel: a caption naming the object, the field table with typed
// editors, and an inline warning line for refused values (no modal dialog). It
// forwards accepted edits as editRequested() so the owner can push an undo command.
class PropertyEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PropertyEditor(Project *project, QWidget *parent = nullptr);

    PropertyModel *propertyModel() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    ObjectId object() const;
    QString warningText() const;
    bool isWarningVisible() const;
    // The values of the shown object that are held as written and refused.
    QString problemText() const;

public slots:
    // NoId shows the project's own fields.
    void setObject(ObjectId id);
    // Puts the cursor on a field's value (a "what is missing" link led here).
    void focusField(FieldKey key);
    void clearWarning();

signals:
    void editRequested(ObjectId id, FieldKey key, const QVariant &oldValue,
                       const QVariant &newValue);
    void editRejected(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showWarning(const QString &message);
    void updateCaption();
    void updateProblems();

    Project *m_project;
    PropertyModel *m_model;
    QLabel *m_caption;
    QTableView *m_table;
    QLabel *m_warning;
    QLabel *m_problems;
};
