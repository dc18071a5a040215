#include "ProjectWriter.h"
#include "Project.h"
bool ProjectWriter::write(const Project &, const QString &) { m_error = QStringLiteral("not implemented"); return false; }
QByteArray ProjectWriter::toJson(const Project &) { return {}; }
