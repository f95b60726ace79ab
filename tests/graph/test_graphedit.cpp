// Editing from the graph and two-way selection with the main window: every edit made in the
// graph (context menu, click-to-connect, drag) is an undo command on the project's stack, the
// scene follows undo and redo, and a selection in the graph opens the editor beside it while
// a selection in the table is highlighted in the graph.

#include "commands/edits.h"
#include "common/scripteddialogs.h"
#include "editors/entityeditor.h"
#include "graph/graphview.h"
#include "itemmodels/labels.h"
#include "mainwindow.h"
#include "store/jsonformat.h"

#include <QAction>
#include <QApplication>
#include <QGraphicsItem>
#include <QGraphicsPathItem>
#include <QMenu>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ropa;

namespace {

QTemporaryDir &sandbox()
{
    static QTemporaryDir dir;
    return dir;
}

ProjectData example()
{
    const json::ReadResult r =
        json::readProjectFile(QStringLiteral(ROPA_SOURCE_DIR "/resources/examples/demo-contact-centre.json"));
    return r.data ? *r.data : ProjectData();
}

Id partyNamed(const ProjectData &data, const QString &name)
{
    for (const auto &[id, party] : data.parties) {
        if (party.name == name)
            return id;
    }
    return {};
}

// Where an item is on the canvas's viewport (a party: its centre; a transfer: half way).
QPoint viewportPos(GraphView &view, QGraphicsItem *item)
{
    QPointF scenePos = item->sceneBoundingRect().center();
    if (auto *path = dynamic_cast<QGraphicsPathItem *>(item)) {
        // A point of the line where it is on top (as a user would click it).
        for (double t = 0.1; t < 0.95; t += 0.05) {
            const QPointF p = path->path().pointAtPercent(t);
            view.canvas()->centerOn(p);
            const QList<QGraphicsItem *> hits = view.canvas()->items(view.canvas()->mapFromScene(p));
            if (!hits.isEmpty() && hits.first() == item) {
                scenePos = p;
                break;
            }
        }
    }
    view.canvas()->centerOn(scenePos);
    return view.canvas()->mapFromScene(scenePos);
}

QAction *actionNamed(QMenu *menu, const QString &text)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *a : actions) {
        if (a->text() == text)
            return a;
        if (a->menu()) {
            if (QAction *inner = actionNamed(a->menu(), text))
                return inner;
        }
    }
    return nullptr;
}

int transfersBetween(const ProjectData &data, const Id &from, const Id &to)
{
    int n = 0;
    for (const auto &[id, t] : data.transfers)
        n += t.from == from && t.to == to ? 1 : 0;
    return n;
}

} // namespace

class TestGraphEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(sandbox().isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(sandbox().filePath(QStringLiteral("config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(sandbox().filePath(QStringLiteral("data"))));
    }

    void editsAreUndoCommandsAndTheSceneFollows()
    {
        Project project(example());
        QVERIFY(!project.data().parties.empty());
        GraphView view;
        view.resize(1400, 800);
        view.setProject(&project);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.isEditable());
        QUndoStack *undo = project.undoStack();
        const int edges = view.graph()->edgeCount();

        // "Add transfer from here to…", then a click on the recipient.
        const Id from = partyNamed(project.data(), QStringLiteral("CallCabinet"));
        const Id to = partyNamed(project.data(), QStringLiteral("Google"));
        QVERIFY(!from.isNull() && !to.isNull());
        const int before = transfersBetween(project.data(), from, to);
        {
            const std::unique_ptr<QMenu> menu(view.contextMenuAt(viewportPos(view, view.itemOf(from))));
            QCOMPARE(view.selectedEntity(), from); // the menu is about what is under the pointer
            QAction *add = actionNamed(menu.get(), QStringLiteral("Add transfer from here to\u2026"));
            QVERIFY(add && add->isEnabled());
            add->trigger();
        }
        QCOMPARE(view.connectingFrom(), from);
        QTest::mouseClick(view.canvas()->viewport(), Qt::LeftButton, {}, viewportPos(view, view.itemOf(to)));
        QVERIFY(view.connectingFrom().isNull());
        QCOMPARE(transfersBetween(project.data(), from, to), before + 1);
        QCOMPARE(undo->count(), 1);
        const Id added = view.selectedEntity();
        QVERIFY(project.data().find<Transfer>(added));
        QVERIFY(view.itemOf(added));
        QVERIFY(view.itemOf(added)->isSelected());
        QCOMPARE(view.graph()->edgeCount(), edges + 1);

        // Undo takes it out of the project and the scene; redo brings it back.
        undo->undo();
        QTRY_COMPARE(view.graph()->edgeCount(), edges);
        QVERIFY(!view.itemOf(added));
        QCOMPARE(transfersBetween(project.data(), from, to), before);
        undo->redo();
        QTRY_COMPARE(view.graph()->edgeCount(), edges + 1);
        QVERIFY(view.itemOf(added));

        // "Change mechanism ▸ Standard contractual clauses" on the new transfer.
        {
            const std::unique_ptr<QMenu> menu(view.contextMenuAt(viewportPos(view, view.itemOf(added))));
            QCOMPARE(view.selectedEntity(), added);
            QAction *none = actionNamed(menu.get(), QStringLiteral("not stated"));
            QVERIFY(none && none->isChecked());
            QAction *scc = actionNamed(menu.get(), Labels::mechanism(Mechanism::Scc));
            QVERIFY(scc && scc->isEnabled());
            scc->trigger();
        }
        QCOMPARE(project.data().find<Transfer>(added)->mechanism, Mechanism::Scc);
        QTRY_COMPARE(view.graph()->edge(view.graph()->edgeOf(added)).mechanism, Mechanism::Scc);
        QCOMPARE(undo->count(), 2);
        undo->undo();
        QTRY_COMPARE(view.graph()->edge(view.graph()->edgeOf(added)).mechanism, Mechanism::NotStated); // a new transfer
        QVERIFY(view.itemOf(added)->isSelected()); // the selection survives the refresh

        // "Remove transfer": nothing else goes with it, so nothing is asked.
        QStringList asked;
        bool answer = false;
        view.setConfirmDelete([&](QWidget *, const QString &text, const QString &) {
            asked.append(text);
            return answer;
        });
        {
            const std::unique_ptr<QMenu> menu(view.contextMenuAt(viewportPos(view, view.itemOf(added))));
            QAction *remove = actionNamed(menu.get(), QStringLiteral("Remove transfer"));
            QVERIFY(remove && remove->isEnabled());
            remove->trigger();
        }
        QVERIFY(asked.isEmpty());
        QVERIFY(!project.data().find<Transfer>(added));
        QTRY_VERIFY(!view.itemOf(added));
        QVERIFY(view.selectedEntity().isNull());
        undo->undo();
        QTRY_VERIFY(view.itemOf(added));

        // "Remove party…" takes its transfers along, so it asks first; "no" changes nothing.
        const int parties = view.graph()->nodeCount();
        const int steps = undo->count();
        {
            const std::unique_ptr<QMenu> menu(view.contextMenuAt(viewportPos(view, view.itemOf(to))));
            actionNamed(menu.get(), QStringLiteral("Remove party\u2026"))->trigger();
        }
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QStringLiteral("Google")), qPrintable(asked.first()));
        QVERIFY(project.data().find<Party>(to));
        QCOMPARE(undo->count(), steps);
        answer = true;
        {
            const std::unique_ptr<QMenu> menu(view.contextMenuAt(viewportPos(view, view.itemOf(to))));
            actionNamed(menu.get(), QStringLiteral("Remove party\u2026"))->trigger();
        }
        QVERIFY(!project.data().find<Party>(to));
        QVERIFY(!project.data().find<Transfer>(added));
        QTRY_COMPARE(view.graph()->nodeCount(), parties - 1);
        QVERIFY(!view.itemOf(to));
        undo->undo();
        QTRY_COMPARE(view.graph()->nodeCount(), parties);
        QVERIFY(view.itemOf(to) && view.itemOf(added));

        // A drag from one party's box to another's adds a transfer too.
        const Id dragTo = partyNamed(project.data(), QStringLiteral("QuickBooks"));
        QVERIFY(!dragTo.isNull());
        const int dragBefore = transfersBetween(project.data(), from, dragTo);
        view.canvas()->fit();
        QWidget *viewport = view.canvas()->viewport();
        const QPoint a = view.canvas()->mapFromScene(view.itemOf(from)->sceneBoundingRect().center());
        const QPoint b = view.canvas()->mapFromScene(view.itemOf(dragTo)->sceneBoundingRect().center());
        QTest::mousePress(viewport, Qt::LeftButton, {}, a);
        for (const QPoint &p : {a + QPoint(12, 6), b}) { // moves with the button held
            QMouseEvent move(QEvent::MouseMove, p, viewport->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, {});
            QApplication::sendEvent(viewport, &move);
        }
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, b);
        QCOMPARE(transfersBetween(project.data(), from, dragTo), dragBefore + 1);
        undo->undo();
        QCOMPARE(transfersBetween(project.data(), from, dragTo), dragBefore);

        // Empty space: "Add party".
        {
            const QPointF corner = view.canvas()->sceneRect().topLeft() + QPointF(5, 5);
            view.canvas()->centerOn(corner);
            const std::unique_ptr<QMenu> menu(view.contextMenuAt(view.canvas()->mapFromScene(corner)));
            QAction *addParty = actionNamed(menu.get(), QStringLiteral("Add party"));
            QVERIFY(addParty && addParty->isEnabled());
            addParty->trigger();
        }
        const Id newParty = view.selectedEntity();
        QVERIFY(project.data().find<Party>(newParty));
        QVERIFY(view.itemOf(newParty));
        undo->undo();
        QTRY_VERIFY(!view.itemOf(newParty));

        // Read-only: the menu offers no edits.
        view.setProject(&project, true);
        QVERIFY(!view.isEditable());
        {
            const std::unique_ptr<QMenu> menu(view.contextMenuAt(viewportPos(view, view.itemOf(from))));
            QVERIFY(!actionNamed(menu.get(), QStringLiteral("Add transfer from here to\u2026"))->isEnabled());
            QVERIFY(!actionNamed(menu.get(), QStringLiteral("Remove party\u2026"))->isEnabled());
        }
        QVERIFY(view.addTransfer(from, to).isNull());
    }

    void twoWaySelectionWithTheMainWindow()
    {
        MainWindow w;
        auto dialogs = std::make_unique<ScriptedDialogs>();
        ScriptedDialogs *script = dialogs.get();
        w.setDialogs(std::move(dialogs));
        w.setErrorDialogsEnabled(false);
        w.resize(1600, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(MainWindow::examplePath()));
        auto *graph = w.findChild<GraphView *>(QStringLiteral("graphView"));
        auto *editor = w.findChild<EntityEditor *>();
        QVERIFY(graph && editor);

        // Table -> graph: the selected party is selected in the graph and centred once shown.
        const Id google = partyNamed(w.project()->data(), QStringLiteral("Google"));
        QVERIFY(w.selectEntity(google));
        QVERIFY(w.showPage(MainWindow::Page::Graph));
        QCOMPARE(w.currentPage(), MainWindow::Page::Graph);
        QCOMPARE(graph->selectedEntity(), google);
        QVERIFY(graph->itemOf(google) && graph->itemOf(google)->isSelected());
        QTRY_VERIFY(graph->canvas()->viewport()->rect().contains(
            graph->canvas()->mapFromScene(graph->itemOf(google)->sceneBoundingRect().center())));
        QCOMPARE(editor->entityId(), google);

        // Graph -> editor: selecting a transfer opens it in the editor; the graph stays.
        const Id transfer = graph->graph()->edge(0).transfer;
        graph->canvas()->scene()->clearSelection();
        graph->itemOf(transfer)->setSelected(true);
        QCOMPARE(w.currentPage(), MainWindow::Page::Graph);
        QCOMPARE(w.selectedEntity(), transfer);
        QCOMPARE(editor->entityId(), transfer);

        // An edit from the graph is undone by Edit > Undo, and the scene follows.
        const int edges = graph->graph()->edgeCount();
        const Id quickbooks = partyNamed(w.project()->data(), QStringLiteral("QuickBooks"));
        const Id added = graph->addTransfer(google, quickbooks);
        QVERIFY(!added.isNull());
        QTRY_COMPARE(graph->graph()->edgeCount(), edges + 1);
        QCOMPARE(editor->entityId(), added); // the new transfer is open to be filled in
        QVERIFY(w.undoAction()->isEnabled());
        w.undoAction()->trigger();
        QTRY_COMPARE(graph->graph()->edgeCount(), edges);
        QVERIFY(!graph->itemOf(added));
        QVERIFY(!w.project()->data().find<Transfer>(added));

        // Removing a party from the graph asks through the window's dialogs.
        script->deleteAnswer = false;
        QVERIFY(!graph->removeEntity(google));
        QCOMPARE(script->asked.size(), 1);
        QVERIFY(script->asked.first().startsWith(QStringLiteral("delete: ")));

        // "Open in editor" shows it in its table.
        Q_EMIT graph->openRequested(transfer);
        QCOMPARE(w.currentPage(), MainWindow::Page::Table);
        QCOMPARE(w.selectedEntity(), transfer);
        script->saveChanges = Dialogs::SaveChanges::Discard;
        QVERIFY(w.closeProject());
    }
};

QTEST_MAIN(TestGraphEdit)
#include "test_graphedit.moc"
