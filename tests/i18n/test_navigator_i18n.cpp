// The navigator in English, Dutch and German: with the example project open in a window of
// the usual size, every entry's name and its count fit beside each other, and no horizontal
// scroll bar appears ("Categorieën van persoonsgegevens" is longer than "Data categories";
// in a 230 px column the counts scrolled out of view).

#include "mainwindow.h"

#include <QCoreApplication>
#include <QListWidget>
#include <QScrollBar>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace ropa;

class TestNavigatorI18n : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEntryFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("dataCategories");
        QTest::newRow("en") << u"en"_s << u"Data categories"_s;
        QTest::newRow("nl") << u"nl"_s << u"Categorieën van persoonsgegevens"_s;
        QTest::newRow("de") << u"de"_s << u"Datenkategorien"_s;
    }

    void everyEntryFits()
    {
        QFETCH(QString, language);
        QFETCH(QString, dataCategories);
        QTranslator translator;
        if (language != u"en") {
            QVERIFY(translator.load(u"ropa_"_s + language, u":/i18n"_s));
            QCoreApplication::installTranslator(&translator);
        }
        {
            MainWindow w;
            w.setErrorDialogsEnabled(false);
            w.resize(1320, 800);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY2(w.openFile(MainWindow::examplePath()), qPrintable(w.lastError()));
            QCoreApplication::processEvents();
            auto *navigator = w.findChild<QListWidget *>(u"navigator"_s);
            QVERIFY(navigator);
            QCOMPARE(navigator->item(int(Section::DataCategories))->text(), dataCategories);
            QVERIFY(!navigator->horizontalScrollBar()->isVisible());
            const int room = navigator->viewport()->width();
            for (int row = 0; row < navigator->count(); ++row) {
                const QModelIndex index = navigator->model()->index(row, 0);
                QVERIFY2(navigator->sizeHintForIndex(index).width() <= room,
                         qPrintable(u"%1: %2 px, the column has %3"_s.arg(index.data().toString())
                                        .arg(navigator->sizeHintForIndex(index).width())
                                        .arg(room)));
            }
        }
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestNavigatorI18n)
#include "test_navigator_i18n.moc"
