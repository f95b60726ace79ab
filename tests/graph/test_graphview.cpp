// The graph view on the example project: filters, highlight, exposure, selection signals.
// Set ROPA_GRAPH_SCREENSHOT=path.png to keep a picture of the view for a visual check.

#include "app/appsettings.h"
#include "app/exportlocation.h"
#include "graph/graphitems.h"
#include "graph/graphview.h"
#include "graphbuilder.h"
#include "store/jsonformat.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGraphicsItem>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ropa;
using ropa::test::GraphBuilder;

class TestGraphView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Export... proposes "<project> - transfer graph.svg" beside the project's file, else in
    // the folder of the last graph export; under the summary it then says where it wrote.
    void exportProposesAPlace()
    {
        QStandardPaths::setTestModeEnabled(true); // the settings written here are not the user's
        AppSettings::setLastExportFolder(ExportLocation::Graph, QString());
        const json::ReadResult r =
            json::readProjectFile(QStringLiteral(ROPA_SOURCE_DIR "/resources/examples/demo-contact-centre.json"));
        QVERIFY(r.data);
        Project project(*r.data);
        QTemporaryDir projectDir;
        project.setFilePath(projectDir.filePath(QStringLiteral("northwind.ropa")));
        GraphView view;
        view.resize(1400, 800);
        view.setProject(&project, true);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(!view.isComputing());
        const QString name = QStringLiteral("Northwind Contact Centre - transfer graph.svg");
        QCOMPARE(view.proposedExportPath(), projectDir.filePath(name));
        QVERIFY(!view.exportNote()->isVisible());

        QTemporaryDir chosenDir;
        const QString chosen = chosenDir.filePath(QStringLiteral("transfers.svg"));
        QString suggested;
        view.setSaveFileName([&](QWidget *, const QString &, const QString &proposed, const QString &, QString *) {
            suggested = proposed;
            return chosen;
        });
        view.exportPicture();
        QCOMPARE(suggested, projectDir.filePath(name));
        QFile written(chosen);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().contains("<svg"));
        QVERIFY(view.exportNote()->isVisible());
        QCOMPARE(view.exportNote()->text(), QStringLiteral("Exported to ") + QDir::toNativeSeparators(chosen));

        // A project without a file: the next export opens where the last one went.
        project.setFilePath(QString());
        QCOMPARE(view.proposedExportPath(), chosenDir.filePath(name));
    }

    void example()
    {
        const json::ReadResult r =
            json::readProjectFile(QStringLiteral(ROPA_SOURCE_DIR "/resources/examples/demo-contact-centre.json"));
        QVERIFY(r.data);
        GraphView view;
        view.resize(1400, 800);
        view.setProject(*r.data);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int all = int(view.layout().nodes.size());
        QCOMPARE(all, view.graph()->nodeCount());
        QVERIFY(view.exposureRows() > 0);

        const Id recordings = view.graph()->findCategory(QStringLiteral("Call recordings"));
        QVERIFY(!recordings.isNull());
        view.setCategory(recordings);
        QVERIFY(view.layout().nodes.size() < all);
        const int rowsForCategory = view.exposureRows();
        QVERIFY(rowsForCategory > 0);
        view.setHighlightCountry(QStringLiteral("US"));
        QVERIFY(view.highlightedEdges() > 0);

        view.setCountryFilter(QStringLiteral("IE"));
        QVERIFY(view.exposureRows() == 1);
        view.setCountryFilter(QString());
        view.setMaxStrength(graph::Strength::None);
        for (const graph::EdgeRoute &e : view.layout().edges)
            QVERIFY(view.graph()->edge(e.edge).strength <= graph::Strength::None);
        view.setMaxStrength(std::nullopt);

        // Selecting a party in the scene tells the main window; selecting from outside highlights.
        QSignalSpy parties(&view, &GraphView::partySelected);
        const int cc = view.graph()->nodeOf(view.graph()->node(0).party);
        QVERIFY(cc >= 0);
        const Id callCabinet = [&] {
            for (int n = 0; n < view.graph()->nodeCount(); ++n) {
                if (view.graph()->node(n).name == QLatin1StringView("CallCabinet"))
                    return view.graph()->node(n).party;
            }
            return Id();
        }();
        QVERIFY(view.selectEntity(callCabinet));
        QCOMPARE(parties.count(), 0); // programmatic selection does not echo back
        const QList<QGraphicsItem *> items = view.canvas()->scene()->items();
        for (QGraphicsItem *item : items) {
            if (item->data(1).toUuid() == callCabinet) {
                item->setSelected(false);
                view.canvas()->scene()->clearSelection();
                item->setSelected(true);
            }
        }
        QCOMPARE(parties.count(), 1);
        QCOMPARE(parties.first().first().toUuid(), callCabinet);
        QVERIFY(!view.selectEntity(QUuid::createUuid()));

        const QImage image = view.renderImage(1.0);
        QVERIFY(!image.isNull());
        const QString shot = qEnvironmentVariable("ROPA_GRAPH_SCREENSHOT");
        if (!shot.isEmpty()) {
            view.canvas()->fit();
            view.grab().save(shot);
        }
    }

    // Issue #23, item 7: on the page too a long name is shown whole, over several lines, in
    // a box the layout made tall enough (the same painter as the exports).
    void longNamesShowWhole()
    {
        const QString name = QStringLiteral("Amazon Web Services, Inc. and its affiliated data centre operators");
        GraphBuilder b;
        b.own(QStringLiteral("Own"))
            .party(name, QStringLiteral("US"), false)
            .party(QStringLiteral("Short"), QStringLiteral("DE"));
        b.transfer(QStringLiteral("Own"), name, Mechanism::Scc)
            .transfer(QStringLiteral("Own"), QStringLiteral("Short"), Mechanism::Eea);
        GraphView view;
        view.resize(1000, 600);
        view.setProject(b.data());
        const auto *aws =
            dynamic_cast<const NodeItem *>(view.itemOf(GraphBuilder::idFor(QStringLiteral("party"), name)));
        const auto *shortOne = dynamic_cast<const NodeItem *>(
            view.itemOf(GraphBuilder::idFor(QStringLiteral("party"), QStringLiteral("Short"))));
        QVERIFY(aws && shortOne);
        QVERIFY(aws->label().name.size() > 1);
        QCOMPARE(aws->label().name.join(u' '), name);
        QVERIFY(aws->rect().height() > shortOne->rect().height());
        QVERIFY(aws->rect().height() >= graph::labelHeight(aws->label()));
        QVERIFY(!aws->rect().intersects(shortOne->rect()));
        QVERIFY(!graph::hasOverlaps(view.layout()));
    }
};

QTEST_MAIN(TestGraphView)
#include "test_graphview.moc"
