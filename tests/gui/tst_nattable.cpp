// The NAT translation table: Cisco columns, sorting, filtering, copy in
// Cisco's layout, CSV export, and one-step patches equal to full rebuilds
// whatever the sort column.

#include "NatTableModel.h"
#include "NatTableView.h"
#include "ReplayTestUtil.h"
#include "ShowNatFormat.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
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
