#pragma once

// The comparison of two projects as a document (HTML or Markdown): a cover naming the two
// versions and counting the changes, then one section per kind of entity with a table of its
// changes (the change, the entity, the field, the value before and after). Written by the
// record's writers (reports/writers.h), which escape every field for their format. Shared by
// the window's File → Compare with… (Export) and `ropa-cli diff --format html|md`.

#include "diff.h"

#include "reports/report.h"
#include "reports/writers.h"

#include <QString>

namespace ropa::compare {

// older and newer name the two versions (file names); language is the writers' own texts'
// ("Contents"), see reports::LanguageScope.
reports::Report diffReport(const Diff &diff, const QString &older, const QString &newer,
                           const QString &language = QStringLiteral("en"));

// The report's bytes in HTML or Markdown (other formats: empty).
QByteArray diffReportBytes(const reports::Report &report, reports::Format format);

} // namespace ropa::compare
