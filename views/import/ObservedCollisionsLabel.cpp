#include "ObservedCollisionsLabel.h"

#include "StoredObservedTable.h"

#include "ObservedTable.h"
#include "Project.h"
#include "Theme.h"

#include <QEvent>

ObservedCollisionsLabel::ObservedCollisionsLabel(Project *project, QWidget *parent)
    : QLabel(parent)
    , m_project(project)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setMargin(4);
    connect(project, &Project::valueChanged, this, [this](ObjectId, FieldKey key) {
        if (key == Field::observedTranslations)
            refresh();
    });
    connect(project, &Project::resetDone, this, &ObservedCollisionsLabel::refresh);
    connect(project, &Project::objectRemoved, this, &ObservedCollisionsLabel::refresh);
    refresh();
}

void ObservedCollisionsLabel::refresh()
{
    QStringList lines;
    for (ObjectId device : m_project->objects(ObjectKind::Device)) {
        const StoredObservedTable stored = StoredObservedTable::of(*m_project, device);
        if (stored.isEmpty())
            continue;
        const ObservedTable &table = stored.table();
        // A table reconstructed from packet captures says so (issue #18).
        const QString name = table.translations().format == ObservedTranslations::Captured
                                 ? tr("%1 (captured)").arg(m_project->displayName(device))
                                 : m_project->displayName(device);
        for (int i = 0; i < table.collisions().size(); ++i)
            lines << QStringLiteral("<b>%1</b>: %2").arg(name.toHtmlEscaped(),
                                                         table.describeCollision(i, m_project).toHtmlEscaped());
    }
    setVisible(!lines.isEmpty());
    setText(lines.isEmpty() ? QString()
                            : QStringLiteral("<span style=\"color:%1\">%2 %3</span><br>%4")
                                  .arg(Theme::color(Theme::Collision, palette()).name(),
                                       Theme::glyph(Theme::Collision),
                                       tr("Observed on the real router (imported table):").toHtmlEscaped(),
                                       lines.join(QStringLiteral("<br>"))));
}

void ObservedCollisionsLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        refresh();
    QLabel::changeEvent(event);
}
