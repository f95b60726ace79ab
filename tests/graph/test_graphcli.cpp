// ropa-cli graph and reach through the real binary.

#include "common/clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

using Run = ropa::test::CliRun;

Run cli(const QStringList &args)
{
    return ropa::test::runCli(args);
}

QString example()
{
    return QStringLiteral(ROPA_SOURCE_DIR "/resources/examples/demo-contact-centre.json");
}

QJsonObject findBy(const QJsonArray &list, const QString &key, const QString &value)
{
    for (const QJsonValue &v : list) {
        if (v.toObject().value(key).toString() == value)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestGraphCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reachJson()
    {
        const Run r = cli({QStringLiteral("reach"), example(), QStringLiteral("--category"),
                           QStringLiteral("call recordings"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError pe;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("ropa-reach"));
        QCOMPARE(o.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("category")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Call recordings"));
        const QJsonObject cc =
            findBy(o.value(QStringLiteral("parties")).toArray(), QStringLiteral("name"), QStringLiteral("CallCabinet"));
        QCOMPARE(cc.value(QStringLiteral("depth")).toInt(), 1);
        QCOMPARE(cc.value(QStringLiteral("weakest")).toString(), QStringLiteral("adequate"));
        QCOMPARE(cc.value(QStringLiteral("chains")).toArray().size(), 1);
        // Liffey (IE) is reached through CallCabinet: EEA hop after a DPF hop.
        const QJsonObject liffey = findBy(o.value(QStringLiteral("parties")).toArray(), QStringLiteral("name"),
                                          QStringLiteral("Liffey Cloud Hosting Ltd."));
        QCOMPARE(liffey.value(QStringLiteral("depth")).toInt(), 2);
        const QJsonArray hops =
            liffey.value(QStringLiteral("chains")).toArray().first().toObject().value(QStringLiteral("hops")).toArray();
        QCOMPARE(hops.size(), 2);
        QCOMPARE(hops.at(1).toObject().value(QStringLiteral("strength")).toString(), QStringLiteral("eea"));
        const QJsonObject us =
            findBy(o.value(QStringLiteral("countries")).toArray(), QStringLiteral("code"), QStringLiteral("US"));
        QVERIFY(!us.isEmpty());
        QVERIFY(!us.value(QStringLiteral("chains")).toArray().isEmpty());
        // Billing data goes to the tax office only, never to the US.
        const Run billing = cli({QStringLiteral("reach"), example(), QStringLiteral("--category"),
                                 QStringLiteral("Billing data"), QStringLiteral("--json")});
        QCOMPARE(billing.exitCode, 0);
        const QJsonObject b = QJsonDocument::fromJson(billing.out).object();
        QVERIFY(findBy(b.value(QStringLiteral("countries")).toArray(), QStringLiteral("code"), QStringLiteral("US"))
                    .isEmpty());
    }

    void reachText()
    {
        const Run r = cli({QStringLiteral("reach"), example()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Parties ("));
        QVERIFY(r.out.contains("CallCabinet"));
        QVERIFY(r.out.contains("weakest "));

        // In Dutch and German: headings, strengths and country names in the language.
        const Run nl = cli({QStringLiteral("reach"), example(), QStringLiteral("--lang"), QStringLiteral("nl")});
        QCOMPARE(nl.exitCode, 0);
        QVERIFY2(nl.out.contains("Partijen (") && nl.out.contains("Landen (") && nl.out.contains("zwakste ") &&
                     nl.out.contains("Verenigde Staten"),
                 nl.out.constData());
        QVERIFY(!nl.out.contains("weakest") && !nl.out.contains("Parties ("));
        const Run de = cli({QStringLiteral("reach"), example(), QStringLiteral("--lang"), QStringLiteral("de")});
        QCOMPARE(de.exitCode, 0);
        QVERIFY2(de.out.contains("Stellen (") && de.out.contains("Länder (") && de.out.contains("schwächste ") &&
                     de.out.contains("Vereinigte Staaten"),
                 de.out.constData());
    }

    void graphFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("svg") << QStringLiteral("svg") << QByteArray("<?xml");
        QTest::newRow("png") << QStringLiteral("png") << QByteArray("\x89PNG");
        QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF-");
        QTest::newRow("dot") << QStringLiteral("dot") << QByteArray("digraph");
        QTest::newRow("graphml") << QStringLiteral("graphml") << QByteArray("<?xml");
    }
    void graphFormats()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, magic);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("g.") + format);
        const Run r = cli({QStringLiteral("graph"), example(), QStringLiteral("--format"), format,
                           QStringLiteral("--category"), QStringLiteral("Call recordings"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith(magic));
        if (format == QLatin1StringView("svg") || format == QLatin1StringView("graphml")) {
            QXmlStreamReader x(bytes);
            while (!x.atEnd())
                x.readNext();
            QVERIFY2(!x.hasError(), qPrintable(x.errorString()));
        }
    }

    void badUsage()
    {
        QCOMPARE(
            cli({QStringLiteral("reach"), example(), QStringLiteral("--category"), QStringLiteral("no such thing")})
                .exitCode,
            2);
        QCOMPARE(cli({QStringLiteral("graph"), example(), QStringLiteral("--format"), QStringLiteral("jpeg")}).exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("graph"), QStringLiteral("/nonexistent.ropa"), QStringLiteral("--format"),
                      QStringLiteral("dot")})
                     .exitCode,
                 2);
        QCOMPARE(
            cli({QStringLiteral("reach"), example(), QStringLiteral("--max-chains"), QStringLiteral("0")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestGraphCli)
#include "test_graphcli.moc"
