#include "SimulationWorker.h"

#include "Project.h"
#include "Simulator.h"

SimulationWorker::SimulationWorker(const std::atomic<bool> *cancel, QObject *parent)
    : QObject(parent)
    , m_cancel(cancel)
{
}

void SimulationWorker::run(quint64 generation, const std::shared_ptr<const Project> &snapshot)
{
    Simulator::Options options;
    options.cancel = m_cancel;
    Output output;
    output.generation = generation;
    output.result = Simulator::run(*snapshot, options);
    if (output.result && !m_cancel->load(std::memory_order_relaxed))
        output.cursor = std::make_shared<ReplayCursor>(output.result);
    else
        output.result.reset(); // cancelled during the cursor: nobody wants it
    Q_EMIT finished(output);
}
