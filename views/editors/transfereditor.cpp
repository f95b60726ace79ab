#include "transfereditor.h"

#include "checks/transfercoverage.h"
#include "countrypicker.h"
#include "editorhelpers.h"
#include "evidenceeditor.h"
#include "labels.h"
#include "linkpicker.h"
#include "reference/reference.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QVBoxLayout>

namespace ropa {

using namespace editors;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::KindEditor)
};

QString sccModuleLabel(int module)
{
    switch (module) {
    case 1: return Tr::tr("Module 1: controller to controller");
    case 2: return Tr::tr("Module 2: controller to processor");
    case 3: return Tr::tr("Module 3: processor to processor");
    case 4: return Tr::tr("Module 4: processor to controller");
    default: return {};
    }
}

} // namespace

TransferEditor::TransferEditor(Project *project, QWidget *parent)
    : KindEditor(project, EntityKind::Transfer, parent)
    , m_from(new ChoiceCombo(this))
    , m_to(new ChoiceCombo(this))
    , m_partiesHint(new HintLabel(this))
    , m_role(new ChoiceCombo(this))
    , m_activities(new LinkPicker(project, LinkField::TransferActivities, this))
    , m_allCategories(checkBox(tr("All data categories of its activities"), this))
    , m_dataCategories(new LinkPicker(project, LinkField::TransferDataCategories, this))
    , m_categoriesHint(new HintLabel(this))
    , m_purpose(new TextField(this))
    , m_countries(new CountryListField(this))
    , m_mechanism(new ChoiceCombo(this))
    , m_sccModule(new ChoiceCombo(this))
    , m_derogation(new ChoiceCombo(this))
    , m_mechanismHint(new HintLabel(this))
    , m_occasional(new ChoiceCombo(this))
    , m_occasionalHint(new HintLabel(this))
    , m_safeguards(new TextAreaField(3, this))
    , m_safeguardsHint(new HintLabel(this))
    , m_tiaDone(new DateField(this))
    , m_evidence(new EvidenceEditor(project, this))
{
    const Reference &ref = Reference::instance();
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_role->setObjectName(QStringLiteral("role"));
    m_role->addEnum<Role>(&Labels::role);
    m_role->setToolTip(tr("What the recipient acts as"));
    m_activities->setObjectName(QStringLiteral("activities"));
    m_dataCategories->setObjectName(QStringLiteral("dataCategories"));
    m_allCategories->setObjectName(QStringLiteral("allCategories"));
    m_allCategories->setToolTip(tr("On: the transfer carries every data category of the activities it is part of. "
                                   "Off with no category checked: not stated."));
    m_purpose->setObjectName(QStringLiteral("purpose"));
    m_countries->setObjectName(QStringLiteral("countries"));
    m_mechanism->setObjectName(QStringLiteral("mechanism"));
    // "not stated" (its own value) apart from "None (no mechanism)", as in the records.
    m_mechanism->addEnum<Mechanism>([](Mechanism m) { return Labels::mechanism(m); },
                                    [&ref](Mechanism m) { return legalTip(ref.mechanism(m)); });
    m_sccModule->setObjectName(QStringLiteral("sccModule"));
    m_sccModule->addChoice(tr("not stated"), QVariant());
    for (int module = 1; module <= 4; ++module)
        m_sccModule->addChoice(
            sccModuleLabel(module), module,
            tr("Commission Implementing Decision (EU) 2021/914, Annex, %1").arg(sccModuleLabel(module)));
    m_derogation->setObjectName(QStringLiteral("derogation"));
    m_derogation->addChoice(tr("not stated"), QVariant());
    m_derogation->addEnum<Derogation>(
        [&ref](Derogation d) {
            const LegalItem *item = ref.derogation(d);
            return item ? tr("%1 — %2").arg(Labels::derogation(d), item->titleIn(Reference::displayLanguage()))
                        : Labels::derogation(d);
        },
        [&ref](Derogation d) { return legalTip(ref.derogation(d)); });
    m_occasional->setObjectName(QStringLiteral("occasional"));
    m_occasional->addYesNoUnknown();
    setChoicesToolTip(
        m_occasional,
        tr("Art. 49 GDPR derogations are for specific situations; Recital 111 speaks of transfers “where the transfer "
           "is occasional and necessary in relation to a contract or a legal claim”, and the EDPB (Guidelines 2/2018) "
           "reads them restrictively: not for regular or repetitive transfers.\nNo: a derogation used for a regular "
           "transfer (a finding)."));
    m_safeguards->setObjectName(QStringLiteral("suitableSafeguards"));
    m_safeguards->setPlaceholderText(tr("For the compelling-interests derogation: the assessment of the circumstances "
                                        "and the suitable safeguards"));
    m_safeguards->setToolTip(
        tr("Art. 49(1), second subparagraph, GDPR: the controller “has assessed all the circumstances surrounding the "
           "data transfer and has on the basis of that assessment provided suitable safeguards”. Art. 49(6): “The "
           "controller or processor shall document the assessment as well as the suitable safeguards … in the records "
           "referred to in Article 30.” The Art. 30 record shows this text (item (e))."));
    m_tiaDone->setObjectName(QStringLiteral("tiaDone"));
    m_mechanismHint->setObjectName(QStringLiteral("mechanismHint"));
    m_evidence->setObjectName(QStringLiteral("evidence"));
    connect(m_activities, &LinkPicker::linkActivated, this, &KindEditor::linkActivated);
    connect(m_dataCategories, &LinkPicker::linkActivated, this, &KindEditor::linkActivated);

    auto *partiesBox = new QWidget(this);
    auto *partiesLayout = new QVBoxLayout(partiesBox);
    partiesLayout->setContentsMargins(0, 0, 0, 0);
    partiesLayout->setSpacing(2);
    partiesLayout->addWidget(withGoTo(m_to, EntityKind::Party));
    partiesLayout->addWidget(m_partiesHint);
    auto *mechanismBox = new QWidget(this);
    auto *mechanismLayout = new QVBoxLayout(mechanismBox);
    mechanismLayout->setContentsMargins(0, 0, 0, 0);
    mechanismLayout->setSpacing(2);
    mechanismLayout->addWidget(m_mechanism);
    mechanismLayout->addWidget(m_mechanismHint);

    addRow(tr("From:"), withGoTo(m_from, EntityKind::Party));
    addRow(tr("To:"), partiesBox);
    addRow(tr("Recipient acts as:"), m_role);
    addRow(tr("Purpose:"), m_purpose);
    addRow(tr("For activities:"), m_activities);
    auto *categoriesBox = new QWidget(this);
    auto *categoriesLayout = new QVBoxLayout(categoriesBox);
    categoriesLayout->setContentsMargins(0, 0, 0, 0);
    categoriesLayout->setSpacing(2);
    categoriesLayout->addWidget(m_allCategories);
    categoriesLayout->addWidget(m_dataCategories);
    categoriesLayout->addWidget(m_categoriesHint);
    addRow(tr("Data categories:"), categoriesBox);
    addHeading(tr("Chapter V"));
    addRow(tr("Countries:"), m_countries);
    addRow(tr("Mechanism:"), mechanismBox);
    addRow(tr("SCC module:"), m_sccModule);
    addRow(tr("Derogation:"), m_derogation);
    addRow(tr("Occasional:"), withHint(m_occasional, m_occasionalHint));
    addRow(tr("Suitable safeguards:"), withHint(m_safeguards, m_safeguardsHint));
    addRow(tr("TIA done:"), m_tiaDone);
    addHeading(tr("Evidence"));
    addWideRow(m_evidence);

    const auto setParty = [this](bool from, const QVariant &v) {
        const Transfer *t = entity<Transfer>();
        const Id id = idValue(v);
        if (!t || id.isNull())
            return;
        if (id == (from ? t->to : t->from)) {
            m_partiesHint->setHint(
                tr("A transfer goes from one party to another; both are “%1”.").arg(m_to->itemText(m_to->findData(v))));
            load(false); // shows the stored parties again
            return;
        }
        m_partiesHint->setHint({});
        modify<Transfer>([&](Transfer &x) { (from ? x.from : x.to) = id; });
    };
    connect(m_from, &ChoiceCombo::edited, this, [setParty](const QVariant &v) { setParty(true, v); });
    connect(m_to, &ChoiceCombo::edited, this, [setParty](const QVariant &v) { setParty(false, v); });
    connect(m_role, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        modify<Transfer>([&](Transfer &t) { t.role = static_cast<Role>(v.toInt()); }, MergeId::EditRole,
                         EditStep::Separate);
    });
    // "All" and a list are exclusive (entities.h): "all" takes the listed categories away in the
    // same step, and undo brings them back.
    connect(m_allCategories, &QCheckBox::toggled, this, [this](bool all) {
        modify<Transfer>(
            [&](Transfer &t) {
                t.allCategories = all;
                if (all)
                    t.dataCategories.clear();
            },
            MergeId::EditCategories, EditStep::Separate);
    });
    connect(m_purpose, &TextField::edited, this,
            [this](const QString &v) { modify<Transfer>([&](Transfer &t) { t.purpose = v; }, MergeId::EditPurpose); });
    connect(m_countries, &CountryListField::edited, this, [this](const QStringList &v) {
        // Each country added or removed is an undo step of its own.
        modify<Transfer>([&](Transfer &t) { t.countries = v; }, MergeId::EditCountries, EditStep::Separate);
    });
    connect(m_mechanism, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        const auto mechanism = static_cast<Mechanism>(v.toInt());
        // One step: the module and derogation belong to their mechanism (undo restores them).
        modify<Transfer>([&](Transfer &t) {
            t.mechanism = mechanism;
            if (mechanism != Mechanism::Scc)
                t.sccModule.reset();
            if (mechanism != Mechanism::Derogation)
                t.derogation.reset();
        });
    });
    connect(m_sccModule, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        const Transfer *t = entity<Transfer>();
        if (!t)
            return;
        if (v.isValid() && t->mechanism != Mechanism::Scc) {
            m_mechanismHint->setHint(
                tr("An SCC module needs the mechanism “%1”; choose it first.").arg(Labels::mechanism(Mechanism::Scc)));
            m_sccModule->setValue(t->sccModule ? QVariant(*t->sccModule) : QVariant());
            return;
        }
        modify<Transfer>(
            [&](Transfer &x) { x.sccModule = v.isValid() ? std::optional<int>(v.toInt()) : std::nullopt; });
    });
    connect(m_derogation, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        modify<Transfer>([&](Transfer &t) { t.derogation = variantEnum<Derogation>(v); });
    });
    connect(m_occasional, &ChoiceCombo::edited, this,
            [this](const QVariant &v) { modify<Transfer>([&](Transfer &t) { t.occasional = boolOptional(v); }); });
    connect(m_safeguards, &TextAreaField::edited, this, [this](const QString &v) {
        modify<Transfer>([&](Transfer &t) { t.suitableSafeguards = v; }, MergeId::EditSafeguards);
    });
    connect(m_tiaDone, &DateField::edited, this,
            [this](const std::optional<QDate> &v) { modify<Transfer>([&](Transfer &t) { t.tiaDone = v; }); });
    connect(m_evidence, &EvidenceEditor::edited, this, [this](const EvidenceList &v, MergeId mergeId) {
        modify<Transfer>([&](Transfer &t) { t.evidence = v; }, mergeId);
    });
}

void TransferEditor::updateMechanismHints(const Transfer &t)
{
    const Reference &ref = Reference::instance();
    // The SCC module and the derogation are choices within their mechanism; a value left
    // from a file stays editable so that it can be cleared.
    m_sccModule->setEnabled(t.mechanism == Mechanism::Scc || t.sccModule.has_value());
    m_derogation->setEnabled(t.mechanism == Mechanism::Derogation || t.derogation.has_value());
    // Whether the transfer is occasional and the Art. 49(1) safeguards belong to a derogation;
    // a value left from a file stays editable so that it can be cleared.
    m_occasional->setEnabled(t.mechanism == Mechanism::Derogation || t.occasional.has_value());
    m_safeguards->setEnabled(t.mechanism == Mechanism::Derogation || !t.suitableSafeguards.isEmpty());
    if (t.mechanism == Mechanism::Derogation && !t.occasional) {
        if (t.role == Role::Processor)
            m_occasionalHint->setNote(tr("Not stated: the checks treat this transfer as regular, because the recipient "
                                         "acts as a processor. Set it to confirm or correct that."));
        else if (!t.activities.isEmpty())
            m_occasionalHint->setNote(tr("Not stated: the checks treat this transfer as regular, because it is part of "
                                         "an activity. Set it to confirm or correct that."));
        else
            m_occasionalHint->setNote(tr("Not stated: the checks treat this transfer as occasional. Set it to confirm "
                                         "or correct that."));
    } else {
        m_occasionalHint->setNote({});
    }
    if (t.derogation == Derogation::CompellingInterests && t.suitableSafeguards.trimmed().isEmpty())
        m_safeguardsHint->setHint(tr("The compelling-interests derogation needs the assessment and the safeguards "
                                     "documented here (Art. 49(6)); the Art. 30 record shows “not stated”."));
    else
        m_safeguardsHint->setHint({});
    if (!m_sccModule->isEnabled())
        m_sccModule->setToolTip(tr("Only with standard contractual clauses"));

    QStringList problems;
    QStringList notes;
    if (t.sccModule && t.mechanism != Mechanism::Scc)
        problems.append(tr("SCC module %1 is set but the mechanism is not standard contractual clauses: choose "
                           "them, or set the module to “not stated”.")
                            .arg(*t.sccModule));
    if (t.derogation && t.mechanism != Mechanism::Derogation)
        problems.append(
            tr("A derogation is set but the mechanism is not “%1”.").arg(Labels::mechanism(Mechanism::Derogation)));
    if (const LegalItem *item = ref.mechanism(t.mechanism); item && item->invalidated)
        problems.append(tr("%1 was invalidated on %2 (%3): record the mechanism relied on now.")
                            .arg(Labels::mechanism(t.mechanism), Labels::date(item->invalidated),
                                 item->judgmentIn(Reference::displayLanguage())));
    // The destinations as the checker's Chapter V rules see them (checks/transfercoverage.h),
    // so a hint here and a finding never disagree.
    const checks::TransferCoverage coverage = checks::transferCoverage(project()->data(), t);
    const QString notCovered = coverage.notCovered.join(tr(", "));
    if (t.mechanism == Mechanism::Eea && !coverage.notCovered.isEmpty())
        problems.append(tr("Outside the EEA: %1. “Within the EEA” does not cover them.").arg(notCovered));
    if (t.mechanism == Mechanism::None && !coverage.notCovered.isEmpty())
        problems.append(tr("No mechanism stated for a transfer to %1 (no adequacy decision).").arg(notCovered));
    if (t.mechanism == Mechanism::Adequacy && !coverage.notCovered.isEmpty())
        problems.append(tr("No adequacy decision covers %1.").arg(notCovered));
    if (t.mechanism == Mechanism::Dpf) {
        const Party *to = project()->find<Party>(t.to);
        if (!coverage.outsideUs.isEmpty())
            problems.append(tr("The DPF covers transfers to the United States only, not to %1.")
                                .arg(coverage.outsideUs.join(tr(", "))));
        else if (to && !coverage.recipientOutsideUs.isEmpty())
            problems.append(tr("The DPF covers organisations in the United States; “%1” is established in %2.")
                                .arg(to->name, Labels::country(coverage.recipientOutsideUs)));
        if (to && coverage.recipientDpfCertified == false)
            problems.append(tr("“%1” is marked as not DPF-certified.").arg(to->name));
        else if (to && !coverage.recipientDpfCertified)
            notes.append(tr("The DPF covers only certified U.S. organisations; whether “%1” is certified is not "
                            "stated.")
                             .arg(to->name));
    }
    if (!problems.isEmpty())
        m_mechanismHint->setHint(problems.join(u'\n'));
    else
        m_mechanismHint->setNote(notes.join(u'\n'));
}

bool TransferEditor::fillPartyChoices()
{
    if (!takeDirty(EntityKind::Party))
        return false;
    fillEntities<Party>(m_from, {});
    fillEntities<Party>(m_to, {});
    return true;
}

bool TransferEditor::prepare(QDeadlineTimer deadline)
{
    return prepareChoices(fillPartyChoices(), {m_activities, m_dataCategories}, deadline);
}

void TransferEditor::load(bool force)
{
    const Transfer *t = entity<Transfer>();
    if (!t)
        return;
    setTitle(edit::displayName(project()->data(), *t));
    fillPartyChoices();
    if (force)
        m_partiesHint->setHint({});
    m_from->setValue(idVariant(t->from));
    m_to->setValue(idVariant(t->to));
    m_role->setValue(static_cast<int>(t->role));
    if (force) {
        m_activities->setOwner(t->id);
        m_dataCategories->setOwner(t->id);
    } else {
        m_activities->load();
        m_dataCategories->load();
    }
    setChecked(m_allCategories, t->allCategories);
    m_dataCategories->setEnabled(!t->allCategories || !t->dataCategories.isEmpty());
    m_categoriesHint->setNote(!t->allCategories && t->dataCategories.isEmpty()
                                  ? tr("Not stated: the record says so. Check “All data categories of its "
                                       "activities”, or the categories it carries.")
                                  : QString());
    m_purpose->setValue(t->purpose, force);
    m_countries->setValue(t->countries, force);
    m_mechanism->setValue(static_cast<int>(t->mechanism));
    m_sccModule->setValue(t->sccModule ? QVariant(*t->sccModule) : QVariant());
    m_derogation->setValue(enumVariant(t->derogation));
    m_occasional->setValue(optionalBool(t->occasional));
    m_safeguards->setValue(t->suitableSafeguards, force);
    updateMechanismHints(*t);
    m_tiaDone->setValue(t->tiaDone, force);
    m_evidence->setValue(t->evidence, force);
}

} // namespace ropa
