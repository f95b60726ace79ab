// File → Import a register…, as a DPO uses it: their spreadsheet into the open project, the
// mapping checked and corrected, the summary read, then one undo step.

#include "app/importcolumnseditor.h"
#include "app/importdialog.h"
#include "app/importpreviewmodel.h"
#include "app/importsummaryview.h"
#include "common/sampleproject.h"
#include "common/windowfixture.h"
#include "store/projectlock.h"
#include "store/projectstore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ropa;
using importer::Field;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(ROPA_FIXTURES_DIR "/import/") + QString::fromLatin1(name);
}

QAction *importAction(MainWindow &w)
{
    return w.findChild<QAction *>(QStringLiteral("importRegisterAction"));
}

// File › Import a register…, the file chosen in the (scripted) file dialog; waits for the
// worker to read it and plan the import.
ImportDialog *importThroughMenu(test::TestWindow &t, const QString &path)
{
    t.dialogs->openPath = path;
    importAction(t.w)->trigger();
    auto *d = t.w.findChild<ImportDialog *>();
    if (d && !QTest::qWaitFor([d] { return !d->isBusy(); }, 10000))
        return nullptr;
    return d;
}

const Activity *activityNamed(const ProjectData &data, const QString &name)
{
    for (const auto &[id, a] : data.activities) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

QStringList partyNames(const ProjectData &data)
{
    QStringList names;
    for (const auto &[id, p] : data.parties)
        names.append(p.name);
    names.sort();
    return names;
}

// The row of the summary's counts for a kind ("Activities"), or nullptr.
QTreeWidgetItem *countRow(ImportDialog *d, const QString &kind)
{
    const QList<QTreeWidgetItem *> found = d->summary()->counts()->findItems(kind, Qt::MatchExactly);
    return found.isEmpty() ? nullptr : found.first();
}

QStringList unresolvedValues(ImportDialog *d)
{
    QStringList values;
    QTreeWidget *tree = d->summary()->unresolved();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = tree->topLevelItem(i);
        values.append(QStringLiteral("%1: %2 (row %3)")
                          .arg(item->text(ImportSummaryView::FieldColumn), item->text(ImportSummaryView::ValueColumn),
                               item->text(ImportSummaryView::RowsColumn)));
    }
    return values;
}

// With ROPA_IMPORT_SCREENSHOTS set to a folder, the dialog's steps are saved there as PNGs
// (to look at the dialog as a user does; nothing is compared).
void screenshot(QWidget *w, const QString &name)
{
    const QString folder = qEnvironmentVariable("ROPA_IMPORT_SCREENSHOTS");
    if (!folder.isEmpty())
        w->grab().save(folder + u'/' + name + QStringLiteral(".png"));
}

} // namespace

class TestImportWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::useSandbox()); }

    void importsARegisterAsOneUndoStep()
    {
        QTemporaryDir dir;
        test::TestWindow t(test::TestWindow::Shown);
        t.w.newProject();
        QVERIFY(t.w.hasProject());
        Project *project = t.w.project();
        const ProjectData before = project->data();
        const int steps = project->undoStack()->count();
        QVERIFY(importAction(t.w)->isEnabled());

        ImportDialog *d = importThroughMenu(t, fixture("register.xlsx"));
        QVERIFY(d);
        QVERIFY2(d->error().isEmpty(), qPrintable(d->error()));
        QVERIFY(d->hasResult());
        QVERIFY(d->isVisible());
        QVERIFY(d->tabs()->isVisible());
        QAbstractItemModelTester tester(d->previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The workbook: two sheets to choose from, the heading row under the title block found
        // and highlighted in the preview, each column's field from its heading.
        QVERIFY(d->sheetBox()->isVisibleTo(d));
        QCOMPARE(d->sheetBox()->count(), 2);
        QCOMPARE(d->sheetBox()->currentText(), QStringLiteral("Register"));
        QVERIFY2(d->fileInfo()->text().contains(QStringLiteral("XLSX workbook, 2 sheet")),
                 qPrintable(d->fileInfo()->text()));
        QCOMPARE(d->headingRowBox()->value(), 5);
        ImportPreviewModel *preview = d->previewModel();
        QCOMPARE(preview->data(preview->index(4, 0)).toString(), QStringLiteral("Name of the processing activity"));
        QVERIFY(preview->data(preview->index(4, 0), ImportPreviewModel::HeadingRole).toBool());
        QVERIFY(!preview->data(preview->index(5, 0), ImportPreviewModel::HeadingRole).toBool());
        QCOMPARE(preview->headerData(0, Qt::Horizontal).toString(), QStringLiteral("A → Name of the activity"));
        QCOMPARE(preview->headerData(5, Qt::Vertical).toInt(), 6); // the row number the spreadsheet shows
        QCOMPARE(d->columns()->fieldBox(7)->currentText(), QStringLiteral("Retention"));
        screenshot(d, QStringLiteral("1-preview"));

        // The other sheet has no headings: the dialog says so and offers no import; back to
        // the register.
        d->sheetBox()->setCurrentIndex(1);
        QTRY_VERIFY(!d->isBusy());
        QVERIFY2(d->error().contains(QStringLiteral("no row of the sheet “Notes” has the headings")),
                 qPrintable(d->error()));
        QVERIFY(d->status()->text().contains(QStringLiteral("Notes")));
        QVERIFY(!d->importButton()->isEnabled());
        QCOMPARE(preview->data(preview->index(0, 0)).toString(), QStringLiteral("Nothing here"));
        d->sheetBox()->setCurrentIndex(0);
        QTRY_VERIFY(!d->isBusy() && d->hasResult());
        QVERIFY(d->error().isEmpty());
        QCOMPARE(d->headingRowBox()->value(), 5);
        QVERIFY(d->importButton()->isEnabled());

        // What Ropa could not resolve, with the rows.
        QStringList unresolved = unresolvedValues(d);
        QVERIFY2(unresolved.contains(QStringLiteral("Third countries: Worldwide (row 8)")),
                 qPrintable(unresolved.join(u'\n')));
        QVERIFY2(unresolved.contains(QStringLiteral("Retention: until consent is withdrawn (row 7)")),
                 qPrintable(unresolved.join(u'\n')));

        // The user decides the retention column is prose for the notes: the plan follows, and
        // the retention values are no longer listed.
        d->tabs()->setCurrentIndex(ImportDialog::ColumnsTab);
        QComboBox *retention = d->columns()->fieldBox(7);
        retention->setCurrentIndex(retention->findText(QStringLiteral("Notes")));
        QTRY_VERIFY(!d->isBusy() && d->hasResult());
        QCOMPARE(d->mapping().columnsOf(Field::Notes), QList<int>{7});
        QVERIFY(d->mapping().columnsOf(Field::Retention).isEmpty());
        QCOMPARE(preview->headerData(7, Qt::Horizontal).toString(), QStringLiteral("H → Notes"));
        screenshot(d, QStringLiteral("2-columns"));
        unresolved = unresolvedValues(d);
        QVERIFY2(!unresolved.join(u'\n').contains(QStringLiteral("Retention")), qPrintable(unresolved.join(u'\n')));
        QVERIFY(unresolved.contains(QStringLiteral("Third countries: Worldwide (row 8)")));

        // "Worldwide" means the United States and India here: said once, every row with it
        // follows; the value stays listed with what it reads as.
        QTreeWidget *values = d->summary()->unresolved();
        QTreeWidgetItem *worldwide =
            values->findItems(QStringLiteral("Worldwide"), Qt::MatchExactly, ImportSummaryView::ValueColumn).value(0);
        QVERIFY(worldwide);
        QVERIFY(worldwide->flags() & Qt::ItemIsEditable);
        worldwide->setText(ImportSummaryView::ReadAsColumn, QStringLiteral("US, IN"));
        QTRY_VERIFY(!d->isBusy() && d->hasResult());
        QVERIFY(d->plan().unresolved.isEmpty());
        QCOMPARE(unresolvedValues(d), QStringList{QStringLiteral("Third countries: Worldwide (row resolved)")});
        QCOMPARE(values->topLevelItem(0)->text(ImportSummaryView::ReadAsColumn), QStringLiteral("US, IN"));
        QCOMPARE(d->mapping().values.size(), 1);
        d->tabs()->setCurrentIndex(ImportDialog::SummaryTab);
        screenshot(d, QStringLiteral("3b-value-mapped"));

        // The summary: three new activities, their subjects, categories and parties.
        d->tabs()->setCurrentIndex(ImportDialog::SummaryTab);
        screenshot(d, QStringLiteral("3-summary"));
        QTreeWidgetItem *activities = countRow(d, QStringLiteral("Processing activities"));
        QVERIFY(activities);
        QCOMPARE(activities->text(ImportSummaryView::AddedColumn), QStringLiteral("3"));
        QCOMPARE(activities->text(ImportSummaryView::MatchedColumn), QStringLiteral("0"));
        QCOMPARE(countRow(d, QStringLiteral("Data subjects"))->text(ImportSummaryView::AddedColumn),
                 QStringLiteral("3"));
        // Tax authority, Payroll Services Ltd, Mailer Inc; the own party is there already.
        QTreeWidgetItem *parties = countRow(d, QStringLiteral("Parties"));
        QCOMPARE(parties->text(ImportSummaryView::AddedColumn), QStringLiteral("3"));
        QVERIFY2(d->summary()->summary()->text().contains(QStringLiteral("3 will be added")),
                 qPrintable(d->summary()->summary()->text()));
        QVERIFY2(d->status()->text().startsWith(QStringLiteral("3 activities to import")),
                 qPrintable(d->status()->text()));

        // The mapping kept for next time.
        t.dialogs->savePath = dir.filePath(QStringLiteral("acme"));
        d->findChild<QPushButton *>(QStringLiteral("importSaveMapping"))->click();
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("acme.json"))));
        QCOMPARE(t.dialogs->lastSuggested, fixture("register mapping.json"));

        // Nothing changed before the user confirms.
        QVERIFY(project->data() == before);
        QCOMPARE(project->undoStack()->count(), steps);

        QVERIFY(d->importButton()->isEnabled());
        d->importButton()->click();
        QTRY_VERIFY(!t.w.findChild<ImportDialog *>());
        QCOMPARE(t.w.currentSection(), Section::Activities);
        QCOMPARE(project->undoStack()->count(), steps + 1);
        QCOMPARE(project->undoStack()->undoText(), QStringLiteral("Import 3 activities from register.xlsx"));
        const ProjectData imported = project->data();
        const Activity *payroll = activityNamed(imported, QStringLiteral("Payroll"));
        QVERIFY(payroll);
        QVERIFY(t.w.selectByName(QStringLiteral("Payroll")));
        QCOMPARE(payroll->notes, QStringLiteral("7 years after end of contract")); // the user's choice
        QVERIFY(payroll->retention.isEmpty());
        QCOMPARE(payroll->lawfulBasis, LawfulBasis::Contract);
        QVERIFY(activityNamed(imported, QStringLiteral("Newsletter")));
        const Activity *jobs = activityNamed(imported, QStringLiteral("Job applications"));
        QVERIFY(jobs);
        QVERIFY2(jobs->notes.contains(QStringLiteral("United States")) && jobs->notes.contains(QStringLiteral("India")),
                 qPrintable(jobs->notes)); // no recipient to put the countries on
        QCOMPARE(partyNames(imported),
                 (QStringList{QStringLiteral("Mailer Inc"), QStringLiteral("My organisation"),
                              QStringLiteral("Payroll Services Ltd"), QStringLiteral("Tax authority")}));

        // One Undo takes the whole import back; Redo brings it again.
        t.w.undoAction()->trigger();
        QVERIFY(project->data() == before);
        t.w.redoAction()->trigger();
        QVERIFY(project->data() == imported);

        // Importing the same register again, with the mapping saved, adds nothing.
        d = importThroughMenu(t, fixture("register.xlsx"));
        QVERIFY(d);
        QCOMPARE(d->columns()->fieldBox(7)->currentText(),
                 QStringLiteral("Retention")); // found again from the headings
        t.dialogs->openPath = dir.filePath(QStringLiteral("acme.json"));
        d->findChild<QPushButton *>(QStringLiteral("importLoadMapping"))->click();
        QTRY_VERIFY(!d->isBusy() && d->hasResult());
        QCOMPARE(d->columns()->fieldBox(7)->currentText(), QStringLiteral("Notes"));
        QCOMPARE(d->mapping().values.value(0).as, QStringLiteral("US, IN"));
        QCOMPARE(countRow(d, QStringLiteral("Processing activities"))->text(ImportSummaryView::MatchedColumn),
                 QStringLiteral("3"));
        QCOMPARE(countRow(d, QStringLiteral("Processing activities"))->text(ImportSummaryView::AddedColumn),
                 QStringLiteral("0"));
        QVERIFY2(d->status()->text().startsWith(QStringLiteral("Nothing to import")), qPrintable(d->status()->text()));
        QVERIFY(!d->importButton()->isEnabled());
        QVERIFY(!d->importNow());
        d->reject();
        QVERIFY(project->data() == imported);
        QCOMPARE(project->undoStack()->count(), steps + 1);
    }

    void csvShowsItsEncodingAndSeparator()
    {
        test::TestWindow t;
        t.w.newProject();
        ImportDialog *d = importThroughMenu(t, fixture("register-nl.csv"));
        QVERIFY(d);
        QVERIFY2(d->error().isEmpty(), qPrintable(d->error()));
        QVERIFY2(d->fileInfo()->text().contains(QStringLiteral("CSV, Windows-1252, separated by semicolons")),
                 qPrintable(d->fileInfo()->text()));
        QVERIFY(!d->sheetBox()->isVisibleTo(d)); // one sheet: no choice to make
        QCOMPARE(d->headingRowBox()->value(), 3);
        QCOMPARE(d->plan().activities.size(), 3);
        screenshot(d, QStringLiteral("5-csv"));

        // A wrong heading row (the title, whose "register" reads as the name column): the rows
        // below it, the real headings among them, would be activities. The user sees it and
        // puts the heading row back; the mapping is found again from it.
        d->headingRowBox()->setValue(1);
        QTRY_VERIFY(!d->isBusy() && d->hasResult());
        QCOMPARE(d->mapping().columnsOf(Field::Name), QList<int>{0});
        QVERIFY2(d->status()->text().startsWith(QStringLiteral("5 activities to import")),
                 qPrintable(d->status()->text()));
        QCOMPARE(d->columns()->rowCount(), 8); // the empty last column is no column
        QCOMPARE(d->columns()->fieldBox(1)->currentText(), QStringLiteral("Ignore"));
        d->headingRowBox()->setValue(3);
        QTRY_VERIFY(!d->isBusy() && d->hasResult());
        QCOMPARE(d->plan().activities.size(), 3);
        QCOMPARE(d->mapping().columnsOf(Field::Retention), QList<int>{7});

        // Split rules: without commas, "Naam, e-mailadres" is one category.
        const auto categoryNames = [d] {
            QStringList names;
            for (const auto &[id, c] : d->result().data.dataCategories)
                names.append(c.name);
            return names;
        };
        QVERIFY(categoryNames().contains(QStringLiteral("e-mailadres")));
        d->findChild<QCheckBox *>(QStringLiteral("importSplit2"))->setChecked(false); // commas
        QTRY_VERIFY(!d->isBusy() && d->hasResult());
        QVERIFY(!d->mapping().split.commas);
        QVERIFY(categoryNames().contains(QStringLiteral("Naam, e-mailadres")));
        QVERIFY(!categoryNames().contains(QStringLiteral("e-mailadres")));

        // A mapping file that is not one: said, and the mapping stays as it was.
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"version": 1, "columns": [{"column": "A", "field": "colour"}]})");
        file.close();
        const importer::Mapping mapping = d->mapping();
        t.dialogs->openPath = bad;
        d->findChild<QPushButton *>(QStringLiteral("importLoadMapping"))->click();
        QVERIFY2(t.dialogs->question(QStringLiteral("error:")).contains(QStringLiteral("colour")),
                 qPrintable(t.dialogs->asked.join(u'\n')));
        QVERIFY(t.dialogs->question(QStringLiteral("error:"))
                    .startsWith(QStringLiteral("error: Could not load the mapping.")));
        QVERIFY(d->mapping() == mapping);

        // Cancel leaves the project as it was.
        const ProjectData before = t.w.project()->data();
        d->reject();
        QVERIFY(t.w.project()->data() == before);
    }

    void aBadFileShowsTheReadersMessage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("old xls") << fixture("old.xls") << QStringLiteral("old .xls");
        QTest::newRow("password") << fixture("encrypted.xlsx") << QStringLiteral("password-protected");
        QTest::newRow("zip bomb") << fixture("bomb.xlsx") << QStringLiteral("ZIP bomb");
        QTest::newRow("encoding") << fixture("unknown-encoding.csv") << QStringLiteral("unknown encoding");
    }

    void aBadFileShowsTheReadersMessage()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        test::TestWindow t;
        t.w.newProject();
        const ProjectData before = t.w.project()->data();
        const int steps = t.w.project()->undoStack()->count();
        ImportDialog *d = importThroughMenu(t, file);
        QVERIFY(d);
        QVERIFY2(d->error().contains(message), qPrintable(d->error()));
        QVERIFY(d->error().startsWith(QStringLiteral("Could not read %1").arg(QFileInfo(file).fileName())));
        QVERIFY(!d->importButton()->isEnabled());
        QVERIFY(!d->tabs()->isVisible());
        QVERIFY(d->message()->isVisible());
        QVERIFY2(d->message()->text().contains(message), qPrintable(d->message()->text()));
        screenshot(d, QStringLiteral("4-error-") + QFileInfo(file).completeBaseName());
        QVERIFY(!d->importNow());
        d->reject();
        QVERIFY(t.w.project()->data() == before);
        QCOMPARE(t.w.project()->undoStack()->count(), steps);
    }

    void importIsOffForReadOnlyProjects()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.ropa"));
        QVERIFY(!store::saveProject(test::sampleProject(), path).error);
        store::ProjectLock other(path);
        QVERIFY(other.tryLock());
        test::TestWindow t;
        t.dialogs->locked = Dialogs::LockedChoice::ReadOnly;
        QVERIFY(t.w.openFile(path));
        QVERIFY(t.w.isReadOnly());
        QVERIFY(!importAction(t.w)->isEnabled());
        QVERIFY(!t.w.importRegister(fixture("register.xlsx")));
    }

    void aRegisterDroppedOnTheWindowOpensTheImport()
    {
        test::TestWindow t(test::TestWindow::Shown);
        QMimeData register_;
        register_.setUrls({QUrl::fromLocalFile(fixture("register-nl.csv"))});
        QMimeData project;
        project.setUrls({QUrl::fromLocalFile(QStringLiteral(ROPA_FIXTURES_DIR "/sample.ropa"))});
        const QPoint centre = t.w.rect().center();
        const auto enter = [&](const QMimeData &mime) {
            QDragEnterEvent event(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(&t.w, &event);
            return event.isAccepted();
        };
        QVERIFY(!enter(register_)); // no project to import into
        t.w.newProject();
        QVERIFY(enter(register_));
        QVERIFY(!enter(project)); // not a register
        QDropEvent drop(centre, Qt::CopyAction, &register_, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&t.w, &drop);
        auto *d = t.w.findChild<ImportDialog *>();
        QVERIFY(d);
        // Read on the worker: the dialog is up and says so before the file is read.
        QVERIFY(d->isBusy());
        QVERIFY(d->message()->isVisible());
        QCOMPARE(d->message()->text(), QStringLiteral("Reading register-nl.csv…"));
        QVERIFY(!d->importButton()->isEnabled());
        QTRY_VERIFY(!d->isBusy() && d->hasResult());
        QCOMPARE(d->plan().activities.size(), 3);
        QVERIFY(d->windowTitle().contains(QStringLiteral("register-nl.csv")));
    }

    void cancelWhileReadingChangesNothing()
    {
        test::TestWindow t(test::TestWindow::Shown);
        t.w.newProject();
        const ProjectData before = t.w.project()->data();
        const int steps = t.w.project()->undoStack()->count();
        t.dialogs->openPath = fixture("register.xlsx");
        importAction(t.w)->trigger();
        QPointer<ImportDialog> d = t.w.findChild<ImportDialog *>();
        QVERIFY(d && d->isBusy());
        d->reject();
        QVERIFY(!d->isVisible()); // gone for the user at once
        QTRY_VERIFY(!d);          // and closed when the reader returned
        QVERIFY(t.w.project()->data() == before);
        QCOMPARE(t.w.project()->undoStack()->count(), steps);
    }

    void importIsOffWithoutAProject()
    {
        test::TestWindow t;
        QVERIFY(!importAction(t.w)->isEnabled());
    }
};

QTEST_MAIN(TestImportWindow)
#include "test_import_window.moc"
