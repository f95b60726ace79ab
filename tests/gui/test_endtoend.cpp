// The whole round as a DPO makes it, through the real window and its editors: a new
// project; a party with its country; an activity with a purpose, a lawful basis, a data
// category (added inline) and a retention rule; a transfer with countries and an SCC
// module. Then every step undone and redone, Save As to a .ropa file, and the file
// reopened in a fresh window: every field set is there.

#include "common/windowfixture.h"
#include "editors/countrypicker.h"
#include "editors/entityeditor.h"
#include "editors/fields.h"
#include "editors/kindeditor.h"
#include "editors/linkpicker.h"
#include "editors/retentioneditor.h"
#include "mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ropa;

namespace {

struct Window : test::TestWindow
{
    Window()
        : TestWindow(Shown)
    {
    }
};

// Lets deferred reloads (editors, pickers, tables) run.
void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

EntityEditor *entityEditor(MainWindow &w)
{
    return w.findChild<EntityEditor *>();
}

// A field of the editor shown for the selected entity, by its object name (the JSON key).
template <typename T> T *field(MainWindow &w, const QString &name)
{
    EntityEditor *editor = entityEditor(w);
    if (!editor || !editor->currentEditor())
        return nullptr;
    return editor->currentEditor()->findChild<T *>(name);
}

// The table's inline name editor that Add opens: typed into and committed, as a user does.
bool typeInlineName(MainWindow &w, const QString &name)
{
    auto *table = w.findChild<QTableView *>(QStringLiteral("entityTable"));
    if (!table)
        return false;
    for (QLineEdit *edit : table->viewport()->findChildren<QLineEdit *>()) {
        if (!edit->isVisible())
            continue;
        edit->selectAll();
        QTest::keyClicks(edit, name);
        QTest::keyClick(edit, Qt::Key_Return);
        settle();
        return true;
    }
    return false;
}

// Picks the item whose data is value, as choosing it from the popup does.
bool choose(QComboBox *combo, const QVariant &value)
{
    if (!combo)
        return false;
    const int index = combo->findData(value);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    settle();
    return true;
}

// The plain text of a multi-line field, replaced by what the user types, a line at a time.
void typeLines(QPlainTextEdit *edit, const QStringList &lines)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, lines.at(i));
    }
    settle();
}

void typeLine(TextField *field, const QString &text)
{
    field->lineEdit()->selectAll();
    QTest::keyClicks(field->lineEdit(), text);
    settle();
}

const Party *partyNamed(const ProjectData &data, const QString &name)
{
    for (const auto &[id, party] : data.parties) {
        if (party.name == name)
            return &party;
    }
    return nullptr;
}

const Party *ownParty(const ProjectData &data)
{
    for (const auto &[id, party] : data.parties) {
        if (party.own)
            return &party;
    }
    return nullptr;
}

const QString PartyName = QStringLiteral("HubSpot, Inc.");
const QString ActivityName = QStringLiteral("Customer service calls");
const QString Purpose1 = QStringLiteral("Answering customer questions");
const QString Purpose2 = QStringLiteral("Handling complaints");
const QString CategoryName = QStringLiteral("Call recordings");
const QString Trigger = QStringLiteral("end of contract");
const QString TransferPurpose = QStringLiteral("CRM hosting");

// Every field the scenario set, checked on a project (after redo, and after reopening).
void verifyInventory(const ProjectData &data)
{
    QCOMPARE(data.parties.size(), std::size_t(2));
    const Party *own = ownParty(data);
    QVERIFY(own);
    const Party *party = partyNamed(data, PartyName);
    QVERIFY(party);
    QVERIFY(!party->own);
    QCOMPARE(party->country, QStringLiteral("US"));

    QCOMPARE(data.dataCategories.size(), std::size_t(1));
    const DataCategory &category = data.dataCategories.begin()->second;
    QCOMPARE(category.name, CategoryName);

    QCOMPARE(data.activities.size(), std::size_t(1));
    const Activity &activity = data.activities.begin()->second;
    QCOMPARE(activity.name, ActivityName);
    QCOMPARE(activity.organisation, own->id);
    QCOMPARE(activity.role, Role::Controller);
    QCOMPARE(activity.purposes, QStringList({Purpose1, Purpose2}));
    QVERIFY(activity.lawfulBasis.has_value());
    QCOMPARE(*activity.lawfulBasis, LawfulBasis::Contract);
    QCOMPARE(activity.dataCategories, IdList{category.id});
    QCOMPARE(activity.retention.size(), qsizetype(1));
    const RetentionRule &rule = activity.retention.constFirst();
    QCOMPARE(rule.categories, IdList{category.id});
    QCOMPARE(rule.duration, QStringLiteral("P6Y"));
    QCOMPARE(rule.trigger, Trigger);

    QCOMPARE(data.transfers.size(), std::size_t(1));
    const Transfer &transfer = data.transfers.begin()->second;
    QCOMPARE(transfer.from, own->id);
    QCOMPARE(transfer.to, party->id);
    QCOMPARE(transfer.purpose, TransferPurpose);
    QCOMPARE(transfer.countries, QStringList({QStringLiteral("US"), QStringLiteral("IN")}));
    QCOMPARE(transfer.mechanism, Mechanism::Scc);
    QVERIFY(transfer.sccModule.has_value());
    QCOMPARE(*transfer.sccModule, 2);
}

} // namespace

class TestEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::useSandbox()); }

    void buildUndoRedoSaveReopen()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Window t;
        t.w.newProject();
        QVERIFY(t.w.hasProject());
        QUndoStack *stack = t.w.project()->undoStack();
        const ProjectData initial = *t.w.projectData();
        QCOMPARE(initial.parties.size(), std::size_t(1));

        // A party: Add, its name typed in the table, its country picked in the editor.
        t.w.showSection(Section::Parties);
        const Id partyId = t.w.addEntity();
        QVERIFY(!partyId.isNull());
        QVERIFY(typeInlineName(t.w, PartyName));
        QCOMPARE(t.w.projectData()->find<Party>(partyId)->name, PartyName);
        QCOMPARE(entityEditor(t.w)->entityId(), partyId);
        auto *country = field<CountryField>(t.w, QStringLiteral("country"));
        QVERIFY(country);
        QVERIFY(choose(country->comboBox(), QStringLiteral("US")));
        QCOMPARE(t.w.projectData()->find<Party>(partyId)->country, QStringLiteral("US"));

        // An activity: name, purposes, lawful basis in its editor; a data category added
        // inline; a retention rule of six years after the end of the contract.
        t.w.showSection(Section::Activities);
        const Id activityId = t.w.addEntity();
        QVERIFY(!activityId.isNull());
        QVERIFY(typeInlineName(t.w, QStringLiteral("Calls")));
        QCOMPARE(entityEditor(t.w)->entityId(), activityId);
        auto *name = field<TextField>(t.w, QStringLiteral("name"));
        QVERIFY(name);
        typeLine(name, ActivityName);
        QCOMPARE(t.w.projectData()->find<Activity>(activityId)->name, ActivityName);
        auto *purposes = field<ListField>(t.w, QStringLiteral("purposes"));
        QVERIFY(purposes);
        typeLines(purposes, {Purpose1, Purpose2});
        QCOMPARE(t.w.projectData()->find<Activity>(activityId)->purposes, QStringList({Purpose1, Purpose2}));
        QVERIFY(
            choose(field<ChoiceCombo>(t.w, QStringLiteral("lawfulBasis")), static_cast<int>(LawfulBasis::Contract)));

        auto *categories = field<LinkPicker>(t.w, QStringLiteral("dataCategories"));
        QVERIFY(categories);
        QTest::keyClicks(categories->newNameEdit(), CategoryName);
        QTest::mouseClick(categories->addNewButton(), Qt::LeftButton);
        settle();
        QCOMPARE(t.w.projectData()->dataCategories.size(), std::size_t(1));
        const Id categoryId = t.w.projectData()->dataCategories.begin()->first;
        QCOMPARE(t.w.projectData()->find<Activity>(activityId)->dataCategories, IdList{categoryId});

        auto *retention = field<RetentionEditor>(t.w, QStringLiteral("retention"));
        QVERIFY(retention);
        QTest::mouseClick(retention->addButton(), Qt::LeftButton);
        settle();
        QCOMPARE(retention->rowCount(), 1);
        QVERIFY(retention->hasPendingRule());
        retention->row(0).amount->setValue(6);
        QVERIFY(choose(retention->row(0).unit, 4)); // years
        QVERIFY(!retention->hasPendingRule());
        typeLine(retention->row(0).trigger, Trigger);
        {
            const Activity *a = t.w.projectData()->find<Activity>(activityId);
            QCOMPARE(a->retention.size(), qsizetype(1));
            QCOMPARE(a->retention.constFirst().duration, QStringLiteral("P6Y"));
            QCOMPARE(a->retention.constFirst().trigger, Trigger);
            QCOMPARE(a->retention.constFirst().categories, IdList{categoryId});
        }

        // A transfer from the organisation to the party: its purpose, two countries and
        // the standard contractual clauses, module 2.
        t.w.showSection(Section::Transfers);
        const Id transferId = t.w.addEntity();
        QVERIFY(!transferId.isNull());
        settle();
        QCOMPARE(entityEditor(t.w)->entityId(), transferId);
        auto *purpose = field<TextField>(t.w, QStringLiteral("purpose"));
        QVERIFY(purpose);
        typeLine(purpose, TransferPurpose);
        auto *countries = field<CountryListField>(t.w, QStringLiteral("countries"));
        QVERIFY(countries);
        QVERIFY(choose(countries->picker()->comboBox(), QStringLiteral("US")));
        QVERIFY(choose(countries->picker()->comboBox(), QStringLiteral("IN")));
        QVERIFY(choose(field<ChoiceCombo>(t.w, QStringLiteral("mechanism")), static_cast<int>(Mechanism::Scc)));
        QVERIFY(choose(field<ChoiceCombo>(t.w, QStringLiteral("sccModule")), 2));

        verifyInventory(*t.w.projectData());
        if (QTest::currentTestFailed())
            return;
        QVERIFY(t.w.isWindowModified());

        // Undo every step with the Edit menu's action, back to the new project...
        int steps = 0;
        while (t.w.undoAction()->isEnabled()) {
            t.w.undoAction()->trigger();
            settle();
            ++steps;
            QVERIFY(steps < 200);
        }
        QCOMPARE(stack->index(), 0);
        QVERIFY(steps >= 10);
        {
            const ProjectData &data = *t.w.projectData();
            QCOMPARE(data.parties.size(), std::size_t(1));
            QVERIFY(data.parties == initial.parties);
            QVERIFY(data.activities.empty());
            QVERIFY(data.dataCategories.empty());
            QVERIFY(data.transfers.empty());
            QVERIFY(data.info == initial.info);
        }
        QVERIFY(!t.w.isWindowModified());

        // ... and redo every one of them.
        int redone = 0;
        while (t.w.redoAction()->isEnabled()) {
            t.w.redoAction()->trigger();
            settle();
            ++redone;
            QVERIFY(redone <= steps);
        }
        QCOMPARE(redone, steps);
        verifyInventory(*t.w.projectData());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(t.w.projectData()->find<Party>(partyId)->name, PartyName);
        QVERIFY(t.w.projectData()->find<Activity>(activityId));
        QVERIFY(t.w.projectData()->find<Transfer>(transferId));

        // Save As (the file name asked for), then reopened in another window.
        t.dialogs->savePath = dir.filePath(QStringLiteral("inventory.ropa"));
        QVERIFY(t.w.saveAs());
        QVERIFY(!t.w.isWindowModified());
        QVERIFY(t.w.closeProject());
        QVERIFY(!t.w.hasProject());

        Window reopened;
        QVERIFY2(reopened.w.openFile(dir.filePath(QStringLiteral("inventory.ropa"))),
                 qPrintable(reopened.w.lastError()));
        const ProjectData &data = *reopened.w.projectData();
        verifyInventory(data);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(data.info == initial.info);
        QVERIFY(data.parties.at(ownParty(initial)->id) == *ownParty(initial));
        QVERIFY(data.find<Party>(partyId));
        QVERIFY(data.find<Activity>(activityId));
        QVERIFY(data.find<Transfer>(transferId));
        QCOMPARE(data.find<DataCategory>(categoryId)->name, CategoryName);
        QVERIFY(!reopened.dialogs->wasAsked(QStringLiteral("error")));

        // The editor shows what was saved.
        QVERIFY(reopened.w.selectEntity(activityId));
        settle();
        auto *lawful = field<ChoiceCombo>(reopened.w, QStringLiteral("lawfulBasis"));
        QVERIFY(lawful);
        QCOMPARE(lawful->value().toInt(), static_cast<int>(LawfulBasis::Contract));
        QCOMPARE(field<ListField>(reopened.w, QStringLiteral("purposes"))->value(), QStringList({Purpose1, Purpose2}));
        QVERIFY(reopened.w.closeProject());
    }
};

QTEST_MAIN(TestEndToEnd)
#include "test_endtoend.moc"
