#pragma once

// The layout of the CNIL's register (docs/import.md, IMPORT-FORMATS.md section 1): a cover
// sheet for the organisation and its DPO, then one sheet per activity of label and value rows,
// the data categories and the security measures as ticked boxes. The labels are the format's
// own, in French; the reader also knows them in English and finds each row by its label, so
// rows in another order, extra rows and an extra column before the labels do not matter.
// Shared by the writer (reports/cniltemplate.cpp) and the reader (cniltemplate.h).

#include "domain/enums.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ropa::importer::cnil {

enum class Item {
    ActivityName,
    Reference,
    Created,
    Updated,
    JointController,
    Software,
    Purposes,
    LawfulBasis,
    Art9Condition,
    LegitimateInterests,
    DataSubjects,
    Sources,
    CategoriesHeading, // the heading over the boxes: "Oui/Non", "Détail", "Durée de conservation"
    // The data-category boxes.
    Identity,
    PersonalLife,
    ProfessionalLife,
    Economic,
    Connection,
    Location,
    Internet,
    OtherData,
    Sensitive, // yes/no, which (special categories), their retention
    Retention, // the retention of every category
    RecipientsHeading,
    InternalRecipients,
    ExternalRecipients,
    Processors,
    TransfersHeading,
    Transfers, // yes/no
    Countries,
    Safeguards,
    SecurityHeading,
    // The security boxes.
    AccessControl,
    Traceability,
    SoftwareProtection,
    Backups,
    Encryption,
    ProcessorControl,
    OtherMeasures,
    AutomatedDecisions,
    Dpia,
    // The cover sheet.
    Organisation,
    Address,
    Email,
    Telephone,
    DpoName,
    DpoEmail,
    ActivityList,
};

// The label the writer writes (French).
QString label(Item item);
// The item a label names (French or English; case, accents, punctuation and asides in brackets
// ignored), or none.
std::optional<Item> itemOfLabel(const QString &label);

bool isCategoryBox(Item item);
bool isSecurityBox(Item item);
// The box a data category of that name goes in (by words in English, Dutch, German, French);
// OtherData when none says.
Item categoryBox(const QString &name);
Item securityBox(MeasureKind kind);

QString yes();            // "Oui"
QString no();             // "Non"
QString coverSheetName(); // "Organisme"

} // namespace ropa::importer::cnil
