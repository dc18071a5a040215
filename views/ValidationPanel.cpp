#include "ValidationPanel.h"

#include "Project.h"
#include "ProjectSchema.h"
#include "ProjectValidator.h"
#include "Theme.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column { SeverityColumn, ObjectColumn, MessageColumn };
constexpr int IdRole = Qt::UserRole + 1;
constexpr int FieldRole = Qt::UserRole + 2;
} // namespace

ValidationPanel::ValidationPanel(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(SeverityColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ObjectColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            emit objectActivated(item->data(0, IdRole).toUInt());
    });
    connect(m_list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        emit objectActivated(item->data(0, IdRole).toUInt());
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const ObjectId id = item->data(0, IdRole).toUInt();
        emit objectActivated(id);
        const ObjectKind kind = id == NoId ? ObjectKind::None : m_project->kind(id);
        const PropertyDef *def =
            ProjectSchema::fieldByName(kind, item->data(0, FieldRole).toString());
        if (def)
            emit fieldActivated(id, def->key);
    });
    // A removal or a load emits many signals; validate once when they are done.
    connect(project, &Project::contentsChanged, this, &ValidationPanel::scheduleRefresh);
    retranslate();
    refresh();
}

int ValidationPanel::issueCount() const
{
    return m_list->topLevelItemCount();
}

void ValidationPanel::scheduleRefresh()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, &ValidationPanel::refresh);
}

void ValidationPanel::refresh()
{
    m_pending = false;
    const QList<ValidationIssue> issues = ProjectValidator::validate(*m_project);
    const QSignalBlocker blocker(m_list); // rebuilding is not a user click
    m_list->clear();
    m_errors = 0;
    m_warnings = 0;
    const QIcon errorIcon = Theme::icon(Theme::Error, palette());
    const QIcon warningIcon = Theme::icon(Theme::Warning, palette());
    const QIcon infoIcon = Theme::icon(Theme::Info, palette());
    m_notes = 0;
    for (const ValidationIssue &issue : issues) {
        const bool error = issue.severity == ValidationIssue::Error;
        const bool info = issue.severity == ValidationIssue::Info; // not a problem, never counted as one
        (error ? m_errors : info ? m_notes : m_warnings)++;
        auto *item = new QTreeWidgetItem(m_list);
        item->setIcon(SeverityColumn, error ? errorIcon : info ? infoIcon : warningIcon);
        item->setText(SeverityColumn, error ? tr("Error") : info ? tr("Info") : tr("Warning"));
        QString object = issue.id == NoId ? tr("Project") : m_project->displayName(issue.id);
        if (!issue.field.isNull()) {
            const ObjectKind kind = issue.id == NoId ? ObjectKind::None : m_project->kind(issue.id);
            const PropertyDef *def = ProjectSchema::field(kind, issue.field);
            object += QStringLiteral(" (%1)").arg(def ? ProjectSchema::label(*def) : issue.field.toString());
        }
        item->setText(ObjectColumn, object);
        item->setText(MessageColumn, issue.message);
        item->setToolTip(MessageColumn, issue.message);
        item->setData(0, IdRole, issue.id);
        item->setData(0, FieldRole, issue.field.toString());
    }
    retranslate();
    emit countChanged(m_errors, m_warnings);
}

void ValidationPanel::retranslate()
{
    m_list->setHeaderLabels({tr("Severity"), tr("Object"), tr("Message")});
    QString summary = m_errors == 0 && m_warnings == 0
                          ? tr("No problems found.")
                          : tr("%n error(s)", nullptr, m_errors) + QStringLiteral(", ")
                                + tr("%n warning(s)", nullptr, m_warnings);
    if (m_notes > 0)
        summary += QLatin1Char(' ') + tr("%n note(s)", nullptr, m_notes);
    m_summary->setText(summary);
}

void ValidationPanel::changeEvent(QEvent *event)
{
    // Issue messages are produced translated: validate again in the new language.
    // The severity icons are drawn in the palette's colours.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}
