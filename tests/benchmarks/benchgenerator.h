#pragma once

// The synthetic project ropa-bench times: a deterministic inventory (the same project for a
// seed with any standard library) in which every value is made up.

#include "domain/projectdata.h"

namespace ropa::bench {

struct Sizes
{
    int documents;
    int parties;
    int ownParties;
    int dataCategories;
    int dataSubjects;
    int sources;
    int securityMeasures;
    int activities;
    int transfers;
};

constexpr Sizes FullSizes{500, 5000, 5, 2000, 300, 200, 300, 10000, 50000};
constexpr Sizes QuickSizes{50, 500, 3, 200, 30, 20, 30, 1000, 5000};

// A project of these sizes that validates, generated from the seed.
ProjectData generateProject(quint64 seed, const Sizes &sizes);

} // namespace ropa::bench
