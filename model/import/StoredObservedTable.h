#pragma once

#include "ObjectId.h"
#include "ObservedTable.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QMetaType>
#include <QSharedPointer>

#include <functional>

class Project;

// The observed translation table a NAT device holds (its observedTranslations
// field): an analysed ObservedTable, immutable and shared. Copying it (undo and
// redo of an import, a project copy, the clipboard inside one process) shares
// the rows instead of duplicating a million of them. Its compact form
// (ObservedTableCodec) is made once, on a worker thread when the import made it
// or on the first save, and kept for every later save and autosave.
//
// Two values are equal when they are the same table (or both empty): a table
// is never edited in place, only replaced.
class StoredObservedTable
{
    Q_DECLARE_TR_FUNCTIONS(StoredObservedTable)
public:
    StoredObservedTable() = default;
    explicit StoredObservedTable(ObservedTable table);
    // Detects the format (show ip nat translations or conntrack -L).
    static StoredObservedTable fromText(const QString &text);
    // From ObservedTableCodec data; false with the codec's reason when damaged.
    static bool fromEncoded(const QByteArray &encoded, StoredObservedTable *out, QString *error);

    // The table a device holds (an empty one for NoId or another kind).
    static StoredObservedTable of(const Project &project, ObjectId device);

    bool isEmpty() const { return !d; }
    int rowCount() const;
    const ObservedTable &table() const;
    // The compact form (empty for an empty table), made on first use and kept.
    QByteArray encoded() const;
    // Makes the compact form now (a worker thread); progress(done, total) returns
    // false to stop, and then false is returned and nothing is kept.
    bool prepareEncoding(const std::function<bool(qsizetype, qsizetype)> &progress = {}) const;
    // The table as show ip nat translations text, for code that reads the field
    // as text (QVariant::toString); views should use table() instead.
    QString toText() const;

    friend bool operator==(const StoredObservedTable &a, const StoredObservedTable &b)
    {
        return a.d == b.d;
    }
    friend bool operator!=(const StoredObservedTable &a, const StoredObservedTable &b)
    {
        return !(a == b);
    }

private:
    struct Data;
    QSharedPointer<Data> d;
};

// The clipboard and drag payloads carry a device's fields through QDataStream.
QDataStream &operator<<(QDataStream &out, const StoredObservedTable &table);
QDataStream &operator>>(QDataStream &in, StoredObservedTable &table);

Q_DECLARE_METATYPE(StoredObservedTable)
