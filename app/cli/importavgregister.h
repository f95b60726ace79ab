#pragma once

// ropa-cli import of the Dutch government register's JSON (--template avg-register, or found
// by auto): its records, not a sheet, so no mapping; the same project handling, exit codes and
// summary keys as the spreadsheet import (cmd_import.cpp), with "records" in place of the
// sheet, its heading row and columns.

#include <QString>

namespace ropa::cli {

struct AvgImportOptions
{
    QString in;
    QString into;   // a .ropa project, or empty
    QString output; // a new .ropa, or empty
    QString name;   // the new project's name
    bool force = false;
    bool dryRun = false;
    bool json = false;
};

// Whether auto detection reads the file as the register's JSON (a .json file whose content
// looks like it).
bool isAvgRegisterFile(const QString &path);
int importAvgRegister(const AvgImportOptions &options);

} // namespace ropa::cli
