#include "activityidentitysection.h"

#include "editorhelpers.h"
#include "fields.h"
#include "labels.h"

#include <QFormLayout>

namespace ropa {

using namespace editors;

ActivityIdentitySection::ActivityIdentitySection(QWidget *parent)
    : ActivitySection(parent)
    , m_reference(new TextField(this))
    , m_status(new ChoiceCombo(this))
    , m_version(new TextField(this))
    , m_created(new DateField(this))
    , m_lastChanged(new DateField(this))
    , m_department(new TextField(this))
    , m_contact(new QWidget(this))
    , m_contactName(new TextField(m_contact))
    , m_contactFunction(new TextField(m_contact))
    , m_contactEmail(new TextField(m_contact))
    , m_contactPhone(new TextField(m_contact))
{
    setObjectName(QStringLiteral("identitySection"));
    m_reference->setObjectName(QStringLiteral("reference"));
    m_reference->setPlaceholderText(tr("The record’s number in your register, e.g. M8085"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->addChoice(tr("not stated"), QVariant());
    m_status->addEnum<RecordStatus>(&Labels::recordStatus);
    m_version->setObjectName(QStringLiteral("recordVersion"));
    m_version->setPlaceholderText(tr("As written, e.g. 1.2"));
    m_created->setObjectName(QStringLiteral("created"));
    m_lastChanged->setObjectName(QStringLiteral("lastChanged"));
    m_department->setObjectName(QStringLiteral("department"));
    m_department->setPlaceholderText(tr("The department or business function that keeps this record"));
    m_contact->setObjectName(QStringLiteral("contactPerson"));
    m_contactName->setObjectName(QStringLiteral("contactPersonName"));
    m_contactFunction->setObjectName(QStringLiteral("contactPersonFunction"));
    m_contactFunction->setPlaceholderText(tr("e.g. Privacy officer"));
    m_contactEmail->setObjectName(QStringLiteral("contactPersonEmail"));
    m_contactEmail->setCheck(emailProblem);
    m_contactPhone->setObjectName(QStringLiteral("contactPersonPhone"));

    auto *contactForm = new QFormLayout(m_contact);
    contactForm->setContentsMargins(0, 0, 0, 0);
    contactForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    contactForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    contactForm->addRow(tr("Name:"), m_contactName);
    contactForm->addRow(tr("Function:"), m_contactFunction);
    contactForm->addRow(tr("E-mail:"), m_contactEmail);
    contactForm->addRow(tr("Phone:"), m_contactPhone);

    addRow(tr("Reference:"), m_reference);
    addRow(tr("Status:"), m_status);
    addRow(tr("Version:"), m_version);
    addRow(tr("Created:"), m_created);
    addRow(tr("Last changed:"), m_lastChanged);
    addRow(tr("Department:"), m_department);
    addRow(tr("Contact person:"), m_contact);

    connect(m_reference, &TextField::edited, this, [this](const QString &v) {
        change([v](Activity &a) { a.reference = v; }, MergeId::EditReference, EditStep::Merging);
    });
    connect(m_status, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        change([v](Activity &a) { a.status = variantEnum<RecordStatus>(v); }, MergeId::EditStatus);
    });
    connect(m_version, &TextField::edited, this, [this](const QString &v) {
        change([v](Activity &a) { a.recordVersion = v; }, MergeId::EditRecordVersion, EditStep::Merging);
    });
    connect(m_created, &DateField::edited, this, [this](const std::optional<QDate> &v) {
        change([v](Activity &a) { a.created = v; }, MergeId::EditCreated);
    });
    connect(m_lastChanged, &DateField::edited, this, [this](const std::optional<QDate> &v) {
        change([v](Activity &a) { a.lastChanged = v; }, MergeId::EditLastChanged);
    });
    connect(m_department, &TextField::edited, this, [this](const QString &v) {
        change([v](Activity &a) { a.department = v; }, MergeId::EditDepartment, EditStep::Merging);
    });
    // The contact person's four texts merge into one step while the user types in them.
    const auto contactText = [this](TextField *field, QString Contact::*member, bool trim) {
        connect(field, &TextField::edited, this, [this, member, trim](const QString &v) {
            change([=](Activity &a) { a.contactPerson.*member = trim ? v.trimmed() : v; }, MergeId::EditContactPerson,
                   EditStep::Merging);
        });
    };
    contactText(m_contactName, &Contact::name, false);
    contactText(m_contactFunction, &Contact::function, false);
    contactText(m_contactEmail, &Contact::email, true);
    contactText(m_contactPhone, &Contact::phone, false);
}

void ActivityIdentitySection::load(const Activity &a, const ProjectData &, bool force)
{
    m_reference->setValue(a.reference, force);
    m_status->setValue(enumVariant(a.status));
    m_version->setValue(a.recordVersion, force);
    m_created->setValue(a.created, force);
    m_lastChanged->setValue(a.lastChanged, force);
    m_department->setValue(a.department, force);
    m_contactName->setValue(a.contactPerson.name, force);
    m_contactFunction->setValue(a.contactPerson.function, force);
    m_contactEmail->setValue(a.contactPerson.email, force);
    m_contactPhone->setValue(a.contactPerson.phone, force);
}

bool ActivityIdentitySection::hasContent(const Activity &a) const
{
    return !a.reference.isEmpty() || a.status || !a.recordVersion.isEmpty() || a.created || a.lastChanged ||
           !a.department.isEmpty() || !a.contactPerson.isEmpty();
}

} // namespace ropa
