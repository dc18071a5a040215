// libFuzzer target: the .meshnat project reader.
#include "Project.h"
#include "ProjectReader.h"
#include "ProjectWriter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Project project;
    ProjectReader reader;
    if (reader.readData(bytes, QStringLiteral("fuzz.meshnat"), &project)) {
        // What was read must be written and read back.
        Project again;
        ProjectReader second;
        if (!second.readData(ProjectWriter::toJson(project), QStringLiteral("again"), &again))
            __builtin_trap();
    }
    return 0;
}
