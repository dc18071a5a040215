// Graph benchmark: a generated project of about 2,000 elements (1,000 appliance
// pairs behind one PAT router, a link per on-premises appliance). Prints the
// time to open the file (read + scene built + automatic layout), to store the
// initial placement, to paint the first frame at fit-to-view, a full repaint at
// fit-to-view, and single edits. Not run by ctest:
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_graph [PAIRS]

#include "SyntheticProject.h"

#include "Document.h"
#include "MeshGraphScene.h"
#include "MeshGraphView.h"
#include "NodeItem.h"
#include "ProjectWriter.h"
#include "SimulationSession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cstdio>

namespace {

double ms(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int pairs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;

    Project generated;
    buildSyntheticProject(&generated, pairs, QStringLiteral("cisco-ios"),
                          QStringLiteral("expects-4500"), 60);
    const ObjectId router = generated.objects(ObjectKind::Device).first();
    for (ObjectId a : generated.children(generated.objects(ObjectKind::Site).first())) {
        if (generated.kind(a) == ObjectKind::Appliance)
            generated.create(ObjectKind::Link, NoId,
                             {{Field::a, a}, {Field::b, router}});
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("large.meshnat"));
    if (!ProjectWriter().write(generated, file)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        return 1;
    }
    const int nodes = int(generated.objects(ObjectKind::Appliance).size()
                          + generated.objects(ObjectKind::Device).size());
    const int elements = nodes + int(generated.objects(ObjectKind::Site).size()
                                     + generated.objects(ObjectKind::Link).size());

    Document document;
    // The graph alone: the simulator has its own benchmark.
    document.simulation()->setAutoRerun(false);
    MeshGraphView view(document.project());
    view.resize(1600, 1000);
    view.show();
    QCoreApplication::processEvents();

    QElapsedTimer t;
    t.start();
    if (!document.load(file)) {
        std::fprintf(stderr, "%s\n", qPrintable(document.errorString()));
        return 1;
    }
    const double open = ms(t);

    t.restart();
    const auto computed = view.graphScene()->computedPositions();
    for (auto it = computed.cbegin(); it != computed.cend(); ++it)
        document.project()->setValue(it.key(), Field::position, it.value());
    const double store = ms(t);

    t.restart();
    view.fitToView();
    view.viewport()->repaint();
    const double firstPaint = ms(t);

    const int repaints = 5;
    t.restart();
    for (int i = 0; i < repaints; ++i)
        view.viewport()->repaint();
    const double repaint = ms(t) / repaints;

    // Incremental edits: one node moved, one renamed (what a drag or F2 costs).
    const ObjectId some = document.project()->objects(ObjectKind::Appliance).value(pairs / 2);
    t.restart();
    document.project()->setValue(some, Field::position,
                                 document.project()->value(some, Field::position).toPointF()
                                     + QPointF(30, 30));
    const double move = ms(t);
    t.restart();
    document.project()->setValue(some, Field::name, QStringLiteral("renamed"));
    const double rename = ms(t);

    std::printf("bench_graph: %d elements (%d nodes, %d links, %d sites), view 1600x1000\n",
                elements, nodes, int(generated.objects(ObjectKind::Link).size()),
                int(generated.objects(ObjectKind::Site).size()));
    std::printf("  open (read, build scene, automatic layout)   %8.1f ms\n", open);
    std::printf("  store initial placement (%d positions)     %8.1f ms\n", int(computed.size()),
                store);
    std::printf("  first paint at fit-to-view (zoom %.3f)       %8.1f ms\n", view.zoom(),
                firstPaint);
    std::printf("  full repaint at fit-to-view (mean of %d)      %8.1f ms\n", repaints, repaint);
    std::printf("  move one node (model signal -> items)        %8.2f ms\n", move);
    std::printf("  rename one node                              %8.2f ms\n", rename);
    view.setZoom(1.0);
    view.centerOn(view.graphScene()->nodeItem(some));
    view.viewport()->repaint();
    t.restart();
    for (int i = 0; i < repaints; ++i)
        view.viewport()->repaint();
    std::printf("  repaint at 100%% zoom (mean of %d)             %8.1f ms\n", repaints,
                ms(t) / repaints);
    return 0;
}
