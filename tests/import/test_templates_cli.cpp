// ropa-cli and the register templates, as a DPO's script runs them: the example exported as
// the ICO's template and the CNIL's register, read back with the template found by itself or
// named, and a template named that the file is not in refused with exit code 2.

#include "common/clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using ropa::test::runCli;

namespace {

const QString example = QStringLiteral(ROPA_SOURCE_DIR "/resources/examples/demo-contact-centre.json");

QJsonObject json(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

} // namespace

class TestTemplatesCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportThenImport_data();
    void exportThenImport();
    void wrongTemplateRefused();
    void icoMappingSaved();
};

void TestTemplatesCli::exportThenImport_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("templateOption");
    QTest::addColumn<QString>("readAs");
    QTest::newRow("ico auto") << "ico-xlsx"
                              << "xlsx"
                              << "auto"
                              << "Read as the ICO's controller template.";
    QTest::newRow("ico named") << "ico-xlsx"
                               << "xlsx"
                               << "ico"
                               << "Read as the ICO's controller template.";
    QTest::newRow("cnil ods auto") << "cnil-ods"
                                   << "ods"
                                   << "auto"
                                   << "Read as the CNIL's register.";
    QTest::newRow("cnil xlsx named") << "cnil-xlsx"
                                     << "xlsx"
                                     << "cnil"
                                     << "Read as the CNIL's register.";
    QTest::newRow("ropa xlsx auto") << "xlsx"
                                    << "xlsx"
                                    << "auto"
                                    << "Read as Ropa's XLSX record.";
    QTest::newRow("ropa xlsx named") << "xlsx"
                                     << "xlsx"
                                     << "ropa-xlsx"
                                     << "Read as Ropa's XLSX record.";
}

void TestTemplatesCli::exportThenImport()
{
    QFETCH(QString, format);
    QFETCH(QString, suffix);
    QFETCH(QString, templateOption);
    QFETCH(QString, readAs);
    QTemporaryDir dir;
    const QString sheet = dir.filePath(QStringLiteral("register.") + suffix);
    const auto exported =
        runCli({QStringLiteral("export"), example, QStringLiteral("--format"), format, QStringLiteral("-o"), sheet});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QVERIFY(QFile::exists(sheet));

    const QString project = dir.filePath(QStringLiteral("new.ropa"));
    const auto imported =
        runCli({QStringLiteral("import"), sheet, QStringLiteral("--template"), templateOption, QStringLiteral("-o"),
                project, QStringLiteral("--name"), QStringLiteral("New"), QStringLiteral("--json")});
    // 1: imported, with retention periods written in words the resolver leaves to the user.
    QVERIFY2(imported.exitCode == 0 || imported.exitCode == 1, imported.err.constData());
    const QJsonObject summary = json(imported.out);
    QVERIFY(strings(summary.value(QStringLiteral("notes"))).contains(readAs));
    QCOMPARE(strings(summary.value(QStringLiteral("activities")).toObject().value(QStringLiteral("added"))).size(), 7);
    QVERIFY(QFile::exists(project));

    // The project written reads back as a record of the same seven activities.
    const QString again = dir.filePath(QStringLiteral("again.") + suffix);
    const auto second =
        runCli({QStringLiteral("export"), project, QStringLiteral("--format"), format, QStringLiteral("-o"), again});
    QVERIFY2(second.exitCode == 0, second.err.constData());
}

void TestTemplatesCli::wrongTemplateRefused()
{
    QTemporaryDir dir;
    const QString sheet = dir.filePath(QStringLiteral("ico.xlsx"));
    QCOMPARE(runCli({QStringLiteral("export"), example, QStringLiteral("--format"), QStringLiteral("ico-xlsx"),
                     QStringLiteral("-o"), sheet})
                 .exitCode,
             0);
    const QString project = dir.filePath(QStringLiteral("new.ropa"));
    const auto cnil = runCli({QStringLiteral("import"), sheet, QStringLiteral("--template"), QStringLiteral("cnil"),
                              QStringLiteral("-o"), project, QStringLiteral("--name"), QStringLiteral("New")});
    QCOMPARE(cnil.exitCode, 2);
    QVERIFY(cnil.err.contains("CNIL"));
    QVERIFY(!QFile::exists(project));
    const auto bogus = runCli({QStringLiteral("import"), sheet, QStringLiteral("--template"), QStringLiteral("excel"),
                               QStringLiteral("-o"), project, QStringLiteral("--name"), QStringLiteral("New")});
    QCOMPARE(bogus.exitCode, 2);
    QVERIFY(!QFile::exists(project));
}

// The ICO's fixed mapping is written out on request, to adapt for a register that strays from it.
void TestTemplatesCli::icoMappingSaved()
{
    QTemporaryDir dir;
    const QString map = dir.filePath(QStringLiteral("ico.json"));
    const auto run =
        runCli({QStringLiteral("import"), QStringLiteral(ROPA_FIXTURES_DIR "/import/ico-ugly.xlsx"),
                QStringLiteral("-o"), dir.filePath(QStringLiteral("new.ropa")), QStringLiteral("--name"),
                QStringLiteral("New"), QStringLiteral("--dry-run"), QStringLiteral("--save-mapping"), map});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
    QFile f(map);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject saved = json(f.readAll());
    QCOMPARE(saved.value(QStringLiteral("heading_row")).toInt(), 9);
    const QJsonObject first = saved.value(QStringLiteral("columns")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("field")).toString(), QStringLiteral("name"));
    QCOMPARE(first.value(QStringLiteral("heading")).toString(), QStringLiteral("Business Function"));
}

QTEST_GUILESS_MAIN(TestTemplatesCli)
#include "test_templates_cli.moc"
