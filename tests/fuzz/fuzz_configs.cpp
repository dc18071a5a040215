// libFuzzer target: every registered configuration reader (issue #16) on the
// same input, the detection that routes any router text to a reader of either
// kind, and building a project from what each reader understood, which undo
// must remove again. A reader added to RouterDataRegistry is fuzzed here
// without changes to this file.
#include "Project.h"
#include "ProjectImporter.h"
#include "RouterDataRegistry.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const RouterDataRegistry &registry = RouterDataRegistry::instance();
    const RouterDataRegistry::Choice chosen = registry.chooseAny(QString(), bytes);
    if (!chosen.isValid() || chosen.score < 0 || chosen.score > 100)
        __builtin_trap(); // detection always names a reader
    const QString text = QString::fromUtf8(bytes);
    for (const QString &key : registry.configKeys()) {
        const RouterConfigReader *reader = registry.config(key);
        if (reader->sniff(bytes) < 0 || reader->sniff(bytes) > 100)
            __builtin_trap();
        const RouterConfig config = reader->read(text);
        if (config.readerKey != key)
            __builtin_trap();
        for (const ImportIssue &i : config.issues()) {
            if (i.line < 0 || i.line > config.lines())
                __builtin_trap(); // an issue's line is one of the input's
        }
        (void)reader->verdict(config);
        Project project;
        const ImportPlan plan = ProjectImporter::plan(project, config.ciscoOrNull(),
                                                      config.linuxOrNull(), nullptr, nullptr,
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
