#pragma once

// A table as a format reader finds it, before its columns are recognised: the heading row, the
// data rows and the line each row starts on.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ropa::subprocessors {

// The translatable texts of the subprocessor-list readers and diff (context "ropa::subprocessors").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::subprocessors)
};

struct RawTable
{
    QString title; // a heading or caption just above the table, if any
    QStringList header;
    QList<QStringList> rows;
    QList<int> lines; // 1-based source line of each row
};

struct RawRead
{
    QList<RawTable> tables;
    QStringList notes; // what the reader skipped, readable
    QString error;     // a limit was hit or the input is unreadable
};

} // namespace ropa::subprocessors
