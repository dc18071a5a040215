#include "Translations.h"

#include <QString>
#include <QTranslator>

bool Translations::load(QTranslator &translator, const QString &language)
{
    return translator.load(QStringLiteral(":/i18n/meshnat_%1.qm").arg(language));
}
