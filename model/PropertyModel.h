#pragma once

#include "ObjectId.h"
#include "PropertyDef.h"

#include <QAbstractTableModel>

class Project;

// The editable fields of one object (or of the project itself, id NoId) as a
// two-column table: label, value. It never writes to the project: setData()
// validates and emits editRequested(), so the application can push an undo
// command; invalid input emits editRejected() with the message.
class PropertyModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { LabelColumn, ValueColumn, ColumnCount };
    enum Roles {
        KeyRole = Qt::UserRole + 1, // schema key
        TypeRole,                   // int(PropertyType)
        ChoicesRole,                // QStringList of keys (Choice), QVariantList of ids (Reference)
        ChoiceLabelsRole,           // QStringList of display names, same order
        RawValueRole,               // the stored value (a held one as written)
        ProblemRole,                // why a value held as written is refused, else empty
    };

    explicit PropertyModel(Project *project, QObject *parent = nullptr);

    void setObject(ObjectId id);
    ObjectId object() const { return m_id; }
    int rowOf(FieldKey key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void editRequested(ObjectId id, FieldKey key, const QVariant &oldValue,
                       const QVariant &newValue);
    void editRejected(const QString &message);

private:
    void rebuild();
    const PropertyDef *def(int row) const;
    QString referenceName(ObjectId id) const; // display name, or a dash for none
    QString toolTip(const PropertyDef &def) const;
    // A value held as written (Project::holdValue): as text, and why it is refused.
    QString heldText(const PropertyDef &def, const QVariant &held) const;
    QString heldProblem(const PropertyDef &def, const QVariant &held) const;
    QVariantList candidates(const PropertyDef &def) const; // ids a reference may name
    QVariant displayValue(const PropertyDef &def, const QVariant &value) const;

    Project *m_project;
    ObjectId m_id = NoId;
    QList<FieldKey> m_keys; // visible fields in schema order
};
