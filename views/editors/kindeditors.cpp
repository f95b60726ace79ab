#include "kindeditors.h"

#include "checks/checker.h"
#include "countrypicker.h"
#include "evidenceeditor.h"
#include "itemmodels/categorytreemodel.h"
#include "labels.h"
#include "linkpicker.h"
#include "reference/reference.h"
#include "retentioneditor.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

namespace ropa {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::KindEditor)
};

QString nameProblem(const QString &text)
{
    return text.trimmed().isEmpty() ? Tr::tr("A name is needed; the previous one is kept until you type one.")
                                    : QString();
}

QString emailProblem(const QString &text)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (text.isEmpty() || email.match(text.trimmed()).hasMatch())
        return {};
    return Tr::tr("“%1” is not an e-mail address (name@example.com).").arg(text);
}

QString urlProblem(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (url.isValid() && (scheme == u"https" || scheme == u"http") && !url.host().isEmpty())
        return {};
    return Tr::tr("Not a web address: start it with https:// (https://www.example.com/privacy).");
}

// "Art. 6(1)(a) GDPR — Consent: The data subject has agreed…", for a tooltip.
QString legalTip(const LegalItem *item)
{
    if (!item)
        return {};
    // In the language of the user interface (the reference data's "nl"/"de" texts).
    const QString language = Reference::displayLanguage();
    QString tip = Tr::tr("%1 — %2\n%3").arg(item->referenceIn(language), item->titleIn(language), item->textIn(language));
    if (item->invalidated)
        tip += u'\n'
             + Tr::tr("Invalidated on %1 (%2).").arg(Labels::date(item->invalidated), item->judgmentIn(language));
    return tip;
}

Id idValue(const QVariant &value)
{
    return value.value<QUuid>();
}

QVariant idVariant(const Id &id)
{
    return QVariant::fromValue(id);
}

QVariant optionalBool(const std::optional<bool> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<bool> boolOptional(const QVariant &value)
{
    if (!value.isValid())
        return std::nullopt;
    return value.toBool();
}

// A tooltip for every choice of a combo (ChoiceCombo shows the current choice's tooltip).
void setChoicesToolTip(ChoiceCombo *combo, const QString &tip)
{
    for (int i = 0; i < combo->count(); ++i)
        combo->setItemData(i, tip, Qt::ToolTipRole);
    combo->setToolTip(tip);
}

// A field with a hint line under it.
QWidget *withHint(QWidget *field, HintLabel *hint)
{
    auto *box = new QWidget(field->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(hint);
    return box;
}

QCheckBox *checkBox(const QString &text, QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    return box;
}

void setChecked(QCheckBox *box, bool checked)
{
    const QSignalBlocker blocker(box);
    box->setChecked(checked);
}

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

// ---- Document ----

DocumentEditor::DocumentEditor(Project *project, QWidget *parent)
    : KindEditor(project, EntityKind::Document, parent)
    , m_title(new TextField(this))
    , m_url(new TextField(this))
    , m_date(new DateField(this))
    , m_text(new TextAreaField(20, this))
    , m_citedBy(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setCheck([](const QString &text) {
        return text.trimmed().isEmpty() ? tr("A title is needed; the previous one is kept until you type one.")
                                        : QString();
    });
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setCheck(urlProblem);
    m_url->setPlaceholderText(tr("https://…"));
    m_date->setObjectName(QStringLiteral("date"));
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setPlaceholderText(tr("The full text of the document, so that quotes can be shown in context"));
    m_citedBy->setWordWrap(true);

    addRow(tr("Title:"), m_title);
    addRow(tr("Address:"), m_url);
    addRow(tr("Date:"), m_date);
    addRow(tr("Cited by:"), m_citedBy);
    addHeading(tr("Text"));
    addWideRow(m_text);

    connect(m_title, &TextField::edited, this,
            [this](const QString &v) { modify<Document>([&](Document &d) { d.title = v; }, MergeId::EditTitle); });
    connect(m_url, &TextField::edited, this, [this](const QString &v) {
        modify<Document>([&](Document &d) { d.url = v.trimmed(); }, MergeId::EditUrl);
    });
    connect(m_date, &DateField::edited, this,
            [this](const std::optional<QDate> &v) { modify<Document>([&](Document &d) { d.date = v; }); });
    connect(m_text, &TextAreaField::edited, this,
            [this](const QString &v) { modify<Document>([&](Document &d) { d.text = v; }, MergeId::EditText); });
}

void DocumentEditor::load(bool force)
{
    const Document *d = entity<Document>();
    if (!d)
        return;
    setTitle(edit::displayName(project()->data(), *d));
    m_title->setValue(d->title, force);
    m_url->setValue(d->url, force);
    m_date->setValue(d->date, force);
    m_text->setValue(d->text, force);
    int entities = 0;
    int quotes = 0;
    project()->data().forEachEntity([&](const auto &e) {
        if constexpr (requires { e.evidence; }) {
            bool cites = false;
            for (const Evidence &ev : e.evidence) {
                if (ev.document == d->id) {
                    ++quotes;
                    cites = true;
                }
            }
            if (cites)
                ++entities;
        }
    });
    m_citedBy->setText(entities == 0 ? tr("no entity yet")
                                     : tr("%1 quotes in %2 entities").arg(quotes).arg(entities));
}

// ---- Party ----

namespace {

// An optional contact (DPO, representative) that is not there is only its check box: no
// empty frame under it (a flat group box still draws its frame around the layout's margins).
void showContactFrame(QGroupBox *group, bool on)
{
    group->setFlat(!on);
    if (QLayout *layout = group->layout())
        layout->setContentsMargins(on ? QMargins(8, 4, 8, 4) : QMargins());
    group->setStyleSheet(on ? QString() : QStringLiteral("QGroupBox { border: none; }"));
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
    , m_dpaSigned(new DateField(this))
    , m_dpfCertified(new ChoiceCombo(this))
    , m_dpfHint(new HintLabel(this))
    , m_certifications(new ListField(this))
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
    m_representative = contactFields(tr("Representative in the EU/UK (Art. 27)"), true, QStringLiteral("representative"));
    m_dpaSigned->setObjectName(QStringLiteral("dpaSigned"));
    m_dpfCertified->setObjectName(QStringLiteral("dpfCertified"));
    m_dpfCertified->addYesNoUnknown();
    m_dpfCertified->setItemText(0, tr("unknown"));
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
    auto *dpf = new QWidget(this);
    auto *dpfLayout = new QVBoxLayout(dpf);
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
    addWideRow(m_representative.group);
    addHeading(tr("Agreements"));
    addRow(tr("DPA signed:"), m_dpaSigned);
    addRow(tr("DPF certified:"), dpf);
    addRow(tr("Certifications:"), m_certifications);
    addRow(tr("Notes:"), m_notes);
    addHeading(tr("Evidence"));
    addWideRow(m_evidence);

    connect(m_name, &TextField::edited, this,
            [this](const QString &v) { modify<Party>([&](Party &p) { p.name = v; }, MergeId::EditName); });
    connect(m_kind, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        modify<Party>([&](Party &p) { p.kind = static_cast<PartyKind>(v.toInt()); });
    });
    connect(m_named, &QCheckBox::toggled, this,
            [this](bool on) { modify<Party>([&](Party &p) { p.named = on; }); });
    connect(m_own, &QCheckBox::toggled, this, &PartyEditor::onOwnToggled);
    connect(m_country, &CountryField::edited, this,
            [this](const QString &v) { modify<Party>([&](Party &p) { p.country = v; }, MergeId::EditCountry); });
    connect(m_locations, &CountryListField::edited, this,
            [this](const QStringList &v) { modify<Party>([&](Party &p) { p.locations = v; }); });
    connect(m_address, &TextAreaField::edited, this,
            [this](const QString &v) { modify<Party>([&](Party &p) { p.address = v; }, MergeId::EditAddress); });
    connect(m_website, &TextField::edited, this, [this](const QString &v) {
        modify<Party>([&](Party &p) { p.website = v.trimmed(); }, MergeId::EditUrl);
    });

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
        connect(f.name, &TextField::edited, this, [apply](const QString &v) { apply([&](Contact &c) { c.name = v; }); });
        connect(f.email, &TextField::edited, this,
                [apply](const QString &v) { apply([&](Contact &c) { c.email = v.trimmed(); }); });
        connect(f.phone, &TextField::edited, this, [apply](const QString &v) { apply([&](Contact &c) { c.phone = v; }); });
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

    connect(m_dpaSigned, &DateField::edited, this,
            [this](const std::optional<QDate> &v) { modify<Party>([&](Party &p) { p.dpaSigned = v; }); });
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
        const bool another = std::any_of(data.parties.begin(), data.parties.end(), [p](const auto &entry) {
            return entry.second.own && entry.first != p->id;
        });
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
    loadContact(m_representative, p->representative, force);
    m_dpaSigned->setValue(p->dpaSigned, force);
    m_dpfCertified->setValue(optionalBool(p->dpfCertified));
    m_dpfHint->setNote(p->dpfCertified.value_or(false) && !p->country.isEmpty() && p->country != u"US"
                           ? tr("The Data Privacy Framework certifies U.S. organisations; this party is in %1.")
                                 .arg(Labels::country(p->country))
                           : QString());
    m_certifications->setValue(p->certifications, force);
    m_notes->setValue(p->notes, force);
    m_evidence->setValue(p->evidence, force);
}

// ---- Data category ----

bool DataCategoryEditor::canBeParent(const ProjectData &data, const Id &category, const Id &parent)
{
    return canBeCategoryParent(data, category, parent);
}

DataCategoryEditor::DataCategoryEditor(Project *project, QWidget *parent)
    : KindEditor(project, EntityKind::DataCategory, parent)
    , m_name(new TextField(this))
    , m_parent(new ChoiceCombo(this))
    , m_parentHint(new HintLabel(this))
    , m_description(new TextAreaField(3, this))
    , m_examples(new ListField(this))
    , m_special(new ChoiceCombo(this))
    , m_criminal(checkBox(tr("Criminal convictions and offences (Art. 10)"), this))
    , m_usCategory(new ChoiceCombo(this))
    , m_evidence(new EvidenceEditor(project, this))
{
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setCheck(nameProblem);
    m_parent->setObjectName(QStringLiteral("parent"));
    m_parent->setToolTip(tr("The broader category this one belongs to"));
    m_description->setObjectName(QStringLiteral("description"));
    m_examples->setObjectName(QStringLiteral("examples"));
    m_examples->setPlaceholderText(tr("Example fields, one a line"));
    m_special->setObjectName(QStringLiteral("special"));
    m_special->addChoice(tr("not special"), QVariant(), tr("Not a special category of Art. 9(1)"));
    m_special->addEnum<SpecialCategory>(&Labels::special, [](SpecialCategory) {
        return tr("Art. 9(1) GDPR: processing needs an Art. 9(2) condition");
    });
    m_criminal->setObjectName(QStringLiteral("criminal"));
    m_usCategory->setObjectName(QStringLiteral("usCategory"));
    m_usCategory->addChoice(tr("not stated"), QVariant());
    m_usCategory->addEnum<UsCategory>(&Labels::usCategory);
    m_usCategory->setToolTip(tr("The category name of US state laws (CCPA/CPRA)"));
    m_evidence->setObjectName(QStringLiteral("evidence"));

    addRow(tr("Name:"), m_name);
    {
        // The combo and, under it, why a parent was refused.
        auto *parentBox = new QWidget(this);
        auto *parentLayout = new QVBoxLayout(parentBox);
        parentLayout->setContentsMargins(0, 0, 0, 0);
        parentLayout->setSpacing(2);
        parentLayout->addWidget(withGoTo(m_parent, EntityKind::DataCategory));
        parentLayout->addWidget(m_parentHint);
        m_parentHint->setObjectName(QStringLiteral("parentHint"));
        addRow(tr("Part of:"), parentBox);
    }
    addRow(tr("Description:"), m_description);
    addRow(tr("Examples:"), m_examples);
    addHeading(tr("Sensitivity"));
    addRow(tr("Special category:"), m_special);
    addWideRow(m_criminal);
    addRow(tr("US category:"), m_usCategory);
    addHeading(tr("Evidence"));
    addWideRow(m_evidence);

    connect(m_name, &TextField::edited, this, [this](const QString &v) {
        modify<DataCategory>([&](DataCategory &c) { c.name = v; }, MergeId::EditName);
    });
    connect(m_parent, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        // The combo offers no descendant, but the move is checked again (and refused with a
        // reason) where it is made.
        QString why;
        reparentCategory(*this->project(), entityId(), idValue(v), &why);
        m_parentHint->setHint(why);
        if (!why.isEmpty()) {
            if (const DataCategory *c = entity<DataCategory>())
                m_parent->setValue(idVariant(c->parent));
        }
    });
    connect(m_description, &TextAreaField::edited, this, [this](const QString &v) {
        modify<DataCategory>([&](DataCategory &c) { c.description = v; }, MergeId::EditDescription);
    });
    connect(m_examples, &ListField::edited, this, [this](const QStringList &v) {
        modify<DataCategory>([&](DataCategory &c) { c.examples = v; }, MergeId::EditExamples);
    });
    connect(m_special, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        modify<DataCategory>([&](DataCategory &c) { c.special = variantEnum<SpecialCategory>(v); });
    });
    connect(m_criminal, &QCheckBox::toggled, this,
            [this](bool on) { modify<DataCategory>([&](DataCategory &c) { c.criminal = on; }); });
    connect(m_usCategory, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        modify<DataCategory>([&](DataCategory &c) { c.usCategory = variantEnum<UsCategory>(v); });
    });
    connect(m_evidence, &EvidenceEditor::edited, this, [this](const EvidenceList &v, MergeId mergeId) {
        modify<DataCategory>([&](DataCategory &c) { c.evidence = v; }, mergeId);
    });
}

void DataCategoryEditor::load(bool force)
{
    const DataCategory *c = entity<DataCategory>();
    if (!c)
        return;
    if (force)
        m_parentHint->setHint(QString());
    setTitle(edit::displayName(project()->data(), *c));
    if (takeDirty(EntityKind::DataCategory) || force) {
        const ProjectData &data = project()->data();
        const Id self = c->id;
        fillEntities<DataCategory>(m_parent, tr("(top level)"), [&data, self](const DataCategory &candidate) {
            return canBeParent(data, self, candidate.id);
        });
    }
    m_parent->setValue(idVariant(c->parent));
    m_name->setValue(c->name, force);
    m_description->setValue(c->description, force);
    m_examples->setValue(c->examples, force);
    m_special->setValue(enumVariant(c->special));
    setChecked(m_criminal, c->criminal);
    m_usCategory->setValue(enumVariant(c->usCategory));
    m_evidence->setValue(c->evidence, force);
}

// ---- Data subject ----

DataSubjectEditor::DataSubjectEditor(Project *project, QWidget *parent)
    : KindEditor(project, EntityKind::DataSubject, parent)
    , m_name(new TextField(this))
    , m_description(new TextAreaField(4, this))
    , m_evidence(new EvidenceEditor(project, this))
{
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setCheck(nameProblem);
    m_name->setPlaceholderText(tr("e.g. Customers, Call participants, Employees"));
    m_description->setObjectName(QStringLiteral("description"));
    m_evidence->setObjectName(QStringLiteral("evidence"));
    addRow(tr("Name:"), m_name);
    addRow(tr("Description:"), m_description);
    addHeading(tr("Evidence"));
    addWideRow(m_evidence);

    connect(m_name, &TextField::edited, this, [this](const QString &v) {
        modify<DataSubject>([&](DataSubject &s) { s.name = v; }, MergeId::EditName);
    });
    connect(m_description, &TextAreaField::edited, this, [this](const QString &v) {
        modify<DataSubject>([&](DataSubject &s) { s.description = v; }, MergeId::EditDescription);
    });
    connect(m_evidence, &EvidenceEditor::edited, this, [this](const EvidenceList &v, MergeId mergeId) {
        modify<DataSubject>([&](DataSubject &s) { s.evidence = v; }, mergeId);
    });
}

void DataSubjectEditor::load(bool force)
{
    const DataSubject *s = entity<DataSubject>();
    if (!s)
        return;
    setTitle(edit::displayName(project()->data(), *s));
    m_name->setValue(s->name, force);
    m_description->setValue(s->description, force);
    m_evidence->setValue(s->evidence, force);
}

// ---- Source ----

SourceEditor::SourceEditor(Project *project, QWidget *parent)
    : KindEditor(project, EntityKind::Source, parent)
    , m_name(new TextField(this))
    , m_kind(new ChoiceCombo(this))
    , m_evidence(new EvidenceEditor(project, this))
{
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setCheck(nameProblem);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addEnum<SourceKind>(&Labels::sourceKind);
    m_evidence->setObjectName(QStringLiteral("evidence"));
    addRow(tr("Name:"), m_name);
    addRow(tr("Kind:"), m_kind);
    addHeading(tr("Evidence"));
    addWideRow(m_evidence);

    connect(m_name, &TextField::edited, this,
            [this](const QString &v) { modify<Source>([&](Source &s) { s.name = v; }, MergeId::EditName); });
    connect(m_kind, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        modify<Source>([&](Source &s) { s.kind = static_cast<SourceKind>(v.toInt()); });
    });
    connect(m_evidence, &EvidenceEditor::edited, this, [this](const EvidenceList &v, MergeId mergeId) {
        modify<Source>([&](Source &s) { s.evidence = v; }, mergeId);
    });
}

void SourceEditor::load(bool force)
{
    const Source *s = entity<Source>();
    if (!s)
        return;
    setTitle(edit::displayName(project()->data(), *s));
    m_name->setValue(s->name, force);
    m_kind->setValue(static_cast<int>(s->kind));
    m_evidence->setValue(s->evidence, force);
}

// ---- Security measure ----

SecurityMeasureEditor::SecurityMeasureEditor(Project *project, QWidget *parent)
    : KindEditor(project, EntityKind::SecurityMeasure, parent)
    , m_name(new TextField(this))
    , m_kind(new ChoiceCombo(this))
    , m_description(new TextAreaField(4, this))
    , m_evidence(new EvidenceEditor(project, this))
{
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setCheck(nameProblem);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addEnum<MeasureKind>(&Labels::measureKind);
    m_description->setObjectName(QStringLiteral("description"));
    m_evidence->setObjectName(QStringLiteral("evidence"));
    addRow(tr("Name:"), m_name);
    addRow(tr("Kind:"), m_kind);
    addRow(tr("Description:"), m_description);
    addHeading(tr("Evidence"));
    addWideRow(m_evidence);

    connect(m_name, &TextField::edited, this, [this](const QString &v) {
        modify<SecurityMeasure>([&](SecurityMeasure &m) { m.name = v; }, MergeId::EditName);
    });
    connect(m_kind, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        modify<SecurityMeasure>([&](SecurityMeasure &m) { m.kind = static_cast<MeasureKind>(v.toInt()); });
    });
    connect(m_description, &TextAreaField::edited, this, [this](const QString &v) {
        modify<SecurityMeasure>([&](SecurityMeasure &m) { m.description = v; }, MergeId::EditDescription);
    });
    connect(m_evidence, &EvidenceEditor::edited, this, [this](const EvidenceList &v, MergeId mergeId) {
        modify<SecurityMeasure>([&](SecurityMeasure &m) { m.evidence = v; }, mergeId);
    });
}

void SecurityMeasureEditor::load(bool force)
{
    const SecurityMeasure *m = entity<SecurityMeasure>();
    if (!m)
        return;
    setTitle(edit::displayName(project()->data(), *m));
    m_name->setValue(m->name, force);
    m_kind->setValue(static_cast<int>(m->kind));
    m_description->setValue(m->description, force);
    m_evidence->setValue(m->evidence, force);
}

// ---- Activity ----

LinkPicker *ActivityEditor::picker(LinkField field, const QString &objectName)
{
    auto *p = new LinkPicker(project(), field, this);
    p->setObjectName(objectName);
    connect(p, &LinkPicker::linkActivated, this, &KindEditor::linkActivated);
    return p;
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
    , m_retention(new RetentionEditor(project, this))
    , m_dpiaRequired(new ChoiceCombo(this))
    , m_dpiaDone(new DateField(this))
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
    m_role->addEnum<Role>(&Labels::role);
    m_onBehalfOf->setObjectName(QStringLiteral("onBehalfOf"));
    m_onBehalfOf->setToolTip(tr("For a processor activity: the controller on whose behalf it is carried out"));
    m_purposes->setObjectName(QStringLiteral("purposes"));
    m_purposes->setPlaceholderText(tr("Purposes, one a line (Art. 30(1)(b))"));
    m_lawfulBasis->setObjectName(QStringLiteral("lawfulBasis"));
    m_lawfulBasis->addChoice(tr("not stated"), QVariant(), tr("No lawful basis stated: a finding for a controller activity"));
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
    setChoicesToolTip(m_consentCondition,
        tr("Art. 7(4) GDPR: “When assessing whether consent is freely given, utmost account shall be taken of "
           "whether, inter alia, the performance of a contract, including the provision of a service, is conditional "
           "on consent to the processing of personal data that is not necessary for the performance of that "
           "contract.”\nYes: consent that the service depends on (a finding for a consent activity)."));
    m_balancingDate->setObjectName(QStringLiteral("balancingTestDate"));
    m_balancingDate->setToolTip(tr("When the legitimate-interests balancing test was made (Art. 6(1)(f), Art. 5(2) GDPR)"));
    m_balancingNote->setObjectName(QStringLiteral("balancingTestNote"));
    m_balancingNote->setPlaceholderText(tr("The interest, why the processing is necessary, how it was weighed against the "
                                           "data subjects’ interests, and the conclusion (or where that is documented)"));
    m_balancingNote->setToolTip(
        tr("Art. 6(1)(f) GDPR: processing is lawful if “necessary for the purposes of the legitimate interests pursued "
           "by the controller or by a third party, except where such interests are overridden by the interests or "
           "fundamental rights and freedoms of the data subject which require protection of personal data”. "
           "Art. 5(2): the controller must be able to demonstrate it."));
    m_largeScale->setObjectName(QStringLiteral("largeScale"));
    m_largeScale->addYesNoUnknown();
    setChoicesToolTip(m_largeScale,
        tr("Art. 35(3) GDPR: a DPIA is required in particular for “(b) processing on a large scale of special categories "
           "of data referred to in Article 9(1), or of personal data relating to criminal convictions and offences "
           "referred to in Article 10” and “(c) a systematic monitoring of a publicly accessible area on a large "
           "scale”.\nYes: the checks count this activity as likely to need a DPIA."));
    m_retention->setObjectName(QStringLiteral("retention"));
    m_dpiaRequired->setObjectName(QStringLiteral("dpiaRequired"));
    m_dpiaRequired->addYesNoUnknown();
    m_dpiaRequired->setToolTip(tr("Art. 35: a DPIA is required for processing likely to result in a high risk"));
    m_dpiaDone->setObjectName(QStringLiteral("dpiaDone"));
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
    addHeading(tr("Retention"));
    addWideRow(m_retention);
    addHeading(tr("Security and accountability"));
    addRow(tr("Security measures:"), m_securityMeasures);
    addRow(tr("DPIA required:"), m_dpiaRequired);
    addRow(tr("DPIA done:"), m_dpiaDone);
    addRow(tr("Large-scale processing:"), withHint(m_largeScale, m_largeScaleHint));
    addRow(tr("Owner:"), m_owner);
    addRow(tr("Last reviewed:"), m_lastReviewed);
    addRow(tr("Notes:"), m_notes);
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
    connect(m_dpiaRequired, &ChoiceCombo::edited, this,
            [this](const QVariant &v) { modify<Activity>([&](Activity &a) { a.dpia.required = boolOptional(v); }); });
    connect(m_dpiaDone, &DateField::edited, this,
            [this](const std::optional<QDate> &v) { modify<Activity>([&](Activity &a) { a.dpia.done = v; }); });
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
    return prepareChoices(fillPartyChoices(), {m_dataSubjects, m_dataCategories, m_sources, m_securityMeasures}, deadline);
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
        m_art9Hint->setHint(tr("Special categories (%1): an Art. 9(2) condition is needed.").arg(special.join(tr(", "))));
    else
        m_art9Hint->setHint({});
    m_art10Basis->setValue(a->art10Basis, force);
    m_consentCondition->setValue(optionalBool(a->consentConditionOfService));
    m_balancingDate->setValue(a->balancingTest.date, force);
    m_balancingNote->setValue(a->balancingTest.note, force);
    m_largeScale->setValue(optionalBool(a->largeScale));
    updateInferredHints(*a);
    for (LinkPicker *p : {m_dataSubjects, m_dataCategories, m_sources, m_securityMeasures}) {
        if (force)
            p->setOwner(a->id);
        else
            p->load();
    }
    m_retention->setValue(a->retention, a->dataCategories, force);
    m_dpiaRequired->setValue(optionalBool(a->dpia.required));
    m_dpiaDone->setValue(a->dpia.done, force);
    m_owner->setValue(a->owner, force);
    m_lastReviewed->setValue(a->lastReviewed, force);
    m_notes->setValue(a->notes, force);
    m_evidence->setValue(a->evidence, force);
}

// ---- Transfer ----

TransferEditor::TransferEditor(Project *project, QWidget *parent)
    : KindEditor(project, EntityKind::Transfer, parent)
    , m_from(new ChoiceCombo(this))
    , m_to(new ChoiceCombo(this))
    , m_partiesHint(new HintLabel(this))
    , m_role(new ChoiceCombo(this))
    , m_activities(new LinkPicker(project, LinkField::TransferActivities, this))
    , m_dataCategories(new LinkPicker(project, LinkField::TransferDataCategories, this))
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
    m_purpose->setObjectName(QStringLiteral("purpose"));
    m_countries->setObjectName(QStringLiteral("countries"));
    m_mechanism->setObjectName(QStringLiteral("mechanism"));
    m_mechanism->addEnum<Mechanism>([](Mechanism m) { return Labels::mechanism(m); },
                                    [&ref](Mechanism m) { return legalTip(ref.mechanism(m)); });
    m_sccModule->setObjectName(QStringLiteral("sccModule"));
    m_sccModule->addChoice(tr("not stated"), QVariant());
    for (int module = 1; module <= 4; ++module)
        m_sccModule->addChoice(sccModuleLabel(module), module,
                               tr("Commission Implementing Decision (EU) 2021/914, Annex, %1").arg(sccModuleLabel(module)));
    m_derogation->setObjectName(QStringLiteral("derogation"));
    m_derogation->addChoice(tr("not stated"), QVariant());
    m_derogation->addEnum<Derogation>([&ref](Derogation d) {
        const LegalItem *item = ref.derogation(d);
        return item ? tr("%1 — %2").arg(Labels::derogation(d), item->titleIn(Reference::displayLanguage()))
                    : Labels::derogation(d);
    },
                                      [&ref](Derogation d) { return legalTip(ref.derogation(d)); });
    m_occasional->setObjectName(QStringLiteral("occasional"));
    m_occasional->addYesNoUnknown();
    setChoicesToolTip(m_occasional,
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
    addRow(tr("Data categories:"), m_dataCategories);
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
            m_partiesHint->setHint(tr("A transfer goes from one party to another; both are “%1”.")
                                       .arg(m_to->itemText(m_to->findData(v))));
            load(false); // shows the stored parties again
            return;
        }
        m_partiesHint->setHint({});
        modify<Transfer>([&](Transfer &x) { (from ? x.from : x.to) = id; });
    };
    connect(m_from, &ChoiceCombo::edited, this, [setParty](const QVariant &v) { setParty(true, v); });
    connect(m_to, &ChoiceCombo::edited, this, [setParty](const QVariant &v) { setParty(false, v); });
    connect(m_role, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        modify<Transfer>([&](Transfer &t) { t.role = static_cast<Role>(v.toInt()); });
    });
    connect(m_purpose, &TextField::edited, this,
            [this](const QString &v) { modify<Transfer>([&](Transfer &t) { t.purpose = v; }, MergeId::EditPurpose); });
    connect(m_countries, &CountryListField::edited, this, [this](const QStringList &v) {
        modify<Transfer>([&](Transfer &t) { t.countries = v; }, MergeId::EditCountries);
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
            m_mechanismHint->setHint(tr("An SCC module needs the mechanism “%1”; choose it first.")
                                         .arg(Labels::mechanism(Mechanism::Scc)));
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
        problems.append(tr("A derogation is set but the mechanism is not “%1”.").arg(Labels::mechanism(Mechanism::Derogation)));
    if (const LegalItem *item = ref.mechanism(t.mechanism); item && item->invalidated)
        problems.append(tr("%1 was invalidated on %2 (%3): record the mechanism relied on now.")
                            .arg(Labels::mechanism(t.mechanism), Labels::date(item->invalidated),
                                 item->judgmentIn(Reference::displayLanguage())));
    QStringList outside;
    QStringList notAdequate;
    for (const QString &code : t.countries) {
        if (!ref.isEea(code)) {
            outside.append(code);
            if (!ref.adequacy(code))
                notAdequate.append(code);
        }
    }
    if (t.mechanism == Mechanism::Eea && !outside.isEmpty())
        problems.append(tr("Outside the EEA: %1. “Within the EEA” does not cover them.").arg(outside.join(tr(", "))));
    if (t.mechanism == Mechanism::None && !notAdequate.isEmpty())
        problems.append(tr("No mechanism stated for a transfer to %1 (no adequacy decision).").arg(notAdequate.join(tr(", "))));
    if (t.mechanism == Mechanism::Adequacy && !notAdequate.isEmpty())
        problems.append(tr("No adequacy decision covers %1.").arg(notAdequate.join(tr(", "))));
    if (t.mechanism == Mechanism::Dpf) {
        if (const Party *to = project()->find<Party>(t.to); to && to->dpfCertified == false)
            problems.append(tr("“%1” is marked as not DPF-certified.").arg(to->name));
        else if (to && !to->dpfCertified)
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
