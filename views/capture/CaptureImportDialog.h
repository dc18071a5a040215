#pragma once

#include "ObjectId.h"

#include <QDialog>

class Project;
class QLabel;
class QPushButton;
class QTableWidget;

// File → Import Packet Capture(s): assigns each chosen file to a capture
// point, a NAT device of the project and its inside or outside (issue #18).
// Files can be added (several at once) and removed; each is checked as it is
// added, and a file that is not a capture MeshNAT reads says why on its row.
class CaptureImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Point { Inside, Outside };
    enum Column { FileColumn, DeviceColumn, PointColumn, CheckColumn, ColumnCount };
    struct Assignment
    {
        QString file;
        ObjectId device = NoId;
        Point point = Inside;
        QString error; // why the file cannot be read (empty: readable)
    };

    CaptureImportDialog(const Project &project, const QStringList &files, ObjectId device,
                        QWidget *parent = nullptr);
    // Every row, readable or not, in order.
    QList<Assignment> assignments() const;
    // For tests and scripted use: row's device and point.
    void assign(int row, ObjectId device, Point point);
    // Adds rows for files not listed yet (checked at once); the point is
    // guessed from the name ("in", "out", "wan"), else the first inside and
    // the rest outside.
    void addFiles(const QStringList &files);
    void removeRow(int row);
    int rowCount() const;
    QString problemText() const;
    QPushButton *importButton() const { return m_ok; }

signals:
    // "Add Captures…": the controller asks for files and calls addFiles().
    void addRequested();

private:
    void check();
    void removeSelected();

    const Project &m_project;
    QList<ObjectId> m_devices;
    ObjectId m_device;
    QTableWidget *m_table;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
    QPushButton *m_remove = nullptr;
};
