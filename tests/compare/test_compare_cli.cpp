// ropa-cli diff and merge, run as a consultant's script would (tests/common/clirunner.h).

#include "editedcopies.h"

#include "common/clirunner.h"

#include "domain/validation.h"
#include "store/jsonformat.h"
#include "store/projectstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ropa;
using ropa::test::fixedId;
using ropa::test::runCli;

class TestCompareCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_base, m_ours, m_theirs;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void writeJson(const ProjectData &data, const QString &file)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json::writeProject(data));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const ProjectData base = test::sampleProject();
        m_base = path(QStringLiteral("base.json"));
        m_ours = path(QStringLiteral("ours.ropa")); // a .ropa and JSON files, mixed
        m_theirs = path(QStringLiteral("theirs.json"));
        writeJson(base, m_base);
        QVERIFY(!store::saveProject(test::consultantCopy(base), m_ours).error);
        writeJson(test::clientCopy(base), m_theirs);
    }

    void diffListsEveryChangeWithNames()
    {
        const test::CliRun r = runCli({QStringLiteral("diff"), m_base, m_ours});
        QCOMPARE(r.exitCode, 1);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(QStringLiteral("Party “CallCabinet Ltd” changed (was “CallCabinet”)")),
                 r.out.constData());
        QVERIFY(text.contains(QStringLiteral("Transfer “Noordwind Klantcontact B.V. → Marketing partners” added")));
        QVERIFY(text.contains(QStringLiteral("Activity “Recording on behalf of clients” removed")));
        QVERIFY(text.contains(QStringLiteral("Activity “Customer service calls” changed")));
        QVERIFY(r.err.isEmpty());
    }

    void diffJson()
    {
        const test::CliRun r = runCli({QStringLiteral("diff"), m_base, m_ours, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonArray changes = o.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 4);
        QStringList seen;
        for (const QJsonValue &v : changes) {
            const QJsonObject c = v.toObject();
            seen.append(c.value(QStringLiteral("kind")).toString() + u' ' +
                        c.value(QStringLiteral("change")).toString() + u' ' +
                        c.value(QStringLiteral("name")).toString());
            if (c.value(QStringLiteral("kind")).toString() == u"party") {
                const QJsonObject f = c.value(QStringLiteral("fields")).toArray().at(0).toObject();
                QCOMPARE(f.value(QStringLiteral("old")).toString(), QStringLiteral("CallCabinet"));
                QCOMPARE(f.value(QStringLiteral("new")).toString(), QStringLiteral("CallCabinet Ltd"));
            }
        }
        QVERIFY2(seen.contains(QStringLiteral("activity removed Recording on behalf of clients")),
                 qPrintable(seen.join(u'\n')));
        QVERIFY(seen.contains(QStringLiteral("transfer added Noordwind Klantcontact B.V. → Marketing partners")));
    }

    // The document File › Compare with… exports: one section per kind, a row per field.
    void diffAsDocument()
    {
        const test::CliRun md =
            runCli({QStringLiteral("diff"), m_base, m_ours, QStringLiteral("--format"), QStringLiteral("md")});
        QCOMPARE(md.exitCode, 1);
        const QString text = QString::fromUtf8(md.out);
        QVERIFY2(text.contains(QStringLiteral("## Parties")), md.out.constData());
        QVERIFY(text.contains(QStringLiteral("| Changed | CallCabinet Ltd (was “CallCabinet”) | Name | CallCabinet | "
                                             "CallCabinet Ltd |")));
        QVERIFY(text.contains(QStringLiteral("| Removed | Recording on behalf of clients |")));
        const test::CliRun html =
            runCli({QStringLiteral("diff"), m_base, m_ours, QStringLiteral("--format"), QStringLiteral("html")});
        QCOMPARE(html.exitCode, 1);
        QVERIFY(html.out.contains("<td>CallCabinet Ltd</td>"));
        QCOMPARE(runCli({QStringLiteral("diff"), m_base, m_ours, QStringLiteral("--format"), QStringLiteral("pdf")})
                     .exitCode,
                 2);
    }

    void diffSameAndBadInput()
    {
        QCOMPARE(runCli({QStringLiteral("diff"), m_base, m_base}).exitCode, 0);
        const test::CliRun missing = runCli({QStringLiteral("diff"), m_base, path(QStringLiteral("nope.json"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("nope.json"));
        QCOMPARE(runCli({QStringLiteral("diff"), m_base}).exitCode, 2);
    }

    void diffOfUnrelatedProjectsSaysSo()
    {
        const test::CliRun r = runCli(
            {QStringLiteral("diff"), m_base, QStringLiteral(ROPA_SOURCE_DIR "/resources/examples/callcabinet.json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("share no entity"), r.err.constData());
    }

    void mergeWithConflictWritesNothing()
    {
        const QString out = path(QStringLiteral("merged-conflict.json"));
        const test::CliRun r = runCli({QStringLiteral("merge"), m_base, m_ours, m_theirs, QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(out));
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(QStringLiteral("Conflict in Activity “Customer service calls”, Retention:")),
                 r.out.constData());
        QVERIFY(text.contains(QStringLiteral("1 conflict to decide")));

        const test::CliRun j = runCli(
            {QStringLiteral("merge"), m_base, m_ours, m_theirs, QStringLiteral("-o"), out, QStringLiteral("--json")});
        QCOMPARE(j.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(j.out).object();
        QCOMPARE(o.value(QStringLiteral("merged")).toBool(), false);
        const QJsonObject c = o.value(QStringLiteral("conflicts")).toArray().at(0).toObject();
        QCOMPARE(c.value(QStringLiteral("kind")).toString(), QStringLiteral("activity"));
        QCOMPARE(c.value(QStringLiteral("conflict")).toString(), QStringLiteral("conflict"));
        QCOMPARE(c.value(QStringLiteral("field")).toObject().value(QStringLiteral("key")).toString(),
                 QStringLiteral("retention"));
        QVERIFY(!QFile::exists(out));
    }

    void mergePreferDecidesAndWritesAValidProject()
    {
        for (const QString &name : {QStringLiteral("merged.json"), QStringLiteral("merged.ropa")}) {
            const QString out = path(name);
            const test::CliRun r = runCli({QStringLiteral("merge"), m_base, m_ours, m_theirs, QStringLiteral("-o"), out,
                                           QStringLiteral("--prefer"), QStringLiteral("theirs")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains("Decided for their copy."), r.out.constData());
            const test::CliRun v = runCli({QStringLiteral("validate"), out});
            QCOMPARE(v.exitCode, 0);
        }
        const json::ReadResult read = json::readProjectFile(path(QStringLiteral("merged.json")));
        QVERIFY2(read.data, qPrintable(read.error));
        const ProjectData &m = *read.data;
        QCOMPARE(m.parties.at(fixedId(11)).name, QStringLiteral("CallCabinet Ltd"));
        QCOMPARE(m.parties.at(fixedId(11)).country, QStringLiteral("GB"));
        QCOMPARE(m.activities.at(fixedId(60)).retention[0].duration, QStringLiteral("P3M"));
        QVERIFY(!m.activities.count(fixedId(61)));
        QVERIFY(m.transfers.count(fixedId(72)));
        // Diffing the merged file against ours shows only the client's changes.
        const test::CliRun d = runCli({QStringLiteral("diff"), m_ours, path(QStringLiteral("merged.json"))});
        QCOMPARE(d.exitCode, 1);
        QVERIFY(d.out.contains("Email address"));
        QVERIFY(!d.out.contains("Recording on behalf of clients"));
    }

    void mergeAsGitDriverReplacesOurs()
    {
        // git runs the driver with %A, a file without a suffix, as OURS and as OUT.
        const QString a = path(QStringLiteral(".merge_file_a"));
        QVERIFY(QFile::copy(m_theirs, a));
        const test::CliRun r = runCli({QStringLiteral("merge"), m_base, a, m_base, QStringLiteral("-o"), a});
        QCOMPARE(r.exitCode, 0);
        const json::ReadResult read = json::readProjectFile(a);
        QVERIFY2(read.data, qPrintable(read.error));
        QVERIFY(read.data->dataCategories.count(fixedId(23)));
    }

    void mergeBadInput()
    {
        const QString out = path(QStringLiteral("bad.json"));
        QCOMPARE(runCli({QStringLiteral("merge"), m_base, m_ours, m_theirs, QStringLiteral("-o"), out,
                         QStringLiteral("--prefer"), QStringLiteral("mine")})
                     .exitCode,
                 2);
        QCOMPARE(runCli({QStringLiteral("merge"), m_base, m_ours, m_theirs}).exitCode, 2);
        const QString hostile = path(QStringLiteral("hostile.json"));
        QFile f(hostile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"ropa-project\", \"version\": 1, \"parties\": [{\"id\": 5}]}");
        f.close();
        const test::CliRun r = runCli({QStringLiteral("merge"), m_base, m_ours, hostile, QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCompareCli)
#include "test_compare_cli.moc"
