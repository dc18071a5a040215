#include "PropertyDelegate.h"

#include "Project.h"
#include "ProjectSchema.h"
#include "PropertyModel.h"
#include "Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>

#include <QSet>

#include <limits>

namespace {

PropertyType typeOf(const QModelIndex &index)
{
    return PropertyType(index.data(PropertyModel::TypeRole).toInt());
}

// The schema entry behind a row, for ranges the roles do not carry.
const PropertyDef *defOf(const Project *project, const QModelIndex &index)
{
    const auto *model = qobject_cast<const PropertyModel *>(index.model());
    if (!model)
        return nullptr;
    const ObjectId id = model->object();
    const ObjectKind kind = id == NoId ? ObjectKind::None : project->kind(id);
    return ProjectSchema::fieldByName(kind, index.data(PropertyModel::KeyRole).toString());
}

QString listText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList)
        return value.toStringList().join(QStringLiteral(", "));
    return value.toString();
}

} // namespace

PropertyDelegate::PropertyDelegate(Project *project, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_project(project)
{
}

QWidget *PropertyDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    switch (typeOf(index)) {
    case PropertyType::Choice:
    case PropertyType::Reference: {
        // Item data are the stored values: keys for choices, ids for references.
        auto *combo = new QComboBox(parent);
        const QVariantList keys = index.data(PropertyModel::ChoicesRole).toList();
        const QStringList labels = index.data(PropertyModel::ChoiceLabelsRole).toStringList();
        for (int i = 0; i < keys.size(); ++i)
            combo->addItem(labels.value(i, keys.at(i).toString()), keys.at(i));
        return combo;
    }
    case PropertyType::ReferenceList: {
        // Several objects at once (a mesh's appliance pairs): a checkable list.
        auto *list = new QListWidget(parent);
        const QVariantList ids = index.data(PropertyModel::ChoicesRole).toList();
        const QStringList labels = index.data(PropertyModel::ChoiceLabelsRole).toStringList();
        for (int i = 0; i < ids.size(); ++i) {
            auto *item = new QListWidgetItem(labels.value(i, ids.at(i).toString()), list);
            item->setData(Qt::UserRole, ids.at(i));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        return list;
    }
    case PropertyType::Port:
    case PropertyType::Integer: {
        auto *spin = new QSpinBox(parent);
        const PropertyDef *def = defOf(m_project, index);
        if (def && def->max > def->min) {
            spin->setRange(int(qMax<qint64>(def->min, std::numeric_limits<int>::min())),
                           int(qMin<qint64>(def->max, std::numeric_limits<int>::max())));
        } else {
            spin->setRange(typeOf(index) == PropertyType::Port ? 0 : std::numeric_limits<int>::min(),
                           typeOf(index) == PropertyType::Port ? 65535
                                                               : std::numeric_limits<int>::max());
        }
        return spin;
    }
    case PropertyType::Real: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setDecimals(3);
        spin->setRange(0.0, 1e9);
        return spin;
    }
    case PropertyType::Bool:
        // A checkable cell toggles in place; only build an editor when the model
        // does not offer a check box.
        if (index.flags() & Qt::ItemIsUserCheckable)
            return nullptr;
        return new QCheckBox(parent);
    default:
        break;
    }
    auto *edit = qobject_cast<QLineEdit *>(QStyledItemDelegate::createEditor(parent, option, index));
    if (!edit)
        edit = new QLineEdit(parent);
    if (typeOf(index) == PropertyType::Ipv4)
        edit->setPlaceholderText(QStringLiteral("a.b.c.d"));
    return edit;
}

void PropertyDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    // A checkable list needs more than one row's height; let it overlap the rows below.
    if (qobject_cast<QListWidget *>(editor)) {
        QRect r = option.rect;
        r.setHeight(qMax(r.height(), 140));
        editor->setGeometry(r);
        return;
    }
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
}

void PropertyDelegate::initStyleOption(QStyleOptionViewItem *option,
                                       const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(PropertyModel::ProblemRole).toString().isEmpty())
        return;
    // Tinted, in the error colour and with the error glyph: not colour alone.
    option->backgroundBrush = Theme::tint(Theme::Error, option->palette);
    option->palette.setColor(QPalette::Text, Theme::color(Theme::Error, option->palette));
    option->font.setBold(true);
    if (index.column() == 0)
        option->text = Theme::glyph(Theme::Error) + QLatin1Char(' ') + option->text;
}

void PropertyDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant raw = index.data(PropertyModel::RawValueRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        int row = combo->findData(raw);
        for (int i = 0; row < 0 && i < combo->count(); ++i) {
            if (combo->itemData(i).toString() == raw.toString())
                row = i;
        }
        combo->setCurrentIndex(qMax(0, row));
    } else if (auto *list = qobject_cast<QListWidget *>(editor)) {
        QSet<ObjectId> chosen;
        for (const QVariant &id : raw.toList())
            chosen.insert(id.toUInt());
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            item->setCheckState(chosen.contains(item->data(Qt::UserRole).toUInt()) ? Qt::Checked
                                                                                  : Qt::Unchecked);
        }
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(raw.toInt());
    } else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(editor)) {
        dspin->setValue(raw.toDouble());
    } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
        check->setChecked(raw.toBool());
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        const QVariant value = index.data(Qt::EditRole);
        edit->setText(listText(value.isValid() ? value : raw));
    }
}

void PropertyDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    QVariant value;
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        value = combo->currentData();
    } else if (auto *list = qobject_cast<QListWidget *>(editor)) {
        QVariantList ids;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                ids.append(list->item(i)->data(Qt::UserRole).toUInt());
        }
        value = ids;
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        value = spin->value();
    } else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(editor)) {
        dspin->interpretText();
        value = dspin->value();
    } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
        value = check->isChecked();
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        value = edit->text();
    }
    // Unchanged values would only add an empty undo step.
    if (value == index.data(PropertyModel::RawValueRole))
        return;
    model->setData(index, value, Qt::EditRole);
}
