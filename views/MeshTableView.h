#pragma once

#include "ObjectId.h"

#include <QTableView>

class Project;
class ServiceMeshTableModel;

// The service meshes as a table; selecting a row selects the mesh everywhere.
class MeshTableView : public QTableView
{
    Q_OBJECT
public:
    explicit MeshTableView(Project *project, QWidget *parent = nullptr);

    ServiceMeshTableModel *meshModel() const { return m_model; }
    ObjectId currentObject() const;

public slots:
    void setCurrentObject(ObjectId id);

signals:
    void currentObjectChanged(ObjectId id);

protected:
    void changeEvent(QEvent *event) override;

private:
    ServiceMeshTableModel *m_model;
    bool m_syncing = false;
};
