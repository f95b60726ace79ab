// Accepting a finding in the real main window (offscreen): accept with a justification, undo
// and redo through the Edit menu's actions, save, reopen, see it accepted, reopen the finding
// and undo that.

#include "checks/findingsmodel.h"
#include "common/windowfixture.h"
#include "findings/findingsview.h"
#include "mainwindow.h"

#include <QAction>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ropa;
using namespace ropa::checks;

namespace {

struct Window : test::TestWindow
{
    FindingsView *findings()
    {
        if (!w.showPage(MainWindow::Page::Findings))
            return nullptr;
        return w.findChild<FindingsView *>(QStringLiteral("findingsView"));
    }
};

// The view row of the finding with that rule and entity, or -1.
int rowOf(FindingsView *view, const QString &rule, const Id &entity)
{
    QAbstractItemModel *m = view->filter();
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex i = m->index(r, 0);
        if (i.data(FindingsModel::RuleIdRole).toString() == rule &&
            i.data(FindingsModel::EntityIdRole).toUuid() == entity)
            return r;
    }
    return -1;
}

QString statusOf(FindingsView *view, int row)
{
    return view->filter()->index(row, FindingsModel::StatusColumn).data().toString();
}

} // namespace

class TestAcceptGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::useSandbox()); }

    void acceptSaveReopenUndo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.ropa"));
        QString rule;
        Id entity;
        const QString why = QStringLiteral("DPA signed on paper on 2025-06-02; scan requested");
        {
            Window t;
            QVERIFY2(t.w.openFile(MainWindow::examplePath()), qPrintable(t.w.lastError()));
            QVERIFY2(t.w.saveAsPath(path), qPrintable(t.w.lastError()));
            FindingsView *view = t.findings();
            QVERIFY(view);
            QTRY_VERIFY(view->model()->rowCount() > 0 && !view->runner()->isBusy());

            // The first open finding, as the user sees it at the top of the list.
            QCOMPARE(statusOf(view, 0), QStringLiteral("Open"));
            rule = view->filter()->index(0, 0).data(FindingsModel::RuleIdRole).toString();
            entity = view->filter()->index(0, 0).data(FindingsModel::EntityIdRole).toUuid();
            const QString counts = view->countsText();
            QVERIFY(counts.endsWith(QStringLiteral("\u00b7 0 accepted")));

            view->table()->selectRow(0);
            QVERIFY(view->acceptRow(0, why));
            QVERIFY(t.w.isWindowModified());
            QVERIFY2(
                t.w.undoAction()->text().remove(u'&').startsWith(QStringLiteral("Undo Accept finding %1 on").arg(rule)),
                qPrintable(t.w.undoAction()->text()));
            int row = rowOf(view, rule, entity);
            QVERIFY(row >= 0);
            QCOMPARE(statusOf(view, row), QStringLiteral("Accepted: %1").arg(why));
            QVERIFY(view->countsText().endsWith(QStringLiteral("\u00b7 1 accepted")));

            // Undo and redo through the window's actions.
            t.w.undoAction()->trigger();
            QVERIFY(t.w.projectData()->acceptedFindings.isEmpty());
            QCOMPARE(statusOf(view, rowOf(view, rule, entity)), QStringLiteral("Open"));
            QCOMPARE(view->countsText(), counts);
            t.w.redoAction()->trigger();
            QCOMPARE(t.w.projectData()->acceptedFindings.size(), 1);
            QCOMPARE(statusOf(view, rowOf(view, rule, entity)), QStringLiteral("Accepted: %1").arg(why));

            QVERIFY2(t.w.save(), qPrintable(t.w.lastError()));
            QVERIFY(!t.w.isWindowModified());
            QVERIFY(t.w.closeProject());
        }

        // Reopen: the acceptance came back from the file.
        Window u;
        QVERIFY2(u.w.openFile(path), qPrintable(u.w.lastError()));
        QCOMPARE(u.w.projectData()->acceptedFindings.size(), 1);
        const AcceptedFinding &stored = u.w.projectData()->acceptedFindings.first();
        QCOMPARE(stored.rule, rule);
        QCOMPARE(stored.entity, entity);
        QCOMPARE(stored.justification, why);
        QCOMPARE(stored.date, QDate::currentDate());
        FindingsView *view = u.findings();
        QVERIFY(view);
        QTRY_VERIFY(view->model()->rowCount() > 0 && !view->runner()->isBusy());
        int row = rowOf(view, rule, entity);
        QVERIFY(row >= 0);
        QCOMPARE(statusOf(view, row), QStringLiteral("Accepted: %1").arg(why));
        QVERIFY(view->filter()->index(row, 0).data(FindingsModel::AcceptedRole).toBool());
        QVERIFY(view->countsText().endsWith(QStringLiteral("\u00b7 1 accepted")));

        // Reopen the finding, then undo that.
        QVERIFY(view->reopenRow(row));
        QVERIFY(u.w.projectData()->acceptedFindings.isEmpty());
        QVERIFY(u.w.isWindowModified());
        QCOMPARE(statusOf(view, rowOf(view, rule, entity)), QStringLiteral("Open"));
        u.w.undoAction()->trigger();
        QCOMPARE(u.w.projectData()->acceptedFindings.size(), 1);
        QVERIFY(!u.w.isWindowModified());
        QCOMPARE(statusOf(view, rowOf(view, rule, entity)), QStringLiteral("Accepted: %1").arg(why));
    }
};

QTEST_MAIN(TestAcceptGui)
#include "test_accept_gui.moc"
