#include "PropertyEditor.h"

#include "Project.h"
#include "ProjectSchema.h"
#include "PropertyDelegate.h"
#include "PropertyModel.h"
#include "Theme.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

PropertyEditor::PropertyEditor(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_model(new PropertyModel(project, this))
    , m_caption(new QLabel(this))
    , m_table(new QTableView(this))
    , m_warning(new QLabel(this))
    , m_problems(new QLabel(this))
{
    m_caption->setTextFormat(Qt::PlainText);
    // Long project names wrap instead of forcing the dock wider.
    m_caption->setWordWrap(true);
    m_caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont bold = m_caption->font();
    bold.setBold(true);
    m_caption->setFont(bold);

    m_table->setModel(m_model);
    m_table->setItemDelegate(new PropertyDelegate(project, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);

    // Refused input stays visible under the table until the next accepted edit or
    // another object is shown: the user must be able to read why.
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setObjectName(QStringLiteral("propertyWarning"));
    m_warning->setMargin(4);
    Theme::mark(m_warning, Theme::Mark::Banner, Theme::Warning);
    m_warning->hide();

    // Values the file gave that their field refuses stay listed until fixed.
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setObjectName(QStringLiteral("propertyProblems"));
    m_problems->setMargin(4);
    Theme::mark(m_problems, Theme::Mark::Banner, Theme::Error);
    m_problems->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_warning);

    connect(m_model, &PropertyModel::editRequested, this,
            [this](ObjectId id, FieldKey key, const QVariant &oldValue,
                   const QVariant &newValue) {
                clearWarning();
                emit editRequested(id, key, oldValue, newValue);
            });
    connect(m_model, &PropertyModel::editRejected, this, [this](const QString &message) {
        showWarning(message);
        emit editRejected(message);
    });
    connect(project, &Project::valueChanged, this, [this](ObjectId id, FieldKey key) {
        if (id == object() && key == Field::name)
            updateCaption();
        if (id == object())
            updateProblems();
    });
    connect(project, &Project::objectRemoved, this, [this](ObjectId id) {
        if (id == object())
            setObject(NoId);
    });
    connect(project, &Project::resetDone, this, [this] { setObject(NoId); });
    updateCaption();
}

ObjectId PropertyEditor::object() const
{
    return m_model->object();
}

QString PropertyEditor::warningText() const
{
    return m_warning->text();
}

bool PropertyEditor::isWarningVisible() const
{
    return !m_warning->isHidden();
}

void PropertyEditor::focusField(FieldKey key)
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return;
    const QModelIndex value = m_model->index(row, PropertyModel::ValueColumn);
    m_table->setCurrentIndex(value);
    m_table->scrollTo(value);
    m_table->setFocus();
}

void PropertyEditor::setObject(ObjectId id)
{
    if (id != NoId && !m_project->contains(id))
        id = NoId;
    if (id != m_model->object())
        clearWarning();
    m_model->setObject(id);
    updateCaption();
    updateProblems();
}

QString PropertyEditor::problemText() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

void PropertyEditor::updateProblems()
{
    QStringList lines;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex label = m_model->index(row, PropertyModel::LabelColumn);
        const QString problem = label.data(PropertyModel::ProblemRole).toString();
        if (!problem.isEmpty())
            lines.append(tr("%1 (%2): %3")
                             .arg(label.data().toString(),
                                  label.data(PropertyModel::KeyRole).toString(), problem));
    }
    m_problems->setText(lines.isEmpty()
                            ? QString()
                            : tr("Fix before simulating:") + QLatin1Char('\n')
                                  + lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
}

void PropertyEditor::clearWarning()
{
    m_warning->clear();
    m_warning->hide();
}

void PropertyEditor::showWarning(const QString &message)
{
    m_warning->setText(Theme::glyph(Theme::Warning) + QLatin1Char(' ') + tr("Value refused: %1").arg(message));
    m_warning->show();
}

void PropertyEditor::updateCaption()
{
    const ObjectId id = object();
    if (id == NoId) {
        m_caption->setText(tr("Project: %1").arg(m_project->name(NoId)));
        return;
    }
    m_caption->setText(QStringLiteral("%1: %2").arg(
        ProjectSchema::kindDisplayName(m_project->kind(id)), m_project->displayName(id)));
}

void PropertyEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateCaption();
        updateProblems();
        // Labels and choice names are translated in the model's data().
        emit m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
        m_table->viewport()->update();
    }
    QWidget::changeEvent(event);
}
