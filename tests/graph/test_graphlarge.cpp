// The graph view with a large project (2,000 parties, 10,000 transfers) offscreen: it shows
// everything, a change to the project arrives as one refresh, and painting the whole graph
// (fitted, where names are drawn alone) and a 1:1 part of it completes. The times are printed
// for docs/graph.md ("Large graphs"), never asserted (the machine is shared).

#include "commands/edits.h"
#include "graph/graphview.h"
#include "graphbuilder.h"

#include <QElapsedTimer>
#include <QGraphicsItem>
#include <QRandomGenerator>
#include <QTest>

using namespace ropa;
using ropa::test::GraphBuilder;

class TestGraphLarge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoThousandParties()
    {
        GraphBuilder b;
        QRandomGenerator rng(2000);
        const int parties = 2000, transfers = 10000;
        auto name = [](int k) { return QStringLiteral("Party %1").arg(k, 4, 10, QLatin1Char('0')); };
        for (int k = 0; k < 3; ++k)
            b.own(name(k));
        const char *countries[] = {"DE", "US", "IE", "IN", "CH", "FR"};
        for (int k = 3; k < parties; ++k)
            b.party(name(k), QString::fromLatin1(countries[k % 6]), k % 4 == 0);
        for (int k = 3; k < parties; ++k)
            b.transfer(name(int(rng.bounded(k))), name(k), Mechanism::Scc);
        for (int t = parties - 3; t < transfers; ++t)
            b.transfer(name(int(rng.bounded(parties))), name(3 + int(rng.bounded(parties - 3))), Mechanism(rng.bounded(11)));

        Project project(b.data());
        GraphView view;
        view.resize(1400, 900);
        QElapsedTimer timer;
        timer.start();
        view.setProject(&project);
        const qint64 load = timer.elapsed();
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(int(view.layout().nodes.size()), parties);
        QCOMPARE(int(view.layout().edges.size()), view.graph()->edgeCount());
        QVERIFY(view.canvas()->transform().m11() < 0.35); // fitted: the level of detail without details

        QWidget *viewport = view.canvas()->viewport();
        timer.restart();
        const QImage fitted = viewport->grab().toImage();
        const qint64 paintFitted = timer.elapsed();
        QVERIFY(!fitted.isNull());

        view.canvas()->setTransform(QTransform());
        view.canvas()->centerOn(view.itemOf(view.graph()->node(parties / 2).party));
        timer.restart();
        const QImage full = viewport->grab().toImage();
        const qint64 paintOne = timer.elapsed();
        QVERIFY(!full.isNull());
        // Panning repaints from the item cache.
        timer.restart();
        for (int k = 0; k < 10; ++k) {
            view.canvas()->translate(-40, -25);
            viewport->grab();
        }
        const qint64 pan = timer.elapsed();

        // An edit arrives as one refresh, keeping the zoom.
        const QTransform zoom = view.canvas()->transform();
        timer.restart();
        QVERIFY(edit::remove(project, EntityKind::Transfer, view.graph()->edge(0).transfer));
        QTRY_COMPARE(view.graph()->edgeCount(), transfers - 1);
        const qint64 refresh = timer.elapsed();
        QCOMPARE(view.canvas()->transform(), zoom);
        qInfo("2000 parties / %d transfers: load %lld ms, paint fitted %lld ms, paint 1:1 %lld ms, "
              "10 pans %lld ms, refresh after an edit %lld ms",
              transfers, load, paintFitted, paintOne, pan, refresh);
    }

    // A large graph keeps its painted picture for the next time it is shown (the main window's
    // graph page); what changed meanwhile (an edit while another page showed, a selection) is
    // drawn, never the old picture.
    void keptPictureShowsChanges()
    {
        GraphBuilder b;
        QRandomGenerator rng(7);
        const int parties = 1000, transfers = 4000;
        auto name = [](int k) { return QStringLiteral("Party %1").arg(k, 4, 10, QLatin1Char('0')); };
        b.own(name(0));
        for (int k = 1; k < parties; ++k)
            b.party(name(k), k % 2 ? QStringLiteral("US") : QStringLiteral("DE"), false);
        for (int k = 1; k < parties; ++k)
            b.transfer(name(int(rng.bounded(k))), name(k), Mechanism::Scc);
        for (int t = parties - 1; t < transfers; ++t)
            b.transfer(name(int(rng.bounded(parties))), name(1 + int(rng.bounded(parties - 1))), Mechanism::Scc);
        Project project(b.data());
        GraphView view;
        view.resize(1000, 700);
        view.setProject(&project);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QWidget *viewport = view.canvas()->viewport();
        const QImage first = viewport->grab().toImage();
        QVERIFY(view.canvas()->hasPicture());
        QCOMPARE(viewport->grab().toImage(), first); // shown again from the picture

        // Hidden, a party and its transfers are removed; shown again, they are gone.
        view.hide();
        const Id removed = view.graph()->node(1).party;
        QVERIFY(edit::remove(project, EntityKind::Party, removed));
        QCoreApplication::processEvents();
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(view.graph()->nodeOf(removed) < 0);
        const QImage edited = viewport->grab().toImage();
        QVERIFY(edited != first);
        QVERIFY(!view.itemOf(removed));

        // A selection made from outside is drawn (orange) in the next picture.
        const Id selected = view.graph()->node(2).party;
        QVERIFY(view.selectEntity(selected));
        QTRY_VERIFY(viewport->grab().toImage() != edited);
        QVERIFY(view.itemOf(selected)->isSelected());
    }
};

QTEST_MAIN(TestGraphLarge)
#include "test_graphlarge.moc"
