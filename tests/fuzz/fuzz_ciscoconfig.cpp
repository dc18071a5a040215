// libFuzzer target: the Cisco IOS, Juniper SRX and YAMAHA RTX configuration and
// iptables-save readers, and building a project from what they understood.
#include "CiscoConfigReader.h"
#include "IptablesSaveReader.h"
#include "Project.h"
#include "ProjectImporter.h"
#include "vendors/SrxConfigReader.h"
#include "vendors/YamahaConfigReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const CiscoConfig config = CiscoConfigReader::readText(text);
    const LinuxNatConfig linuxNat = IptablesSaveReader::readText(text);
    for (const CiscoConfig &vendor : {SrxConfigReader::readText(text), YamahaConfigReader::readText(text)}) {
        Project project;
        const ImportPlan plan = ProjectImporter::plan(project, &vendor, nullptr, nullptr, nullptr,
                                                      ProjectImporter::Options());
        QString error;
        plan.changes.apply(&project, &error);
    }
    for (const LinuxNatConfig *l : {static_cast<const LinuxNatConfig *>(nullptr), &linuxNat}) {
        Project project;
        const ImportPlan plan = ProjectImporter::plan(project, &config, l, nullptr, nullptr,
                                                      ProjectImporter::Options());
        ChangeSet::Applied applied;
        QString error;
        if (plan.changes.apply(&project, &applied, &error)) {
            ChangeSet::revert(&project, applied);
            if (project.objectCount() != 0)
                __builtin_trap(); // undo must remove everything the import added
        }
    }
    return 0;
}
