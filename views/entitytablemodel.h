#pragma once

// The table model lives with the other item models (model/itemmodels, Qt Core only).
#include "itemmodels/entitytablemodel.h"
