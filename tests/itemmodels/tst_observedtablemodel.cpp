// The observed (imported) translation table's model: filter as you type over
// what the cells show, sort by any column, both together, rows kept by table
// row (selection follows a sort), and QAbstractItemModelTester through all of it.

#include "ObservedTableModel.h"
#include "Project.h"

#include <QAbstractItemModelTester>

#include <memory>
#include <algorithm>
#include <QPersistentModelIndex>
#include <QTest>

namespace {
const char *const kTable =
    "CUST-EDGE-01#show ip nat translations\n"
    "Pro  Inside global         Inside local          Outside local         Outside global\n"
    "udp  19.155.80.72:4500     192.19.72.203:4500    34.200.10.11:4500     34.200.10.11:4500\n"
    "udp  19.155.80.72:1543     192.19.72.202:4500    34.200.10.10:4500     34.200.10.10:4500\n"
    "udp  19.155.80.72:1024     192.19.72.50:1024     198.51.100.53:53      198.51.100.53:53\n"
    "tcp  19.155.80.72:51000    192.19.72.201:51000   52.1.1.1:443          52.1.1.1:443\n"
    "---  19.155.80.74          192.19.72.220         ---                   ---\n"
    "Total number of translations: 5\n";

QStringList column(const QAbstractItemModel &m, int c)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, c).data().toString();
    return out;
}
} // namespace

class TestObservedTableModel : public QObject
{
    Q_OBJECT

private slots:
    void filtersWhatTheCellsShow()
    {
        Project project;
        ObservedTableModel model(&project);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(ObservedTable::fromText(QString::fromLatin1(kTable)));
        QCOMPARE(model.rowCount(), 5);
        // Every needle against every cell: a row is shown exactly when one of its
        // protocol or address cells contains the text, ignoring case.
        for (const QString &needle : {QStringLiteral(":4500"), QStringLiteral("192.19.72.20"),
                                      QStringLiteral("TCP"), QStringLiteral("---"), QStringLiteral("53"),
                                      QStringLiteral("19.155.80.74"), QStringLiteral("nothing"),
                                      QStringLiteral("  52.1.1.1:443 ")}) {
            model.setTextFilter(QString());
            QList<int> expected;
            for (int r = 0; r < model.rowCount(); ++r) {
                for (int c = ObservedTableModel::ProtocolColumn; c <= ObservedTableModel::OutsideGlobalColumn; ++c) {
                    if (model.index(r, c).data().toString().contains(needle.trimmed(), Qt::CaseInsensitive)) {
                        expected << model.index(r, ObservedTableModel::LineColumn).data().toInt();
                        break;
                    }
                }
            }
            model.setTextFilter(needle);
            QList<int> shown;
            for (int r = 0; r < model.rowCount(); ++r)
                shown << model.index(r, ObservedTableModel::LineColumn).data().toInt();
            QCOMPARE(shown, expected);
        }
        model.setTextFilter(QStringLiteral(":4500"));
        QCOMPARE(model.rowCount(), 2);
        // The moved row keeps its finding through the filter.
        QCOMPARE(model.index(1, 0).data(ObservedTableModel::FindingRole).toInt(), int(ObservedTable::Moved));
        QCOMPARE(model.tableRow(1), 1);
        QCOMPARE(model.headerData(1, Qt::Vertical).toInt(), 2); // the table's row number
        model.setTextFilter(QString());
        QCOMPARE(model.rowCount(), 5);
    }

    void findsAppliancesByName()
    {
        Project project;
        const ObjectId site = project.create(ObjectKind::Site, NoId, {{Field::name, QStringLiteral("DC")}});
        const ObjectId appliance = project.create(ObjectKind::Appliance, site,
                                                  {{Field::name, QStringLiteral("HCX-IX-I1")},
                                                   {Field::uplinkIp, QStringLiteral("192.19.72.202")}});
        QVERIFY(appliance != NoId);
        ObservedTableModel model(&project);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(ObservedTable::fromText(QString::fromLatin1(kTable)));
        model.setTextFilter(QStringLiteral("hcx-ix"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ObservedTableModel::InsideLocalColumn).data().toString(),
                 QStringLiteral("192.19.72.202:4500"));
    }

    void sortsAndFiltersTogether()
    {
        ObservedTableModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(ObservedTable::fromText(QString::fromLatin1(kTable)));
        model.sort(ObservedTableModel::InsideGlobalColumn, Qt::AscendingOrder);
        // Addresses by number (port 1024 before 1543 before 4500 before 51000),
        // the 1:1 row without a port after its address's ported rows' address.
        QCOMPARE(column(model, ObservedTableModel::InsideGlobalColumn),
                 (QStringList{"19.155.80.72:1024", "19.155.80.72:1543", "19.155.80.72:4500",
                              "19.155.80.72:51000", "19.155.80.74"}));
        const QPersistentModelIndex moved = model.index(1, 0); // 1543: the moved row
        model.sort(ObservedTableModel::InsideGlobalColumn, Qt::DescendingOrder);
        QCOMPARE(column(model, ObservedTableModel::InsideGlobalColumn).first(), QStringLiteral("19.155.80.74"));
        QVERIFY(moved.isValid());
        QCOMPARE(model.index(moved.row(), ObservedTableModel::InsideGlobalColumn).data().toString(),
                 QStringLiteral("19.155.80.72:1543"));
        model.setTextFilter(QStringLiteral("udp"));
        QCOMPARE(column(model, ObservedTableModel::InsideGlobalColumn),
                 (QStringList{"19.155.80.72:4500", "19.155.80.72:1543", "19.155.80.72:1024"}));
        model.sort(ObservedTableModel::FindingColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data(ObservedTableModel::FindingRole).toInt(), int(ObservedTable::Moved));
        model.sort(ObservedTableModel::LineColumn, Qt::AscendingOrder);
        QCOMPARE(column(model, ObservedTableModel::LineColumn), (QStringList{"3", "4", "5"}));
        // A new table is shown through the same filter and sort.
        model.setTextFilter(QStringLiteral(":4500"));
        model.setTable(ObservedTable::fromText(QString::fromLatin1(kTable)));
        QCOMPARE(column(model, ObservedTableModel::LineColumn), (QStringList{"3", "4"}));
        model.setTextFilter(QString());
        QCOMPARE(model.rowCount(), 5);
    }

    // A big table filters in slices and its search copy is built in slices:
    // the first screen of matches is there when setTextFilter() returns (the
    // copy not built yet), the rest is appended between events, the next
    // keystroke drops the pass, and in the end the rows are exactly those
    // whose cells contain the text, in the sort's order (also after narrowing
    // and when a sort comes mid-pass).
    void filtersABigTableInSlices()
    {
        const int n = 100000; // more than a pass tests one by one
        ObservedTranslations t;
        for (int i = 0; i < n; ++i) {
            ObservedRow r;
            r.line = i + 2;
            r.protocol = i % 10 == 0 ? ObservedProtocol::Tcp : ObservedProtocol::Udp;
            const auto address = [](quint32 ip, quint16 port) {
                ObservedAddress a;
                a.ip = ip;
                a.port = port;
                a.kind = ObservedAddress::Address;
                a.hasPort = true;
                return a;
            };
            r.address[ObservedRow::InsideGlobal] = address(0xc0000200u + quint32(i / 64512), quint16(1024 + i % 64512));
            r.address[ObservedRow::InsideLocal] = address(0x0a000000u + quint32(i / 60), quint16(1024 + i % 60000));
            r.address[ObservedRow::OutsideLocal] = address(0xcb007100u + quint32(i % 251), quint16(i % 3 ? 53 : 443));
            r.address[ObservedRow::OutsideGlobal] = r.address[ObservedRow::OutsideLocal];
            t.rows.append(r);
        }
        ObservedTableModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSliceTimes(0, 0); // every slice as short as it gets: many of them
        const ObservedTable big(std::move(t));
        model.setTable(big);
        model.sort(ObservedTableModel::InsideLocalColumn, Qt::DescendingOrder);
        QVERIFY(!model.searchReady()); // nobody asked for it yet
        const auto shown = [&model] {
            QList<int> rows;
            for (int r = 0; r < model.rowCount(); ++r)
                rows << model.tableRow(r);
            return rows;
        };
        const auto cellsContain = [&model](const QString &needle) {
            QList<int> rows;
            for (int r = 0; r < model.rowCount(); ++r) {
                for (int c = ObservedTableModel::ProtocolColumn; c <= ObservedTableModel::OutsideGlobalColumn; ++c) {
                    if (model.index(r, c).data().toString().contains(needle, Qt::CaseInsensitive)) {
                        rows << model.tableRow(r);
                        break;
                    }
                }
            }
            return rows;
        };
        int appended = 0, elsewhere = 0;
        connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                [&](const QModelIndex &, int first) { ++(first == model.rowCount() ? appended : elsewhere); });
        bool firstNeedle = true;
        for (const QString &needle : {QStringLiteral("UDP"), QStringLiteral("203.0.113.7:443"),
                                      QStringLiteral("192.0.2.1:10"), QStringLiteral("10.0.3"),
                                      QStringLiteral("7"), QStringLiteral("3:")}) { // and needles of 1 and 2 bytes
            const QList<int> expected = cellsContain(needle);
            appended = elsewhere = 0;
            model.setTextFilter(needle);
            QVERIFY(model.isFiltering());
            if (firstNeedle)
                QVERIFY(!model.searchReady()); // the first screen came without the copy
            firstNeedle = false;
            const QList<int> first = shown();
            QCOMPARE(first, expected.mid(0, first.size()));
            QTRY_VERIFY(!model.isFiltering());
            QCOMPARE(elsewhere, 0);
            QVERIFY(appended > 0 || first.size() == expected.size());
            QCOMPARE(shown(), expected);
            model.setTextFilter(QString());
            QCOMPARE(model.rowCount(), n);
        }
        QVERIFY(model.searchReady()); // the passes built it
        const QList<int> narrowed = cellsContain(QStringLiteral("10.0.1"));
        const QList<int> descending = cellsContain(QStringLiteral("10.0.3"));
        model.setTextFilter(QStringLiteral("192"));
        model.setTextFilter(QStringLiteral("1")); // mid-pass: starts over
        QTRY_VERIFY(!model.isFiltering());
        model.setTextFilter(QStringLiteral("10.0.1")); // narrows the finished rows
        QTRY_VERIFY(!model.isFiltering());
        QCOMPARE(shown(), narrowed);
        model.setTextFilter(QStringLiteral("10.0.3"));
        model.sort(ObservedTableModel::InsideLocalColumn, Qt::AscendingOrder); // mid-pass
        QVERIFY(!model.isFiltering());
        QList<int> ascending = shown();
        std::reverse(ascending.begin(), ascending.end()); // distinct keys: the reverse order
        QCOMPARE(ascending, descending);
        model.sort(ObservedTableModel::InsideLocalColumn, Qt::DescendingOrder);
        QCOMPARE(shown(), descending);
        // A new table mid-pass stops the worker's pass; so does deleting the
        // model with one running (the worker reads the table and the copy).
        model.setTextFilter(QStringLiteral("1"));
        QVERIFY(model.isFiltering());
        model.setTable(ObservedTable());
        QVERIFY(!model.isFiltering());
        QCOMPARE(model.rowCount(), 0);
        auto doomed = std::make_unique<ObservedTableModel>(nullptr);
        doomed->setTable(big);
        doomed->setTextFilter(QStringLiteral("1"));
        QVERIFY(doomed->isFiltering());
        doomed.reset();
        // A pass stopped while it builds the copy (on two threads) leaves the
        // rows built so far; the next pass builds the rest and finds the same.
        ObservedTableModel again(nullptr);
        QAbstractItemModelTester againTester(&again, QAbstractItemModelTester::FailureReportingMode::QtTest);
        again.setTable(big);
        const auto againContain = [&again](const QString &needle) {
            QList<int> rows;
            for (int r = 0; r < again.rowCount(); ++r) {
                for (int c = ObservedTableModel::ProtocolColumn; c <= ObservedTableModel::OutsideGlobalColumn; ++c) {
                    if (again.index(r, c).data().toString().contains(needle, Qt::CaseInsensitive)) {
                        rows << again.tableRow(r);
                        break;
                    }
                }
            }
            return rows;
        };
        const QList<int> expected = againContain(QStringLiteral("203.0.113.7:443"));
        QVERIFY(!expected.isEmpty());
        again.setTextFilter(QStringLiteral("1"));
        QVERIFY(again.isFiltering());
        again.setTextFilter(QStringLiteral("203.0.113.7:443")); // stops the pass
        QTRY_VERIFY(!again.isFiltering());
        QVERIFY(again.searchReady());
        QList<int> found;
        for (int r = 0; r < again.rowCount(); ++r)
            found << again.tableRow(r);
        QCOMPARE(found, expected);
    }

    // The search copy is built between events once a view asks for it.
    void buildsTheSearchCopyBetweenEvents()
    {
        QString text = QString::fromLatin1(kTable).section(QLatin1Char('\n'), 0, 1) + QLatin1Char('\n');
        for (int i = 0; i < 5000; ++i)
            text += QStringLiteral("udp  19.155.80.72:%1     192.19.72.50:%1     198.51.100.53:53      198.51.100.53:53\n")
                        .arg(1024 + i);
        ObservedTableModel model(nullptr);
        model.setTable(ObservedTable::fromText(text));
        QCOMPARE(model.rowCount(), 5000);
        QVERIFY(!model.searchReady());
        QCOMPARE(model.searchBytes(), size_t(0));
        model.prepareSearch();
        QTRY_VERIFY(model.searchReady());
        QVERIFY(model.searchBytes() > 5000 * 40);
        model.setTextFilter(QStringLiteral("19.155.80.72:2024"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ObservedTableModel::InsideLocalColumn).data().toString(),
                 QStringLiteral("192.19.72.50:2024"));
    }
};

QTEST_GUILESS_MAIN(TestObservedTableModel)
#include "tst_observedtablemodel.moc"
