#pragma once

#include <QStyledItemDelegate>

class Project;

// Editors for the property table, chosen by the field type (PropertyModel::TypeRole):
// combo box for choices and references, spin boxes for numbers, a line edit for
// text and addresses. Values go back through PropertyModel::setData(), which
// validates them; the delegate never writes to the project.
class PropertyDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit PropertyDelegate(Project *project, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

protected:
    // A value held as written (PropertyModel::ProblemRole) is marked in both cells.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    Project *m_project;
};
