// The NAT translation table: Cisco columns, sorting, filtering, copy in
// Cisco's layout, CSV export, one-step patches equal to full rebuilds whatever
// the sort column, and the view following the story (an appliance's rows on
// selection, a moment's rows in view).

#include "Moments.h"
#include "NatTableModel.h"
#include "NatTableView.h"
#include "ReplayCursor.h"
#include "ReplayTestUtil.h"
#include "ShowNatFormat.h"
#include "SimulationResult.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QLineEdit>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace ReplayTestUtil;

class TestNatTable : public QObject
{
    Q_OBJECT

    Project m_project;
    std::unique_ptr<SimulationSession> m_session;

    static quint32 port(const QModelIndex &i)
    {
        return i.data().toString().section(QLatin1Char(':'), 1).toUInt();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(loadExample(QStringLiteral("seed-incident"), &m_project));
        m_session = std::make_unique<SimulationSession>(&m_project);
        m_session->toEnd();
    }

    void columnsAsCisco()
    {
        NatTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(&m_project, m_session->result(), m_session->sharedCursor());
        model.setDevice(0);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Pro"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Inside global"));
        QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("Outside global"));
        QCOMPARE(model.rowCount(), m_session->cursor().liveTranslations(0).size());
        QCOMPARE(model.unfilteredCount(), model.rowCount());
        const int row = model.rowOf(collisionStep(*m_session->result(), appliance(m_project, "HCX-IX-I1")) >= 0
                                        ? m_session->result()->events[size_t(collisionStep(*m_session->result(), appliance(m_project, "HCX-IX-I1")))].translation
                                        : 0);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, NatTableModel::ProtocolColumn).data().toString(), QStringLiteral("udp"));
        QCOMPARE(model.index(row, NatTableModel::InsideLocalColumn).data().toString(), QStringLiteral("192.19.72.202:4500"));
        QCOMPARE(model.index(row, NatTableModel::OutsideLocalColumn).data().toString(), QStringLiteral("203.0.113.10:4500"));
        QCOMPARE(model.index(row, NatTableModel::KindColumn).data().toString(), QStringLiteral("Dynamic PAT"));
        QVERIFY(model.index(row, NatTableModel::ExpiresColumn).data().toString().endsWith(QStringLiteral(" s")));
    }

    void sortsByAnyColumn()
    {
        NatTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(&m_project, m_session->result(), m_session->sharedCursor());
        model.setDevice(0);
        QVERIFY(model.rowCount() > 100);
        model.sort(NatTableModel::InsideGlobalColumn, Qt::AscendingOrder);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(port(model.index(r - 1, 1)) <= port(model.index(r, 1)));
        model.sort(NatTableModel::InsideGlobalColumn, Qt::DescendingOrder);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(port(model.index(r - 1, 1)) >= port(model.index(r, 1)));
        QCOMPARE(port(model.index(0, 1)), 4500u);
        model.sort(NatTableModel::OwnerColumn, Qt::AscendingOrder);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.index(r - 1, NatTableModel::OwnerColumn).data().toString()
                    <= model.index(r, NatTableModel::OwnerColumn).data().toString());
        model.sort(NatTableModel::CreatedColumn, Qt::AscendingOrder);
        const SimulationResult &res = *m_session->result();
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(res.translation(model.translationAt(r - 1)).created
                    <= res.translation(model.translationAt(r)).created);
    }

    void filters()
    {
        NatTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(&m_project, m_session->result(), m_session->sharedCursor());
        model.setDevice(0);
        const int all = model.rowCount();
        model.setTextFilter(QStringLiteral(":1543"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.unfilteredCount(), all);
        model.setTextFilter(QStringLiteral("hcx-ne")); // owner names, case-insensitive
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("19.155.80.72:4500"));
        model.setTextFilter(QString());
        model.setProtocolFilter(int(Protocol::Tcp));
        QCOMPARE(model.rowCount(), 0);
        model.setProtocolFilter(int(Protocol::Udp));
        QCOMPARE(model.rowCount(), all);
        model.setOwnerFilter(appliance(m_project, "HCX-IX-I1"));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.owners().contains(appliance(m_project, "HCX-IX-I1")));
        QVERIFY(model.owners().size() >= 3); // IX, NE and the office DNS traffic
    }

    // The packed search index finds exactly the rows whose protocol, address
    // or owner cell contains the text (ignoring case), whatever the sort, and
    // combines with the protocol and owner filters; erasing brings rows back.
    void filterMatchesWhatTheCellsShow()
    {
        NatTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(&m_project, m_session->result(), m_session->sharedCursor());
        model.setDevice(0);
        model.sort(NatTableModel::OwnerColumn, Qt::DescendingOrder);
        const auto order = [&model] {
            QList<quint32> ids;
            for (int r = 0; r < model.rowCount(); ++r)
                ids << model.translationAt(r);
            return ids;
        };
        const QList<quint32> all = order();
        for (const QString &needle : {QStringLiteral(":4500"), QStringLiteral("UDP"), QStringLiteral("19.155.80.72:1"),
                                      QStringLiteral("hcx"), QStringLiteral("office"), QStringLiteral("53"),
                                      QStringLiteral("10.0.0"), QStringLiteral("no such row")}) {
            QList<quint32> expected;
            for (int r = 0; r < model.rowCount(); ++r) {
                for (int c : {NatTableModel::ProtocolColumn, NatTableModel::InsideGlobalColumn,
                              NatTableModel::InsideLocalColumn, NatTableModel::OutsideLocalColumn,
                              NatTableModel::OwnerColumn}) {
                    if (model.index(r, c).data().toString().contains(needle, Qt::CaseInsensitive)) {
                        expected << model.translationAt(r);
                        break;
                    }
                }
            }
            model.setTextFilter(needle);
            QCOMPARE(order(), expected); // the same rows, still in the sort's order
            for (int protocol : {int(Protocol::Udp), int(Protocol::Tcp)}) {
                model.setProtocolFilter(protocol);
                QList<quint32> both;
                for (quint32 id : std::as_const(expected)) {
                    const Translation &t = m_session->result()->translation(id);
                    if (!t.simple && int(t.protocol) == protocol)
                        both << id;
                }
                QCOMPARE(order(), both);
            }
            model.setProtocolFilter(-1);
            model.setTextFilter(QString());
            QCOMPARE(order(), all);
        }
        // Typing narrows, erasing widens, and a sort keeps the filter.
        model.setTextFilter(QStringLiteral("19"));
        const int wide = model.rowCount();
        model.setTextFilter(QStringLiteral("19.155.80.72:4"));
        QVERIFY(model.rowCount() < wide);
        model.sort(NatTableModel::InsideGlobalColumn, Qt::AscendingOrder);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.index(r, 1).data().toString().contains(QStringLiteral("19.155.80.72:4")));
        model.setTextFilter(QStringLiteral("19"));
        QCOMPARE(model.rowCount(), wide);
    }

    // A big table filters in slices: the first screen of matches is in the
    // model when setTextFilter() returns, the rest is appended between events,
    // the next keystroke drops the pass, and the rows in the end are exactly
    // the rows whose cells contain the text, in the sort's order (also with the
    // protocol filter, after narrowing, and when a sort comes mid-pass).
    void filtersABigTableInSlices()
    {
        const int n = 120000; // more than a pass tests one by one
        auto result = std::make_shared<SimulationResult>();
        result->devices.append({NoId, QStringLiteral("big"), QStringLiteral("cisco-ios")});
        for (int i = 0; i < n; ++i) {
            Translation t;
            t.id = quint32(i + 1);
            t.device = 0;
            t.protocol = i % 10 == 0 ? Protocol::Tcp : Protocol::Udp;
            t.insideLocal = {0x0a000000u + quint32(i / 60), quint16(1024 + i % 60000)};
            t.insideGlobal = {0xc0000200u + quint32(i / 64512), quint16(1024 + i % 64512)};
            t.outside = {0xcb007100u + quint32(i % 251), quint16(i % 3 ? 53 : 443)};
            t.created = i * 0.001;
            result->translations.push_back(t);
            SimEvent e;
            e.type = SimEvent::TranslationCreated;
            e.time = t.created;
            e.value = t.created + 300;
            e.device = 0;
            e.translation = t.id;
            result->events.push_back(e);
        }
        result->duration = n * 0.001 + 1;
        auto cursor = std::make_shared<ReplayCursor>(result, 1 << 20);
        cursor->seek(n - 1);
        NatTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSliceTimes(0, 0); // every slice as short as it gets: many of them
        model.setSource(&m_project, result, cursor);
        model.setDevice(0);
        model.sort(NatTableModel::OutsideLocalColumn, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), n);
        const auto shown = [&model] {
            QList<quint32> ids;
            for (int r = 0; r < model.rowCount(); ++r)
                ids << model.translationAt(r);
            return ids;
        };
        const auto cellsContain = [&](const QString &needle, int protocol) {
            QList<quint32> ids;
            for (int r = 0; r < model.rowCount(); ++r) {
                const quint32 id = model.translationAt(r);
                if (protocol >= 0 && int(result->translation(id).protocol) != protocol)
                    continue;
                for (int c = NatTableModel::ProtocolColumn; c <= NatTableModel::OutsideLocalColumn; ++c) {
                    if (model.index(r, c).data().toString().contains(needle, Qt::CaseInsensitive)) {
                        ids << id;
                        break;
                    }
                }
            }
            return ids;
        };
        int appended = 0, elsewhere = 0;
        connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                [&](const QModelIndex &, int first) { ++(first == model.rowCount() ? appended : elsewhere); });
        for (const QString &needle : {QStringLiteral("203.0.113.7"), QStringLiteral("TCP"),
                                      QStringLiteral("192.0.2.1:10"), QStringLiteral("10.0.7.")}) {
            const QList<quint32> expected = cellsContain(needle, -1);
            appended = elsewhere = 0;
            model.setTextFilter(needle);
            QVERIFY(model.isFiltering());
            const QList<quint32> first = shown(); // the rows the first slice found
            QCOMPARE(first, expected.mid(0, first.size())); // the top of the final rows
            QTRY_VERIFY(!model.isFiltering());
            QCOMPARE(elsewhere, 0); // rows came in slices, each appended at the end
            QVERIFY(appended > 0 || first.size() == expected.size());
            QCOMPARE(shown(), expected);
            model.setTextFilter(QString());
            QCOMPARE(model.rowCount(), n);
        }
        // A keystroke mid-pass starts over; typing on narrows the finished rows.
        const QList<quint32> narrowed = cellsContain(QStringLiteral("10.0.1"), -1);
        model.setTextFilter(QStringLiteral("192"));
        model.setTextFilter(QStringLiteral("1"));
        QTRY_VERIFY(!model.isFiltering());
        model.setTextFilter(QStringLiteral("10.0.1"));
        QTRY_VERIFY(!model.isFiltering());
        QCOMPARE(shown(), narrowed);
        // With the protocol filter, and a sort while the pass is still going.
        model.setTextFilter(QString());
        const QList<quint32> tcp = cellsContain(QStringLiteral(":5"), int(Protocol::Tcp));
        model.setProtocolFilter(int(Protocol::Tcp));
        model.setTextFilter(QStringLiteral(":5"));
        model.sort(NatTableModel::OutsideLocalColumn, Qt::DescendingOrder);
        QVERIFY(!model.isFiltering());
        QCOMPARE(shown(), tcp);
        model.setProtocolFilter(-1);
        model.setTextFilter(QString());
        QTRY_VERIFY(!model.isFiltering());
        QCOMPARE(model.rowCount(), n);
    }

    // Each keystroke filters at once (no pause in typing is waited for) and
    // the count says how many of all rows are shown.
    void filtersAsYouType()
    {
        NatTableView view;
        view.setSession(m_session.get());
        const int all = view.tableModel()->rowCount();
        view.filterEdit()->setText(QStringLiteral("19.155.80.72:1543"));
        QCOMPARE(view.tableModel()->rowCount(), 1);
        view.filterEdit()->setText(QStringLiteral("19.155.80.72:15")); // erasing widens
        QVERIFY(view.tableModel()->rowCount() > 1);
        QVERIFY(view.tableModel()->rowCount() < all);
        view.filterEdit()->clear();
        QCOMPARE(view.tableModel()->rowCount(), all);
    }

    void copyAndCsv()
    {
        NatTableView view;
        view.setSession(m_session.get());
        QCOMPARE(view.tabs()->count(), m_session->result()->devices.size());
        view.filterEdit()->setText(QStringLiteral("192.19.72.20"));
        QCOMPARE(view.tableModel()->rowCount(), 2);
        view.table()->selectAll();
        const QString text = view.copyRows();
        QCOMPARE(QApplication::clipboard()->text(), text);
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], ShowNatFormat::header());
        QVERIFY(lines[1].startsWith(QStringLiteral("udp 19.155.80.72:")));
        QVERIFY(text.contains(QStringLiteral("19.155.80.72:1543     192.19.72.202:4500    203.0.113.10:4500     203.0.113.10:4500")));

        QTemporaryDir dir;
        QString error;
        const QString file = dir.filePath(QStringLiteral("nat.csv"));
        QVERIFY2(view.exportCsv(file, &error), qPrintable(error));
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QStringList csv = QString::fromUtf8(in.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 3);
        QVERIFY(csv[0].startsWith(QStringLiteral("Pro,Inside global,Inside local,Outside local,Outside global,Owner")));
        QVERIFY(!view.exportCsv(dir.filePath(QStringLiteral("missing/dir/nat.csv")), &error));
        QVERIFY(error.contains(QStringLiteral("missing/dir/nat.csv")));
    }

    // Whether a row is selected and entirely inside the viewport (no scrolling needed).
    static bool rowInView(const NatTableView &view, int row)
    {
        const QModelIndex index = view.tableModel()->index(row, 0);
        const QRect rect = view.table()->visualRect(index);
        return row >= 0 && view.table()->viewport()->rect().contains(rect.topLeft())
               && view.table()->viewport()->rect().contains(rect.bottomLeft());
    }

    void selectingAnApplianceShowsItsRows()
    {
        NatTableView view;
        view.resize(1100, 260); // a few rows visible among ~520
        view.setSession(m_session.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFollowReplay(false);
        m_session->toEnd();
        view.table()->scrollToTop();
        const ObjectId ix = appliance(m_project, "HCX-IX-I1");
        const SimulationResult &r = *m_session->result();
        const quint32 given = r.events[size_t(collisionStep(r, ix))].translation;
        const int row = view.tableModel()->rowOf(given);
        QVERIFY(row >= 0);
        QVERIFY(!rowInView(view, row)); // office rows 1024-1542 come first
        view.showObject(ix);
        QVERIFY(rowInView(view, row));
        QVERIFY(view.table()->selectionModel()->isRowSelected(row, QModelIndex()));
        QCOMPARE(view.tableModel()->index(row, NatTableModel::InsideGlobalColumn).data().toString(),
                 QStringLiteral("19.155.80.72:1543"));
        // The cloud peer of a tunnel shows the same rows (the edge selects either end).
        view.table()->scrollToTop();
        view.table()->clearSelection();
        const ObjectId peer = r.tunnels[r.tunnelOf(ix)].peer;
        view.showObject(peer);
        QVERIFY(rowInView(view, row));
        // An office host selected elsewhere does not move the table.
        view.table()->scrollToTop();
        const int top = view.table()->verticalScrollBar()->value();
        view.showObject(r.translation(view.tableModel()->translationAt(0)).owner);
        QCOMPARE(view.table()->verticalScrollBar()->value(), top);
    }

    void aMomentsRowsAreInView()
    {
        NatTableView view;
        view.resize(1100, 260);
        view.setSession(m_session.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const SimulationResult &r = *m_session->result();
        const int k = collisionStep(r, appliance(m_project, "HCX-IX-I1"));
        const Translation &given = r.translation(r.events[size_t(k)].translation);
        QVERIFY(given.heldBy);
        // Every moment of the story: the rows it involves are selected and in view.
        const auto moments = Moments::of(m_project, m_session->result());
        QVERIFY(moments->isMoment(k));
        m_session->seek(0);
        view.table()->scrollToTop();
        m_session->seek(k);
        for (quint32 id : {given.id, given.heldBy}) {
            const int row = view.tableModel()->rowOf(id);
            QVERIFY(row >= 0);
            QVERIFY2(rowInView(view, row), qPrintable(QString::number(row)));
            QVERIFY(view.table()->selectionModel()->isRowSelected(row, QModelIndex()));
        }
        for (const Moments::Moment &m : moments->all()) {
            if (!m.translation || m.kind == Moments::FindingEvidence)
                continue;
            m_session->seek(m.step);
            const int row = view.tableModel()->rowOf(m.translation);
            if (row >= 0) // an expired row is gone
                QVERIFY2(rowInView(view, row), qPrintable(m.label));
        }
        m_session->toEnd();
    }

    void patchesEqualRebuildsForEverySortColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        for (int c = 0; c < NatTableModel::ColumnCount; ++c) {
            QTest::addRow("col%d-asc", c) << c << int(Qt::AscendingOrder);
            QTest::addRow("col%d-desc", c) << c << int(Qt::DescendingOrder);
        }
    }

    void patchesEqualRebuildsForEverySortColumn()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        // NE falls silent for longer than the UDP timeout: its translation expires
        // and IX takes 4500 (created, refreshed and expired rows all occur).
        Project project;
        QVERIFY(loadExample(QStringLiteral("seed-incident"), &project));
        QString error;
        QVERIFY2(project.create(ObjectKind::Event, NoId,
                                {{Field::action, QStringLiteral("silence")},
                                 {Field::at, 100.0},
                                 {Field::target, appliance(project, "HCX-NE-I1")},
                                 {Field::duration, 450.0}},
                                &error),
                 qPrintable(error));
        SimulationSession session(&project);
        SimulationSession *m_session = &session;
        const Project &m_project = project;
        NatTableModel patched;
        QAbstractItemModelTester tester(&patched, QAbstractItemModelTester::FailureReportingMode::QtTest);
        patched.setSource(&m_project, m_session->result(), m_session->sharedCursor());
        patched.setDevice(0);
        patched.sort(column, Qt::SortOrder(order));
        patched.setTextFilter(column % 2 ? QStringLiteral("19.155") : QString());
        // Through the first background expiry wave and the collision, forward then back.
        const int count = m_session->stepCount();
        m_session->seek(-1);
        patched.refresh();
        const auto check = [&] {
            NatTableModel fresh;
            fresh.setSource(&m_project, m_session->result(), m_session->sharedCursor());
            fresh.setDevice(0);
            fresh.sort(column, Qt::SortOrder(order));
            fresh.setTextFilter(patched.textFilter());
            QCOMPARE(patched.unfilteredCount(), fresh.unfilteredCount());
            QCOMPARE(snapshot(&patched), snapshot(&fresh));
        };
        int expired = -1;
        for (int s = 0; s < count; ++s) {
            if (m_session->result()->events[size_t(s)].type == SimEvent::TranslationExpired) {
                expired = s;
                break;
            }
        }
        QVERIFY(expired > 0);
        for (int target : {120, expired + 3}) {
            m_session->seek(target - 6);
            patched.refresh();
            for (int i = 0; i < 6; ++i) {
                m_session->stepForward();
                patched.refresh();
                check();
            }
            for (int i = 0; i < 3; ++i) {
                m_session->stepBack();
                patched.refresh();
                check();
            }
        }
    }
};

QTEST_MAIN(TestNatTable)
#include "tst_nattable.moc"
