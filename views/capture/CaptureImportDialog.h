#pragma once

#include "ObjectId.h"

#include <QDialog>

class Project;
class QLabel;
class QTableWidget;

// File → Import Packet Capture(s): assigns each chosen file to a capture
// point, a NAT device of the project and its inside or outside (issue #18).
class CaptureImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Point { Inside, Outside };
    struct Assignment
    {
        QString file;
        ObjectId device = NoId;
        Point point = Inside;
    };

    CaptureImportDialog(const Project &project, const QStringList &files, ObjectId device,
                        QWidget *parent = nullptr);
    QList<Assignment> assignments() const;
    // For tests and scripted use: row's device and point.
    void assign(int row, ObjectId device, Point point);

private:
    void check();

    const Project &m_project;
    QList<ObjectId> m_devices;
    QTableWidget *m_table;
    QLabel *m_problem;
    class QPushButton *m_ok = nullptr;
};
