#pragma once

// Runs the real ropa-cli binary (ROPA_CLI_PATH, defined for tests registered with the CLI
// flag of ropa_add_test), as a consultant's script would.

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace ropa::test {

struct CliRun
{
    int exitCode = -1; // -2: crashed; -1: did not finish in time
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ROPA_CLI_PATH), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace ropa::test
