#include "systemeditor.h"

#include "countrypicker.h"
#include "editorhelpers.h"
#include "evidenceeditor.h"
#include "labels.h"

namespace ropa {

using namespace editors;

SystemEditor::SystemEditor(Project *project, QWidget *parent)
    : KindEditor(project, EntityKind::System, parent)
    , m_name(new TextField(this))
    , m_description(new TextAreaField(4, this))
    , m_hostingParty(new ChoiceCombo(this))
    , m_locations(new CountryListField(this))
    , m_locationsHint(new HintLabel(this))
    , m_notes(new TextAreaField(4, this))
    , m_evidence(new EvidenceEditor(project, this))
{
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setCheck(nameProblem);
    m_name->setPlaceholderText(tr("e.g. CRM, HR database, call recording platform"));
    m_description->setObjectName(QStringLiteral("description"));
    m_hostingParty->setObjectName(QStringLiteral("hostingParty"));
    m_hostingParty->setToolTip(tr("Who hosts the system: your own organisation, or a party that does it for you"));
    m_locations->setObjectName(QStringLiteral("locations"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_evidence->setObjectName(QStringLiteral("evidence"));

    addRow(tr("Name:"), m_name);
    addRow(tr("Description:"), m_description);
    addRow(tr("Hosted by:"), withGoTo(m_hostingParty, EntityKind::Party));
    addRow(tr("Hosted in:"), withHint(m_locations, m_locationsHint));
    addRow(tr("Notes:"), m_notes);
    addHeading(tr("Evidence"));
    addWideRow(m_evidence);

    connect(m_name, &TextField::edited, this,
            [this](const QString &v) { modify<System>([&](System &s) { s.name = v; }, MergeId::EditName); });
    connect(m_description, &TextAreaField::edited, this, [this](const QString &v) {
        modify<System>([&](System &s) { s.description = v; }, MergeId::EditDescription);
    });
    connect(m_hostingParty, &ChoiceCombo::edited, this, [this](const QVariant &v) {
        modify<System>([&](System &s) { s.hostingParty = idValue(v); }, MergeId::EditHostingParty, EditStep::Separate);
    });
    connect(m_locations, &CountryListField::edited, this, [this](const QStringList &v) {
        // Each country added or removed is an undo step of its own.
        modify<System>([&](System &s) { s.locations = v; }, MergeId::EditLocations, EditStep::Separate);
    });
    connect(m_notes, &TextAreaField::edited, this,
            [this](const QString &v) { modify<System>([&](System &s) { s.notes = v; }, MergeId::EditNotes); });
    connect(m_evidence, &EvidenceEditor::edited, this, [this](const EvidenceList &v, MergeId mergeId) {
        modify<System>([&](System &s) { s.evidence = v; }, mergeId);
    });
}

bool SystemEditor::fillPartyChoices()
{
    if (!takeDirty(EntityKind::Party))
        return false;
    fillEntities<Party>(m_hostingParty, tr("not stated"));
    return true;
}

bool SystemEditor::prepare(QDeadlineTimer)
{
    fillPartyChoices();
    return true;
}

void SystemEditor::load(bool force)
{
    const System *s = entity<System>();
    if (!s)
        return;
    setTitle(edit::displayName(project()->data(), *s));
    fillPartyChoices();
    m_name->setValue(s->name, force);
    m_description->setValue(s->description, force);
    m_hostingParty->setValue(idVariant(s->hostingParty));
    m_locations->setValue(s->locations, force);
    // The hosting party's own processing locations, when the system's are not stated.
    const Party *host = project()->find<Party>(s->hostingParty);
    m_locationsHint->setNote(
        s->locations.isEmpty() && host && !host->locations.isEmpty()
            ? tr("Not stated; %1 processes data in %2.").arg(host->name, Labels::countries(host->locations))
            : QString());
    m_notes->setValue(s->notes, force);
    m_evidence->setValue(s->evidence, force);
}

} // namespace ropa
