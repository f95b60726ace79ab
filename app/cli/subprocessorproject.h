#pragma once

// ropa-cli subprocessors import | history: a vendor's list applied to a project, and the
// versions a project keeps (docs/subprocessor-lists.md). Dispatched by cmd_subprocessors.cpp.

#include <QStringList>

namespace ropa::cli {

int cmdSubprocessorsImport(const QStringList &args);
int cmdSubprocessorsHistory(const QStringList &args);

} // namespace ropa::cli
