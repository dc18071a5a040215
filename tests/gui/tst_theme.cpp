// Theme: status colours readable on light and dark palettes (WCAG contrast), a
// shape besides every colour, no hard-coded colours outside the theme module,
// runtime palette changes, the report on paper, View → Theme and --theme.

#include "ApplianceStatusModel.h"
#include "ApplianceStatusPanel.h"
#include "DiagnosisController.h"
#include "Document.h"
#include "FileController.h"
#include "LanguageManager.h"
#include "MainMenus.h"
#include "MainWindow.h"
#include "NatTableModel.h"
#include "NatTableView.h"
#include "ObjectSelection.h"
#include "PortUsageChart.h"
#include "ReplayController.h"
#include "ReplayTestUtil.h"
#include "ReportFigures.h"
#include "SimulationSession.h"
#include "Theme.h"
#include "ThemeManager.h"
#include "TimelinePlot.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QDirIterator>
#include <QDockWidget>
#include <QPainter>
#include <QRegularExpression>
#include <QSettings>
#include <QTranslator>
#include <QtTest>
#include <qcustomplot.h>

namespace {

// The roles a status is shown with: each must read on the view's Base.
const QList<Theme::Role> statusRoles = {
    Theme::Up,       Theme::Down,    Theme::Connecting, Theme::NotDeployed, Theme::Collision,
    Theme::Error,    Theme::Warning, Theme::Info,       Theme::Highlight,   Theme::Created,
    Theme::Refreshed, Theme::Expired, Theme::Observed,  Theme::Muted,       Theme::Chapter,
    Theme::Bookmark};

// Which pixels an icon covers: its shape, whatever its colour.
QImage shape(const QIcon &icon)
{
    const QImage image = icon.pixmap(32, 32).toImage().convertToFormat(QImage::Format_ARGB32);
    QImage mask(image.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            mask.setPixel(x, y, qAlpha(image.pixel(x, y)) > 128 ? 0xffffff : 0);
    return mask;
}

// Share of the pixels whose coverage differs; 0 for the same shape.
double shapeDifference(const QIcon &a, const QIcon &b)
{
    const QImage x = shape(a), y = shape(b);
    int differ = 0;
    for (int r = 0; r < x.height(); ++r)
        for (int c = 0; c < x.width(); ++c)
            differ += x.pixelColor(c, r) != y.pixelColor(c, r);
    return double(differ) / (x.width() * x.height());
}

// Hard-coded colours: QColor from numbers, Qt's named colours, "#rrggbb" in a string.
const QRegularExpression &colourLiteral()
{
    static const QRegularExpression re(QStringLiteral(
        R"(QColor\s*\(\s*\d|QColor::from(Rgb|Hsv|Hsl|Cmyk)|setNamedColor|)"
        R"(Qt::(white|black|red|darkRed|green|darkGreen|blue|darkBlue|cyan|darkCyan|magenta|)"
        R"(darkMagenta|yellow|darkYellow|gray|darkGray|lightGray|color0|color1)\b|)"
        R"("[^"\n]*#([0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b[^"\n]*"|)"
        R"(\b(rgba?|hsla?)\s*\(\s*\d)"));
    return re;
}

QDockWidget *dockNamed(MainWindow &window, const QString &name)
{
    for (QDockWidget *d : window.findChildren<QDockWidget *>()) {
        if (d->objectName() == name)
            return d;
    }
    return nullptr;
}

// The colour a plot paints its background with.
QColor plotBackground(QCustomPlot *plot)
{
    return plot->toPixmap(120, 80).toImage().pixelColor(1, 1);
}

} // namespace

using namespace ReplayTestUtil;

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    // View → Theme remembers the choice: keep the user's own setting as it was.
    void initTestCase() { m_saved = QSettings().value(themeKey()); }
    void init() { ThemeManager::instance()->setMode(ThemeManager::System, false); }
    void cleanupTestCase()
    {
        ThemeManager::instance()->setMode(ThemeManager::System, false);
        if (m_saved.isValid())
            QSettings().setValue(themeKey(), m_saved);
        else
            QSettings().remove(themeKey());
    }

    void contrastOnBase_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << Theme::lightPalette();
        QTest::newRow("dark") << Theme::darkPalette();
        QTest::newRow("print") << Theme::printPalette();
    }

    // WCAG: every status colour ≥ 3:1 against Base (graphics; we aim at 4.5 for
    // text), Text ≥ 4.5:1 on every tint, chart series ≥ 3:1.
    void contrastOnBase()
    {
        QFETCH(QPalette, palette);
        const QColor base = palette.color(QPalette::Base);
        const QColor text = palette.color(QPalette::Text);
        double worst = 21;
        for (Theme::Role role : statusRoles) {
            const double c = Theme::contrast(Theme::color(role, palette), base);
            worst = std::min(worst, c);
            QVERIFY2(c >= 3.0, qPrintable(QStringLiteral("role %1: %2 on %3 is %4:1")
                                               .arg(int(role))
                                               .arg(Theme::color(role, palette).name(), base.name())
                                               .arg(c, 0, 'f', 2)));
            const double onTint = Theme::contrast(text, Theme::tint(role, palette));
            QVERIFY2(onTint >= 4.5, qPrintable(QStringLiteral("text on tint %1: %2:1").arg(int(role)).arg(onTint)));
            QVERIFY(Theme::tint(role, palette) != base); // a tint is visible
        }
        for (int i = 0; i < 7; ++i)
            QVERIFY2(Theme::contrast(Theme::categoryColor(i, palette), base) >= 3.0, qPrintable(QString::number(i)));
        QVERIFY(Theme::contrast(Theme::selection(palette), base) >= 3.0);
        qInfo("worst status contrast on %s: %.2f:1", qPrintable(base.name()), worst);
    }

    // The check above can fail: the Okabe–Ito seeds as they are do not all reach
    // 3:1 on either palette; Theme::color() has to move them.
    void rawSeedsWouldFail()
    {
        const QColor orange(0xe6, 0x9f, 0x00), blue(0x00, 0x72, 0xb2);
        QVERIFY(Theme::contrast(orange, Theme::lightPalette().color(QPalette::Base)) < 3.0);
        QVERIFY(Theme::contrast(blue, Theme::darkPalette().color(QPalette::Base)) < 3.0);
        QVERIFY(Theme::color(Theme::Up, Theme::darkPalette()) != Theme::color(Theme::Up, Theme::lightPalette()));
        // The WCAG formula itself: black on white is 21:1, a colour on itself 1:1.
        QCOMPARE(qRound(Theme::contrast(QColor(0, 0, 0), QColor(255, 255, 255)) * 100), 2100);
        QCOMPARE(Theme::contrast(blue, blue), 1.0);
    }

    // Up and Down (and the other states) differ by shape and glyph, not only colour.
    void statesDifferByShape()
    {
        const QList<Theme::Role> states = {Theme::Up,        Theme::Down,  Theme::Connecting,
                                           Theme::NotDeployed, Theme::Collision, Theme::Error,
                                           Theme::Warning,   Theme::Info};
        for (const QPalette &palette : {Theme::lightPalette(), Theme::darkPalette()}) {
            for (int i = 0; i < states.size(); ++i) {
                QVERIFY(!Theme::glyph(states[i]).isEmpty());
                for (int j = i + 1; j < states.size(); ++j) {
                    QVERIFY2(Theme::glyph(states[i]) != Theme::glyph(states[j]),
                             qPrintable(Theme::glyph(states[i])));
                    const double d = shapeDifference(Theme::icon(states[i], palette), Theme::icon(states[j], palette));
                    QVERIFY2(d > 0.05, qPrintable(QStringLiteral("roles %1 and %2 differ in %3 of the pixels")
                                                      .arg(int(states[i])).arg(int(states[j])).arg(d)));
                }
            }
        }
        QVERIFY(shapeDifference(Theme::icon(Theme::Up), Theme::icon(Theme::Up)) == 0);
    }

    // No QColor literal, named Qt colour or "#rrggbb" in app/ and views/ outside
    // the theme module (the diagram, presentation and exports included).
    void noHardCodedColours()
    {
        // The pattern catches what it should (so this test can fail) …
        for (const char *bad : {"return QColor(176, 0, 32);", "pen.setColor(Qt::darkGray);",
                                "setStyleSheet(\"color: #b00020\")", "QStringLiteral(\"background:#fff\")",
                                "QColor::fromRgb(1, 2, 3)", "\"color: rgb(10, 20, 30)\""})
            QVERIFY2(colourLiteral().match(QLatin1String(bad)).hasMatch(), bad);
        // … and lets through what is not a colour choice.
        for (const char *good : {"#include \"Theme.h\"", "pixmap.fill(Qt::transparent);",
                                 "tr(\"Rule #12\")", "QColor()", "Theme::color(Theme::Down)"})
            QVERIFY2(!colourLiteral().match(QLatin1String(good)).hasMatch(), good);

        const QString root = QStringLiteral(MESHNAT_SOURCE_DIR);
        const QStringList skipped = {QStringLiteral("/views/theme/")};
        QStringList hits;
        int files = 0;
        for (const QString &top : {QStringLiteral("/app"), QStringLiteral("/views")}) {
            QDirIterator it(root + top, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (std::any_of(skipped.cbegin(), skipped.cend(), [&](const QString &s) { return path.contains(s); }))
                    continue;
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
                ++files;
                const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
                for (int i = 0; i < lines.size(); ++i) {
                    if (colourLiteral().match(lines[i]).hasMatch())
                        hits << QStringLiteral("%1:%2: %3").arg(path.mid(root.size() + 1)).arg(i + 1).arg(lines[i].trimmed());
                }
            }
        }
        QVERIFY(files > 50);
        QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("\n") + hits.join(QLatin1Char('\n'))));
    }

    // The seed incident at the IX Down moment, in the dark theme and back: the
    // panels take the new palette's colours at runtime.
    void followsPaletteAtRuntime()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.files()->openExample(QStringLiteral("seed-incident")));
        SimulationSession *session = window.document()->simulation();
        QVERIFY(session->waitUntilIdle(60000));
        const Project &project = *window.document()->project();
        const ObjectId ix = appliance(project, "HCX-IX-I1");
        const ObjectId ne = appliance(project, "HCX-NE-I1");
        const int k = collisionStep(*session->result(), ix);
        QVERIFY(k >= 0);
        session->seek(k);
        window.selection()->setCurrent(ix);
        ReplayController *replay = window.replay();

        for (const ThemeManager::Mode mode : {ThemeManager::Dark, ThemeManager::Light, ThemeManager::Dark}) {
            window.menus()->themeAction(mode)->trigger(); // View → Theme, as a user would
            QCOMPARE(ThemeManager::instance()->mode(), mode);
            QCOMPARE(ThemeManager::preferredMode(), mode); // remembered
            QVERIFY(window.menus()->themeAction(mode)->isChecked());
            const QPalette palette = mode == ThemeManager::Dark ? Theme::darkPalette() : Theme::lightPalette();
            const QColor base = palette.color(QPalette::Base);
            QCOMPARE(Theme::isDark(), mode == ThemeManager::Dark);
            QCOMPARE(QApplication::palette().color(QPalette::Base), base);
            QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));

            // Status: Down and Up by colour, icon shape and text.
            const ApplianceStatusModel *status = replay->statusPanel()->statusModel();
            const QModelIndex down = status->indexOfObject(ix).siblingAtColumn(ApplianceStatusModel::StateColumn);
            const QModelIndex up = status->indexOfObject(ne).siblingAtColumn(ApplianceStatusModel::StateColumn);
            QCOMPARE(down.data(ApplianceStatusModel::StateRole).toInt(), int(SimEvent::Down));
            QCOMPARE(up.data(ApplianceStatusModel::StateRole).toInt(), int(SimEvent::Up));
            const QColor downColour = down.data(Qt::ForegroundRole).value<QColor>();
            QCOMPARE(downColour, Theme::color(Theme::Down, palette));
            QVERIFY(Theme::contrast(downColour, base) >= 3.0);
            QVERIFY(shapeDifference(down.data(Qt::DecorationRole).value<QIcon>(),
                                    up.data(Qt::DecorationRole).value<QIcon>()) > 0.05);
            QVERIFY(down.data().toString() != up.data().toString());

            // NAT table: the collided row's colour and its icon.
            NatTableModel *nat = replay->natTable()->tableModel();
            int collided = -1;
            for (int row = 0; row < nat->rowCount() && collided < 0; ++row) {
                if (nat->index(row, 0).data(NatTableModel::CollidedRole).toBool())
                    collided = row;
            }
            QVERIFY(collided >= 0);
            const QModelIndex cell = nat->index(collided, NatTableModel::InsideGlobalColumn);
            QCOMPARE(cell.data(Qt::ForegroundRole).value<QColor>(), Theme::color(Theme::Collision, palette));
            QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());

            QCOMPARE(window.palette().color(QPalette::Base), base);
            // Charts: background, axes and text from the palette.
            QCustomPlot *plot = replay->timeline()->plot();
            QCOMPARE(plotBackground(plot), base);
            QCOMPARE(plot->axisRect(0)->axis(QCPAxis::atLeft)->tickLabelColor(), palette.color(QPalette::Text));
            QCOMPARE(plot->legend->textColor(), palette.color(QPalette::Text));
            auto *chartView = replay->portUsage()->findChild<QChartView *>();
            QVERIFY(chartView);
            QCOMPARE(chartView->chart()->backgroundBrush().color(), base);
            for (QAbstractAxis *axis : chartView->chart()->axes())
                QCOMPARE(axis->labelsColor(), palette.color(QPalette::Text));
        }
    }

    // The report prints on white: the timeline figure is drawn light even when
    // the screen is dark, and the screen keeps its palette.
    void reportFigureIsLight()
    {
        ThemeManager::instance()->setMode(ThemeManager::Dark, false);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.files()->openExample(QStringLiteral("seed-incident")));
        QVERIFY(window.document()->simulation()->waitUntilIdle(60000));
        TimelinePlot *plot = window.replay()->timeline();
        QCOMPARE(plotBackground(plot->plot()), Theme::darkPalette().color(QPalette::Base));
        const ReportWriter::FigureSource figure = ReportFigures::timeline(plot, QSize(400, 200));
        QImage image(400, 200, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            figure.paint(&painter, QRectF(0, 0, 400, 200));
        }
        QCOMPARE(image.pixelColor(2, 2), Theme::printPalette().color(QPalette::Base));
        QCOMPARE(plotBackground(plot->plot()), Theme::darkPalette().color(QPalette::Base));
    }

    void themeKeys()
    {
        ThemeManager::Mode mode = ThemeManager::System;
        QVERIFY(ThemeManager::fromKey(QStringLiteral("dark"), &mode));
        QCOMPARE(mode, ThemeManager::Dark);
        QVERIFY(ThemeManager::fromKey(QStringLiteral("Light"), &mode));
        QCOMPARE(mode, ThemeManager::Light);
        QVERIFY(!ThemeManager::fromKey(QStringLiteral("purple"), &mode));
        QCOMPARE(mode, ThemeManager::Light); // unchanged
        for (ThemeManager::Mode m : {ThemeManager::System, ThemeManager::Light, ThemeManager::Dark}) {
            ThemeManager::Mode back = ThemeManager::System;
            QVERIFY(ThemeManager::fromKey(ThemeManager::key(m), &back));
            QCOMPARE(back, m);
        }
    }

    // Screenshots of the panels at the IX Down moment, dark and light, English
    // and Japanese, when MESHNAT_SHOTS names a directory.
    void themeShots()
    {
        const QString dir = qEnvironmentVariable("MESHNAT_SHOTS");
        if (dir.isEmpty())
            QSKIP("set MESHNAT_SHOTS=DIR to write theme screenshots");
        QDir().mkpath(dir);
        for (const ThemeManager::Mode mode : {ThemeManager::Dark, ThemeManager::Light}) {
            ThemeManager::instance()->setMode(mode, false);
            for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ja")}) {
                MainWindow window;
                window.language()->setLanguage(lang, false);
                QTranslator extra; // strings not yet merged into meshnat_ja.ts
                const QString qm = qEnvironmentVariable("MESHNAT_EXTRA_QM");
                if (lang == QLatin1String("ja") && !qm.isEmpty() && extra.load(qm))
                    QCoreApplication::installTranslator(&extra);
                window.resize(1440, 900);
                window.show();
                QVERIFY(QTest::qWaitForWindowExposed(&window));
                QVERIFY(window.files()->openExample(QStringLiteral("seed-incident")));
                SimulationSession *session = window.document()->simulation();
                QVERIFY(session->waitUntilIdle(60000));
                const ObjectId ix = appliance(*window.document()->project(), "HCX-IX-I1");
                session->seek(collisionStep(*session->result(), ix));
                window.selection()->setCurrent(ix);
                for (const char *name : {"natTableDock", "eventListDock", "timelineDock", "portUsageDock",
                                         "findingsDock"}) {
                    QDockWidget *dock = dockNamed(window, QLatin1String(name));
                    if (!dock)
                        dock = QLatin1String(name) == QLatin1String("findingsDock") ? window.diagnosis()->dock() : nullptr;
                    QVERIFY2(dock, name);
                    dock->raise();
                    window.resizeDocks({dock}, {340}, Qt::Vertical); // room to read the charts
                    QTest::qWait(300);
                    QVERIFY(window.grab().save(dir + QStringLiteral("/theme-%1-%2-%3.png")
                                                         .arg(ThemeManager::key(mode), lang, QLatin1String(name))));
                }
                QCoreApplication::removeTranslator(&extra);
            }
        }
    }

private:
    static QString themeKey() { return QStringLiteral("view/theme"); }
    QVariant m_saved;
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
