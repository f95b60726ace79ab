// The graph view with a large project (2,000 parties, 10,000 transfers) offscreen: it shows
// everything, a change to the project arrives as one refresh, and painting the whole graph
// (fitted, where names are drawn alone) and a 1:1 part of it completes. The times are printed
// for docs/graph.md ("Large graphs"), never asserted (the machine is shared).
// A large project is computed on a worker thread: the page says so at once and fills in when
// the result comes; an edit or a filter change meanwhile is what the page then shows.

#include "commands/edits.h"
#include "graph/graphview.h"
#include "graphbuilder.h"

#include <QElapsedTimer>
#include <QGraphicsItem>
#include <QLabel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace ropa;
using ropa::test::GraphBuilder;

namespace {

// A layered project: parties "Party 0000"... with one own party, every other one reached,
// `transfers` in all, data categories "Category 0".."Category 9" on them.
ProjectData largeProject(int parties, int transfers, quint32 seed)
{
    GraphBuilder b;
    QRandomGenerator rng(seed);
    auto name = [](int k) { return QStringLiteral("Party %1").arg(k, 4, 10, QLatin1Char('0')); };
    for (int c = 0; c < 10; ++c)
        b.category(QStringLiteral("Category %1").arg(c));
    const auto categories = [&rng] { return QStringList{QStringLiteral("Category %1").arg(rng.bounded(10))}; };
    b.own(name(0));
    for (int k = 1; k < parties; ++k)
        b.party(name(k), k % 2 ? QStringLiteral("US") : QStringLiteral("DE"), false);
    for (int k = 1; k < parties; ++k)
        b.transfer(name(int(rng.bounded(k))), name(k), Mechanism::Scc, categories());
    for (int t = parties - 1; t < transfers; ++t)
        b.transfer(name(int(rng.bounded(parties))), name(1 + int(rng.bounded(parties - 1))), Mechanism::Scc,
                   categories());
    return b.data();
}

// Waits for the worker thread's picture.
bool waitForPicture(const GraphView &view)
{
    return QTest::qWaitFor([&view] { return !view.isComputing(); }, 120000);
}

} // namespace

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
            b.transfer(name(int(rng.bounded(parties))), name(3 + int(rng.bounded(parties - 3))),
                       Mechanism(rng.bounded(11)));

        Project project(b.data());
        GraphView view;
        view.resize(1400, 900);
        QElapsedTimer timer;
        timer.start();
        view.setProject(&project);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(waitForPicture(view));
        const qint64 load = timer.elapsed();
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
        QTRY_COMPARE_WITH_TIMEOUT(view.graph()->edgeCount(), transfers - 1, 120000);
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
        QVERIFY(waitForPicture(view));
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
        QTRY_VERIFY_WITH_TIMEOUT(view.graph()->nodeOf(removed) < 0 && !view.isComputing(), 120000);
        // The picture is put together after the computation; on a busy machine that takes a while.
        QTRY_VERIFY_WITH_TIMEOUT(viewport->grab().toImage() != first, 60000);
        const QImage edited = viewport->grab().toImage();
        QVERIFY(!view.itemOf(removed));

        // A selection made from outside is drawn (orange) in the next picture.
        const Id selected = view.graph()->node(2).party;
        QVERIFY(view.selectEntity(selected));
        QTRY_VERIFY_WITH_TIMEOUT(viewport->grab().toImage() != edited, 60000);
        QVERIFY(view.itemOf(selected)->isSelected());
    }

    // A large project is computed on the worker thread: the page says so at once (no picture,
    // no exposure rows), then shows the same picture a computation on the GUI thread makes.
    void largeGraphIsComputedBesideTheWindow()
    {
        Project project(largeProject(1000, 4000, 11));
        GraphView view;
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.backgroundFrom(), qsizetype(3000)); // 5,000 parties and transfers
        QSignalSpy shown(&view, &GraphView::pictureShown);
        view.setProject(&project);
        QVERIFY(view.isComputing());
        auto *note = view.findChild<QLabel *>(QStringLiteral("graphComputing"));
        QVERIFY(note);
        QVERIFY(note->isVisible());
        QVERIFY(!view.canvas()->isVisible());
        auto *exportButton = [&view]() -> QToolButton * {
            for (auto *b : view.findChildren<QToolButton *>()) {
                if (b->text() == QStringLiteral("Export\u2026"))
                    return b;
            }
            return nullptr;
        }();
        QVERIFY(exportButton);
        QVERIFY(!exportButton->isEnabled()); // no export of a picture that is not current
        QCOMPARE(view.exposureRows(), 0);
        QCOMPARE(shown.count(), 0);
        QVERIFY(view.graph()->nodeCount() == 0); // nothing of the project yet

        QVERIFY(waitForPicture(view));
        QCOMPARE(shown.count(), 1);
        QVERIFY(!note->isVisible());
        QVERIFY(view.canvas()->isVisible());
        QVERIFY(exportButton->isEnabled());
        QCOMPARE(int(view.layout().nodes.size()), 1000);
        QCOMPARE(int(view.layout().edges.size()), 4000);
        QVERIFY(view.itemOf(view.graph()->node(500).party));

        // The same as computed on the GUI thread.
        GraphView inline_;
        inline_.setBackgroundFrom(1000000);
        inline_.setProject(&project);
        QVERIFY(!inline_.isComputing());
        QCOMPARE(view.exposureRows(), inline_.exposureRows());
        QVERIFY(view.exposureRows() > 0);
        QCOMPARE(view.layout().bounds, inline_.layout().bounds);

        // A filter is computed there too, and the exposure of every category is kept.
        const Id category = GraphBuilder::idFor(QStringLiteral("category"), QStringLiteral("Category 3"));
        view.setCategory(category);
        QVERIFY(view.isComputing());
        QVERIFY(waitForPicture(view));
        inline_.setCategory(category);
        QCOMPARE(view.exposureRows(), inline_.exposureRows());
        QCOMPARE(int(view.layout().edges.size()), int(inline_.layout().edges.size()));
        QVERIFY(view.layout().edges.size() < 4000);

        // Closing while it computes does not wait for the whole computation, nor crash.
        auto *closing = new GraphView;
        closing->setProject(&project);
        QVERIFY(closing->isComputing());
        delete closing;
    }

    // An edit and a filter change while the worker computes: what is then shown is the
    // project as edited with that filter, never the picture of the data before the edit.
    void editWhileComputingShowsTheNewData()
    {
        Project project(largeProject(600, 2400, 5));
        GraphView view;
        view.setBackgroundFrom(0);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const Id from = GraphBuilder::idFor(QStringLiteral("party"), QStringLiteral("Party 0000"));
        Transfer added;
        added.id = QUuid::createUuid();
        added.from = from;
        added.to = GraphBuilder::idFor(QStringLiteral("party"), QStringLiteral("Party 0599"));
        added.mechanism = Mechanism::None;
        int shownWithout = 0, shownWith = 0;
        connect(&view, &GraphView::pictureShown, &view,
                [&] { (view.graph()->edgeOf(added.id) >= 0 ? shownWith : shownWithout) += 1; });
        view.setProject(&project);
        QVERIFY(view.isComputing());
        QVERIFY(edit::add(project, added)); // the worker has the data before this
        QVERIFY(waitForPicture(view));
        QCOMPARE(shownWithout, 0);
        QCOMPARE(shownWith, 1);
        QVERIFY(view.itemOf(added.id));
        QCOMPARE(view.graph()->edgeCount(), 2401);

        // A filter chosen while an edit is computed: the edit with the filter.
        QVERIFY(edit::remove(project, EntityKind::Transfer, added.id));
        QCoreApplication::processEvents(); // the view's refresh starts
        QVERIFY(view.isComputing());
        view.setHighlightCountry(QStringLiteral("US"));
        QVERIFY(waitForPicture(view));
        QCOMPARE(shownWith, 1);
        QCOMPARE(view.graph()->edgeCount(), 2400);
        QVERIFY(!view.itemOf(added.id));
        QVERIFY(view.highlightedEdges() > 0);
    }

    // The picture of a graph computed on the worker thread is painted there too: when the
    // page shows it, it is there already (the GUI thread never paints tens of thousands of
    // items whole), and it is exactly what the items paint, the selection in it.
    void pictureIsPaintedOnTheWorker()
    {
        for (const auto &[parties, transfers] : {std::pair{8, 12}, std::pair{600, 2400}}) {
            Project project(largeProject(parties, transfers, 3));
            GraphView view;
            view.setBackgroundFrom(0);
            view.resize(1000, 700);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            bool pictureThere = false;
            connect(&view, &GraphView::pictureShown, &view, [&] { pictureThere = view.canvas()->hasPicture(); });
            const Id selected = GraphBuilder::idFor(QStringLiteral("party"), QStringLiteral("Party 0003"));
            view.setProject(&project);
            QVERIFY(view.isComputing());
            view.selectEntity(selected); // kept for the picture
            QVERIFY(waitForPicture(view));
            QVERIFY(pictureThere);
            QVERIFY(view.itemOf(selected)->isSelected());
            QWidget *viewport = view.canvas()->viewport();
            const qint64 key = view.canvas()->pictureKey();
            const QImage shown = viewport->grab().toImage();
            QCOMPARE(view.canvas()->pictureKey(), key); // shown as it came, not painted again
            int drawn = 0;                              // not a blank picture
            for (int y = 0; y < shown.height(); y += 4) {
                for (int x = 0; x < shown.width(); x += 4)
                    drawn += shown.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
            }
            QVERIFY(drawn > 100);
            view.canvas()->setKeepPicture(false); // the items paint themselves
            QCOMPARE(viewport->grab().toImage(), shown);
        }
    }

    // While the result is put on the page (its items made in slices, its picture painted on
    // the worker thread), a selection from outside is kept for it and edits start again: only
    // the newest data is shown, once.
    void changesWhileThePictureArrives()
    {
        Project project(largeProject(600, 2400, 5));
        GraphView view;
        view.setBackgroundFrom(0);
        view.setSliceLimit(100);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QList<int> shownEdges;
        connect(&view, &GraphView::pictureShown, &view, [&] { shownEdges.append(view.graph()->edgeCount()); });
        const auto waitForStage = [&view](GraphView::Stage stage) {
            QElapsedTimer timer;
            timer.start();
            while (view.stage() != stage && !timer.hasExpired(120000))
                QCoreApplication::processEvents(QEventLoop::AllEvents);
            return view.stage() == stage;
        };
        view.setProject(&project);
        QVERIFY(waitForStage(GraphView::Stage::Making));
        QVERIFY(view.isComputing());
        const Id party = GraphBuilder::idFor(QStringLiteral("party"), QStringLiteral("Party 0300"));
        view.selectEntity(party); // from the table, say
        QVERIFY(waitForPicture(view));
        QCOMPARE(shownEdges, QList<int>{2400});
        QVERIFY(view.itemOf(party)->isSelected());
        QCOMPARE(view.selectedEntity(), party);

        // An edit while the items are made: that result is dropped.
        Transfer added;
        added.id = QUuid::createUuid();
        added.from = GraphBuilder::idFor(QStringLiteral("party"), QStringLiteral("Party 0000"));
        added.to = GraphBuilder::idFor(QStringLiteral("party"), QStringLiteral("Party 0599"));
        QVERIFY(edit::remove(project, EntityKind::Transfer, view.graph()->edge(0).transfer));
        QVERIFY(waitForStage(GraphView::Stage::Making));
        QVERIFY(edit::add(project, added));
        QVERIFY(waitForPicture(view));
        QCOMPARE(shownEdges, (QList<int>{2400, 2400})); // one removed, one added
        QVERIFY(view.itemOf(added.id));

        // An edit while the picture is painted: that picture is dropped.
        QVERIFY(edit::remove(project, EntityKind::Transfer, added.id));
        QVERIFY(waitForStage(GraphView::Stage::Painting));
        QVERIFY(view.isComputing());
        QVERIFY(edit::remove(project, EntityKind::Transfer, view.graph()->edge(1).transfer));
        QVERIFY(waitForPicture(view));
        QCOMPARE(shownEdges, (QList<int>{2400, 2400, 2398}));
        QVERIFY(!view.itemOf(added.id));
        QVERIFY(view.itemOf(party)->isSelected());
        const QImage shown = view.canvas()->viewport()->grab().toImage();
        view.canvas()->setKeepPicture(false);
        QCOMPARE(view.canvas()->viewport()->grab().toImage(), shown);
    }

    // A result that comes while the page is hidden (the user went elsewhere) is painted when
    // the page is shown again, at the size it has then; until then the page says it computes.
    void resultForAHiddenPageIsPaintedWhenShown()
    {
        Project project(largeProject(600, 2400, 13));
        GraphView view;
        view.setBackgroundFrom(0);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setProject(&project);
        view.hide();
        QTRY_VERIFY_WITH_TIMEOUT(view.graph()->nodeCount() == 600, 120000); // the result is there
        QCoreApplication::processEvents();
        QVERIFY(view.isComputing()); // no picture yet: the page's size is not known
        QVERIFY(!view.canvas()->hasPicture());
        view.resize(1100, 750);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(waitForPicture(view));
        QWidget *viewport = view.canvas()->viewport();
        const qint64 key = view.canvas()->pictureKey();
        const QImage shown = viewport->grab().toImage();
        QCOMPARE(view.canvas()->pictureKey(), key); // painted for the size it has
        view.canvas()->setKeepPicture(false);
        QCOMPARE(viewport->grab().toImage(), shown);
    }

    // A new size of a graph painted on the worker thread is painted there again (meanwhile
    // the last picture, scaled), and what it then shows is what the items paint.
    void newSizeIsPaintedOnTheWorker()
    {
        Project project(largeProject(600, 2400, 9));
        GraphView view;
        view.setBackgroundFrom(0);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setProject(&project);
        QVERIFY(waitForPicture(view));
        QWidget *viewport = view.canvas()->viewport();
        viewport->grab();
        const qint64 before = view.canvas()->pictureKey();
        const QTransform fitted = view.canvas()->transform();
        view.resize(1300, 900);
        QTRY_VERIFY(view.canvas()->transform() != fitted); // fitted again
        viewport->grab();                                  // asks for the picture, shows the old one meanwhile
        QTRY_VERIFY_WITH_TIMEOUT(view.canvas()->hasPicture() && view.canvas()->pictureKey() != before &&
                                     view.stage() == GraphView::Stage::Idle,
                                 120000);
        QVERIFY(!view.isComputing()); // the page stayed usable
        const QImage shown = viewport->grab().toImage();
        QCOMPARE(shown.size(), viewport->size() * viewport->devicePixelRatioF());
        view.canvas()->setKeepPicture(false);
        QCOMPARE(viewport->grab().toImage(), shown);
    }
};

QTEST_MAIN(TestGraphLarge)
#include "test_graphlarge.moc"
