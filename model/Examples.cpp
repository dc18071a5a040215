#include "Examples.h"

namespace {
struct Example
{
    const char *key;
    const char *title;
    const char *displayName;
    const char *description;
};

const Example kExamples[] = {
    {"seed-incident", QT_TRANSLATE_NOOP("Examples", "Seed incident"),
     QT_TRANSLATE_NOOP("Examples", "Seed incident: PAT collision on UDP 4500"),
     QT_TRANSLATE_NOOP("Examples", "Cisco router overloads IX and NE onto one global address: "
                                   "one tunnel Down")},
    {"home-lab", QT_TRANSLATE_NOOP("Examples", "Home lab"),
     QT_TRANSLATE_NOOP("Examples", "Home lab: Linux consumer router"),
     QT_TRANSLATE_NOOP("Examples", "The same design behind a consumer (Linux netfilter) router")},
    {"fixed-site", QT_TRANSLATE_NOOP("Examples", "Fixed site"),
     QT_TRANSLATE_NOOP("Examples", "Fixed site: static NAT per appliance"),
     QT_TRANSLATE_NOOP("Examples", "The fix: static NAT with an explicit mapping per appliance")},
    {"seed-incident-asa", QT_TRANSLATE_NOOP("Examples", "Seed incident on ASA"),
     QT_TRANSLATE_NOOP("Examples", "Seed incident on a Cisco ASA: interface PAT"),
     QT_TRANSLATE_NOOP("Examples", "Cisco ASA object NAT (dynamic interface) translates IX and NE: "
                                   "without \"extended\" one tunnel is Down")},
    {"seed-incident-fortigate", QT_TRANSLATE_NOOP("Examples", "Seed incident on FortiGate"),
     QT_TRANSLATE_NOOP("Examples", "Seed incident on FortiGate: UDP 4500 never kept"),
     QT_TRANSLATE_NOOP("Examples", "A FortiGate policy with NAT translates every port below 5117: "
                                   "both tunnels Down")},
    {"seed-incident-srx", QT_TRANSLATE_NOOP("Examples", "Seed incident (Juniper SRX)"),
     QT_TRANSLATE_NOOP("Examples", "Seed incident on a Juniper SRX: interface NAT"),
     QT_TRANSLATE_NOOP("Examples", "Junos source NAT gives each appliance a port of its own: both "
                                   "tunnels Down")},
    {"seed-incident-rtx", QT_TRANSLATE_NOOP("Examples", "Seed incident (YAMAHA RTX)"),
     QT_TRANSLATE_NOOP("Examples", "Seed incident on a YAMAHA RTX: IP masquerade"),
     QT_TRANSLATE_NOOP("Examples", "IP masquerade translates each appliance's port: both tunnels "
                                   "Down")},
};

const Example *find(const QString &key)
{
    for (const Example &e : kExamples) {
        if (key == QLatin1String(e.key))
            return &e;
    }
    return nullptr;
}
} // namespace

QStringList Examples::keys()
{
    QStringList list;
    for (const Example &e : kExamples)
        list.append(QString::fromLatin1(e.key));
    return list;
}

QString Examples::resourcePath(const QString &key)
{
    return find(key) ? QStringLiteral(":/meshnat/examples/%1.meshnat").arg(key) : QString();
}

QString Examples::displayName(const QString &key)
{
    const Example *e = find(key);
    return e ? tr(e->displayName) : key;
}

QString Examples::title(const QString &key)
{
    const Example *e = find(key);
    return e ? tr(e->title) : key;
}

QString Examples::description(const QString &key)
{
    const Example *e = find(key);
    return e ? tr(e->description) : QString();
}
