#include <QtTest>
class Tst_catalogue : public QObject { Q_OBJECT private slots: void placeholder() {} };
QTEST_GUILESS_MAIN(Tst_catalogue)
#include "tst_catalogue.moc"
