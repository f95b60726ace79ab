// The entity editors as a user drives them (offscreen): every edit is an undo command,
// undo shows the old value again, typing merges, links, "Add new…", the country picker,
// SCC modules, retention durations, evidence, and following the project from outside.
//
// Set ROPA_EDITOR_SCREENSHOTS=/tmp/editors to write a PNG of each editor there.

#include "checks/checker.h"
#include "commands/edits.h"
#include "demoproject.h"
#include "domain/project.h"
#include "editors/countrypicker.h"
#include "editors/entityeditor.h"
#include "editors/evidenceeditor.h"
#include "editors/fields.h"
#include "editors/kindeditors.h"
#include "editors/linkpicker.h"
#include "editors/retentioneditor.h"
#include "store/jsonformat.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <memory>

using namespace ropa;
using namespace Qt::StringLiterals;

namespace {

using test::byName;
using test::demoProject;

// The first transfer with that mechanism.
Id transferWith(const Project &project, Mechanism mechanism)
{
    for (const auto &[id, t] : project.data().transfers) {
        if (t.mechanism == mechanism)
            return id;
    }
    qFatal("no transfer with that mechanism");
}

template <typename W> W *field(EntityEditor &editor, const char *name)
{
    KindEditor *kind = editor.currentEditor();
    if (!kind)
        return nullptr;
    return kind->findChild<W *>(QString::fromLatin1(name));
}

int indexOfData(QComboBox *combo, const QVariant &value)
{
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i) == value)
            return i;
    }
    return -1;
}

// Replaces the text of a line edit as a user does: select all, then type.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

// Presses a key as the user's keyboard would deliver it: to an open popup (the completer's
// list) when there is one, else to the focused widget.
void press(int key, const QString &text = {})
{
    QWidget *target = QApplication::activePopupWidget();
    if (!target)
        target = QApplication::focusWidget();
    QVERIFY(target);
    if (text.isEmpty())
        QTest::keyClick(target, Qt::Key(key));
    else
        QTest::keyClick(target, text.at(0).toLatin1());
}

void typeText(const QString &text)
{
    for (const QChar c : text)
        press(0, QString(c));
}

} // namespace

class TestEditors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void typingANameIsOneUndoStep_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("fieldName");
        QTest::addColumn<QString>("undoText");
        QTest::newRow("document") << int(EntityKind::Document)
                                  << QStringLiteral("Northwind Contact Centre Privacy Notice v2.1")
                                  << QStringLiteral("title") << QStringLiteral("Rename document");
        QTest::newRow("party") << int(EntityKind::Party) << QStringLiteral("HubSpot, Inc.") << QStringLiteral("name")
                               << QStringLiteral("Rename party “HubSpot, Inc.” to “Acme”");
        QTest::newRow("category") << int(EntityKind::DataCategory) << QStringLiteral("Billing data")
                                  << QStringLiteral("name") << QStringLiteral("Rename data category");
        QTest::newRow("subject") << int(EntityKind::DataSubject) << QStringLiteral("Customers")
                                 << QStringLiteral("name") << QStringLiteral("Rename data subject");
        QTest::newRow("source") << int(EntityKind::Source) << QStringLiteral("Telephony platform")
                                << QStringLiteral("name") << QStringLiteral("Rename source");
        QTest::newRow("measure") << int(EntityKind::SecurityMeasure) << QStringLiteral("Daily encrypted backups")
                                 << QStringLiteral("name") << QStringLiteral("Rename security measure");
        QTest::newRow("activity") << int(EntityKind::Activity) << QStringLiteral("Billing and invoicing")
                                  << QStringLiteral("name") << QStringLiteral("Rename activity");
    }

    void typingANameIsOneUndoStep()
    {
        QFETCH(int, kind);
        QFETCH(QString, name);
        QFETCH(QString, fieldName);
        QFETCH(QString, undoText);
        auto project = demoProject();
        const auto k = static_cast<EntityKind>(kind);
        Id id;
        project->data().forEachEntity([&](const auto &e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (!std::is_same_v<T, Transfer>) {
                if (kindOf<T>() == k && nameOf(AnyEntity(e)) == name)
                    id = e.id;
            }
        });
        QVERIFY(!id.isNull());

        EntityEditor editor(project.get());
        editor.resize(600, 900);
        editor.show();
        editor.setEntity(k, id);
        auto *text = field<TextField>(editor, fieldName.toLatin1().constData());
        QVERIFY(text);
        QCOMPARE(text->text(), name);

        // Emptying the name is refused with a hint, and nothing is pushed.
        text->lineEdit()->setFocus();
        text->lineEdit()->selectAll();
        QTest::keyClick(text->lineEdit(), Qt::Key_Backspace);
        QVERIFY(!text->hint().isEmpty());
        QCOMPARE(project->undoStack()->count(), 0);
        QCOMPARE(nameOf(*project->entity(k, id)), name);

        QTest::keyClicks(text->lineEdit(), QStringLiteral("Acme"));
        QVERIFY(text->hint().isEmpty());
        QCOMPARE(nameOf(*project->entity(k, id)), QStringLiteral("Acme"));
        QCOMPARE(project->undoStack()->count(), 1);
        QVERIFY2(project->undoStack()->undoText().startsWith(undoText), qPrintable(project->undoStack()->undoText()));
        QCOMPARE(text->lineEdit()->cursorPosition(), 4);

        project->undoStack()->undo();
        QCOMPARE(nameOf(*project->entity(k, id)), name);
        QCOMPARE(text->text(), name);
        project->undoStack()->redo();
        QCOMPARE(text->text(), QStringLiteral("Acme"));
    }

    void typingInTheMiddleKeepsTheCursor()
    {
        auto project = demoProject();
        EntityEditor editor(project.get());
        editor.show();
        const Id id = byName<SecurityMeasure>(*project, QStringLiteral("Daily encrypted backups"));
        editor.setEntity(EntityKind::SecurityMeasure, id);
        auto *text = field<TextField>(editor, "name");
        text->lineEdit()->setFocus();
        text->lineEdit()->setCursorPosition(5);
        QTest::keyClicks(text->lineEdit(), QStringLiteral("XY"));
        QCOMPARE(project->find<SecurityMeasure>(id)->name, QStringLiteral("DailyXY encrypted backups"));
        QCOMPARE(text->lineEdit()->cursorPosition(), 7);
        // A change from elsewhere (another field) keeps the name field as it is.
        auto *description = field<TextAreaField>(editor, "description");
        description->setFocus();
        QTest::keyClicks(description, QStringLiteral("Nightly"));
        QCOMPARE(text->lineEdit()->cursorPosition(), 7);
        QCOMPARE(project->undoStack()->count(), 2);
        QVERIFY(project->find<SecurityMeasure>(id)->description.startsWith(QStringLiteral("Nightly")));
    }

    void combosChangeEveryKind()
    {
        auto project = demoProject();
        EntityEditor editor(project.get());
        editor.show();

        const Id party = byName<Party>(*project, QStringLiteral("HubSpot, Inc."));
        editor.setEntity(EntityKind::Party, party);
        auto *kind = field<ChoiceCombo>(editor, "kind");
        kind->setCurrentIndex(indexOfData(kind, int(PartyKind::PublicAuthority)));
        QCOMPARE(project->find<Party>(party)->kind, PartyKind::PublicAuthority);
        QCOMPARE(project->undoStack()->undoText(), QStringLiteral("Change party “HubSpot, Inc.”"));
        project->undoStack()->undo();
        QCOMPARE(kind->value().toInt(), int(PartyKind::Organisation));

        const Id source = byName<Source>(*project, QStringLiteral("Telephony platform"));
        editor.setEntity(EntityKind::Source, source);
        auto *sourceKind = field<ChoiceCombo>(editor, "kind");
        sourceKind->setCurrentIndex(indexOfData(sourceKind, int(SourceKind::ThirdParty)));
        QCOMPARE(project->find<Source>(source)->kind, SourceKind::ThirdParty);

        const Id category = byName<DataCategory>(*project, QStringLiteral("Billing data"));
        editor.setEntity(EntityKind::DataCategory, category);
        auto *special = field<ChoiceCombo>(editor, "special");
        special->setCurrentIndex(indexOfData(special, int(SpecialCategory::Biometric)));
        QCOMPARE(project->find<DataCategory>(category)->special, SpecialCategory::Biometric);
        field<QCheckBox>(editor, "criminal")->click();
        QVERIFY(project->find<DataCategory>(category)->criminal);
        project->undoStack()->undo();
        project->undoStack()->undo();
        QCOMPARE(special->value(), QVariant());

        const Id activity = byName<Activity>(*project, QStringLiteral("Billing and invoicing"));
        editor.setEntity(EntityKind::Activity, activity);
        auto *basis = field<ChoiceCombo>(editor, "lawfulBasis");
        // Every basis quotes its article in the tooltip; "not stated" is a choice.
        QCOMPARE(basis->itemData(0), QVariant());
        const int consent = indexOfData(basis, int(LawfulBasis::Consent));
        QVERIFY(basis->itemData(consent, Qt::ToolTipRole).toString().contains(QStringLiteral("Art. 6(1)(a)")));
        basis->setCurrentIndex(consent);
        QCOMPARE(project->find<Activity>(activity)->lawfulBasis, LawfulBasis::Consent);
        basis->setCurrentIndex(0);
        QVERIFY(!project->find<Activity>(activity)->lawfulBasis);
        auto *art9 = field<ChoiceCombo>(editor, "art9Condition");
        QVERIFY(art9->itemData(indexOfData(art9, int(Art9Condition::H)), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Art. 9(2)(h)")));

        auto *purposes = field<ListField>(editor, "purposes");
        purposes->setFocus();
        purposes->moveCursor(QTextCursor::End);
        QTest::keyClick(purposes, Qt::Key_Return);
        QTest::keyClicks(purposes, QStringLiteral("Audit"));
        QVERIFY(project->find<Activity>(activity)->purposes.endsWith(QStringLiteral("Audit")));
    }

    void linkingAndUnlinkingThroughThePicker()
    {
        auto project = demoProject();
        EntityEditor editor(project.get());
        editor.show();
        const Id activity = byName<Activity>(*project, QStringLiteral("Billing and invoicing"));
        const Id employees = byName<DataSubject>(*project, QStringLiteral("Employees"));
        editor.setEntity(EntityKind::Activity, activity);
        auto *picker = field<LinkPicker>(editor, "dataSubjects");
        QVERIFY(picker);
        const bool wasLinked = project->find<Activity>(activity)->dataSubjects.contains(employees);
        QVERIFY(!wasLinked);

        QVERIFY(picker->setChecked(employees, true));
        QVERIFY(project->find<Activity>(activity)->dataSubjects.contains(employees));
        QCOMPARE(project->undoStack()->undoText(),
                 QStringLiteral("Link data subject “Employees” to activity “Billing and invoicing”"));
        QVERIFY(picker->setChecked(employees, false));
        QVERIFY(!project->find<Activity>(activity)->dataSubjects.contains(employees));
        QVERIFY(project->undoStack()->undoText().startsWith(QStringLiteral("Unlink data subject")));

        // Undo checks it again in the list.
        project->undoStack()->undo();
        bool checked = false;
        for (int i = 0; i < picker->list()->count(); ++i) {
            if (picker->list()->item(i)->text() == u"Employees")
                checked = picker->list()->item(i)->checkState() == Qt::Checked;
        }
        QVERIFY(checked);

        // The filter hides what does not match.
        picker->filterEdit()->setText(QStringLiteral("cust"));
        int visible = 0;
        for (int i = 0; i < picker->list()->count(); ++i)
            visible += picker->list()->item(i)->isHidden() ? 0 : 1;
        QCOMPARE(visible, 1);
    }

    void addNewCreatesAndLinksInOneStep()
    {
        auto project = demoProject();
        EntityEditor editor(project.get());
        editor.show();
        const Id transfer = transferWith(*project, Mechanism::Dpf);
        editor.setEntity(EntityKind::Transfer, transfer);
        auto *picker = field<LinkPicker>(editor, "dataCategories");
        const auto before = project->data().dataCategories.size();
        const int steps = project->undoStack()->count();
        QVERIFY(!picker->addNewButton()->isEnabled());
        QTest::keyClicks(picker->newNameEdit(), QStringLiteral("Voice biometrics"));
        QVERIFY(picker->addNewButton()->isEnabled());
        QTest::mouseClick(picker->addNewButton(), Qt::LeftButton);

        QCOMPARE(project->data().dataCategories.size(), before + 1);
        QCOMPARE(project->undoStack()->count(), steps + 1);
        QCOMPARE(project->undoStack()->undoText(), QStringLiteral("Add and link data category “Voice biometrics”"));
        const Id added = byName<DataCategory>(*project, QStringLiteral("Voice biometrics"));
        QVERIFY(project->find<Transfer>(transfer)->dataCategories.contains(added));
        QVERIFY(picker->newNameEdit()->text().isEmpty());

        project->undoStack()->undo();
        QCOMPARE(project->data().dataCategories.size(), before);
        QVERIFY(!project->find<Transfer>(transfer)->dataCategories.contains(added));
        QCoreApplication::processEvents();
        for (int i = 0; i < picker->list()->count(); ++i)
            QVERIFY(picker->list()->item(i)->text() != u"Voice biometrics");
    }

    void countryPickerShowsEeaAndAdequacy()
    {
        QVERIFY(countryChoiceLabel(QStringLiteral("DE")).endsWith(QStringLiteral("— EEA")));
        QCOMPARE(countryChoiceLabel(QStringLiteral("US")), QStringLiteral("United States (US) — partly adequate"));
        QVERIFY(countryChoiceLabel(QStringLiteral("CH")).endsWith(QStringLiteral("— adequate")));
        QVERIFY(countryChoiceLabel(QStringLiteral("CN")).endsWith(QStringLiteral("— third country")));
        QCOMPARE(countryFromInput(QStringLiteral("germany")), QStringLiteral("DE"));
        QCOMPARE(countryFromInput(QStringLiteral("gb")), QStringLiteral("GB"));
        QCOMPARE(countryFromInput(QStringLiteral("Atlantis")), QString());

        auto project = demoProject();
        EntityEditor editor(project.get());
        editor.show();
        const Id party = byName<Party>(*project, QStringLiteral("HubSpot, Inc."));
        editor.setEntity(EntityKind::Party, party);
        auto *country = field<CountryField>(editor, "country");
        QComboBox *combo = country->comboBox();
        QCOMPARE(combo->currentData().toString(), QStringLiteral("US"));
        QVERIFY(combo->currentText().endsWith(QStringLiteral("partly adequate")));
        // The partial decision is spelt out in the tooltip and under the field.
        QVERIFY(combo->toolTip().contains(QStringLiteral("partial")));
        QVERIFY(combo->toolTip().contains(QStringLiteral("DPF-certified")));

        // A search narrows the choices.
        auto *completer = combo->completer();
        QVERIFY(completer);
        QCOMPARE(completer->filterMode(), Qt::MatchContains);
        completer->setCompletionPrefix(QStringLiteral("ireland"));
        QCOMPARE(completer->completionCount(), 1);
        QVERIFY(completer->currentCompletion().endsWith(QStringLiteral("— EEA")));

        // Picking from the list commits.
        combo->setCurrentIndex(combo->findData(QStringLiteral("IE")));
        QCOMPARE(project->find<Party>(party)->country, QStringLiteral("IE"));
        QCOMPARE(project->undoStack()->undoText(), QStringLiteral("Change the country of party “HubSpot, Inc.”"));

        // Typing a name commits it; a bad country shows a hint and commits nothing.
        retype(combo->lineEdit(), QStringLiteral("japan"));
        QTest::keyClick(combo->lineEdit(), Qt::Key_Tab);
        Q_EMIT combo->lineEdit()->editingFinished();
        QCOMPARE(project->find<Party>(party)->country, QStringLiteral("JP"));
        const int steps = project->undoStack()->count();
        retype(combo->lineEdit(), QStringLiteral("Atlantis"));
        Q_EMIT combo->lineEdit()->editingFinished();
        QVERIFY(country->hint().contains(QStringLiteral("Atlantis")));
        QCOMPARE(project->find<Party>(party)->country, QStringLiteral("JP"));
        QCOMPARE(project->undoStack()->count(), steps);

        // Processing locations: add from the picker, remove.
        auto *locations = field<CountryListField>(editor, "locations");
        const QStringList was = project->find<Party>(party)->locations;
        QComboBox *add = locations->picker()->comboBox();
        add->setCurrentIndex(add->findData(QStringLiteral("SG")));
        QCOMPARE(project->find<Party>(party)->locations, was + QStringList{QStringLiteral("SG")});
        QVERIFY(
            locations->list()->item(locations->list()->count() - 1)->text().contains(QStringLiteral("third country")));
        locations->list()->item(locations->list()->count() - 1)->setSelected(true);
        locations->removeButton()->click();
        QCOMPARE(project->find<Party>(party)->locations, was);
    }

    // Issue #23, item 1: the "Add a country" box adds exactly what was chosen, and Enter on
    // the only match takes it; every edit of the list is an undo step of its own, named by the
    // field (item 2).
    void countryPickerAddsWhatWasChosen()
    {
        auto project = demoProject();
        EntityEditor editor(project.get());
        editor.resize(560, 900);
        editor.show();
        QApplication::setActiveWindow(&editor);
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        const Id transfer = transferWith(*project, Mechanism::Scc);
        editor.setEntity(EntityKind::Transfer, transfer);
        auto *countries = field<CountryListField>(editor, "countries");
        QComboBox *add = countries->picker()->comboBox();
        const QStringList start = project->find<Transfer>(transfer)->countries;
        QVERIFY(!start.contains(u"DE"_s) && !start.contains(u"BE"_s) && !start.contains(u"EU"_s));
        const int steps = project->undoStack()->count();
        const QString undoText = u"Change the countries of transfer “%1”"_s.arg(
            edit::displayName(project->data(), *project->find<Transfer>(transfer)));
        // Into the add box (offscreen, a closed popup leaves no window active: activate it again).
        const auto focusAdd = [&editor, add] {
            QApplication::setActiveWindow(&editor);
            add->lineEdit()->setFocus();
        };

        focusAdd();
        QVERIFY(add->lineEdit()->hasFocus());
        typeText(u"Germ"_s);
        QVERIFY(add->completer()->popup()->isVisible());
        press(Qt::Key_Down);
        press(Qt::Key_Return);
        QCoreApplication::processEvents();
        QCOMPARE(project->find<Transfer>(transfer)->countries, start + QStringList{u"DE"_s});
        QCOMPARE(project->undoStack()->count(), steps + 1);
        QCOMPARE(project->undoStack()->undoText(), undoText);
        QCOMPARE(add->currentText(), QString()); // the box is empty for the next country

        // The list offers only Belgium: Enter takes it.
        focusAdd();
        typeText(u"Belg"_s);
        press(Qt::Key_Return);
        QCoreApplication::processEvents();
        QCOMPARE(project->find<Transfer>(transfer)->countries, (start + QStringList{u"DE"_s, u"BE"_s}));
        QVERIFY(countries->picker()->hint().isEmpty());
        QCOMPARE(project->undoStack()->count(), steps + 2);

        // Remove Germany, add France: two more steps; undo takes back one at a time.
        QListWidget *list = countries->list();
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setSelected(list->item(i)->data(Qt::UserRole).toString() == u"DE");
        QTest::mouseClick(countries->removeButton(), Qt::LeftButton);
        focusAdd();
        typeText(u"Fran"_s);
        press(Qt::Key_Down);
        press(Qt::Key_Return);
        QCoreApplication::processEvents();
        const QStringList last = start + QStringList{u"BE"_s, u"FR"_s};
        QCOMPARE(project->find<Transfer>(transfer)->countries, last);
        QCOMPARE(project->undoStack()->count(), steps + 4);
        for (int i = steps; i < steps + 4; ++i)
            QCOMPARE(project->undoStack()->text(i), undoText);
        project->undoStack()->undo();
        QCOMPARE(project->find<Transfer>(transfer)->countries, start + QStringList{u"BE"_s});
        project->undoStack()->undo();
        QCOMPARE(project->find<Transfer>(transfer)->countries, (start + QStringList{u"DE"_s, u"BE"_s}));

        // Text that is no country, with no single match, is refused with a reason.
        focusAdd();
        typeText(u"Atlantis"_s);
        press(Qt::Key_Return);
        QVERIFY(countries->picker()->hint().contains(u"Atlantis"_s));
        QCOMPARE(project->find<Transfer>(transfer)->countries, (start + QStringList{u"DE"_s, u"BE"_s}));
    }

    // Typing merges only while the user stays in the field.
    void typingMergesUntilTheFieldIsLeft()
    {
        auto project = demoProject();
        EntityEditor editor(project.get());
        editor.show();
        QApplication::setActiveWindow(&editor);
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        const Id transfer = transferWith(*project, Mechanism::Scc);
        editor.setEntity(EntityKind::Transfer, transfer);
        auto *purpose = field<TextField>(editor, "purpose");
        const int steps = project->undoStack()->count();
        purpose->lineEdit()->setFocus();
        purpose->lineEdit()->end(false);
        QTest::keyClicks(purpose->lineEdit(), u" and support"_s);
        QCOMPARE(project->undoStack()->count(), steps + 1);
        QVERIFY(project->undoStack()->undoText().startsWith(u"Change the purpose of transfer"_s));
        field<ChoiceCombo>(editor, "role")->setFocus(); // leaves the field
        purpose->lineEdit()->setFocus();
        QTest::keyClicks(purpose->lineEdit(), u" calls"_s);
        QCOMPARE(project->undoStack()->count(), steps + 2);
        project->undoStack()->undo();
        QVERIFY(project->find<Transfer>(transfer)->purpose.endsWith(u" and support"_s));
    }

    // The transfer editor's hints follow the checker's Chapter V rules: the US is adequate only
    // through the DPF, and a transfer without countries goes to the recipient's country.
    void transferHintsFollowTheChecks()
    {
        auto project = demoProject();
        EntityEditor editor(project.get());
        editor.show();
        const Id id = transferWith(*project, Mechanism::Scc);
        const auto findings = [&project, id](const char *rule) {
            int n = 0;
            for (const checks::Finding &f : checks::runChecks(project->data()))
                n += f.entity == id && f.ruleId == QLatin1String(rule) ? 1 : 0;
            return n;
        };
        Transfer t = *project->find<Transfer>(id);
        t.mechanism = Mechanism::Adequacy;
        t.sccModule.reset();
        t.countries = {u"US"_s};
        QVERIFY(edit::change(*project, t));
        editor.setEntity(EntityKind::Transfer, id);
        auto *hint = editor.currentEditor()->findChild<HintLabel *>(u"mechanismHint"_s);
        QVERIFY(hint->isVisibleTo(&editor));
        QCOMPARE(hint->text(), u"No adequacy decision covers US."_s);
        QCOMPARE(findings("XFER-MECHANISM-MISMATCH"), 1);

        // No countries: the recipient's country is the destination.
        Party to = *project->find<Party>(t.to);
        to.country = u"CN"_s;
        QVERIFY(edit::change(*project, to));
        t.mechanism = Mechanism::None;
        t.countries.clear();
        QVERIFY(edit::change(*project, t));
        editor.setEntity(EntityKind::Transfer, id);
        QCOMPARE(hint->text(), u"No mechanism stated for a transfer to CN (no adequacy decision)."_s);
        QCOMPARE(findings("XFER-NO-MECHANISM"), 1);

        // Within the EEA, to Japan (adequate): neither a hint nor a finding.
        t.mechanism = Mechanism::Eea;
        t.countries = {u"JP"_s};
        QVERIFY(edit::change(*project, t));
        editor.setEntity(EntityKind::Transfer, id);
        QVERIFY(!hint->isVisibleTo(&editor));
        QCOMPARE(findings("XFER-MECHANISM-MISMATCH"), 0);

        // The DPF to the US, for a recipient established outside the US.
        t.mechanism = Mechanism::Dpf;
        t.countries = {u"US"_s};
        to.dpfCertified = true;
        QVERIFY(edit::change(*project, to));
        QVERIFY(edit::change(*project, t));
        editor.setEntity(EntityKind::Transfer, id);
        QVERIFY(hint->text().contains(u"established in China"_s));
        QCOMPARE(findings("XFER-DPF-NOT-US"), 1);
    }

    void sccModuleOnlyWithScc()
    {
        auto project = demoProject();
        EntityEditor editor(project.get());
        editor.show();
        const Id transfer = transferWith(*project, Mechanism::Dpf);
        editor.setEntity(EntityKind::Transfer, transfer);
        auto *mechanism = field<ChoiceCombo>(editor, "mechanism");
        auto *module = field<ChoiceCombo>(editor, "sccModule");
        auto *derogation = field<ChoiceCombo>(editor, "derogation");
        QVERIFY(!module->isEnabled());
        QVERIFY(!derogation->isEnabled());
        QVERIFY(mechanism->itemData(indexOfData(mechanism, int(Mechanism::Scc)), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Art. 46")));

        mechanism->setCurrentIndex(indexOfData(mechanism, int(Mechanism::Scc)));
        QCOMPARE(project->find<Transfer>(transfer)->mechanism, Mechanism::Scc);
        QVERIFY(module->isEnabled());
        module->setCurrentIndex(indexOfData(module, 2));
        QCOMPARE(project->find<Transfer>(transfer)->sccModule, 2);

        // Another mechanism takes the module with it, in one undoable step.
        mechanism->setCurrentIndex(indexOfData(mechanism, int(Mechanism::Bcr)));
        QVERIFY(!project->find<Transfer>(transfer)->sccModule);
        QVERIFY(!module->isEnabled());
        project->undoStack()->undo();
        QCOMPARE(project->find<Transfer>(transfer)->sccModule, 2);
        QCOMPARE(module->value(), QVariant(2));
        QVERIFY(module->isEnabled());

        // A module without SCC (from a file) is shown with a hint and can be cleared.
        Transfer broken = *project->find<Transfer>(transfer);
        broken.mechanism = Mechanism::Dpf;
        QVERIFY(edit::change(*project, broken));
        const auto hint = editor.currentEditor()->findChildren<HintLabel *>();
        bool shown = false;
        for (HintLabel *h : hint)
            shown = shown || (h->isVisibleTo(&editor) && h->text().contains(QStringLiteral("SCC module 2")));
        QVERIFY(shown);
        QVERIFY(module->isEnabled());
        module->setCurrentIndex(indexOfData(module, 3)); // refused: not SCC
        QCOMPARE(project->find<Transfer>(transfer)->sccModule, 2);
        module->setCurrentIndex(0);
        QVERIFY(!project->find<Transfer>(transfer)->sccModule);
        QVERIFY(!module->isEnabled());
    }

    // The facts the compliance rules read (docs/findings.md, "Explicit fields"): each an
    // undoable field with its article in the tooltip; while one is not stated, the hint under
    // it says what the checks read from the notes instead.
    void explicitFactsOfAnActivity()
    {
        auto project = demoProject();
        EntityEditor editor(project.get());
        editor.show();
        const Id id = byName<Activity>(*project, QStringLiteral("Quality monitoring of call recordings"));
        editor.setEntity(EntityKind::Activity, id);
        auto *consent = field<ChoiceCombo>(editor, "consentConditionOfService");
        auto *large = field<ChoiceCombo>(editor, "largeScale");
        auto *note = field<TextAreaField>(editor, "balancingTestNote");
        QVERIFY(consent && large && note && field<DateField>(editor, "balancingTestDate"));
        QVERIFY(consent->toolTip().contains(QStringLiteral("Art. 7(4)")));
        QVERIFY(large->toolTip().contains(QStringLiteral("Art. 35(3)")));
        QVERIFY(note->toolTip().contains(QStringLiteral("Art. 6(1)(f)")));
        const auto visibleHint = [&](const QString &text) {
            for (HintLabel *h : editor.currentEditor()->findChildren<HintLabel *>()) {
                if (h->isVisibleTo(&editor) && h->text().contains(text))
                    return true;
            }
            return false;
        };
        // Legitimate interests, no balancing test recorded.
        QVERIFY(visibleHint(QStringLiteral("documented balancing test")));

        large->setCurrentIndex(indexOfData(large, true));
        QCOMPARE(project->find<Activity>(id)->largeScale, std::optional<bool>(true));
        QCOMPARE(project->undoStack()->undoText(),
                 QStringLiteral("Change activity “Quality monitoring of call recordings”"));
        project->undoStack()->undo();
        QVERIFY(!project->find<Activity>(id)->largeScale);
        QCOMPARE(large->value(), QVariant());

        consent->setCurrentIndex(indexOfData(consent, false));
        QCOMPARE(project->find<Activity>(id)->consentConditionOfService, std::optional<bool>(false));

        // Typing the balancing test is one undo step, and the hint goes.
        const int steps = project->undoStack()->index();
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("Weighed on 2025-01-10"));
        QCOMPARE(project->find<Activity>(id)->balancingTest.note, QStringLiteral("Weighed on 2025-01-10"));
        QCOMPARE(project->undoStack()->index(), steps + 1);
        QVERIFY(!visibleHint(QStringLiteral("documented balancing test")));
        project->undoStack()->undo();
        QVERIFY(project->find<Activity>(id)->balancingTest.note.isEmpty());

        // Not stated, and the notes say "grootschalig": the hint shows what the checks read.
        Activity a = *project->find<Activity>(id);
        a.notes = QStringLiteral("Grootschalig: alle gesprekken.");
        QVERIFY(edit::change(*project, a));
        QVERIFY(visibleHint(QStringLiteral("“Grootschalig”")));
        large->setCurrentIndex(indexOfData(large, false));
        QVERIFY(!visibleHint(QStringLiteral("“Grootschalig”")));
    }

    void explicitFactsOfATransfer()
    {
        auto project = demoProject();
        EntityEditor editor(project.get());
        editor.show();
        editor.setEntity(EntityKind::Transfer, transferWith(*project, Mechanism::Dpf));
        auto *occasional = field<ChoiceCombo>(editor, "occasional");
        auto *safeguards = field<TextAreaField>(editor, "suitableSafeguards");
        QVERIFY(occasional && safeguards);
        QVERIFY(!occasional->isEnabled()); // only with a derogation
        QVERIFY(!safeguards->isEnabled());
        QVERIFY(safeguards->toolTip().contains(QStringLiteral("Art. 49(6)")));

        const Id id = transferWith(*project, Mechanism::Derogation);
        editor.setEntity(EntityKind::Transfer, id);
        QVERIFY(occasional->isEnabled());
        QCOMPARE(occasional->value(), QVariant(false)); // the demo states it
        occasional->setCurrentIndex(indexOfData(occasional, true));
        QCOMPARE(project->find<Transfer>(id)->occasional, std::optional<bool>(true));
        project->undoStack()->undo();
        QCOMPARE(project->find<Transfer>(id)->occasional, std::optional<bool>(false));

        const int steps = project->undoStack()->index();
        safeguards->setFocus();
        QTest::keyClicks(safeguards, QStringLiteral("Encrypted"));
        QCOMPARE(project->find<Transfer>(id)->suitableSafeguards, QStringLiteral("Encrypted"));
        QCOMPARE(project->undoStack()->index(), steps + 1);
        project->undoStack()->undo();
        QVERIFY(project->find<Transfer>(id)->suitableSafeguards.isEmpty());
    }

    void retentionDurations()
    {
        auto project = demoProject();
        EntityEditor editor(project.get());
        editor.show();
        const Id activity = byName<Activity>(*project, QStringLiteral("Quality monitoring of call recordings"));
        editor.setEntity(EntityKind::Activity, activity);
        auto *retention = field<RetentionEditor>(editor, "retention");
        QVERIFY(retention);
        QCOMPARE(retention->rowCount(), 2);
        const auto &row = retention->row(0);
        QCOMPARE(row.duration->text(), QStringLiteral("P6M"));
        QCOMPARE(row.unit->value().toInt(), 3); // months
        QCOMPARE(row.amount->value(), 6);

        // Not ISO 8601: a hint, nothing committed, the text stays for the user to fix.
        const int steps = project->undoStack()->count();
        row.duration->lineEdit()->setFocus();
        row.duration->lineEdit()->end(false);
        QTest::keyClicks(row.duration->lineEdit(), QStringLiteral("onths"));
        QVERIFY(row.duration->hint().contains(QStringLiteral("ISO 8601")));
        QCOMPARE(project->undoStack()->count(), steps);
        QCOMPARE(project->find<Activity>(activity)->retention.at(0).duration, QStringLiteral("P6M"));
        // An edit elsewhere in the activity does not wipe it.
        QVERIFY(edit::change(*project, [&] {
            Activity a = *project->find<Activity>(activity);
            a.owner = QStringLiteral("DPO");
            return a;
        }()));
        QCOMPARE(row.duration->text(), QStringLiteral("P6Months"));
        QVERIFY(!row.duration->hint().isEmpty());

        // Fixed by typing; then a number and a unit give the ISO form.
        retype(row.duration->lineEdit(), QStringLiteral("P1Y6M"));
        QVERIFY(row.duration->hint().isEmpty());
        QCOMPARE(project->find<Activity>(activity)->retention.at(0).duration, QStringLiteral("P1Y6M"));
        QCOMPARE(row.unit->value().toInt(), 5);              // other (ISO 8601)
        row.unit->setCurrentIndex(indexOfData(row.unit, 4)); // years
        row.amount->setValue(7);
        QCOMPARE(project->find<Activity>(activity)->retention.at(0).duration, QStringLiteral("P7Y"));
        QCOMPARE(row.duration->text(), QStringLiteral("P7Y"));
        // Typing, the unit and the number are edits of one rule's texts: one undo step.
        QCOMPARE(project->undoStack()->count(), steps + 2);
        project->undoStack()->undo();
        QCOMPARE(row.duration->text(), QStringLiteral("P6M"));
        QCOMPARE(row.unit->value().toInt(), 3);

        // A new rule stays in the editor until it says something.
        const int rules = int(project->find<Activity>(activity)->retention.size());
        retention->addButton()->click();
        QCOMPARE(retention->rowCount(), rules + 1);
        QVERIFY(retention->hasPendingRule());
        QCOMPARE(project->find<Activity>(activity)->retention.size(), rules);
        QTest::keyClicks(retention->row(rules).trigger->lineEdit(), QStringLiteral("end of contract"));
        QCOMPARE(project->find<Activity>(activity)->retention.size(), rules + 1);
        QCOMPARE(project->find<Activity>(activity)->retention.last().trigger, QStringLiteral("end of contract"));
        QVERIFY(!retention->hasPendingRule());

        // The rules' category lists follow a renamed category.
        DataCategory renamed =
            *project->find<DataCategory>(byName<DataCategory>(*project, QStringLiteral("Transcripts")));
        renamed.name = QStringLiteral("Call transcripts");
        QVERIFY(edit::change(*project, renamed));
        QTRY_VERIFY(
            !retention->row(0).categories->findItems(QStringLiteral("Call transcripts"), Qt::MatchExactly).isEmpty());
    }

    void datesHaveANotSetState()
    {
        auto project = demoProject();
        EntityEditor editor(project.get());
        editor.show();
        const Id party = byName<Party>(*project, QStringLiteral("CallCabinet"));
        editor.setEntity(EntityKind::Party, party);
        auto *dpa = field<DateField>(editor, "dpaSigned");
        QVERIFY(dpa->dateEdit()->calendarPopup());
        QCOMPARE(dpa->value(), QDate(2024, 3, 1));
        dpa->clearButton()->click();
        QVERIFY(!project->find<Party>(party)->dpaSigned);
        QCOMPARE(dpa->dateEdit()->text(), QStringLiteral("not set"));
        project->undoStack()->undo();
        QCOMPARE(dpa->value(), QDate(2024, 3, 1));
        dpa->dateEdit()->setDate(QDate(2025, 1, 2));
        Q_EMIT dpa->dateEdit()->editingFinished();
        QCOMPARE(project->find<Party>(party)->dpaSigned, QDate(2025, 1, 2));

        auto *dpf = field<ChoiceCombo>(editor, "dpfCertified");
        dpf->setCurrentIndex(indexOfData(dpf, false));
        QCOMPARE(project->find<Party>(party)->dpfCertified, false);

        auto *dpo = editor.currentEditor()->findChild<QGroupBox *>(QStringLiteral("dpo"));
        const bool hadDpo = project->find<Party>(party)->dpo.has_value();
        dpo->setChecked(!hadDpo);
        QCOMPARE(project->find<Party>(party)->dpo.has_value(), !hadDpo);
        if (!hadDpo) {
            auto *email = field<TextField>(editor, "dpoEmail");
            QTest::keyClicks(email->lineEdit(), QStringLiteral("dpo@"));
            QVERIFY(!email->hint().isEmpty());
            QTest::keyClicks(email->lineEdit(), QStringLiteral("example.com"));
            QVERIFY(email->hint().isEmpty());
            QCOMPARE(project->find<Party>(party)->dpo->email, QStringLiteral("dpo@example.com"));
        }
    }

    void ownFlagKeepsAnOwnParty()
    {
        auto project = demoProject();
        EntityEditor editor(project.get());
        editor.show();
        const Id own = byName<Party>(*project, QStringLiteral("Northwind Contact Centre B.V."));
        editor.setEntity(EntityKind::Party, own);
        auto *box = field<QCheckBox>(editor, "own");
        QVERIFY(box->isChecked());
        box->click();
        QVERIFY(box->isChecked());
        QVERIFY(project->find<Party>(own)->own);
        QCOMPARE(project->undoStack()->count(), 0);
    }

    void parentPickerOffersNoCycles()
    {
        auto project = demoProject();
        EntityEditor editor(project.get());
        editor.show();
        const Id communications = byName<DataCategory>(*project, QStringLiteral("Communications data"));
        const Id recordings = byName<DataCategory>(*project, QStringLiteral("Call recordings"));
        editor.setEntity(EntityKind::DataCategory, communications);
        auto *parent = field<ChoiceCombo>(editor, "parent");
        QCOMPARE(indexOfData(parent, QVariant::fromValue(communications)), -1);
        QCOMPARE(indexOfData(parent, QVariant::fromValue(recordings)), -1); // a child
        QVERIFY(indexOfData(parent, QVariant::fromValue(byName<DataCategory>(*project, QStringLiteral("CRM data")))) >=
                0);

        editor.setEntity(EntityKind::DataCategory, recordings);
        parent = field<ChoiceCombo>(editor, "parent");
        QCOMPARE(parent->value().value<QUuid>(), communications);
        parent->setCurrentIndex(0); // top level
        QVERIFY(project->find<DataCategory>(recordings)->parent.isNull());
    }

    void evidenceShowsTheQuoteInItsDocument()
    {
        auto project = demoProject();
        EntityEditor editor(project.get());
        editor.resize(600, 1200);
        editor.show();
        const Id activity = byName<Activity>(*project, QStringLiteral("Quality monitoring of call recordings"));
        editor.setEntity(EntityKind::Activity, activity);
        auto *evidence = field<EvidenceEditor>(editor, "evidence");
        QCOMPARE(evidence->rowCount(), 1);
        QVERIFY(evidence->showDocument(0));
        QVERIFY(evidence->viewer()->isVisibleTo(&editor));
        const auto selections = evidence->viewer()->extraSelections();
        QCOMPARE(selections.size(), 1);
        QVERIFY(
            project->find<Activity>(activity)->evidence.at(0).quote.startsWith(selections.at(0).cursor.selectedText()));

        // Editing the quote merges keystrokes; adding and removing entries are steps.
        evidence->quoteEdit(0)->setFocus();
        evidence->quoteEdit(0)->moveCursor(QTextCursor::End);
        QTest::keyClicks(evidence->quoteEdit(0), QStringLiteral(" (p. 2)"));
        QCOMPARE(project->undoStack()->count(), 1);
        QVERIFY(project->find<Activity>(activity)->evidence.at(0).quote.endsWith(QStringLiteral("(p. 2)")));
        evidence->addButton()->click();
        QCOMPARE(project->find<Activity>(activity)->evidence.size(), 2);
        QCOMPARE(evidence->rowCount(), 2);
        project->undoStack()->undo();
        QCOMPARE(evidence->rowCount(), 1);
    }

    void followsTheProjectFromOutside()
    {
        auto project = demoProject();
        EntityEditor editor(project.get());
        editor.show();
        const Id party = byName<Party>(*project, QStringLiteral("HubSpot, Inc."));
        editor.setEntity(EntityKind::Party, party);
        auto *name = field<TextField>(editor, "name");

        Party renamed = *project->find<Party>(party);
        renamed.name = QStringLiteral("HubSpot Ireland");
        QVERIFY(edit::change(*project, renamed));
        QCOMPARE(name->text(), QStringLiteral("HubSpot Ireland"));
        project->undoStack()->undo();
        QCOMPARE(name->text(), QStringLiteral("HubSpot, Inc."));

        // A change of another entity shows in the combos after the event loop ran once.
        const Id activity = byName<Activity>(*project, QStringLiteral("Customer service calls"));
        editor.setEntity(EntityKind::Activity, activity);
        auto *onBehalf = field<ChoiceCombo>(editor, "onBehalfOf");
        QVERIFY(edit::change(*project, renamed));
        QTRY_VERIFY(onBehalf->findText(QStringLiteral("HubSpot Ireland")) >= 0);

        editor.setEntity(EntityKind::Party, party);
        QVERIFY(edit::remove(*project, EntityKind::Party, party));
        QVERIFY(editor.isEmpty());
        QCOMPARE(editor.currentEditor(), nullptr);
        project->undoStack()->undo();
        editor.setEntity(EntityKind::Party, party);
        QVERIFY(!editor.isEmpty());

        // projectReset without the entity clears.
        ProjectData data = project->data();
        data.parties.erase(party);
        erase_if(data.transfers, [&](const auto &t) { return t.second.from == party || t.second.to == party; });
        project->reset(data);
        QVERIFY(editor.isEmpty());
    }

    void readOnlyTakesNoInput()
    {
        auto project = demoProject();
        EntityEditor editor(project.get());
        editor.show();
        editor.setReadOnly(true);
        const Id party = byName<Party>(*project, QStringLiteral("HubSpot, Inc."));
        editor.setEntity(EntityKind::Party, party);
        auto *name = field<TextField>(editor, "name");
        QVERIFY(!name->isEnabledTo(&editor));
        QTest::keyClicks(name->lineEdit(), QStringLiteral("x"));
        QCOMPARE(project->undoStack()->count(), 0);
        editor.setReadOnly(false);
        QVERIFY(name->isEnabledTo(&editor));
    }

    void linkActivatedAsksForTheEntity()
    {
        auto project = demoProject();
        EntityEditor editor(project.get());
        editor.show();
        const Id recordings = byName<DataCategory>(*project, QStringLiteral("Call recordings"));
        editor.setEntity(EntityKind::DataCategory, recordings);
        QSignalSpy spy(&editor, &EntityEditor::linkActivated);
        auto *show = editor.currentEditor()->findChild<QToolButton *>();
        QVERIFY(show);
        show->click();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<EntityKind>(), EntityKind::DataCategory);
        QCOMPARE(spy.at(0).at(1).value<QUuid>(), byName<DataCategory>(*project, QStringLiteral("Communications data")));
    }

    // Not a check: pictures of every editor to look at (ROPA_EDITOR_SCREENSHOTS=dir).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("ROPA_EDITOR_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("ROPA_EDITOR_SCREENSHOTS not set");
        QDir().mkpath(dir);
        auto project = demoProject();
        EntityEditor editor(project.get());
        const struct
        {
            EntityKind kind;
            Id id;
            const char *file;
        } shots[] = {
            {EntityKind::Document,
             byName<Document>(*project, QStringLiteral("Northwind Contact Centre Privacy Notice v2.1")), "document"},
            {EntityKind::Party, byName<Party>(*project, QStringLiteral("CallCabinet")), "party"},
            {EntityKind::Party, byName<Party>(*project, QStringLiteral("Northwind Contact Centre B.V.")), "party-own"},
            {EntityKind::DataCategory, byName<DataCategory>(*project, QStringLiteral("Call recordings")),
             "data-category"},
            {EntityKind::DataSubject, byName<DataSubject>(*project, QStringLiteral("Call participants")),
             "data-subject"},
            {EntityKind::Source, byName<Source>(*project, QStringLiteral("Client CRM systems")), "source"},
            {EntityKind::SecurityMeasure, byName<SecurityMeasure>(*project, QStringLiteral("Daily encrypted backups")),
             "security-measure"},
            {EntityKind::Activity, byName<Activity>(*project, QStringLiteral("Quality monitoring of call recordings")),
             "activity"},
            {EntityKind::Transfer, transferWith(*project, Mechanism::Scc), "transfer"},
        };
        for (const auto &shot : shots) {
            editor.setEntity(shot.kind, shot.id);
            // Tall enough to show the whole form: the scroll area's content at a pane width.
            editor.resize(560, 800);
            editor.show();
            QCoreApplication::processEvents();
            QWidget *body = editor.currentEditor()->findChild<QWidget *>(QStringLiteral("editorBody"));
            const int height = body->sizeHint().height();
            editor.resize(560, std::min(height + 4, 3000));
            QCoreApplication::processEvents();
            QVERIFY(editor.grab().save(dir + u'/' + QString::fromLatin1(shot.file) + QStringLiteral(".png")));
        }
        // The evidence viewer open on an activity.
        editor.setEntity(EntityKind::Activity, shots[7].id);
        auto *evidence = field<EvidenceEditor>(editor, "evidence");
        evidence->showDocument(0);
        QCoreApplication::processEvents();
        QVERIFY(evidence->grab().save(dir + QStringLiteral("/evidence-viewer.png")));
    }
};

QTEST_MAIN(TestEditors)
#include "test_editors.moc"
