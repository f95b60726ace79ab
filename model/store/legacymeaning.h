#pragma once

// What files written before format 6 and before JSON's "not_stated" meant, for the readers and
// the 5 -> 6 migration (docs/decisions/0022-mechanism-not-stated-dpo-not-required.md). Those
// files had one mechanism value, "none", for "none" and "not stated", and no field for why no
// DPO is required: decision 0016 read both from what the files held. These readings now run
// once, when such a file is read; the checks and the records read the fields.

#include "domain/entities.h"

namespace ropa::store::legacy {

// "none" that nothing backs up (no evidence, derogation, SCC module, transfer impact
// assessment or documented safeguards) meant "not stated".
bool noneMeantNotStated(const Transfer &transfer);

// The sentence of an own party's notes that says no DPO is required (English, Dutch or
// German), when the party names no DPO; "" otherwise.
QString dpoNotRequiredFromNotes(const Party &party);

// Both, applied to a project read from such a file.
void applyOldMeaning(Transfer &transfer);
void applyOldMeaning(Party &party);

} // namespace ropa::store::legacy
