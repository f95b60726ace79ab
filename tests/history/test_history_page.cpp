// The History page as a user meets it: the window's saves listed with who, when, what changed
// and the comment given with File → Save with Comment…, the selected save's changes, and a
// history altered outside Ropa shown as broken.

#include "commands/edits.h"
#include "common/sampleproject.h"
#include "common/windowfixture.h"
#include "pages/historypage.h"
#include "records/recordsview.h"
#include "session/projectsession.h"
#include "store/jsonformat.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <sqlite3.h>

using namespace ropa;
using test::fixedId;

namespace {

// The sample project as a JSON file the window opens (untitled until saved).
QString sampleJson(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("sample.json"));
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(json::writeProject(test::sampleProject())) > 0 ? path
                                                                                                        : QString();
}

} // namespace

class TestHistoryPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::useSandbox()); }

    void listsTheSavesWithWhoWhenAndComment()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("p.ropa"));
        QSettings().setValue(QStringLiteral("history/author"), QStringLiteral("Dana DPO"));
        test::TestWindow tw(test::TestWindow::Shown);
        MainWindow &w = tw.w;
        QVERIFY(w.openFile(sampleJson(dir)));
        QVERIFY(w.saveAsPath(p));
        Activity calls = *w.session()->project()->find<Activity>(fixedId(60));
        calls.name = QStringLiteral("Support calls");
        QVERIFY(edit::change(*w.session()->project(), AnyEntity(calls)));
        // File → Save with Comment… asks for the comment, then saves.
        tw.dialogs->text = QStringLiteral("Renamed for the 2026 audit");
        QAction *withComment = w.findChild<QAction *>(QStringLiteral("saveWithCommentAction"));
        QVERIFY(withComment && withComment->isEnabled());
        withComment->trigger();
        QVERIFY(!w.session()->project()->isModified());

        QVERIFY(w.showPage(MainWindow::Page::History));
        auto *page = w.findChild<HistoryPage *>();
        QVERIFY(page && page->isVisible());
        QTreeWidget *list = page->list();
        QCOMPARE(list->topLevelItemCount(), 2);
        const QTreeWidgetItem *newest = list->topLevelItem(0);
        QCOMPARE(newest->text(1), QStringLiteral("Dana DPO"));
        QVERIFY2(newest->text(2).contains(QStringLiteral("1 changed")), qPrintable(newest->text(2)));
        QVERIFY(newest->text(2).contains(QStringLiteral("Support calls")));
        QCOMPARE(newest->text(3), QStringLiteral("Renamed for the 2026 audit"));
        QCOMPARE(newest->text(4), QStringLiteral("OK"));
        // The first save starts the history: nothing changed since the JSON file was read.
        QCOMPARE(list->topLevelItem(1)->text(2), QStringLiteral("History starts. No changes"));
        QVERIFY(page->status()->text().contains(QStringLiteral("intact (2 entries)")));
        // The selected save's changes, field by field.
        QVERIFY2(page->details()->toPlainText().contains(QStringLiteral("“Customer service calls” → “Support calls”")),
                 qPrintable(page->details()->toPlainText()));
        if (const QByteArray keep = qgetenv("ROPA_KEEP_SCREENSHOT"); !keep.isEmpty())
            w.grab().save(QString::fromLocal8Bit(keep) + QStringLiteral("/history-page.png"));

        // The records page: the record with the changes since yesterday, as an appendix.
        QVERIFY(w.showPage(MainWindow::Page::Records));
        auto *records = w.findChild<RecordsView *>();
        QVERIFY(records);
        QVERIFY(records->changesSinceCheck()->isEnabled());
        QVERIFY(!records->report().table(QStringLiteral("changes_since")));
        records->changesSinceDate()->setDate(QDate::currentDate().addDays(-1));
        records->changesSinceCheck()->setChecked(true);
        QTRY_VERIFY(!records->isBuilding());
        const reports::Table *appendix = records->report().table(QStringLiteral("changes_since"));
        QVERIFY(appendix);
        QCOMPARE(appendix->rows.size(), 1);
        QCOMPARE(appendix->rows.at(0).at(0).text(), QStringLiteral("renamed"));
        QCOMPARE(appendix->rows.at(0).at(2).text(), QStringLiteral("Support calls"));
        QVERIFY(appendix->rows.at(0).at(3).text().contains(QStringLiteral("was “Customer service calls”")));
        if (const QByteArray keep = qgetenv("ROPA_KEEP_SCREENSHOT"); !keep.isEmpty()) {
            records->setPreviewPage(records->previewPageCount() - 1);
            records->preview()->verticalScrollBar()->setValue(records->preview()->verticalScrollBar()->maximum());
            w.grab().save(QString::fromLocal8Bit(keep) + QStringLiteral("/records-changes-since.png"));
        }

        // Altered outside Ropa: opened again, the page says where the chain breaks.
        QVERIFY(w.closeProject());
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(p).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "UPDATE history SET author = 'Mallory' WHERE seq = 2", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        QVERIFY(w.openFile(p));
        QVERIFY(w.showPage(MainWindow::Page::History));
        QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("Broken"));
        QCOMPARE(list->topLevelItem(1)->text(4), QStringLiteral("OK"));
        QVERIFY2(page->status()->text().contains(QStringLiteral("broken at entry 2")),
                 qPrintable(page->status()->text()));
    }

    // A project read from JSON keeps no history until it is saved.
    void aNewProjectHasNoHistoryYet()
    {
        QTemporaryDir dir;
        test::TestWindow tw;
        QVERIFY(tw.w.openFile(sampleJson(dir)));
        QVERIFY(tw.w.showPage(MainWindow::Page::History));
        auto *page = tw.w.findChild<HistoryPage *>();
        QCOMPARE(page->list()->topLevelItemCount(), 0);
        QVERIFY(page->status()->text().contains(QStringLiteral("no history yet")));
    }
};

QTEST_MAIN(TestHistoryPage)
#include "test_history_page.moc"
