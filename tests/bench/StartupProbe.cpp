// Start-up probe, loaded into the workbench with LD_PRELOAD by bench_startup
// (so it measures any build, old or new, without code in the application).
// When QApplication is constructed it watches paint events; once the main
// window has been painted it prints when, and once the Service Mesh diagram
// has been painted with the project's items it prints that too and quits:
//   MESHNAT_STARTUP <event> <monotonic ms> <ms since process start> <process CPU ms>
// "Since process start" is measured from the kernel's start time of the
// process (/proc/self/stat field 22, in clock ticks since boot, so 10 ms
// resolution) against CLOCK_BOOTTIME; the monotonic figure lets the driver
// measure from just before it spawned the process, at full resolution.
#include <QApplication>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

double clockMs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double sinceProcessStartMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Fields after the command name (which may hold spaces) start at ") ".
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    // Field 22 (starttime) is the 20th after the name (fields 3..).
    if (fields.size() < 20)
        return -1;
    const double ticks = fields.at(19).toDouble();
    return clockMs(CLOCK_BOOTTIME) - ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

void print(const char *event)
{
    // The last figure: CPU time the process has used so far (all threads),
    // what the start-up costs apart from waiting for a core.
    std::printf("MESHNAT_STARTUP %s %.3f %.1f %.1f\n", event, clockMs(CLOCK_MONOTONIC),
                sinceProcessStartMs(), clockMs(CLOCK_PROCESS_CPUTIME_ID));
    std::fflush(stdout);
}

class Probe : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || m_diagram)
            return false;
        auto *widget = qobject_cast<QWidget *>(watched);
        if (!widget || !qobject_cast<QMainWindow *>(widget->window()))
            return false;
        if (!m_window) {
            m_window = true;
            // After this paint pass (every widget of the frame) has finished.
            QTimer::singleShot(0, this, [] { print("window-painted"); });
        }
        auto *view = qobject_cast<QGraphicsView *>(widget->parentWidget());
        if (view && view->viewport() == widget && view->scene()
            && view->objectName() == QLatin1String("graphView")
            && !view->scene()->items().isEmpty()) {
            m_diagram = true;
            QTimer::singleShot(0, this, [] {
                print("diagram-painted");
                // exit(), not quit(): quit() closes the windows, and a close saves state.
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    bool m_window = false;
    bool m_diagram = false;
};

void install()
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return;
    print("application-constructed");
    qApp->installEventFilter(new Probe(qApp));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(install)
