// The first hour of a new user, through the keyboard and the menus: a new project asks for its
// name and organisation, a project opened read-only cannot be edited, the tool bar's Undo
// stays short, Ctrl+1…9 and Tab move between the navigator, the table and the editor.
#include "app/navigator.h"
#include "commands/edits.h"
#include "common/windowfixture.h"
#include "editors/entityeditor.h"
#include "store/projectlock.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

using namespace ropa;

namespace {

QToolButton *toolButton(MainWindow &w, QAction *action)
{
    auto *bar = w.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    return bar ? qobject_cast<QToolButton *>(bar->widgetForAction(action)) : nullptr;
}

const Party *ownOrganisation(const ProjectData &data)
{
    for (const auto &[id, party] : data.parties) {
        if (party.own)
            return &party;
    }
    return nullptr;
}

} // namespace

class TestFirstHour : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::useSandbox()); }

    void newProjectAsksForItsNameAndOrganisation()
    {
        test::TestWindow t;
        t.dialogs->newProject =
            edit::NewProjectDetails{QStringLiteral("Tandartspraktijk Zonnehoek 2027"),
                                    QStringLiteral("Tandartspraktijk Zonnehoek B.V."),
                                    QStringLiteral("NL"),
                                    {QStringLiteral("M. Jansen"), QStringLiteral("dpo@zonnehoek.example"), {}}};
        t.w.newProject();
        QVERIFY(t.dialogs->wasAsked(QStringLiteral("new-project")));
        QVERIFY(t.w.hasProject());
        QCOMPARE(t.w.projectData()->info.name, QStringLiteral("Tandartspraktijk Zonnehoek 2027"));
        QVERIFY(t.w.windowTitle().contains(QStringLiteral("Tandartspraktijk Zonnehoek 2027")));
        const Party *own = ownOrganisation(*t.w.projectData());
        QVERIFY(own);
        QCOMPARE(own->name, QStringLiteral("Tandartspraktijk Zonnehoek B.V."));
        QCOMPARE(own->country, QStringLiteral("NL"));
        QVERIFY(own->dpo);
        QCOMPARE(own->dpo->email, QStringLiteral("dpo@zonnehoek.example"));
        // Save proposes the project's name, not "Untitled project".
        t.dialogs->savePath.clear();
        QVERIFY(!t.w.save());
        QVERIFY2(t.dialogs->lastSuggested.endsWith(QStringLiteral("/Tandartspraktijk Zonnehoek 2027.ropa")),
                 qPrintable(t.dialogs->lastSuggested));

        // Cancel leaves the open project alone.
        t.dialogs->newProject.reset();
        t.w.newProject();
        QCOMPARE(t.w.projectData()->info.name, QStringLiteral("Tandartspraktijk Zonnehoek 2027"));
    }

    void readOnlyMeansReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("held.ropa"));
        {
            test::TestWindow writer;
            QVERIFY(writer.w.openFile(MainWindow::examplePath()));
            QVERIFY(writer.w.saveAsPath(path));
        }
        // Someone else has it open.
        store::ProjectLock other(path);
        QVERIFY(other.tryLock());
        test::TestWindow t(test::TestWindow::Shown);
        t.dialogs->locked = Dialogs::LockedChoice::ReadOnly;
        QVERIFY(t.w.openFile(path));
        QVERIFY(t.w.isReadOnly());
        QVERIFY(t.w.windowTitle().contains(QStringLiteral("read-only")));
        auto *status = t.w.statusBar()->findChild<QLabel *>(QStringLiteral("statusCounts"));
        QVERIFY(status->text().contains(QStringLiteral("Read-only")));

        t.w.showSection(Section::Activities);
        const int before = static_cast<int>(t.w.projectData()->activities.size());
        // Every editing action is off, and Add does nothing even when called.
        const QList<QAction *> actions = t.w.findChildren<QAction *>();
        for (QAction *action : actions) {
            const QString text = action->text();
            if (text.startsWith(QStringLiteral("&Add")) || text == QStringLiteral("D&uplicate") ||
                text == QStringLiteral("&Remove"))
                QVERIFY2(!action->isEnabled(), qPrintable(text));
        }
        QTest::keyClick(&t.w, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(t.w.addEntity().isNull());
        QCOMPARE(static_cast<int>(t.w.projectData()->activities.size()), before);
        QVERIFY(t.w.findChild<EntityEditor *>()->isReadOnly());
        // The table's names cannot be edited in place.
        auto *table = t.w.findChild<QTableView *>(QStringLiteral("entityTable"));
        QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY(!t.w.project()->isModified());
        // Save offers a copy under another name.
        bool saveIsACopy = false;
        for (QAction *action : actions)
            saveIsACopy = saveIsACopy || action->text() == QStringLiteral("Save a &copy as…");
        QVERIFY(saveIsACopy);
        t.dialogs->savePath = dir.filePath(QStringLiteral("mine.ropa"));
        QVERIFY(t.w.save());
        QVERIFY(!t.w.isReadOnly());
        QCOMPARE(t.w.savePath(), dir.filePath(QStringLiteral("mine.ropa")));
        QVERIFY(!t.w.addEntity().isNull());
    }

    void aFileDamagedOutsideRopaOpensReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.ropa"));
        {
            test::TestWindow writer;
            QVERIFY(writer.w.openFile(MainWindow::examplePath()));
            ProjectInfo info = writer.w.project()->info();
            info.notes = QStringLiteral("checksum probe ABCDEFGH");
            QVERIFY(edit::setInfo(*writer.w.project(), info));
            QVERIFY(writer.w.saveAsPath(path));
            QVERIFY(writer.w.closeProject());
        }
        // One letter changed where SQLite's own checks see nothing (a bad USB stick, an editor).
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        const qsizetype at = bytes.indexOf("ABCDEFGH");
        QVERIFY(at > 0);
        bytes[at] = 'X';
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();

        test::TestWindow t;
        t.w.setErrorDialogsEnabled(true);
        QVERIFY(t.w.openFile(path));
        QVERIFY(t.w.isReadOnly());
        QVERIFY2(t.dialogs->wasAsked(QStringLiteral("error: damaged.ropa was opened read-only.")),
                 qPrintable(t.dialogs->asked.join(u'\n')));
        QVERIFY(t.dialogs->asked.join(u'\n').contains(QStringLiteral("changed or damaged outside Ropa")));
        QVERIFY(t.w.addEntity().isNull());
    }

    void undoOnTheToolBarStaysShort()
    {
        test::TestWindow t(test::TestWindow::Shown);
        QVERIFY(t.w.openFile(MainWindow::examplePath()));
        t.w.showSection(Section::Sources);
        QVERIFY(!t.w.addEntity().isNull());
        QToolButton *undo = toolButton(t.w, t.w.undoAction());
        QVERIFY(undo);
        QCOMPARE(undo->text(), QStringLiteral("Undo"));
        const QString step = t.w.project()->undoStack()->undoText();
        QVERIFY(!step.isEmpty());
        QVERIFY2(t.w.undoAction()->toolTip().contains(step), qPrintable(t.w.undoAction()->toolTip()));
        QVERIFY(t.w.undoAction()->text().contains(step)); // the Edit menu names the step
        // Every tool bar button is on the bar (none pushed into the overflow menu).
        auto *bar = t.w.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        for (QAction *action : bar->actions()) {
            if (QWidget *button = bar->widgetForAction(action))
                QVERIFY2(button->isVisible(), qPrintable(action->text()));
        }
    }

    void columnsWidenAfterARename()
    {
        test::TestWindow t(test::TestWindow::Shown);
        t.w.newProject();
        t.w.showSection(Section::Sources);
        QVERIFY(!t.w.addEntity().isNull());
        auto *table = t.w.findChild<QTableView *>(QStringLiteral("entityTable"));
        QTest::qWait(20);
        const int before = table->columnWidth(0);
        const QString longName = QStringLiteral("Customer relationship management system of the sales department");
        QVERIFY(table->model()->setData(table->currentIndex(), longName));
        QTRY_VERIFY2(table->columnWidth(0) > before,
                     qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(table->columnWidth(0))));
    }

    void keyboardMovesBetweenNavigatorTableAndEditor()
    {
        test::TestWindow t(test::TestWindow::Shown);
        QVERIFY(t.w.openFile(MainWindow::examplePath()));
        QApplication::setActiveWindow(&t.w);
        QVERIFY(QTest::qWaitForWindowActive(&t.w));
        // Ctrl+3: the third section; Ctrl+0: the navigator.
        QTest::keyClick(&t.w, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(t.w.currentSection(), static_cast<Section>(2));
        QTest::keyClick(&t.w, Qt::Key_8, Qt::ControlModifier);
        QCOMPARE(t.w.currentSection(), static_cast<Section>(7));
        auto *navigator = t.w.findChild<Navigator *>();
        QTest::keyClick(&t.w, Qt::Key_0, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), navigator);
        // Tab from the navigator to the filter, the table, and out of the table to the editor.
        auto *table = t.w.findChild<QTableView *>(QStringLiteral("entityTable"));
        t.w.showSection(Section::Activities);
        table->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), table);
        QTest::keyClick(table, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        QVERIFY(next != table);
        // The detail pane beside the table: its Edit / Overview tabs, or a field of the editor.
        auto *pane = t.w.findChild<QWidget *>(QStringLiteral("detailPane"));
        QVERIFY2(pane && (pane == next || pane->isAncestorOf(next)),
                 qPrintable(QString::fromLatin1(next->metaObject()->className()) + u' ' + next->objectName()));
    }
};

QTEST_MAIN(TestFirstHour)
#include "test_firsthour.moc"
