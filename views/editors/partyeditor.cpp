#include "partyeditor.h"

#include "countrypicker.h"
#include "editorhelpers.h"
#include "evidenceeditor.h"
#include "labels.h"
#include "linkpicker.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace ropa {

using namespace editors;

namespace {

// An optional contact (DPO, representative) that is not there is only its check box: no
// empty frame under it (a flat group box still draws its frame around the layout's margins).
void showContactFrame(QGroupBox *group, bool on)
{
    group->setFlat(!on);
    if (QLayout *layout = group->layout())
        layout->setContentsMargins(on ? QMargins(8, 4, 8, 4) : QMargins());
    group->setStyleSheet(on ? QString() : QStringLiteral("QGroupBox { border: none; }"));
    // Without a frame, the style sheet gives the title only the height of its text: the check
    // box and the descenders were cut at the bottom. As tall as a check box with that text.
    if (on) {
        group->setMinimumHeight(0);
    } else {
        QCheckBox probe(group->title());
        probe.setFont(group->font());
        group->setMinimumHeight(probe.sizeHint().height());
    }
}

} // namespace

ContactFields PartyEditor::contactFields(const QString &title, bool checkable, const QString &objectName)
{
    ContactFields f;
    f.group = new QGroupBox(title, this);
    f.group->setObjectName(objectName);
    f.group->setCheckable(checkable);
    f.name = new TextField(f.group);
    f.name->setObjectName(objectName + QStringLiteral("Name"));
    f.function = new TextField(f.group);
    f.function->setObjectName(objectName + QStringLiteral("Function"));
    f.email = new TextField(f.group);
    f.email->setObjectName(objectName + QStringLiteral("Email"));
    f.email->setCheck(emailProblem);
    f.phone = new TextField(f.group);
    f.phone->setObjectName(objectName + QStringLiteral("Phone"));
    auto *inner = new QWidget(f.group);
    auto *outer = new QVBoxLayout(f.group);
    outer->setContentsMargins(8, 4, 8, 4);
    outer->addWidget(inner);
    auto *form = new QFormLayout(inner);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (checkable) { // a DPO or representative that is not there takes no room
        connect(f.group, &QGroupBox::toggled, inner, &QWidget::setVisible);
        connect(f.group, &QGroupBox::toggled, f.group, [group = f.group](bool on) { showContactFrame(group, on); });
    }
    form->addRow(tr("Name:"), f.name);
    form->addRow(tr("Function:"), f.function);
    form->addRow(tr("E-mail:"), f.email);
    form->addRow(tr("Phone:"), f.phone);
    return f;
}

void PartyEditor::loadContact(const ContactFields &fields, const std::optional<Contact> &contact, bool force)
{
    if (fields.group->isCheckable()) {
        const QSignalBlocker blocker(fields.group);
        fields.group->setChecked(contact.has_value());
    }
    if (fields.group->isCheckable()) {
        fields.name->parentWidget()->setVisible(contact.has_value());
        showContactFrame(fields.group, contact.has_value());
    }
    const Contact c = contact.value_or(Contact{});
    fields.name->setValue(c.name, force);
    fields.function->setValue(c.function, force);
    fields.email->setValue(c.email, force);
    fields.phone->setValue(c.phone, force);
}

PartyEditor::PartyEditor(Project *project, QWidget *parent)
    : KindEditor(project, EntityKind::Party, parent)
    , m_name(new TextField(this))
    , m_kind(new ChoiceCombo(this))
    , m_named(checkBox(tr("Named organisation (off: a category of recipients)"), this))
    , m_own(checkBox(tr("Our own organisation (this is its record)"), this))
    , m_ownHint(new HintLabel(this))
    , m_country(new CountryField(this))
    , m_locations(new CountryListField(this))
    , m_address(new TextAreaField(3, this))
    , m_website(new TextField(this))
    , m_dpoNotRequired(new TextField(this))
    , m_dpaInPlace(new ChoiceCombo(this))
    , m_dpaSigned(new DateField(this))
    , m_dpaDocument(new ChoiceCombo(this))
    , m_dpfCertified(new ChoiceCombo(this))
    , m_dpfHint(new HintLabel(this))
    , m_noticeDays(new QSpinBox(this))
    , m_noticeReceived(new DateField(this))
    , m_deadline(new HintLabel(this))
    , m_certifications(new ListField(this))
    , m_documents(new LinkPicker(project, LinkField::PartyDocuments, this))
    , m_notes(new TextAreaField(4, this))
    , m_evidence(new EvidenceEditor(project, this))
{
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setCheck(nameProblem);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addEnum<PartyKind>(&Labels::partyKind);
    m_named->setObjectName(QStringLiteral("named"));
    m_own->setObjectName(QStringLiteral("own"));
    m_named->setToolTip(tr("Off: the party is a category of recipients (“Marketing partners”, “Law enforcement on "
                           "request”), as Art. 30(1)(d) allows"));
    m_country->setObjectName(QStringLiteral("country"));
    m_locations->setObjectName(QStringLiteral("locations"));
    m_address->setObjectName(QStringLiteral("address"));
    m_website->setObjectName(QStringLiteral("website"));
    m_website->setCheck(urlProblem);
    m_website->setPlaceholderText(tr("https://…"));
    m_contact = contactFields(tr("Contact"), false, QStringLiteral("contact"));
    m_dpo = contactFields(tr("Data protection officer"), true, QStringLiteral("dpo"));
    m_dpoNotRequired->setObjectName(QStringLiteral("dpoNotRequired"));
    m_dpoNotRequired->setPlaceholderText(tr("e.g. no large-scale monitoring, no special categories at scale"));
    m_representative =
        contactFields(tr("Representative in the EU/UK (Art. 27)"), true, QStringLiteral("representative"));
    m_dpaInPlace->setObjectName(QStringLiteral("dpaInPlace"));
    m_dpaInPlace->addYesNoUnknown();
    setChoicesToolTip(m_dpaInPlace, tr("Art. 28(3) GDPR: processing by a processor is governed by a contract that "
                                       "binds it to the controller. Yes: a DPA is in place, with or without its "
                                       "date at hand."));
    m_dpaSigned->setObjectName(QStringLiteral("dpaSigned"));
    m_dpaDocument->setObjectName(QStringLiteral("dpaDocument"));
    m_dpaDocument->setFitToChoices(false); // beside its label: a long title is elided, as in evidence
    m_documents->setObjectName(QStringLiteral("documents"));
    connect(m_documents, &LinkPicker::linkActivated, this, &KindEditor::linkActivated);
    m_dpaDocumentRow = withGoTo(m_dpaDocument, EntityKind::Document);
    m_dpfCertified->setObjectName(QStringLiteral("dpfCertified"));
    m_dpfCertified->addYesNoUnknown();
    m_noticeDays->setObjectName(QStringLiteral("noticePeriodDays"));
    // -1 is "not stated", shown as its text; 0 to 3650 days as in the file formats.
    m_noticeDays->setRange(-1, 3650);
    m_noticeDays->setSpecialValueText(tr("not stated"));
    m_noticeDays->setSuffix(tr(" days"));
    m_noticeDays->setToolTip(tr("Art. 28(2), (4) GDPR; SCCs module 2, clause 9: the period the DPA gives to object to "
                                "a new subprocessor after a change notice"));
    m_noticeReceived->setObjectName(QStringLiteral("changeNoticeReceived"));
    m_deadline->setObjectName(QStringLiteral("objectionDeadline"));
    m_certifications->setObjectName(QStringLiteral("certifications"));
    m_certifications->setPlaceholderText(tr("One a line, e.g. ISO/IEC 27001"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_evidence->setObjectName(QStringLiteral("evidence"));

    auto *flags = new QWidget(this);
    auto *flagsLayout = new QVBoxLayout(flags);
    flagsLayout->setContentsMargins(0, 0, 0, 0);
    flagsLayout->setSpacing(2);
    m_named->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    flagsLayout->addWidget(m_named);
    flagsLayout->addWidget(m_own);
    flagsLayout->addWidget(m_ownHint);
    m_dpfRow = new QWidget(this);
    auto *dpfLayout = new QVBoxLayout(m_dpfRow);
    dpfLayout->setContentsMargins(0, 0, 0, 0);
    dpfLayout->setSpacing(2);
    dpfLayout->addWidget(m_dpfCertified, 0, Qt::AlignLeft);
    dpfLayout->addWidget(m_dpfHint);

    addRow(tr("Name:"), m_name);
    addRow(tr("Kind:"), m_kind);
    addWideRow(flags);
    addRow(tr("Country:"), m_country);
    addRow(tr("Processing locations:"), m_locations);
    addRow(tr("Address:"), m_address);
    addRow(tr("Website:"), m_website);
    addWideRow(m_contact.group);
    addWideRow(m_dpo.group);
    addRow(tr("No DPO because:"), m_dpoNotRequired);
    addWideRow(m_representative.group);
    addHeading(tr("Agreements"));
    addRow(tr("DPA in place:"), m_dpaInPlace);
    addRow(tr("DPA signed:"), m_dpaSigned);
    addRow(tr("DPA document:"), m_dpaDocumentRow);
    addRow(tr("DPF certified:"), m_dpfRow);
    addRow(tr("Notice period to object:"), m_noticeDays);
    addRow(tr("Change notice received:"), m_noticeReceived);
    addWideRow(m_deadline);
    addRow(tr("Certifications:"), m_certifications);
    addRow(tr("Linked documents:"), m_documents);
    addRow(tr("Notes:"), m_notes);
    addHeading(tr("Evidence"));
    addWideRow(m_evidence);

    connect(m_name, &TextField::edited, this,
            [this](const QString &v) { modify<Party>([&](Party &p) { p.name = v; }, MergeId::EditName); });
    connect(m_kind, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        modify<Party>([&](Party &p) { p.kind = static_cast<PartyKind>(v.toInt()); });
    });
    connect(m_named, &QCheckBox::toggled, this, [this](bool on) { modify<Party>([&](Party &p) { p.named = on; }); });
    connect(m_own, &QCheckBox::toggled, this, &PartyEditor::onOwnToggled);
    connect(m_country, &CountryField::edited, this, [this](const QString &v) {
        modify<Party>([&](Party &p) { p.country = v; }, MergeId::EditCountry, EditStep::Separate);
    });
    connect(m_locations, &CountryListField::edited, this, [this](const QStringList &v) {
        modify<Party>([&](Party &p) { p.locations = v; }, MergeId::EditLocations, EditStep::Separate);
    });
    connect(m_address, &TextAreaField::edited, this,
            [this](const QString &v) { modify<Party>([&](Party &p) { p.address = v; }, MergeId::EditAddress); });
    connect(m_website, &TextField::edited, this,
            [this](const QString &v) { modify<Party>([&](Party &p) { p.website = v.trimmed(); }, MergeId::EditUrl); });

    // Contact, DPO, representative: each text edit merges within its group.
    const auto wire = [this](const ContactFields &f, MergeId mergeId, std::optional<Contact> Party::*member,
                             Contact Party::*plain) {
        const auto apply = [this, mergeId, member, plain](auto setter) {
            modify<Party>(
                [&](Party &p) {
                    if (plain) {
                        setter(p.*plain);
                    } else {
                        Contact c = (p.*member).value_or(Contact{});
                        setter(c);
                        p.*member = c;
                    }
                },
                mergeId);
        };
        connect(f.name, &TextField::edited, this,
                [apply](const QString &v) { apply([&](Contact &c) { c.name = v; }); });
        connect(f.function, &TextField::edited, this,
                [apply](const QString &v) { apply([&](Contact &c) { c.function = v; }); });
        connect(f.email, &TextField::edited, this,
                [apply](const QString &v) { apply([&](Contact &c) { c.email = v.trimmed(); }); });
        connect(f.phone, &TextField::edited, this,
                [apply](const QString &v) { apply([&](Contact &c) { c.phone = v; }); });
        if (f.group->isCheckable()) {
            connect(f.group, &QGroupBox::toggled, this, [this, member](bool on) {
                modify<Party>([&](Party &p) {
                    if (!on)
                        p.*member = std::nullopt;
                    else if (!(p.*member))
                        p.*member = Contact{};
                });
            });
        }
    };
    wire(m_contact, MergeId::EditContact, nullptr, &Party::contact);
    wire(m_dpo, MergeId::EditDpo, &Party::dpo, nullptr);
    wire(m_representative, MergeId::EditRepresentative, &Party::representative, nullptr);
    // Why no DPO is designated (Art. 37(1)): empty is not stated.
    connect(m_dpoNotRequired, &TextField::edited, this, [this](const QString &v) {
        modify<Party>([&](Party &p) { p.dpoNotRequired = v.trimmed(); }, MergeId::EditDpo);
    });

    // A date means "in place" (entities.h): "no" and "not stated" take the date away in the same
    // step (undo brings both back), and a date entered makes it "yes".
    connect(m_dpaInPlace, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        modify<Party>(
            [&](Party &p) {
                p.dpaInPlace = boolOptional(v);
                if (p.dpaInPlace != true)
                    p.dpaSigned.reset();
            },
            MergeId::EditDpa, EditStep::Separate);
    });
    connect(m_dpaSigned, &DateField::edited, this, [this](const std::optional<QDate> &v) {
        modify<Party>(
            [&](Party &p) {
                p.dpaSigned = v;
                if (v)
                    p.dpaInPlace = true;
            },
            MergeId::EditDpa, EditStep::Separate);
    });
    connect(m_dpaDocument, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        modify<Party>([&](Party &p) { p.dpaDocument = idValue(v); }, MergeId::EditDpa, EditStep::Separate);
    });
    connect(m_noticeDays, &QSpinBox::editingFinished, this, [this] {
        const int days = m_noticeDays->value();
        modify<Party>([&](Party &p) { p.noticePeriodDays = days < 0 ? std::nullopt : std::optional<int>(days); });
    });
    connect(m_noticeReceived, &DateField::edited, this,
            [this](const std::optional<QDate> &v) { modify<Party>([&](Party &p) { p.changeNoticeReceived = v; }); });
    connect(m_dpfCertified, &ChoiceCombo::edited, this,
            [this](const QVariant &v) { modify<Party>([&](Party &p) { p.dpfCertified = boolOptional(v); }); });
    connect(m_certifications, &ListField::edited, this, [this](const QStringList &v) {
        modify<Party>([&](Party &p) { p.certifications = v; }, MergeId::EditCertifications);
    });
    connect(m_notes, &TextAreaField::edited, this,
            [this](const QString &v) { modify<Party>([&](Party &p) { p.notes = v; }, MergeId::EditNotes); });
    connect(m_evidence, &EvidenceEditor::edited, this, [this](const EvidenceList &v, MergeId mergeId) {
        modify<Party>([&](Party &p) { p.evidence = v; }, mergeId);
    });
}

void PartyEditor::onOwnToggled(bool own)
{
    const Party *p = entity<Party>();
    if (!p)
        return;
    if (!own) {
        // The project needs an own party, and activities belong to one (JSON-FORMAT.md).
        const ProjectData &data = project()->data();
        const bool another = std::any_of(data.parties.begin(), data.parties.end(),
                                         [p](const auto &entry) { return entry.second.own && entry.first != p->id; });
        const auto activities = std::count_if(data.activities.begin(), data.activities.end(),
                                              [p](const auto &entry) { return entry.second.organisation == p->id; });
        QString problem;
        if (!another)
            problem = tr("The project needs at least one own organisation; mark another one first.");
        else if (activities > 0)
            problem = tr("%n processing activities belong to this organisation; give them another one first.", nullptr,
                         int(activities));
        if (!problem.isEmpty()) {
            setChecked(m_own, true);
            m_ownHint->setHint(problem);
            return;
        }
    }
    m_ownHint->setHint({});
    modify<Party>([&](Party &party) { party.own = own; });
}

void PartyEditor::load(bool force)
{
    const Party *p = entity<Party>();
    if (!p)
        return;
    setTitle(edit::displayName(project()->data(), *p));
    m_name->setValue(p->name, force);
    m_kind->setValue(static_cast<int>(p->kind));
    setChecked(m_named, p->named);
    setChecked(m_own, p->own);
    if (force)
        m_ownHint->setHint({});
    m_country->setValue(p->country, force);
    m_locations->setValue(p->locations, force);
    m_address->setValue(p->address, force);
    m_website->setValue(p->website, force);
    loadContact(m_contact, p->contact, force);
    loadContact(m_dpo, p->dpo, force);
    // For the own organisation without a DPO (a reason already stated stays, to be cleared).
    setRowVisible(m_dpoNotRequired, (p->own && !p->dpo) || !p->dpoNotRequired.isEmpty());
    m_dpoNotRequired->setValue(p->dpoNotRequired, force);
    loadContact(m_representative, p->representative, force);
    // Show what applies: a DPA is signed with another party, never with the own organisation,
    // and the DPF certifies organisations in the United States. A value already stated stays
    // visible, so that it can be cleared.
    const std::optional<bool> dpa = dpaState(*p);
    const bool dpaShown = !p->own || dpa.has_value() || !p->dpaDocument.isNull();
    setRowVisible(m_dpaInPlace, dpaShown);
    setRowVisible(m_dpaSigned, dpaShown);
    setRowVisible(m_dpaDocumentRow, dpaShown);
    if (takeDirty(EntityKind::Document))
        fillEntities<Document>(m_dpaDocument, tr("(none)"));
    m_dpaInPlace->setValue(optionalBool(dpa));
    m_dpaDocument->setValue(idVariant(p->dpaDocument));
    // A date or a document belongs to a DPA in place; a value left from a file stays editable so
    // that it can be cleared.
    m_dpaSigned->setEnabled(dpa != false || p->dpaSigned.has_value());
    m_dpaDocument->setEnabled(dpa != false || !p->dpaDocument.isNull());
    if (force)
        m_documents->setOwner(p->id);
    else
        m_documents->load();
    setRowVisible(m_dpfRow, (!p->own && (p->country.isEmpty() || p->country == u"US")) || p->dpfCertified.has_value());
    m_dpaSigned->setValue(p->dpaSigned, force);
    m_dpfCertified->setValue(optionalBool(p->dpfCertified));
    m_dpfHint->setNote(p->dpfCertified.value_or(false) && !p->country.isEmpty() && p->country != u"US"
                           ? tr("The Data Privacy Framework certifies U.S. organisations; this party is in %1.")
                                 .arg(Labels::country(p->country))
                           : QString());
    // A vendor's notice period is in its DPA: shown where a DPA is, or when already stated.
    const bool noticeShown = dpaShown || p->noticePeriodDays || p->changeNoticeReceived;
    setRowVisible(m_noticeDays, noticeShown);
    setRowVisible(m_noticeReceived, noticeShown);
    if (!m_noticeDays->hasFocus() || force)
        m_noticeDays->setValue(p->noticePeriodDays.value_or(-1));
    m_noticeReceived->setValue(p->changeNoticeReceived, force);
    const std::optional<QDate> deadline = objectionDeadline(*p);
    if (!deadline)
        m_deadline->setNote({});
    else if (*deadline >= QDate::currentDate())
        m_deadline->setHint(tr("Object to the new subprocessors by %1.").arg(deadline->toString(Qt::ISODate)));
    else
        m_deadline->setNote(tr("The period to object ended on %1.").arg(deadline->toString(Qt::ISODate)));
    m_certifications->setValue(p->certifications, force);
    m_notes->setValue(p->notes, force);
    m_evidence->setValue(p->evidence, force);
}

} // namespace ropa
