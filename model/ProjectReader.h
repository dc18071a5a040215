#pragma once

#include <QCoreApplication>
#include <QString>

class Project;

// File layout (format version 1):
//   {"format":"meshnat-project","version":1,"project":{<project fields>},
//    "objects":[{"id":1,"class":"site","parent":0,<schema fields>}, ...]}
// The object's kind is under "class" (ProjectSchema::kindKey) because "kind"
// is itself a schema field of sites, devices and rules.
// Reads .meshnat project files (JSON with a format version). On failure the
// target project is left untouched and errorString() names the file and the
// JSON location ("seed.meshnat: objects[3].uplinkIp: ...").
class ProjectReader
{
    Q_DECLARE_TR_FUNCTIONS(ProjectReader)
public:
    static constexpr int FormatVersion = 1;

    bool read(const QString &fileName, Project *into);
    // sourceName is used in messages in place of a file name.
    bool readData(const QByteArray &data, const QString &sourceName, Project *into);
    QString errorString() const { return m_error; }

private:
    QString m_error;
};
