#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

class Project;
struct PropertyDef;

// Reads .meshnat project files (JSON with a format version). A file that is
// not JSON, not a project, of a newer version, or whose structure is broken
// (unknown fields, values of the wrong JSON type, bad ids or parents) is
// refused: the target project is left untouched and errorString() names the
// file and the JSON location ("seed.meshnat: objects[3].uplinkIp: ..."). A value
// of the right JSON type that its field refuses (a mistyped address, an unknown
// profile, a dangling reference) is opened and held as written
// (Project::holdValue), so the user can fix it there.
//
// The object's kind is stored under "object" (not "kind") because sites, devices
// and rules have a schema field called "kind" of their own.
class ProjectReader
{
    Q_DECLARE_TR_FUNCTIONS(ProjectReader)
public:
    // Version 2 stores a device's observed translation table in its compact form
    // ({"rows": N, "encoding": "meshnat-observed-1", "data": base64}); version 1
    // stored it as text, which is still read (and written as version 2 on save).
    static constexpr int FormatVersion = 2;
    // Room for the largest observed table the readers take (4M rows) with room
    // to spare; checked before anything is read.
    static constexpr qint64 MaxFileSize = 256 * 1024 * 1024;
    static constexpr const char *ObservedEncoding = "meshnat-observed-1";

    bool read(const QString &fileName, Project *into);
    // sourceName is used in messages in place of a file name.
    bool readData(const QByteArray &data, const QString &sourceName, Project *into);
    QString errorString() const { return m_error; }

    // "line L, column C" of a byte offset (QJsonParseError::offset) in UTF-8 data;
    // shared with the catalogue reader.
    static QString jsonPosition(const QByteArray &data, int offset);
    // Converts a JSON value to the QVariant a field expects, checking the JSON type
    // only (ranges and formats are ProjectSchema::normalize's job).
    static bool fieldFromJson(const PropertyDef &def, const QJsonValue &value, QVariant *out,
                              QString *error);

private:
    bool fail(const QString &location, const QString &message);

    QString m_source;
    QString m_error;
};
