// File → Compare with… and File → Merge changes from…, as a consultant uses them: the open
// project against a client's copy (and the version both started from).

#include "app/changestree.h"
#include "app/comparedialog.h"
#include "app/entityviewer.h"
#include "app/mergedialog.h"
#include "common/windowfixture.h"
#include "compare/editedcopies.h"
#include "store/jsonformat.h"
#include "store/projectlock.h"
#include "store/projectstore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ropa;
using test::fixedId;

namespace {

bool writeJson(const QString &path, const ProjectData &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(json::writeProject(data)) > 0;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The row of a field under a change row, by the field's label.
QTreeWidgetItem *fieldRow(QTreeWidgetItem *change, const QString &label)
{
    for (int i = 0; change && i < change->childCount(); ++i) {
        if (change->child(i)->text(ChangesTree::NameColumn) == label)
            return change->child(i);
    }
    return nullptr;
}

QAction *action(MainWindow &w, const char *name)
{
    return w.findChild<QAction *>(QString::fromLatin1(name));
}

// The folder with the three versions: base.json (the sample), mine.json (the consultant's),
// theirs.json (the client's); the window has mine open.
struct Copies
{
    QTemporaryDir dir;
    ProjectData base = test::sampleProject();
    ProjectData mine = test::consultantCopy(base);
    ProjectData theirs = test::clientCopy(base);
    QString path(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }
    bool write()
    {
        return dir.isValid() && writeJson(path("base.json"), base) && writeJson(path("mine.json"), mine) &&
               writeJson(path("theirs.json"), theirs);
    }
};

} // namespace

class TestCompareWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::useSandbox()); }

    void compareListsTheChanges()
    {
        Copies c;
        QVERIFY(c.write());
        // Their copy as a .ropa file: comparing must neither lock nor change it.
        const QString theirs = c.path("theirs.ropa");
        QVERIFY(!store::saveProject(c.theirs, theirs).error);
        const QByteArray before = bytesOf(theirs);
        test::TestWindow t;
        QVERIFY(t.w.openFile(c.path("mine.json")));
        QVERIFY(action(t.w, "compareAction")->isEnabled());

        t.dialogs->openPath = theirs;
        action(t.w, "compareAction")->trigger();
        auto *d = t.w.findChild<CompareDialog *>();
        QVERIFY(d);
        QTRY_VERIFY(!d->isBusy());
        QVERIFY2(d->error().isEmpty(), qPrintable(d->error()));
        QCOMPARE(bytesOf(theirs), before);
        store::ProjectLock lock(theirs);
        QVERIFY(lock.tryLock()); // nobody holds it

        ChangesTree *tree = d->changes();
        // The client changed the vendor's country; the consultant renamed it: from mine to
        // theirs, the name goes back and the country changes.
        QTreeWidgetItem *vendor = tree->itemOf(fixedId(11));
        QVERIFY(vendor);
        QCOMPARE(vendor->text(ChangesTree::ChangeColumn), QStringLiteral("Changed"));
        QVERIFY(vendor->parent()->text(0).startsWith(QStringLiteral("Parties")));
        QTreeWidgetItem *country = fieldRow(vendor, QStringLiteral("Country"));
        QVERIFY(country);
        QCOMPARE(country->text(ChangesTree::OldColumn), QStringLiteral("United States (US)"));
        QCOMPARE(country->text(ChangesTree::NewColumn), QStringLiteral("United Kingdom (GB)"));
        QTreeWidgetItem *name = fieldRow(vendor, QStringLiteral("Name"));
        QVERIFY(name);
        QCOMPARE(name->text(ChangesTree::OldColumn), QStringLiteral("CallCabinet Ltd"));
        QCOMPARE(name->text(ChangesTree::NewColumn), QStringLiteral("CallCabinet"));
        // Their new category is only in their copy; the activity the consultant removed is
        // still in theirs (added, from mine to theirs), the consultant's transfer is not.
        QTreeWidgetItem *email = tree->itemOf(fixedId(23));
        QVERIFY(email);
        QCOMPARE(email->text(ChangesTree::ChangeColumn), QStringLiteral("Added"));
        QCOMPARE(tree->itemOf(fixedId(61))->text(ChangesTree::ChangeColumn), QStringLiteral("Added"));
        QCOMPARE(tree->itemOf(fixedId(72))->text(ChangesTree::ChangeColumn), QStringLiteral("Removed"));
        QCOMPARE(tree->visibleChanges(), int(tree->diff().changes.size()));
        QVERIFY(d->summary()->text().contains(QStringLiteral("theirs.ropa")));

        // Filters: the type, and a text that only the new category's name has.
        d->typeFilter()->setCurrentIndex(d->typeFilter()->findText(QStringLiteral("Added")));
        QVERIFY(email->isHidden() == false && vendor->isHidden());
        d->typeFilter()->setCurrentIndex(0);
        d->searchField()->setText(QStringLiteral("email ADDRESS"));
        QCOMPARE(tree->visibleChanges(), 2); // the category, and the activity that links it
        QVERIFY(!email->isHidden());
        QVERIFY(vendor->isHidden());
        d->searchField()->clear();

        // Opening: an entity only in their copy says so; one in the project is selected.
        tree->setCurrentItem(email);
        QVERIFY(!d->showSelected());
        QVERIFY2(d->status()->text().contains(QStringLiteral("only in theirs.ropa")), qPrintable(d->status()->text()));
        // ... and shows it as it is there, read-only.
        auto *showOther = d->findChild<QPushButton *>(QStringLiteral("compareShowOther"));
        QVERIFY(showOther->isEnabled());
        QVERIFY(!d->findChild<QPushButton *>(QStringLiteral("compareShow"))->isEnabled());
        EntityViewer *viewer = d->showSelectedInOther();
        QVERIFY(viewer);
        QCOMPARE(viewer->entity(), fixedId(23));
        QVERIFY2(viewer->text().contains(QStringLiteral("Email address")), qPrintable(viewer->text()));
        QVERIFY(viewer->windowTitle().contains(QStringLiteral("theirs.ropa")));
        QVERIFY(viewer->findChildren<QLineEdit *>().isEmpty()); // nothing to edit
        viewer->close();
        // The removed transfer is only in the project: nothing to show in theirs.
        tree->setCurrentItem(tree->itemOf(fixedId(72)));
        QVERIFY(!showOther->isEnabled());
        QVERIFY(!d->showSelectedInOther());
        tree->setCurrentItem(country); // a field's row opens its entity
        QVERIFY(d->showSelected());
        QCOMPARE(t.w.selectedEntity(), fixedId(11));

        // Export: the same changes, as Markdown and HTML.
        QVERIFY(d->exportTo(c.path("comparison.md")).isEmpty());
        const QString markdown = QString::fromUtf8(bytesOf(c.path("comparison.md")));
        QVERIFY(markdown.contains(QStringLiteral("Email address")));
        QVERIFY(markdown.contains(QStringLiteral("United Kingdom")));
        QVERIFY(markdown.contains(QStringLiteral("## Parties")));
        t.dialogs->savePath = c.path("comparison");
        d->findChild<QPushButton *>(QStringLiteral("compareExport"))->click();
        const QString html = QString::fromUtf8(bytesOf(c.path("comparison.html")));
        QVERIFY(html.contains(QStringLiteral("<td>United Kingdom (GB)</td>")));

        // After an edit, Compare again sees the project as it is now: their country taken.
        Party vendorNow = *t.w.project()->find<Party>(fixedId(11));
        vendorNow.country = QStringLiteral("GB");
        QVERIFY(edit::change(*t.w.project(), vendorNow));
        d->findChild<QPushButton *>(QStringLiteral("compareAgain"))->click();
        QTRY_VERIFY(!d->isBusy());
        QVERIFY(fieldRow(d->changes()->itemOf(fixedId(11)), QStringLiteral("Name")));
        QVERIFY(!fieldRow(d->changes()->itemOf(fixedId(11)), QStringLiteral("Country")));
    }

    void compareWithABrokenFileSaysWhy()
    {
        Copies c;
        QVERIFY(c.write());
        QFile broken(c.path("broken.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\": ");
        broken.close();
        test::TestWindow t;
        QVERIFY(t.w.openFile(c.path("mine.json")));
        CompareDialog *d = t.w.compareWith(c.path("broken.json"));
        QTRY_VERIFY(!d->isBusy());
        QVERIFY(d->error().contains(QStringLiteral("broken.json")));
        QCOMPARE(d->changes()->topLevelItemCount(), 0);
    }

    void mergeWithBaseTakesTheirChangesAsOneStep()
    {
        Copies c;
        QVERIFY(c.write());
        test::TestWindow t;
        QVERIFY(t.w.openFile(c.path("mine.json")));
        Project *project = t.w.project();
        const ProjectData mine = project->data();
        const int steps = project->undoStack()->count();

        // As a user: File › Merge changes from…, their copy, then "I have the version we both
        // started from" and its file (the file dialogs answered by the Dialogs seam).
        t.dialogs->openPath = c.path("theirs.json");
        action(t.w, "mergeAction")->trigger();
        auto *d = t.w.findChild<MergeDialog *>();
        QVERIFY(d);
        QTRY_VERIFY(!d->isBusy());
        QVERIFY(d->conflictList().isEmpty()); // no base yet: nothing to decide
        t.dialogs->openPath = c.path("base.json");
        d->baseBox()->click();
        QVERIFY(d->baseBox()->isChecked());
        QTRY_VERIFY(!d->isBusy());
        // Both changed the calls activity's first retention rule: the one conflict.
        QCOMPARE(d->conflictList().size(), 1);
        QCOMPARE(d->conflictList().constFirst().key, QStringLiteral("retention"));
        QVERIFY(!d->mergeButton()->isEnabled());
        QVERIFY(d->status()->text().contains(QStringLiteral("Decide 1 conflict")));
        // What only they changed is ticked already.
        QVERIFY(d->changes()->itemOf(fixedId(23)));
        QVERIFY(d->changes()->tickedKeys().size() >= 3);

        QVERIFY(d->decide(0, compare::Side::Ours));
        QTRY_VERIFY(!d->isBusy());
        QVERIFY(d->mergeButton()->isEnabled());
        d->mergeButton()->click();
        QVERIFY(!d->isVisible());

        const ProjectData &merged = project->data();
        QCOMPARE(merged.parties.at(fixedId(11)).name, QStringLiteral("CallCabinet Ltd")); // mine
        QCOMPARE(merged.parties.at(fixedId(11)).country, QStringLiteral("GB"));           // theirs
        QVERIFY(merged.dataCategories.count(fixedId(23)));                                // theirs
        QVERIFY(merged.activities.at(fixedId(60)).dataCategories.contains(fixedId(23)));
        QCOMPARE(merged.activities.at(fixedId(60)).owner, QStringLiteral("Service manager"));
        QCOMPARE(merged.activities.at(fixedId(60)).retention.at(0).duration, QStringLiteral("P1Y")); // decided mine
        QVERIFY(!merged.activities.count(fixedId(61)));                                              // mine removed it
        QCOMPARE(project->undoStack()->count(), steps + 1);
        QVERIFY(project->undoStack()->undoText().startsWith(QStringLiteral("Merge changes from theirs.json")));

        // One Ctrl+Z takes it all back.
        t.w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t.w));
        QTest::keyClick(&t.w, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(project->data() == mine);
    }

    void conflictDecidedTheirsTakesTheirs()
    {
        Copies c;
        QVERIFY(c.write());
        test::TestWindow t;
        QVERIFY(t.w.openFile(c.path("mine.json")));
        MergeDialog *d = t.w.mergeFrom(c.path("theirs.json"), c.path("base.json"));
        QTRY_VERIFY(!d->isBusy());
        QCOMPARE(d->conflictList().size(), 1);
        QTreeWidgetItem *row = d->conflicts()->topLevelItem(0);
        QVERIFY(row->text(0).contains(QStringLiteral("Retention")));
        QVERIFY(row->text(1).contains(QStringLiteral("1 year")));
        QVERIFY(row->text(2).contains(QStringLiteral("3 months")));
        auto *theirs = d->conflicts()->itemWidget(row, 3)->findChild<QRadioButton *>(QStringLiteral("takeTheirs"));
        QVERIFY(theirs);
        theirs->click();
        QTRY_VERIFY(!d->isBusy());
        QCOMPARE(d->undecided(), 0);
        QVERIFY(d->apply());
        QCOMPARE(t.w.project()->data().activities.at(fixedId(60)).retention.at(0).duration, QStringLiteral("P3M"));
    }

    // Both changed the calls activity's owner: a text, so the user may write the value both
    // meant instead of taking one side's.
    void aTextConflictCanBeDecidedWithYourOwnValue()
    {
        Copies c;
        Activity calls = c.mine.activities.at(fixedId(60));
        calls.owner = QStringLiteral("Head of quality");
        c.mine.activities[fixedId(60)] = calls;
        QVERIFY(c.write());
        test::TestWindow t;
        QVERIFY(t.w.openFile(c.path("mine.json")));
        MergeDialog *d = t.w.mergeFrom(c.path("theirs.json"), c.path("base.json"));
        QTRY_VERIFY(!d->isBusy());
        QCOMPARE(d->conflictList().size(), 2); // the retention rule and the owner
        int ownerRow = -1;
        for (int row = 0; row < d->conflictList().size(); ++row) {
            if (d->conflictList().at(row).key == QStringLiteral("owner"))
                ownerRow = row;
        }
        QVERIFY(ownerRow >= 0);
        QTreeWidgetItem *owner = d->conflicts()->topLevelItem(ownerRow);
        auto *edit = d->conflicts()->itemWidget(owner, 3)->findChild<QRadioButton *>(QStringLiteral("editValue"));
        QVERIFY(edit);
        // The retention rule is not one text: no third choice there.
        QTreeWidgetItem *retention = d->conflicts()->topLevelItem(1 - ownerRow);
        QVERIFY(!d->conflicts()->itemWidget(retention, 3)->findChild<QRadioButton *>(QStringLiteral("editValue")));
        QVERIFY(d->decide(1 - ownerRow, compare::Side::Theirs));
        QTRY_VERIFY(!d->isBusy());

        // Cancel: nothing decided.
        t.dialogs->text = std::nullopt;
        edit = d->conflicts()
                   ->itemWidget(d->conflicts()->topLevelItem(ownerRow), 3)
                   ->findChild<QRadioButton *>(QStringLiteral("editValue"));
        edit->click();
        QVERIFY(t.dialogs->asked.constLast().startsWith(QStringLiteral("text: ")));
        QVERIFY(t.dialogs->asked.constLast().contains(QStringLiteral("Head of quality")));
        QVERIFY(t.dialogs->asked.constLast().contains(QStringLiteral("Service manager")));
        QTRY_VERIFY(!d->isBusy());
        QCOMPARE(d->undecided(), 1);
        QVERIFY(!d->mergeButton()->isEnabled());

        // Written: "Head of quality and service".
        t.dialogs->text = QStringLiteral("Head of quality and service");
        edit = d->conflicts()
                   ->itemWidget(d->conflicts()->topLevelItem(ownerRow), 3)
                   ->findChild<QRadioButton *>(QStringLiteral("editValue"));
        edit->click();
        QTRY_VERIFY(!d->isBusy());
        QCOMPARE(d->undecided(), 0);
        QTRY_VERIFY(
            d->conflicts()->topLevelItem(ownerRow)->text(0).contains(QStringLiteral("Head of quality and service")));
        QVERIFY(d->conflicts()
                    ->itemWidget(d->conflicts()->topLevelItem(ownerRow), 3)
                    ->findChild<QRadioButton *>(QStringLiteral("editValue"))
                    ->isChecked());
        QVERIFY(d->apply());
        const Activity &merged = t.w.project()->data().activities.at(fixedId(60));
        QCOMPARE(merged.owner, QStringLiteral("Head of quality and service"));
        QCOMPARE(merged.retention.at(0).duration, QStringLiteral("P3M")); // theirs, as decided
    }

    void mergeWithoutBaseTakesWhatIsTicked()
    {
        Copies c;
        QVERIFY(c.write());
        test::TestWindow t;
        QVERIFY(t.w.openFile(c.path("base.json")));
        MergeDialog *d = t.w.mergeFrom(c.path("theirs.json"));
        QTRY_VERIFY(!d->isBusy());
        QVERIFY(!d->baseBox()->isChecked());
        QVERIFY(d->conflictList().isEmpty());
        QVERIFY(d->changes()->tickedKeys().isEmpty()); // the user ticks
        QVERIFY(!d->mergeButton()->isEnabled());
        // Take their country of the vendor, not the rest.
        compare::Pick country;
        country.kind = EntityKind::Party;
        country.id = fixedId(11);
        country.field = QStringLiteral("country");
        QVERIFY(d->changes()->setTicked(country.key(), true));
        QVERIFY(d->apply());
        const ProjectData &now = t.w.project()->data();
        QCOMPARE(now.parties.at(fixedId(11)).country, QStringLiteral("GB"));
        QVERIFY(!now.dataCategories.count(fixedId(23)));
        QCOMPARE(now.activities.at(fixedId(60)).owner, c.base.activities.at(fixedId(60)).owner);
    }

    void danglingReferenceIsRefused()
    {
        Copies c;
        // Their copy adds a party and a transfer to it.
        c.theirs = test::edited(c.base, [](Project &p) {
            Party cloud;
            cloud.id = fixedId(15);
            cloud.name = QStringLiteral("CloudCo");
            cloud.country = QStringLiteral("IE");
            edit::add(p, cloud);
            Transfer t;
            t.id = fixedId(75);
            t.from = fixedId(10);
            t.to = fixedId(15);
            t.role = Role::Processor;
            edit::add(p, t);
        });
        QVERIFY(c.write());
        test::TestWindow t;
        t.w.setErrorDialogsEnabled(true);
        QVERIFY(t.w.openFile(c.path("base.json")));
        const ProjectData before = t.w.project()->data();
        const int steps = t.w.project()->undoStack()->count();
        MergeDialog *d = t.w.mergeFrom(c.path("theirs.json"));
        QTRY_VERIFY(!d->isBusy());
        compare::Pick transfer;
        transfer.kind = EntityKind::Transfer;
        transfer.id = fixedId(75);
        QVERIFY(d->changes()->setTicked(transfer.key(), true)); // the transfer without its party
        QVERIFY(!d->apply());
        QVERIFY(d->isVisible());
        const QString error = t.dialogs->question(QStringLiteral("error: "));
        QVERIFY2(error.contains(QStringLiteral("Nothing was merged")), qPrintable(error));
        QVERIFY2(error.contains(idToString(fixedId(15))) || error.contains(QStringLiteral("CloudCo")),
                 qPrintable(error));
        QVERIFY(t.w.project()->data() == before);
        QCOMPARE(t.w.project()->undoStack()->count(), steps);
        // With the party ticked too, it merges.
        compare::Pick party;
        party.kind = EntityKind::Party;
        party.id = fixedId(15);
        QVERIFY(d->changes()->setTicked(party.key(), true));
        QVERIFY(d->apply());
        QVERIFY(t.w.project()->data().transfers.count(fixedId(75)));
    }

    void mergeIsOffForReadOnlyProjects()
    {
        Copies c;
        QVERIFY(c.write());
        const QString path = c.path("shared.ropa");
        QVERIFY(!store::saveProject(c.mine, path).error);
        store::ProjectLock other(path);
        QVERIFY(other.tryLock());
        test::TestWindow t;
        t.dialogs->locked = Dialogs::LockedChoice::ReadOnly;
        QVERIFY(t.w.openFile(path));
        QVERIFY(t.w.isReadOnly());
        QVERIFY(!action(t.w, "mergeAction")->isEnabled());
        QVERIFY(action(t.w, "compareAction")->isEnabled());
        QVERIFY(!t.w.mergeFrom(c.path("theirs.json")));
    }
};

QTEST_MAIN(TestCompareWindow)
#include "test_compare_window.moc"
