// English counts read as English: meshnat_en.qm gives every "%n thing(s)"
// message its singular and plural, in the workbench, the CLI and reports.
#include "Translations.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

class TestPlurals : public QObject
{
    Q_OBJECT
private slots:
    void englishCountsAreGrammatical_data()
    {
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1 error") << QByteArray("ValidationPanel") << QByteArray("%n error(s)") << 1
                                 << QStringLiteral("1 error");
        QTest::newRow("3 errors") << QByteArray("ValidationPanel") << QByteArray("%n error(s)")
                                  << 3 << QStringLiteral("3 errors");
        QTest::newRow("0 translations") << QByteArray("NatTableView")
                                        << QByteArray("%Ln translation(s)") << 0
                                        << QStringLiteral("0 translations");
        QTest::newRow("is, not are") << QByteArray("Simulator")
                                     << QByteArray("Not simulated: %n value(s) of the project are "
                                                   "not valid (see the validation panel).")
                                     << 1
                                     << QStringLiteral("Not simulated: 1 value of the project is "
                                                       "not valid (see the validation panel).");
    }
    void englishCountsAreGrammatical()
    {
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(int, count);
        QFETCH(QString, expected);
        QTranslator english;
        QVERIFY(Translations::load(english, QStringLiteral("en")));
        QVERIFY(QCoreApplication::installTranslator(&english));
        const QString text = QCoreApplication::translate(context, source, nullptr, count);
        QCoreApplication::removeTranslator(&english);
        QCOMPARE(text, expected);
    }
};

QTEST_GUILESS_MAIN(TestPlurals)
#include "tst_plurals.moc"
