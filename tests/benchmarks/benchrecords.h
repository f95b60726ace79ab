#pragma once

// ropa-bench --records: the Article 30 records of the generated project, built and written
// in each format.

#include "domain/projectdata.h"

#include <QString>
#include <QStringList>

namespace ropa::bench {

// The Article 30 records of the generated project (issue "Article 30 records", item 6):
// the controller record of every activity, built once per run and written in each format.
// Prints its own table; returns the exit status.
// formats: the formats to write (empty: all); pdfThreads: reports::PagedOptions::layoutThreads.
int records(const ProjectData &data, int runs, const QString &keepDir, const QStringList &formatKeys, int pdfThreads);

} // namespace ropa::bench
