#include "Catalogue.h"
const Catalogue &Catalogue::builtIn() { static Catalogue c; return c; }
bool Catalogue::load(const QString &) { return false; }
bool Catalogue::loadData(const QByteArray &, const QString &) { return false; }
const Catalogue::ApplianceType *Catalogue::applianceType(const QString &) const { return nullptr; }
QList<Catalogue::Flow> Catalogue::flowsFor(const QString &) const { return {}; }
const Catalogue::Flow *Catalogue::tunnelFlow(const QString &) const { return nullptr; }
QString Catalogue::defaultPeerPolicy(const QString &) const { return {}; }
QStringList Catalogue::services() const { return {}; }
