#include "ProjectReader.h"
#include "Project.h"
bool ProjectReader::read(const QString &, Project *) { m_error = QStringLiteral("not implemented"); return false; }
bool ProjectReader::readData(const QByteArray &, const QString &, Project *) { m_error = QStringLiteral("not implemented"); return false; }
