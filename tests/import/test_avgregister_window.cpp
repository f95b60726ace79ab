// File → Import… with the Dutch government register's JSON: told from a Ropa JSON file by its
// content, read as records (no preview of rows, no columns to map), a prose recipient turned
// into a party by the user, and the import one undo step.

#include "app/importdialog.h"
#include "app/importsummaryview.h"
#include "common/windowfixture.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ropa;
using importer::Field;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(ROPA_FIXTURES_DIR "/import/avg/") + QString::fromLatin1(name);
}

ImportDialog *importThroughMenu(test::TestWindow &t, const QString &path)
{
    t.dialogs->openPath = path;
    t.w.findChild<QAction *>(QStringLiteral("importRegisterAction"))->trigger();
    auto *d = t.w.findChild<ImportDialog *>();
    if (d && !QTest::qWaitFor([d] { return !d->isBusy() && (d->hasResult() || !d->error().isEmpty()); }, 10000))
        return nullptr;
    return d;
}

} // namespace

class TestAvgRegisterWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::useSandbox()); }

    void importsTheRegistersJsonAsOneUndoStep()
    {
        test::TestWindow t(test::TestWindow::Shown);
        t.w.newProject();
        Project *project = t.w.project();
        const int steps = project->undoStack()->count();
        ImportDialog *d = importThroughMenu(t, fixture("prose-recipients.json"));
        QVERIFY(d);
        QVERIFY2(d->error().isEmpty(), qPrintable(d->error()));
        QVERIFY(d->fileInfo()->text().contains(QStringLiteral("AVG register JSON, 1 controller record")));
        QVERIFY(!d->tabs()->isTabEnabled(ImportDialog::PreviewTab));
        QVERIFY(!d->tabs()->isTabEnabled(ImportDialog::ColumnsTab));
        QCOMPARE(d->tabs()->currentIndex(), int(ImportDialog::SummaryTab));
        QCOMPARE(d->plan().activities.size(), 1);
        QTreeWidget *unresolved = d->summary()->unresolved();
        QCOMPARE(unresolved->topLevelItemCount(), 2);

        // The user says the first prose recipient is the party "Nationale ombudsman".
        QTreeWidgetItem *item = unresolved->topLevelItem(0);
        QVERIFY(item->text(ImportSummaryView::ValueColumn).startsWith(QStringLiteral("De Nationale ombudsman")));
        item->setText(ImportSummaryView::ReadAsColumn, QStringLiteral("Nationale ombudsman"));
        QTRY_VERIFY(!d->isBusy() && d->hasResult() && d->plan().unresolved.size() == 1);

        QVERIFY(d->importButton()->isEnabled());
        d->importButton()->click();
        QTRY_VERIFY(!t.w.findChild<ImportDialog *>());
        QCOMPARE(project->undoStack()->count(), steps + 1);
        QCOMPARE(project->undoStack()->undoText(), QStringLiteral("Import 1 activities from prose-recipients.json"));
        bool ombudsman = false;
        for (const auto &[id, p] : project->data().parties)
            ombudsman = ombudsman || p.name == u"Nationale ombudsman";
        QVERIFY(ombudsman);
        t.w.undoAction()->trigger();
        QVERIFY(project->data().activities.empty());
    }

    void aRopaJsonFileIsNotTakenForTheRegister()
    {
        test::TestWindow t;
        t.w.newProject();
        const QDir examples(QStringLiteral(ROPA_SOURCE_DIR "/resources/examples"));
        const QString ropaJson = examples.filePath(examples.entryList({QStringLiteral("*.json")}).value(0));
        const auto enter = [&](const QString &path) {
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(path)});
            QDragEnterEvent event(t.w.rect().center(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(&t.w, &event);
            return event.isAccepted();
        };
        QVERIFY(enter(fixture("several-records-bom.json")));
        QVERIFY(!enter(ropaJson));
    }

    void aHostileFileShowsTheReadersMessage()
    {
        test::TestWindow t;
        t.w.newProject();
        const int steps = t.w.project()->undoStack()->count();
        ImportDialog *d = importThroughMenu(t, fixture("duplicate-keys.json"));
        QVERIFY(d);
        QVERIFY2(d->error().contains(QStringLiteral("Naam")), qPrintable(d->error()));
        QVERIFY(d->message()->text().contains(QStringLiteral("Nothing was changed")));
        QVERIFY(!d->importButton()->isEnabled());
        QCOMPARE(t.w.project()->undoStack()->count(), steps);
    }
};

QTEST_MAIN(TestAvgRegisterWindow)
#include "test_avgregister_window.moc"
