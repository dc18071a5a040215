// libFuzzer target: the Cisco IOS, ASA, FortiGate, Juniper SRX and YAMAHA RTX
// configuration readers, ASA show nat, SRX show security nat source, the
// iptables-save reader, and building
// a project from what they understood.
#include "CiscoConfigReader.h"
#include "IptablesSaveReader.h"
#include "Project.h"
#include "ProjectImporter.h"
#include "vendors/AsaConfigReader.h"
#include "vendors/AsaShowNatReader.h"
#include "vendors/FortiConfigReader.h"
#include "vendors/SrxConfigReader.h"
#include "vendors/SrxNatSourceReader.h"
#include "vendors/YamahaConfigReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const CiscoConfig cisco = CiscoConfigReader::readText(text);
    const CiscoConfig forti = FortiConfigReader::readText(text);
    const CiscoConfig asa = AsaConfigReader::readText(text);
    const CiscoConfig srx = SrxConfigReader::readText(text);
    const CiscoConfig rtx = YamahaConfigReader::readText(text);
    const LinuxNatConfig linuxNat = IptablesSaveReader::readText(text);
    for (const LinuxNatConfig *l : {static_cast<const LinuxNatConfig *>(nullptr), &linuxNat}) {
        for (const CiscoConfig *config : {&cisco, &forti, &asa, &srx, &rtx}) {
            Project project;
            const ImportPlan plan = ProjectImporter::plan(project, config, l, nullptr, nullptr,
                                                          ProjectImporter::Options());
            ChangeSet::Applied applied;
            QString error;
            if (plan.changes.apply(&project, &applied, &error)) {
                ChangeSet::revert(&project, applied);
                if (project.objectCount() != 0)
                    __builtin_trap(); // undo must remove everything the import added
            }
        }
    }
    (void)AsaShowNatReader::notes(AsaShowNatReader::readText(text));
    (void)SrxNatSourceReader::notes(SrxNatSourceReader::readText(text));
    return 0;
}
