#include "fieldtexts.h"

#include <QCoreApplication>

namespace ropa::edit {

namespace {

struct FieldText
{
    MergeId field;
    EntityKind kind;
    const char *text;
};

// Names are renames ("Rename party “A” to “B”", edits.cpp); a document's title likewise.
constexpr FieldText Texts[] = {
    {MergeId::EditNotes, EntityKind::Party, QT_TRANSLATE_NOOP("ropa::edit", "Change the notes of party “%1”")},
    {MergeId::EditNotes, EntityKind::Activity, QT_TRANSLATE_NOOP("ropa::edit", "Change the notes of activity “%1”")},
    {MergeId::EditDescription, EntityKind::DataCategory,
     QT_TRANSLATE_NOOP("ropa::edit", "Change the description of data category “%1”")},
    {MergeId::EditDescription, EntityKind::DataSubject,
     QT_TRANSLATE_NOOP("ropa::edit", "Change the description of data subject “%1”")},
    {MergeId::EditDescription, EntityKind::SecurityMeasure,
     QT_TRANSLATE_NOOP("ropa::edit", "Change the description of security measure “%1”")},
    {MergeId::EditDescription, EntityKind::System,
     QT_TRANSLATE_NOOP("ropa::edit", "Change the description of system “%1”")},
    {MergeId::EditNotes, EntityKind::System, QT_TRANSLATE_NOOP("ropa::edit", "Change the notes of system “%1”")},
    {MergeId::EditLocations, EntityKind::System,
     QT_TRANSLATE_NOOP("ropa::edit", "Change the locations of system “%1”")},
    {MergeId::EditText, EntityKind::Document, QT_TRANSLATE_NOOP("ropa::edit", "Change the text of document “%1”")},
    {MergeId::EditUrl, EntityKind::Document, QT_TRANSLATE_NOOP("ropa::edit", "Change the address of document “%1”")},
    {MergeId::EditUrl, EntityKind::Party, QT_TRANSLATE_NOOP("ropa::edit", "Change the website of party “%1”")},
    {MergeId::EditExamples, EntityKind::DataCategory,
     QT_TRANSLATE_NOOP("ropa::edit", "Change the examples of data category “%1”")},
    {MergeId::EditAddress, EntityKind::Party, QT_TRANSLATE_NOOP("ropa::edit", "Change the address of party “%1”")},
    {MergeId::EditCountry, EntityKind::Party, QT_TRANSLATE_NOOP("ropa::edit", "Change the country of party “%1”")},
    {MergeId::EditLocations, EntityKind::Party,
     QT_TRANSLATE_NOOP("ropa::edit", "Change the processing locations of party “%1”")},
    {MergeId::EditContact, EntityKind::Party, QT_TRANSLATE_NOOP("ropa::edit", "Change the contact of party “%1”")},
    {MergeId::EditDpo, EntityKind::Party,
     QT_TRANSLATE_NOOP("ropa::edit", "Change the data protection officer of party “%1”")},
    {MergeId::EditRepresentative, EntityKind::Party,
     QT_TRANSLATE_NOOP("ropa::edit", "Change the representative of party “%1”")},
    {MergeId::EditCertifications, EntityKind::Party,
     QT_TRANSLATE_NOOP("ropa::edit", "Change the certifications of party “%1”")},
    {MergeId::EditPurposes, EntityKind::Activity,
     QT_TRANSLATE_NOOP("ropa::edit", "Change the purposes of activity “%1”")},
    {MergeId::EditOwner, EntityKind::Activity, QT_TRANSLATE_NOOP("ropa::edit", "Change the owner of activity “%1”")},
    {MergeId::EditArt10Basis, EntityKind::Activity,
     QT_TRANSLATE_NOOP("ropa::edit", "Change the Art. 10 basis of activity “%1”")},
    {MergeId::EditRetention, EntityKind::Activity,
     QT_TRANSLATE_NOOP("ropa::edit", "Change the retention of activity “%1”")},
    {MergeId::EditBalancingTest, EntityKind::Activity,
     QT_TRANSLATE_NOOP("ropa::edit", "Change the balancing test of activity “%1”")},
    {MergeId::EditPurpose, EntityKind::Transfer,
     QT_TRANSLATE_NOOP("ropa::edit", "Change the purpose of transfer “%1”")},
    {MergeId::EditCountries, EntityKind::Transfer,
     QT_TRANSLATE_NOOP("ropa::edit", "Change the countries of transfer “%1”")},
    {MergeId::EditSafeguards, EntityKind::Transfer,
     QT_TRANSLATE_NOOP("ropa::edit", "Change the suitable safeguards of transfer “%1”")},
    {MergeId::EditReference, EntityKind::Activity,
     QT_TRANSLATE_NOOP("ropa::edit", "Change the reference of activity “%1”")},
    {MergeId::EditStatus, EntityKind::Activity,
     QT_TRANSLATE_NOOP("ropa::edit", "Change the record status of activity “%1”")},
    {MergeId::EditRecordVersion, EntityKind::Activity,
     QT_TRANSLATE_NOOP("ropa::edit", "Change the record version of activity “%1”")},
    {MergeId::EditCreated, EntityKind::Activity,
     QT_TRANSLATE_NOOP("ropa::edit", "Change the creation date of activity “%1”")},
    {MergeId::EditLastChanged, EntityKind::Activity,
     QT_TRANSLATE_NOOP("ropa::edit", "Change the last-changed date of activity “%1”")},
    {MergeId::EditDepartment, EntityKind::Activity,
     QT_TRANSLATE_NOOP("ropa::edit", "Change the department of activity “%1”")},
    {MergeId::EditContactPerson, EntityKind::Activity,
     QT_TRANSLATE_NOOP("ropa::edit", "Change the contact person of activity “%1”")},
    {MergeId::EditDataItems, EntityKind::Activity,
     QT_TRANSLATE_NOOP("ropa::edit", "Change the data items of activity “%1”")},
    {MergeId::EditAutomatedDecisions, EntityKind::Activity,
     QT_TRANSLATE_NOOP("ropa::edit", "Change the automated decisions of activity “%1”")},
    {MergeId::EditDpiaScreening, EntityKind::Activity,
     QT_TRANSLATE_NOOP("ropa::edit", "Change the DPIA screening of activity “%1”")},
    {MergeId::EditDpia, EntityKind::Activity, QT_TRANSLATE_NOOP("ropa::edit", "Change the DPIA of activity “%1”")},
    {MergeId::EditRole, EntityKind::Transfer,
     QT_TRANSLATE_NOOP("ropa::edit", "Change the recipient’s role of transfer “%1”")},
    {MergeId::EditDpa, EntityKind::Party, QT_TRANSLATE_NOOP("ropa::edit", "Change the DPA of party “%1”")},
    {MergeId::EditCategories, EntityKind::Transfer,
     QT_TRANSLATE_NOOP("ropa::edit", "Change the data categories of transfer “%1”")},
    {MergeId::EditHostingParty, EntityKind::System,
     QT_TRANSLATE_NOOP("ropa::edit", "Change the hosting party of system “%1”")},
    {MergeId::EditKind, EntityKind::Document, QT_TRANSLATE_NOOP("ropa::edit", "Change the kind of document “%1”")},
};

} // namespace

QString fieldChangeText(MergeId field, EntityKind kind)
{
    for (const FieldText &t : Texts) {
        if (t.field == field && t.kind == kind)
            return QCoreApplication::translate("ropa::edit", t.text);
    }
    return {};
}

} // namespace ropa::edit
