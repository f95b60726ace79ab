#pragma once

// What each field of the editors means and which article of the GDPR asks for it: one table
// for the program (F1 and What's this on a field), and for the CLI or the documentation.
// A field is named by its entity kind and its key (the editor widget's objectName). The
// texts are translated (context ropa::FieldHelp) when they are looked up.

#include "domain/entities.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ropa {

struct FieldHelp
{
    QString title;   // "Lawful basis"
    QString article; // "Art. 6(1) GDPR"
    QString text;    // what the field means and what the article asks
};

// The help of a field of that kind (a field every kind has, such as the notes, falls back to
// the general entry); nullopt for a key the table does not know.
std::optional<FieldHelp> fieldHelp(EntityKind kind, const QString &key);
// Every key that has help for that kind (its own entries and the general ones).
QStringList fieldHelpKeys(EntityKind kind);
// "Lawful basis — Art. 6(1) GDPR: …", one line.
QString fieldHelpLine(const FieldHelp &help);

} // namespace ropa
