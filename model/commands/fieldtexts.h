#pragma once

// The undo text of a change of one field ("Change the countries of transfer “%1”"), by the
// field's merge id and the entity's kind. Whole sentences, so translators see each one.

#include "commands/mergeid.h"
#include "domain/entities.h"

#include <QString>

namespace ropa::edit {

// The translated text with %1 for the entity's name, or an empty string when the field has no
// text of its own for that kind (the caller then says "Change party “%1”").
QString fieldChangeText(MergeId field, EntityKind kind);

} // namespace ropa::edit
