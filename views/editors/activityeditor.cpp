#include "activityeditor.h"

#include "activityidentitysection.h"
#include "automateddecisionssection.h"
#include "checks/checker.h"
#include "collapsiblesection.h"
#include "dataitemstable.h"
#include "dpiasection.h"
#include "editorhelpers.h"
#include "evidenceeditor.h"
#include "labels.h"
#include "linkpicker.h"
#include "reference/reference.h"
#include "retentioneditor.h"

#include <QVBoxLayout>

namespace ropa {

using namespace editors;

LinkPicker *ActivityEditor::picker(LinkField field, const QString &objectName)
{
    auto *p = new LinkPicker(project(), field, this);
    p->setObjectName(objectName);
    connect(p, &LinkPicker::linkActivated, this, &KindEditor::linkActivated);
    return p;
}

template <typename S> S *ActivityEditor::section()
{
    auto *s = new S(this);
    m_sections.append(s);
    connect(s, &ActivitySection::changed, this, [this](const ActivityChange &change, MergeId mergeId, EditStep step) {
        modify<Activity>([&](Activity &a) { change(a); }, mergeId, step);
    });
    connect(s, &ActivitySection::linkActivated, this, &KindEditor::linkActivated);
    return s;
}

QWidget *ActivityEditor::collapsible(const QString &title, ActivitySection *section)
{
    auto *fold = new CollapsibleSection(title, section, this);
    fold->setObjectName(section->objectName() + QStringLiteral("Fold"));
    m_folds.append(fold);
    return fold;
}

// Internal recipients are departments of the organisation itself (a role for transfers); an
// activity's organisation is never one, but a value from a file is shown so it can be changed.
void ActivityEditor::fillRoleChoices(Role current)
{
    const bool withInternal = current == Role::Internal;
    if (m_role->count() == (withInternal ? 4 : 3))
        return;
    m_role->clearChoices();
    for (const auto &entry : enumNames<Role>()) {
        if (entry.value != Role::Internal || withInternal)
            m_role->addChoice(Labels::role(entry.value), int(entry.value));
    }
}

ActivityEditor::ActivityEditor(Project *project, QWidget *parent)
    : KindEditor(project, EntityKind::Activity, parent)
    , m_name(new TextField(this))
    , m_organisation(new ChoiceCombo(this))
    , m_role(new ChoiceCombo(this))
    , m_onBehalfOf(new ChoiceCombo(this))
    , m_roleHint(new HintLabel(this))
    , m_purposes(new ListField(this))
    , m_lawfulBasis(new ChoiceCombo(this))
    , m_art9Condition(new ChoiceCombo(this))
    , m_art9Hint(new HintLabel(this))
    , m_art10Basis(new TextField(this))
    , m_consentCondition(new ChoiceCombo(this))
    , m_consentHint(new HintLabel(this))
    , m_balancingDate(new DateField(this))
    , m_balancingNote(new TextAreaField(3, this))
    , m_balancingHint(new HintLabel(this))
    , m_dataSubjects(picker(LinkField::ActivityDataSubjects, QStringLiteral("dataSubjects")))
    , m_dataCategories(picker(LinkField::ActivityDataCategories, QStringLiteral("dataCategories")))
    , m_sources(picker(LinkField::ActivitySources, QStringLiteral("sources")))
    , m_securityMeasures(picker(LinkField::ActivitySecurityMeasures, QStringLiteral("securityMeasures")))
    , m_systems(picker(LinkField::ActivitySystems, QStringLiteral("systems")))
    , m_documents(picker(LinkField::ActivityDocuments, QStringLiteral("documents")))
    , m_retention(new RetentionEditor(project, this))
    , m_largeScale(new ChoiceCombo(this))
    , m_largeScaleHint(new HintLabel(this))
    , m_owner(new TextField(this))
    , m_lastReviewed(new DateField(this))
    , m_notes(new TextAreaField(4, this))
    , m_evidence(new EvidenceEditor(project, this))
{
    const Reference &ref = Reference::instance();
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setCheck(nameProblem);
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_organisation->setToolTip(tr("The own organisation whose record lists this activity"));
    m_role->setObjectName(QStringLiteral("role"));
    fillRoleChoices(Role::Controller);
    m_onBehalfOf->setObjectName(QStringLiteral("onBehalfOf"));
    m_onBehalfOf->setToolTip(tr("For a processor activity: the controller on whose behalf it is carried out"));
    m_purposes->setObjectName(QStringLiteral("purposes"));
    m_purposes->setPlaceholderText(tr("Purposes, one a line (Art. 30(1)(b))"));
    m_lawfulBasis->setObjectName(QStringLiteral("lawfulBasis"));
    m_lawfulBasis->addChoice(tr("not stated"), QVariant(),
                             tr("No lawful basis stated: a finding for a controller activity"));
    m_lawfulBasis->addEnum<LawfulBasis>(
        [](LawfulBasis b) { return tr("%1 — %2").arg(Labels::lawfulBasisReference(b), Labels::lawfulBasis(b)); },
        [&ref](LawfulBasis b) { return legalTip(ref.lawfulBasis(b)); });
    m_art9Condition->setObjectName(QStringLiteral("art9Condition"));
    m_art9Condition->addChoice(tr("not stated"), QVariant(),
                               tr("Needed only when the activity processes special categories (Art. 9(1))"));
    m_art9Condition->addEnum<Art9Condition>(&Labels::art9Condition,
                                            [&ref](Art9Condition c) { return legalTip(ref.art9Condition(c)); });
    m_art10Basis->setObjectName(QStringLiteral("art10Basis"));
    m_art10Basis->setPlaceholderText(tr("For criminal-offence data: the Union or member-state law relied on"));
    // The explicit facts the compliance rules read (docs/findings.md, "Explicit fields").
    m_consentCondition->setObjectName(QStringLiteral("consentConditionOfService"));
    m_consentCondition->addYesNoUnknown();
    setChoicesToolTip(
        m_consentCondition,
        tr("Art. 7(4) GDPR: “When assessing whether consent is freely given, utmost account shall be taken of "
           "whether, inter alia, the performance of a contract, including the provision of a service, is conditional "
           "on consent to the processing of personal data that is not necessary for the performance of that "
           "contract.”\nYes: consent that the service depends on (a finding for a consent activity)."));
    m_balancingDate->setObjectName(QStringLiteral("balancingTestDate"));
    m_balancingDate->setToolTip(
        tr("When the legitimate-interests balancing test was made (Art. 6(1)(f), Art. 5(2) GDPR)"));
    m_balancingNote->setObjectName(QStringLiteral("balancingTestNote"));
    m_balancingNote->setPlaceholderText(
        tr("The interest, why the processing is necessary, how it was weighed against the "
           "data subjects’ interests, and the conclusion (or where that is documented)"));
    m_balancingNote->setToolTip(
        tr("Art. 6(1)(f) GDPR: processing is lawful if “necessary for the purposes of the legitimate interests pursued "
           "by the controller or by a third party, except where such interests are overridden by the interests or "
           "fundamental rights and freedoms of the data subject which require protection of personal data”. "
           "Art. 5(2): the controller must be able to demonstrate it."));
    m_largeScale->setObjectName(QStringLiteral("largeScale"));
    m_largeScale->addYesNoUnknown();
    setChoicesToolTip(
        m_largeScale,
        tr("Art. 35(3) GDPR: a DPIA is required in particular for “(b) processing on a large scale of special "
           "categories "
           "of data referred to in Article 9(1), or of personal data relating to criminal convictions and offences "
           "referred to in Article 10” and “(c) a systematic monitoring of a publicly accessible area on a large "
           "scale”.\nYes: the checks count this activity as likely to need a DPIA."));
    m_retention->setObjectName(QStringLiteral("retention"));
    m_owner->setObjectName(QStringLiteral("owner"));
    m_owner->setPlaceholderText(tr("Who answers for this activity"));
    m_lastReviewed->setObjectName(QStringLiteral("lastReviewed"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_evidence->setObjectName(QStringLiteral("evidence"));

    auto *roleBox = new QWidget(this);
    auto *roleLayout = new QVBoxLayout(roleBox);
    roleLayout->setContentsMargins(0, 0, 0, 0);
    roleLayout->setSpacing(2);
    roleLayout->addWidget(m_role);
    roleLayout->addWidget(m_roleHint);
    auto *art9Box = new QWidget(this);
    auto *art9Layout = new QVBoxLayout(art9Box);
    art9Layout->setContentsMargins(0, 0, 0, 0);
    art9Layout->setSpacing(2);
    art9Layout->addWidget(m_art9Condition);
    art9Layout->addWidget(m_art9Hint);

    addRow(tr("Name:"), m_name);
    addRow(tr("Organisation:"), withGoTo(m_organisation, EntityKind::Party));
    addRow(tr("Acting as:"), roleBox);
    addRow(tr("On behalf of:"), withGoTo(m_onBehalfOf, EntityKind::Party));
    addRow(tr("Purposes:"), m_purposes);
    addHeading(tr("Lawfulness"));
    addRow(tr("Lawful basis:"), m_lawfulBasis);
    addRow(tr("Art. 9(2) condition:"), art9Box);
    addRow(tr("Art. 10 basis:"), m_art10Basis);
    addRow(tr("Consent is a condition of the service:"), withHint(m_consentCondition, m_consentHint));
    addRow(tr("Balancing test done:"), m_balancingDate);
    addRow(tr("Balancing test:"), withHint(m_balancingNote, m_balancingHint));
    addHeading(tr("Data"));
    addRow(tr("Data subjects:"), m_dataSubjects);
    addRow(tr("Data categories:"), m_dataCategories);
    addRow(tr("Sources:"), m_sources);
    addRow(tr("Systems:"), m_systems);
    addWideRow(collapsible(tr("Data items"), section<DataItemsTable>()));
    addHeading(tr("Retention"));
    addWideRow(m_retention);
    addWideRow(collapsible(tr("Automated decisions (Art. 22)"), section<AutomatedDecisionsSection>()));
    addHeading(tr("Security and accountability"));
    addRow(tr("Security measures:"), m_securityMeasures);
    addRow(tr("Large-scale processing:"), withHint(m_largeScale, m_largeScaleHint));
    addRow(tr("Owner:"), m_owner);
    addRow(tr("Last reviewed:"), m_lastReviewed);
    addRow(tr("Notes:"), m_notes);
    addWideRow(collapsible(tr("DPIA (Art. 35)"), section<DpiaSection>()));
    addWideRow(collapsible(tr("Record in the register"), section<ActivityIdentitySection>()));
    addHeading(tr("Documents"));
    addRow(tr("Linked documents:"), m_documents);
    addHeading(tr("Evidence"));
    addWideRow(m_evidence);

    connect(m_name, &TextField::edited, this,
            [this](const QString &v) { modify<Activity>([&](Activity &a) { a.name = v; }, MergeId::EditName); });
    connect(m_organisation, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        if (!idValue(v).isNull())
            modify<Activity>([&](Activity &a) { a.organisation = idValue(v); });
    });
    connect(m_role, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        modify<Activity>([&](Activity &a) { a.role = static_cast<Role>(v.toInt()); });
    });
    connect(m_onBehalfOf, &ChoiceCombo::edited, this,
            [this](const QVariant &v) { modify<Activity>([&](Activity &a) { a.onBehalfOf = idValue(v); }); });
    connect(m_purposes, &ListField::edited, this, [this](const QStringList &v) {
        modify<Activity>([&](Activity &a) { a.purposes = v; }, MergeId::EditPurposes);
    });
    connect(m_lawfulBasis, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        modify<Activity>([&](Activity &a) { a.lawfulBasis = variantEnum<LawfulBasis>(v); });
    });
    connect(m_art9Condition, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        modify<Activity>([&](Activity &a) { a.art9Condition = variantEnum<Art9Condition>(v); });
    });
    connect(m_art10Basis, &TextField::edited, this, [this](const QString &v) {
        modify<Activity>([&](Activity &a) { a.art10Basis = v; }, MergeId::EditArt10Basis);
    });
    connect(m_consentCondition, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        modify<Activity>([&](Activity &a) { a.consentConditionOfService = boolOptional(v); });
    });
    connect(m_balancingDate, &DateField::edited, this, [this](const std::optional<QDate> &v) {
        modify<Activity>([&](Activity &a) { a.balancingTest.date = v; });
    });
    connect(m_balancingNote, &TextAreaField::edited, this, [this](const QString &v) {
        modify<Activity>([&](Activity &a) { a.balancingTest.note = v; }, MergeId::EditBalancingTest);
    });
    connect(m_largeScale, &ChoiceCombo::edited, this,
            [this](const QVariant &v) { modify<Activity>([&](Activity &a) { a.largeScale = boolOptional(v); }); });
    connect(m_retention, &RetentionEditor::edited, this, [this](const QList<RetentionRule> &v, MergeId mergeId) {
        modify<Activity>([&](Activity &a) { a.retention = v; }, mergeId);
    });
    connect(m_owner, &TextField::edited, this,
            [this](const QString &v) { modify<Activity>([&](Activity &a) { a.owner = v; }, MergeId::EditOwner); });
    connect(m_lastReviewed, &DateField::edited, this,
            [this](const std::optional<QDate> &v) { modify<Activity>([&](Activity &a) { a.lastReviewed = v; }); });
    connect(m_notes, &TextAreaField::edited, this,
            [this](const QString &v) { modify<Activity>([&](Activity &a) { a.notes = v; }, MergeId::EditNotes); });
    connect(m_evidence, &EvidenceEditor::edited, this, [this](const EvidenceList &v, MergeId mergeId) {
        modify<Activity>([&](Activity &a) { a.evidence = v; }, mergeId);
    });
}

void ActivityEditor::updateInferredHints(const Activity &a)
{
    // The notes conventions of docs/findings.md apply only while the field is not stated; say
    // what they read, so the DPO can set the field instead of relying on the wording.
    QString consent;
    if (!a.consentConditionOfService && a.lawfulBasis == LawfulBasis::Consent) {
        if (const QString marker = checks::bundledConsentMarker(a); !marker.isEmpty())
            consent = tr("Not stated, but the notes or evidence say “%1”: the checks treat this consent as a "
                         "condition of the service. Set the field to confirm or correct that.")
                          .arg(marker);
    }
    m_consentHint->setNote(consent);
    QString balancing;
    if (a.balancingTest.note.trimmed().isEmpty() && !a.balancingTest.date) {
        if (const QString marker = checks::balancingNoteMarker(a); !marker.isEmpty())
            balancing = tr("Not recorded here, but the notes mention “%1”: the checks count that as a balancing test. "
                           "Record its date and conclusion here.")
                            .arg(marker);
        else if (a.lawfulBasis == LawfulBasis::LegitimateInterests)
            balancing = tr("Legitimate interests need a documented balancing test.");
    }
    m_balancingHint->setNote(balancing);
    QString large;
    if (!a.largeScale) {
        if (const QString marker = checks::largeScaleMarker(a); !marker.isEmpty())
            large = tr("Not stated, but the name, purposes or notes say “%1”: the checks treat this activity as "
                       "large-scale. Set the field to confirm or correct that.")
                        .arg(marker);
    }
    m_largeScaleHint->setNote(large);
}

// The party combos list thousands of parties in a large project: filled again only when a
// party was added, renamed or removed (not for every activity shown).
bool ActivityEditor::fillPartyChoices()
{
    if (!takeDirty(EntityKind::Party))
        return false;
    fillEntities<Party>(m_organisation, {}, [](const Party &p) { return p.own; });
    fillEntities<Party>(m_onBehalfOf, tr("(none)"), [](const Party &p) { return !p.own; });
    return true;
}

bool ActivityEditor::prepare(QDeadlineTimer deadline)
{
    return prepareChoices(fillPartyChoices(),
                          {m_dataSubjects, m_dataCategories, m_sources, m_securityMeasures, m_systems, m_documents},
                          deadline);
}

void ActivityEditor::load(bool force)
{
    const Activity *a = entity<Activity>();
    if (!a)
        return;
    const ProjectData &data = project()->data();
    setTitle(edit::displayName(data, *a));
    fillPartyChoices();
    m_name->setValue(a->name, force);
    m_organisation->setValue(idVariant(a->organisation));
    if (force || a->role == Role::Internal)
        fillRoleChoices(a->role); // not from within the combo's own signal (after the user chose)
    m_role->setValue(static_cast<int>(a->role));
    m_onBehalfOf->setValue(idVariant(a->onBehalfOf));
    m_roleHint->setNote(a->role == Role::Processor && a->onBehalfOf.isNull()
                            ? tr("A processor activity names the controller it acts for (Art. 30(2)(a)).")
                            : QString());
    m_purposes->setValue(a->purposes, force);
    m_lawfulBasis->setValue(enumVariant(a->lawfulBasis));
    m_art9Condition->setValue(enumVariant(a->art9Condition));
    QStringList special;
    for (const Id &id : a->dataCategories) {
        if (const DataCategory *c = data.find<DataCategory>(id); c && c->special)
            special.append(c->name);
    }
    if (!special.isEmpty() && !a->art9Condition)
        m_art9Hint->setHint(
            tr("Special categories (%1): an Art. 9(2) condition is needed.").arg(special.join(tr(", "))));
    else
        m_art9Hint->setHint({});
    m_art10Basis->setValue(a->art10Basis, force);
    m_consentCondition->setValue(optionalBool(a->consentConditionOfService));
    m_balancingDate->setValue(a->balancingTest.date, force);
    m_balancingNote->setValue(a->balancingTest.note, force);
    m_largeScale->setValue(optionalBool(a->largeScale));
    updateInferredHints(*a);
    for (LinkPicker *p : {m_dataSubjects, m_dataCategories, m_sources, m_securityMeasures, m_systems, m_documents}) {
        if (force)
            p->setOwner(a->id);
        else
            p->load();
    }
    m_retention->setValue(a->retention, a->dataCategories, force);
    if (takeDirty(EntityKind::Document)) {
        for (ActivitySection *section : std::as_const(m_sections))
            section->fillChoices(data);
    }
    for (qsizetype i = 0; i < m_sections.size(); ++i) {
        m_sections.at(i)->load(*a, data, force);
        if (force) // open what holds something; the user's choice stays while the activity is shown
            m_folds.at(i)->setExpanded(m_sections.at(i)->hasContent(*a));
    }
    m_owner->setValue(a->owner, force);
    m_lastReviewed->setValue(a->lastReviewed, force);
    m_notes->setValue(a->notes, force);
    m_evidence->setValue(a->evidence, force);
}

} // namespace ropa
