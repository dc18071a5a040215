#pragma once

#include "Field.h"
#include "ObjectId.h"

#include <QListWidget>
#include <QVariantMap>

// The palette dock's list: every element type (sites by kind, NAT devices,
// the HCX appliance types) as an entry that drags onto the graph
// (PaletteMime) or, when activated, asks to be added to the current site.
class PaletteWidget : public QListWidget
{
    Q_OBJECT
public:
    struct Entry
    {
        ObjectKind kind;
        FieldValues values;
        const char *label; // QT_TR_NOOP
        const char *tip;   // QT_TR_NOOP
    };

    explicit PaletteWidget(QWidget *parent = nullptr);

    static const QList<Entry> &entries();
    // The list item of entry i (for tests that start a drag from it).
    QListWidgetItem *entryItem(int i) const;
    // The payload a drag of item carries.
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;

signals:
    void addRequested(ObjectKind kind, const FieldValues &values);

protected:
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QList<QListWidgetItem *> m_headers;
    QList<QListWidgetItem *> m_items;
};
