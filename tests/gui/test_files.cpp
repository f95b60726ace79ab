// The application shell as a user drives it: new, edit, save, reopen; unsaved changes; undo
// texts; delete with cascade; locked, broken and changed-on-disk files; recent files; find.

#include "app/appsettings.h"
#include "app/finddialog.h"
#include "app/welcomepage.h"
#include "commands/edits.h"
#include "common/windowfixture.h"
#include "itemmodels/entitysearchmodel.h"
#include "itemmodels/entitytablemodel.h"
#include "mainwindow.h"
#include "store/jsonformat.h"
#include "store/projectlock.h"
#include "store/projectstore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoView>

using namespace ropa;

namespace {

// Error dialogs are on here: the tests check what the user is shown (dialogs->errors).
struct Window : test::TestWindow
{
    Window() { w.setErrorDialogsEnabled(true); }
};

const Party *partyNamed(const ProjectData &data, const QString &name)
{
    for (const auto &[id, party] : data.parties) {
        if (party.name == name)
            return &party;
    }
    return nullptr;
}

QTableView *table(MainWindow &w)
{
    return w.findChild<QTableView *>(QStringLiteral("entityTable"));
}

} // namespace

class TestFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::useSandbox()); }

    void welcomeWhenNothingIsOpen()
    {
        Window t;
        QVERIFY(!t.w.hasProject());
        QCOMPARE(t.w.windowTitle(), QStringLiteral("Ropa"));
        QVERIFY(t.w.welcomePage()->isVisibleTo(&t.w));
        QVERIFY(!t.w.undoAction()->isEnabled());
    }

    void newEditSaveReopen()
    {
        QTemporaryDir dir;
        Window t;
        t.w.newProject();
        QVERIFY(t.w.hasProject());
        QVERIFY(!t.w.isWindowModified());
        QCOMPARE(t.w.currentSection(), Section::OwnOrganisation);

        // Add a party and rename it in the table, as a user does (F2, type, Enter).
        t.w.showSection(Section::Parties);
        const Id party = t.w.addEntity();
        QVERIFY(!party.isNull());
        QCOMPARE(t.w.selectedEntity(), party);
        QTableView *view = table(t.w);
        QVERIFY(view->model()->setData(view->currentIndex(), QStringLiteral("HubSpot, Inc.")));
        QCOMPARE(t.w.projectData()->find<Party>(party)->name, QStringLiteral("HubSpot, Inc."));
        QVERIFY(t.w.isWindowModified());
        QVERIFY(t.w.windowTitle().contains(QStringLiteral("[*]")));
        QVERIFY2(t.w.undoAction()->text().remove(u'&').startsWith(QStringLiteral("Undo Rename party")),
                 qPrintable(t.w.undoAction()->text()));

        // An activity and a transfer.
        t.w.showSection(Section::Activities);
        QVERIFY(!t.w.addEntity().isNull());
        t.w.showSection(Section::Transfers);
        const Id transfer = t.w.addEntity();
        QVERIFY(!transfer.isNull());
        QCOMPARE(t.w.projectData()->find<Transfer>(transfer)->to, party);

        // Save goes to Save As for a new project, suggesting a .ropa name.
        t.dialogs->savePath = dir.filePath(QStringLiteral("inventory")); // suffix added
        QVERIFY(t.w.save());
        QVERIFY(t.dialogs->lastSuggested.endsWith(QStringLiteral(".ropa")));
        const QString path = dir.filePath(QStringLiteral("inventory.ropa"));
        QCOMPARE(t.w.savePath(), path);
        QVERIFY(QFile::exists(path));
        QVERIFY(!t.w.isWindowModified());
        QCOMPARE(t.w.windowTitle(), QStringLiteral("inventory.ropa[*] — Ropa"));
        QVERIFY(t.w.recoveryCopyPath().isEmpty());
        const ProjectData saved = *t.w.projectData();

        // Save again without asking.
        t.dialogs->asked.clear();
        QVERIFY(t.w.closeProject());
        QVERIFY(t.dialogs->asked.isEmpty()); // nothing unsaved, nothing asked
        QVERIFY(!t.w.hasProject());

        Window u;
        QVERIFY2(u.w.openFile(path), qPrintable(u.w.lastError()));
        QVERIFY(*u.w.projectData() == saved);
        QVERIFY(AppSettings::recentFiles().contains(path));
    }

    void undoRedoThroughTheActions()
    {
        Window t;
        t.w.setErrorDialogsEnabled(false);
        QVERIFY(t.w.openFile(MainWindow::examplePath()));
        const ProjectData before = *t.w.projectData();
        t.w.showSection(Section::DataSubjects);
        const Id copy = t.w.duplicateSelected();
        QVERIFY(!copy.isNull());
        QCOMPARE(t.w.selectedEntity(), copy);
        QVERIFY(t.w.isWindowModified());
        QVERIFY(t.w.undoView()->stack());
        QCOMPARE(t.w.undoView()->stack()->count(), 1);
        t.w.undoAction()->trigger();
        QVERIFY(*t.w.projectData() == before);
        QVERIFY(!t.w.isWindowModified());
        QVERIFY2(t.w.redoAction()->text().remove(u'&').startsWith(QStringLiteral("Redo ")),
                 qPrintable(t.w.redoAction()->text()));
        t.w.redoAction()->trigger();
        QVERIFY(t.w.projectData()->find<DataSubject>(copy));
    }

    void closingWithUnsavedChangesAsks()
    {
        QTemporaryDir dir;
        Window t;
        t.w.newProject();
        t.w.showSection(Section::Sources);
        QVERIFY(!t.w.addEntity().isNull());

        t.dialogs->saveChanges = Dialogs::SaveChanges::Cancel;
        QVERIFY(!t.w.closeProject());
        QVERIFY(t.dialogs->wasAsked(QStringLiteral("save-changes: Untitled project")));
        QVERIFY(t.w.hasProject());
        // Closing the window asks the same.
        QVERIFY(!t.w.close());
        QVERIFY(t.w.hasProject());

        // Save: asks where (untitled), then closes.
        t.dialogs->saveChanges = Dialogs::SaveChanges::Save;
        t.dialogs->savePath = dir.filePath(QStringLiteral("kept.ropa"));
        QVERIFY(t.w.closeProject());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("kept.ropa"))));

        // Discard: closes without saving.
        t.w.newProject();
        t.w.showSection(Section::Sources);
        QVERIFY(!t.w.addEntity().isNull());
        t.dialogs->saveChanges = Dialogs::SaveChanges::Discard;
        QVERIFY(t.w.closeProject());
        QVERIFY(!t.w.hasProject());
    }

    void deleteAsksWhenItCascadesAndIsUndoable()
    {
        Window t;
        QVERIFY(t.w.openFile(MainWindow::examplePath()));
        const ProjectData before = *t.w.projectData();
        const Party *hubspot = partyNamed(before, QStringLiteral("HubSpot, Inc."));
        QVERIFY(hubspot);
        const Id id = hubspot->id;
        const CascadeSummary cascade = cascadeOf(before, EntityKind::Party, {id});
        QVERIFY(cascade.removedCount(EntityKind::Transfer) > 0);

        // No: nothing happens.
        QVERIFY(t.w.selectEntity(id));
        t.dialogs->deleteAnswer = false;
        QVERIFY(!t.w.deleteSelected());
        QVERIFY(*t.w.projectData() == before);
        const QString question = t.dialogs->question(QStringLiteral("delete: "));
        const int n = cascade.removedCount(EntityKind::Transfer);
        const QString expected = QStringLiteral("Removing HubSpot, Inc. also removes ") +
                                 (n == 1 ? QStringLiteral("1 transfer") : QStringLiteral("%1 transfers").arg(n));
        QVERIFY2(question.contains(expected), qPrintable(question));

        // Yes: removed with its transfers, in one undo step.
        t.dialogs->deleteAnswer = true;
        QVERIFY(t.w.deleteSelected());
        QVERIFY(!t.w.projectData()->find<Party>(id));
        QCOMPARE(t.w.projectData()->transfers.size(), before.transfers.size() - size_t(n));
        QCOMPARE(table(t.w)->model()->rowCount(), int(before.parties.size()) - 1);
        t.w.undoAction()->trigger();
        QVERIFY(*t.w.projectData() == before);
        QCOMPARE(table(t.w)->model()->rowCount(), int(before.parties.size()));

        // A removal without consequences does not ask.
        t.dialogs->asked.clear();
        t.w.showSection(Section::Documents);
        const Id doc = t.w.addEntity();
        QVERIFY(t.w.selectEntity(doc));
        QVERIFY(t.w.deleteSelected());
        QVERIFY(!t.dialogs->wasAsked(QStringLiteral("delete: ")));
    }

    void tableModelsFollowEditsRowByRow()
    {
        Window t;
        QVERIFY(t.w.openFile(MainWindow::examplePath()));
        EntityTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EntitySearchModel search;
        QAbstractItemModelTester searchTester(&search, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Project *project = t.w.project();
        model.setProject(project);
        search.setProject(project);
        model.setSection(Section::Parties);
        const int parties = model.rowCount();
        int resets = 0;
        connect(&model, &QAbstractItemModel::modelReset, this, [&resets] { ++resets; });

        const Party *hubspot = partyNamed(project->data(), QStringLiteral("HubSpot, Inc."));
        QVERIFY(hubspot);
        const Id id = hubspot->id;
        QVERIFY(edit::remove(*project, EntityKind::Party, id));
        QCOMPARE(model.rowCount(), parties - 1);
        QCOMPARE(model.rowOf(id), -1);
        project->undoStack()->undo();
        QCOMPARE(model.rowCount(), parties);
        // Renaming through the model pushes a command.
        const QModelIndex index = model.index(model.rowOf(id), 0);
        QVERIFY(model.flags(index) & Qt::ItemIsEditable);
        QVERIFY(model.setData(index, QStringLiteral("HubSpot")));
        QCOMPARE(project->data().find<Party>(id)->name, QStringLiteral("HubSpot"));
        QVERIFY(project->undoStack()->undoText().contains(QStringLiteral("HubSpot")));
        QVERIFY(!model.setData(index, QString())); // an empty name is refused
        QCOMPARE(resets, 0);
        QTest::qWait(10); // the queued refresh of dependent cells
        for (int i = 0; i < SectionCount; ++i)
            model.setSection(static_cast<Section>(i));
        QCOMPARE(search.rowCount(), [&] {
            int n = 0;
            project->data().forEachEntity([&n](const auto &) { ++n; });
            return n;
        }());
        project->undoStack()->setIndex(0);
    }

    void lockedFileSaysWhoHoldsIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.ropa"));
        const json::ReadResult example = json::readProjectFile(MainWindow::examplePath());
        QVERIFY(example.data);
        QVERIFY(!store::saveProject(*example.data, path).error);
        store::ProjectLock other(path);
        QVERIFY(other.tryLock());

        Window t;
        t.dialogs->locked = Dialogs::LockedChoice::Cancel;
        QVERIFY(!t.w.openFile(path));
        const QString question = t.dialogs->question(QStringLiteral("locked: "));
        QVERIFY2(question.contains(QStringLiteral("shared.ropa")), qPrintable(question));
        QVERIFY2(question.contains(other.holder().describe()), qPrintable(question));
        QVERIFY(!t.w.hasProject());

        t.dialogs->locked = Dialogs::LockedChoice::ReadOnly;
        QVERIFY(t.w.openFile(path));
        QVERIFY(t.w.isReadOnly());
        QVERIFY(t.w.windowTitle().contains(QStringLiteral("read-only")));
        // Save in read-only mode goes to Save As.
        t.dialogs->savePath.clear();
        QVERIFY(!t.w.save());
        QVERIFY(t.dialogs->wasAsked(QStringLiteral("save-file: ")));
        QVERIFY(t.w.closeProject());

        t.dialogs->locked = Dialogs::LockedChoice::Copy;
        QVERIFY(t.w.openFile(path));
        QVERIFY(!t.w.isReadOnly());
        QVERIFY(t.w.savePath().isEmpty());
        QVERIFY(t.w.project()->info().name.startsWith(QStringLiteral("Copy of")));
    }

    void brokenFileShowsTheStoreMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.ropa"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(200, 'x'));
        file.close();
        const store::OpenResult direct = store::openProject(path);
        QVERIFY(direct.error);

        Window t;
        QVERIFY(!t.w.openFile(path));
        const QString shown = t.dialogs->question(QStringLiteral("error: "));
        QVERIFY2(shown.contains(QStringLiteral("broken.ropa")), qPrintable(shown));
        QVERIFY2(shown.contains(direct.error.message), qPrintable(shown));
        QVERIFY(!t.w.hasProject());
    }

    void saveRefusesAFileChangedOnDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("project.ropa"));
        Window t;
        t.w.newProject();
        t.dialogs->savePath = path;
        QVERIFY(t.w.saveAs());

        // Somebody else saves the file meanwhile.
        ProjectData theirs = *t.w.projectData();
        theirs.info.name = QStringLiteral("Their version");
        store::SaveOptions force;
        force.force = true;
        QTest::qWait(20);
        QVERIFY(!store::saveProject(theirs, path, force).error);

        t.w.showSection(Section::DataSubjects);
        QVERIFY(!t.w.addEntity().isNull());
        t.dialogs->changedOnDisk = Dialogs::ChangedOnDiskChoice::Cancel;
        QVERIFY(!t.w.save());
        QVERIFY(t.dialogs->wasAsked(QStringLiteral("changed-on-disk: ")));
        QCOMPARE(store::openProject(path).data->info.name, QStringLiteral("Their version"));
        QVERIFY(t.w.isWindowModified());

        // Save As from there writes elsewhere and leaves their file alone.
        t.dialogs->changedOnDisk = Dialogs::ChangedOnDiskChoice::SaveAs;
        t.dialogs->savePath = dir.filePath(QStringLiteral("mine.ropa"));
        QVERIFY(t.w.save());
        QCOMPARE(t.w.savePath(), dir.filePath(QStringLiteral("mine.ropa")));
        QCOMPARE(store::openProject(path).data->info.name, QStringLiteral("Their version"));
        QVERIFY(!t.w.isWindowModified());
    }

    void jsonIsSavedAsRopaAndExported()
    {
        QTemporaryDir dir;
        Window t;
        QVERIFY(t.w.openFile(MainWindow::examplePath()));
        QVERIFY(t.w.savePath().isEmpty());
        t.dialogs->savePath = dir.filePath(QStringLiteral("northwind.ropa"));
        QVERIFY(t.w.save());
        QVERIFY(t.dialogs->wasAsked(QStringLiteral("save-file: ")));
        QVERIFY(t.dialogs->lastSuggested.endsWith(QStringLiteral(".ropa")));
        QVERIFY(store::openProject(t.w.savePath()).data);

        const QString exported = dir.filePath(QStringLiteral("out.json"));
        QVERIFY(t.w.exportJson(exported));
        const json::ReadResult back = json::readProjectFile(exported);
        QVERIFY2(back.data, qPrintable(back.error));
        QVERIFY(*back.data == *t.w.projectData());
    }

    void recentFilesDropMissingFiles()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.ropa"));
        const QString b = dir.filePath(QStringLiteral("b.ropa"));
        for (const QString &path : {a, b}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        AppSettings::clearRecentFiles();
        AppSettings::addRecentFile(a);
        AppSettings::addRecentFile(b);
        AppSettings::addRecentFile(MainWindow::examplePath()); // not a recent file
        QCOMPARE(AppSettings::recentFiles(), (QStringList{b, a}));
        QVERIFY(QFile::remove(b));
        QCOMPARE(AppSettings::recentFiles(), QStringList{a});
    }

    void findJumpsToTheEntity()
    {
        Window t;
        QVERIFY(t.w.openFile(MainWindow::examplePath()));
        t.w.showSection(Section::Documents);
        QVERIFY(t.w.findAndSelect(QStringLiteral("hubspot, inc")));
        QCOMPARE(t.w.currentSection(), Section::Parties);
        const Party *hubspot = partyNamed(*t.w.projectData(), QStringLiteral("HubSpot, Inc."));
        QCOMPARE(t.w.selectedEntity(), hubspot->id);
        // Any kind: a data category.
        const DataCategory &category = t.w.projectData()->dataCategories.begin()->second;
        QVERIFY(t.w.findAndSelect(category.name));
        QVERIFY(!t.w.findDialog()->matches().isEmpty());
        QVERIFY(!t.w.findAndSelect(QStringLiteral("no such thing anywhere")));
    }

    // The results: every name contains the text (any case); names that start with it first,
    // then a word that starts with it, then the rest; transfers after the other kinds. While
    // the dialog is open they follow a rename (of a party: the transfers' "From → To" names
    // too), a removal and undo; a hidden dialog catches up when it is shown again.
    void findRanksAndFollowsEdits()
    {
        Window t;
        QVERIFY(t.w.openFile(MainWindow::examplePath()));
        FindDialog *dialog = t.w.findDialog();
        dialog->show();
        auto *results = dialog->findChild<QTableView *>(QStringLiteral("findResults"));
        QVERIFY(results);
        const auto rows = [results] {
            QList<std::pair<QString, bool>> list; // name, is a transfer
            for (int r = 0; r < results->model()->rowCount(); ++r) {
                const QModelIndex i = results->model()->index(r, 0);
                list.append({i.data().toString(),
                             i.data(EntitySearchModel::KindRole).toInt() == static_cast<int>(EntityKind::Transfer)});
            }
            return list;
        };
        dialog->searchField()->setText(QStringLiteral("HUB"));
        auto found = rows();
        QVERIFY(found.size() >= 2);
        QCOMPARE(found.first().first, QStringLiteral("HubSpot, Inc."));
        bool seenTransfer = false;
        for (const auto &[name, transfer] : found) {
            QVERIFY2(name.contains(QStringLiteral("hub"), Qt::CaseInsensitive), qPrintable(name));
            QVERIFY2(!seenTransfer || transfer, qPrintable(name)); // no other kind after a transfer
            seenTransfer = seenTransfer || transfer;
        }
        QVERIFY(seenTransfer); // the transfers to HubSpot, by their "From → To" name

        Project *project = t.w.project();
        const Party *hubspot = partyNamed(project->data(), QStringLiteral("HubSpot, Inc."));
        QVERIFY(hubspot);
        Party renamed = *hubspot;
        renamed.name = QStringLiteral("Zeta CRM");
        QVERIFY(edit::change(*project, renamed));
        found = rows();
        for (const auto &[name, transfer] : found)
            QVERIFY2(!name.contains(QStringLiteral("HubSpot, Inc.")), qPrintable(name));
        dialog->searchField()->setText(QStringLiteral("zeta"));
        found = rows();
        QVERIFY(found.size() >= 2);
        QCOMPARE(found.first().first, QStringLiteral("Zeta CRM"));
        QVERIFY(found.last().second && found.last().first.contains(QStringLiteral("→ Zeta CRM")));

        QVERIFY(edit::remove(*project, EntityKind::Party, renamed.id));
        QVERIFY(rows().isEmpty());
        project->undoStack()->undo();
        QCOMPARE(rows().size(), found.size());
        project->undoStack()->undo(); // the rename
        dialog->searchField()->setText(QStringLiteral("hub"));
        QCOMPARE(rows().first().first, QStringLiteral("HubSpot, Inc."));

        // Hidden: the edits are not ranked and sorted one by one; shown, it has them all.
        const QList<std::pair<QString, bool>> before = rows();
        dialog->hide();
        QVERIFY(edit::change(*project, renamed)); // HubSpot is "Zeta CRM" again
        QVERIFY(edit::remove(*project, EntityKind::Party, renamed.id));
        project->undoStack()->undo();
        dialog->show();
        found = rows();
        for (const auto &[name, transfer] : found)
            QVERIFY2(name.contains(QStringLiteral("hub"), Qt::CaseInsensitive), qPrintable(name));
        QCOMPARE(found.size(), before.size() - 3); // HubSpot and its two transfers are Zeta's now
        project->undoStack()->undo();              // the second rename
        found = rows();
        QCOMPARE(found, before);
    }
};

QTEST_MAIN(TestFiles)
#include "test_files.moc"
