#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The example projects bundled as resources (:/meshnat/examples/KEY.meshnat):
// the one list every menu, command and test asks.
class Examples
{
    Q_DECLARE_TR_FUNCTIONS(Examples)
public:
    static QStringList keys();                       // "seed-incident", "home-lab", "fixed-site", "seed-incident-asa"
    static QString resourcePath(const QString &key); // empty for an unknown key
    static QString displayName(const QString &key);  // translated, long ("Seed incident: …")
    static QString title(const QString &key);        // translated, short menu text
    static QString description(const QString &key);  // translated, one line
};
