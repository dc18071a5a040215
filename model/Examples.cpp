#include "Examples.h"

QStringList Examples::keys()
{
    return {QStringLiteral("seed-incident"), QStringLiteral("home-lab"),
            QStringLiteral("fixed-site")};
}

QString Examples::resourcePath(const QString &key)
{
    if (!keys().contains(key))
        return QString();
    return QStringLiteral(":/meshnat/examples/%1.meshnat").arg(key);
}

QString Examples::displayName(const QString &key)
{
    if (key == QLatin1String("seed-incident"))
        return tr("Seed incident: PAT collision on UDP 4500");
    if (key == QLatin1String("home-lab"))
        return tr("Home lab: Linux consumer router");
    if (key == QLatin1String("fixed-site"))
        return tr("Fixed site: static NAT per appliance");
    return key;
}
