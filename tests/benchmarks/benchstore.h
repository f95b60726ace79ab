#pragma once

// ropa-bench without --records: the .ropa store and the JSON format on the generated
// project, and the figures of every phase, as a table or as JSON.

#include "benchmeasure.h"
#include "domain/projectdata.h"

#include <QList>
#include <QString>

namespace ropa::bench {

// What main() passes on: the command line and what it measured before (generate, validate).
struct StoreRun
{
    int runs = 5;
    quint64 seed = 0;
    bool quick = false;
    bool asJson = false;    // --json
    bool storeOnly = false; // --store-only: skip the JSON phases
    bool keep = false;      // --keep DIR: keep the files written in keepDir
    QString keepDir;
    qint64 links = 0;
    qint64 evidenceCount = 0;
    Memory baseline; // before generating
    QString loadStart;
    QList<Phase> phases;
};

// Saves, opens, exports and imports the project, opens it in a fresh process, and prints
// every phase with the targets. Returns the exit status (3 when something was wrong).
int storeBenchmark(const ProjectData &data, StoreRun given);

// --open-only FILE: what the application does when it opens a file, in a process of its own
// (started by storeBenchmark); prints JSON.
int openOnly(const QString &path, int runs);

} // namespace ropa::bench
