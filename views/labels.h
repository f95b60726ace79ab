#pragma once

// The labels live with the item models (model/itemmodels), which need them without widgets.
#include "itemmodels/labels.h"
