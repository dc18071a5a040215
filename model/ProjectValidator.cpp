#include "ProjectValidator.h"
#include "Project.h"
QList<ValidationIssue> ProjectValidator::validate(const Project &) { return {}; }
bool ProjectValidator::hasErrors(const QList<ValidationIssue> &) { return false; }
QString ProjectValidator::format(const Project &, const ValidationIssue &i) { return i.message; }
