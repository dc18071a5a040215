#include "NatRules.h"

#include "Project.h"

bool NatRules::isSimulatedDirection(const QString &direction)
{
    return direction != QLatin1String("outside");
}

bool NatRules::isSimulated(const Project &project, ObjectId rule)
{
    return project.contains(rule) && project.kind(rule) == ObjectKind::Rule
           && isSimulatedDirection(project.text(rule, Field::direction));
}

QList<ObjectId> NatRules::notSimulated(const Project &project, ObjectId device)
{
    QList<ObjectId> rules;
    for (ObjectId child : project.children(device)) {
        if (project.kind(child) == ObjectKind::Rule && !isSimulated(project, child))
            rules.append(child);
    }
    return rules;
}

QString NatRules::notSimulatedNote()
{
    return tr("outside source NAT: shown, not simulated");
}

QString NatRules::notSimulatedMark()
{
    return tr("(outside, not simulated)");
}
