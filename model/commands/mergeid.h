#pragma once

// Merge ids of undo commands, in ONE enum so two editors never pick the same number.
//
// QUndoStack merges a pushed command into the one on top when both return the same id()
// (other than -1) and the top one is not the clean state. ChangeSetCommand merges only edits
// of the same single entity (or of the project info), so an id says which field an editor
// changes: typing "HubSpot Inc." into the name field gives one undo step, not twelve, while
// a name edit followed by a notes edit of the same party stays two steps.
//
// The id also names the field in the undo text ("Change the countries of transfer “…”",
// fieldtexts.h). An edit that must stay a step of its own although it has a field (an item
// added to or removed from a list) is pushed as EditStep::Separate: it names its field but
// never merges. Typing merges only "in one go": when the focus leaves the field, the editor
// calls edit::endTyping() and the next keystroke starts a new step.
//
// Numbers are not stored anywhere; adding a value is always safe.

namespace ropa {

enum class MergeId : int {
    None = -1, // never merged (QUndoCommand's default id)

    // Text fields shared by several kinds.
    EditName,
    EditTitle, // Document::title
    EditNotes,
    EditDescription,
    EditText,     // Document::text, RetentionRule::text
    EditUrl,      // Document::url, Party::website
    EditQuote,    // Evidence::quote
    EditExamples, // DataCategory::examples

    // Party.
    EditAddress,
    EditCountry,
    EditLocations,
    EditContact,
    EditDpo,
    EditRepresentative,
    EditCertifications,
    EditDpa, // Party: dpaInPlace, dpaSigned, dpaDocument

    // Activity.
    EditPurposes,
    EditOwner,
    EditArt10Basis,
    EditRetention,     // any text of a retention rule (duration, trigger, reference, text)
    EditBalancingTest, // Activity::balancingTest.note
    EditReference,     // Activity::reference (the record's own identity, format 5)
    EditStatus,
    EditRecordVersion,
    EditCreated,
    EditLastChanged,
    EditDepartment,
    EditContactPerson,
    EditDataItems,          // any field of any data item, and adding or removing one
    EditAutomatedDecisions, // Art. 22: any field of Activity::automatedDecisions
    EditDpiaScreening,      // any field of Activity::dpiaScreening
    EditDpia,               // Activity::dpia: required, performed, date, document

    // Transfer.
    EditPurpose,
    EditCountries,
    EditSafeguards, // Transfer::suitableSafeguards
    EditCategories, // Transfer::allCategories (the list itself changes through link())
    EditRole,       // Transfer::role

    // System.
    EditHostingParty,

    // Document.
    EditKind, // Document::kind

    // ProjectInfo.
    EditProjectName,
    EditProjectNotes,
};

// Whether an edit with a field id may merge with the step before it.
enum class EditStep {
    Merging,  // typing in a text field: one step while the user types
    Separate, // adding or removing an item of a list: one step each
};

} // namespace ropa
