#pragma once

// ropa-cli import of the Dutch government register's JSON (--template avg-register, or found
// by auto): its records, not a sheet, so no columns to map (a mapping file's "values" apply);
// the same project handling, exit codes and
// summary keys as the spreadsheet import (cmd_import.cpp), with "records" in place of the
// sheet, its heading row and columns.

#include <QString>

namespace ropa::cli {

struct AvgImportOptions
{
    QString in;
    QString into;    // a .ropa project, or empty
    QString output;  // a new .ropa, or empty
    QString name;    // the new project's name
    QString mapping; // a mapping file whose "values" say what unresolved values read as; or empty
    bool force = false;
    bool dryRun = false;
    bool json = false;
};

int importAvgRegister(const AvgImportOptions &options);

} // namespace ropa::cli
