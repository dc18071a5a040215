#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class Project;

// Writes .meshnat project files atomically (QSaveFile): a failed save never
// damages the previous file. Output is deterministic: objects in tree order
// (parents first), fields in schema order, two-space indentation.
class ProjectWriter
{
    Q_DECLARE_TR_FUNCTIONS(ProjectWriter)
public:
    bool write(const Project &project, const QString &fileName);
    static QByteArray toJson(const Project &project);
    QString errorString() const { return m_error; }

private:
    QString m_error;
};
