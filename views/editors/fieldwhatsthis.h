#pragma once

// The help of the editors' fields (model/help/fieldhelp.h) in the window: each field's
// What's this, and F1 on a focused field showing it beside the field.

#include "domain/entities.h"

class QWidget;

namespace ropa {

// Gives every field of a kind's editor that the help table knows (by objectName) its
// What's this. A field inside another field that has help (the retention editor's parts)
// keeps its parent's: What's this and F1 look up the parents.
void applyFieldHelp(QWidget *editor, EntityKind kind);

// The help of the field that has the focus (or of the field it is part of), shown beside it;
// false, showing nothing, when the focus is not in a field with help.
bool showFocusedFieldHelp();

} // namespace ropa
