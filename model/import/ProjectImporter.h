#pragma once

#include "CiscoConfig.h"
#include "ImportPlan.h"
#include "IptablesSaveReader.h"
#include "ObservedTable.h"
#include "StoredObservedTable.h"

#include <QCoreApplication>

class Project;

// Turns what the readers understood into an ImportPlan for a project: a NAT
// device (interfaces, pools, ACLs, rules, timeouts; profile cisco-ios or
// linux-netfilter) from a configuration, the observed translation table stored
// on a device, and — when asked — the on-premises appliances seen sending UDP
// 4500 with their cloud peers, links and a service mesh, so that the imported
// project can be simulated at once.
class ProjectImporter
{
    Q_DECLARE_TR_FUNCTIONS(ProjectImporter)
public:
    struct Options
    {
        ObjectId site = NoId;     // on-prem site for a new device (NoId: first on-prem, or new)
        ObjectId device = NoId;   // existing device for translations (NoId: the new device)
        QString deviceName;       // when the configuration has no hostname
        bool createAppliances = true; // appliances and peers for unmatched 4500 flows
    };

    // Any of the inputs may be null. The observed table is stored on the device
    // (field observedTranslations) as it is: shared, not copied, so a table of
    // any size imports in one step.
    static ImportPlan plan(const Project &project, const CiscoConfig *cisco,
                           const LinuxNatConfig *linuxNat, const StoredObservedTable *observed,
                           const Options &options);
    // The same with a table already read from translationsText (which is not
    // kept: the table is).
    static ImportPlan plan(const Project &project, const CiscoConfig *cisco,
                           const LinuxNatConfig *linuxNat, const QString *translationsText,
                           const ObservedTable *table, const Options &options);

    static constexpr int MaxStaticNetworkHosts = 256;

private:
    static void addCisco(ImportPlan &plan, int device, const CiscoConfig &config);
    static void addLinux(ImportPlan &plan, int device, const LinuxNatConfig &config,
                         const ObservedTable *table);
    static void addAppliances(ImportPlan &plan, const Project &project, ObjectId deviceId,
                              int deviceIndex, ObjectId onPremSite, int onPremIndex,
                              const ObservedTable &table);
};
