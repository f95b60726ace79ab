// Reading vendors' subprocessor lists and the change between two versions: what a DPO checks
// (the names, the countries, what stayed unresolved, the exact diff).

#include "subprocessors/columns.h"
#include "subprocessors/diffreport.h"
#include "subprocessors/listreader.h"
#include "subprocessors/resolve.h"

#include "reference/reference.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace ropa::subprocessors;

namespace {

SubprocessorList fixture(const QString &name)
{
    return readListFile(QStringLiteral(ROPA_FIXTURES_DIR "/subprocessors/") + name);
}

const SubprocessorRow *row(const SubprocessorList &list, const QString &name)
{
    for (const SubprocessorRow &r : list.rows) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

QStringList names(const SubprocessorList &list)
{
    QStringList out;
    for (const SubprocessorRow &r : list.rows)
        out.append(r.name);
    return out;
}

} // namespace

class TestSubprocessors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvWithBomCrlfAndQuotedCells()
    {
        const SubprocessorList list = fixture(QStringLiteral("vendor-v1.csv"));
        QVERIFY2(list.ok(), qPrintable(list.error));
        QCOMPARE(list.format, QStringLiteral("csv"));
        QCOMPARE(list.rows.size(), 11);
        // The BOM is not part of the first heading: the name column was recognised.
        QCOMPARE(list.rows.first().name, QStringLiteral("Northgate Hosting GmbH"));
        // A quoted cell keeps its comma and its line break.
        QCOMPARE(list.rows.first().purpose, QStringLiteral("Cloud hosting, storage\nand backups of call recordings"));
        QCOMPARE(list.rows.first().dataShared, QStringLiteral("Call recordings, contact details"));
        QCOMPARE(list.rows.first().countries, QStringList{QStringLiteral("DE")});
        // The location of processing is the destination, not the corporate location.
        const SubprocessorRow *parcel = row(list, QStringLiteral("Parcel Mail Ltd"));
        QVERIFY(parcel);
        QCOMPARE(parcel->countries, QStringList{QStringLiteral("IE")});
        QCOMPARE(parcel->corporateLocation, QStringLiteral("United Kingdom"));
        // Several countries, "and" after a comma.
        const SubprocessorRow *signal = row(list, QStringLiteral("Signal Relay LLC"));
        QVERIFY(signal);
        QCOMPARE(signal->countries, (QStringList{QStringLiteral("US"), QStringLiteral("CA"), QStringLiteral("BR")}));
        const SubprocessorRow *vault = row(list, QStringLiteral("Vaultline Backup S.A."));
        QVERIFY(vault);
        QCOMPARE(vault->countries, (QStringList{QStringLiteral("BE"), QStringLiteral("LU")}));
        // The row after the multi-line cell starts on its own line of the file.
        QCOMPARE(list.rows.at(1).line, 4);
    }

    void globalStaysNotStated()
    {
        const SubprocessorList list = fixture(QStringLiteral("vendor-v1.csv"));
        const SubprocessorRow *cdn = row(list, QStringLiteral("Globex CDN Inc."));
        QVERIFY(cdn);
        QVERIFY(cdn->countries.isEmpty());
        QVERIFY(cdn->locationNotStated);
        QCOMPARE(cdn->unresolved, QStringList{QStringLiteral("Global")});
        int notStated = 0;
        for (const SubprocessorRow &r : list.rows)
            notStated += r.locationNotStated ? 1 : 0;
        QCOMPARE(notStated, 1);
    }

    void csvSemicolonGermanHeadings()
    {
        const SubprocessorList list = fixture(QStringLiteral("semicolon.csv"));
        QVERIFY2(list.ok(), qPrintable(list.error));
        QCOMPARE(names(list), (QStringList{QStringLiteral("Northgate Hosting GmbH"), QStringLiteral("Parcel Mail Ltd"),
                                           QString::fromUtf8("Café Crème SARL")}));
        QCOMPARE(list.rows.at(0).purpose, QStringLiteral("Hosting; Speicherung"));
        QCOMPARE(list.rows.at(0).countries, QStringList{QStringLiteral("DE")});
        QCOMPARE(list.rows.at(1).countries, (QStringList{QStringLiteral("IE"), QStringLiteral("GB")}));
        QCOMPARE(list.rows.at(2).purpose, QStringLiteral("Support \"Niveau 2\""));
        QCOMPARE(list.rows.at(2).countries, QStringList{QStringLiteral("FR")});
    }

    void csvSeparatorsAndQuotes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("tab") << QByteArray("Name\tLocation\nAcme\tSpain\n");
        QTest::newRow("comma, LF, no BOM") << QByteArray("Name,Location\nAcme,Spain\n");
        QTest::newRow("doubled quotes") << QByteArray("Name,Location\n\"Acme \"\"Blue\"\"\",Spain");
    }
    void csvSeparatorsAndQuotes()
    {
        QFETCH(QByteArray, bytes);
        const SubprocessorList list = readList(bytes, QStringLiteral("list.csv"));
        QVERIFY2(list.ok(), qPrintable(list.error));
        QCOMPARE(list.rows.size(), 1);
        QVERIFY(list.rows.first().name.startsWith(QStringLiteral("Acme")));
        QCOMPARE(list.rows.first().countries, QStringList{QStringLiteral("ES")});
    }

    void csvToldByItsHeadings()
    {
        // Saved as .txt, or without a file name: the heading row tells it is CSV.
        const SubprocessorList list =
            readList("\"Sub-processor\";Country\r\nAcme;Spain\r\n", QStringLiteral("list.txt"));
        QVERIFY2(list.ok(), qPrintable(list.error));
        QCOMPARE(list.format, QStringLiteral("csv"));
        QCOMPARE(list.rows.first().name, QStringLiteral("Acme"));
        QCOMPARE(list.rows.first().countries, QStringList{QStringLiteral("ES")});
    }

    void markdownTwoTablesWithBr()
    {
        const SubprocessorList list = fixture(QStringLiteral("webpage.md"));
        QVERIFY2(list.ok(), qPrintable(list.error));
        QCOMPARE(list.format, QStringLiteral("markdown"));
        QCOMPARE(list.rows.size(), 6);
        QCOMPARE(list.rows.at(0).table, QStringLiteral("Affiliates"));
        QCOMPARE(list.rows.at(1).table, QStringLiteral("Affiliates"));
        QCOMPARE(list.rows.at(2).table, QStringLiteral("Third-party subprocessors"));
        QCOMPARE(list.rows.at(0).purpose, QStringLiteral("Customer support\nEngineering"));
        const SubprocessorRow *northgate = row(list, QStringLiteral("Northgate Hosting GmbH"));
        QVERIFY(northgate);
        QCOMPARE(northgate->countries, (QStringList{QStringLiteral("DE"), QStringLiteral("IE")}));
        const SubprocessorRow *harbor = row(list, QStringLiteral("Harbor & Pier Ltd"));
        QVERIFY(harbor);
        QCOMPARE(harbor->countries, QStringList{QStringLiteral("GB")});
        QCOMPARE(harbor->safeguards, QStringLiteral("Adequacy decision"));
        const SubprocessorRow *cdn = row(list, QStringLiteral("Globex CDN Inc."));
        QVERIFY(cdn);
        QVERIFY(cdn->locationNotStated);
        QCOMPARE(cdn->unresolved, QStringList{QStringLiteral("Worldwide")});
    }

    void htmlScriptsNeverRead()
    {
        const SubprocessorList list = fixture(QStringLiteral("dpa-appendix.html"));
        QVERIFY2(list.ok(), qPrintable(list.error));
        QCOMPARE(list.format, QStringLiteral("html"));
        // Not the table the script writes, not the commented-out row.
        QCOMPARE(names(list),
                 (QStringList{QStringLiteral("Northgate Hosting GmbH"), QStringLiteral("Parcel Mail Ltd"),
                              QStringLiteral("Lumen Monitoring Pty Ltd"), QStringLiteral("Globex CDN Inc.")}));
        QCOMPARE(list.rows.at(0).table, QString::fromUtf8("Annex III – List of sub-processors"));
        // Unclosed <td> and <tr>, entities, <br/>, white space inside a cell.
        QCOMPARE(list.rows.at(0).purpose, QStringLiteral("Hosting & storage\nof recordings"));
        QCOMPARE(list.rows.at(0).countries, QStringList{QStringLiteral("DE")});
        QCOMPARE(list.rows.at(1).purpose, QStringLiteral("Transactional e-mail"));
        QCOMPARE(list.rows.at(2).purpose, QStringLiteral("Error monitoring <beta>"));
        QCOMPARE(list.rows.at(2).countries, (QStringList{QStringLiteral("AU"), QStringLiteral("NZ")}));
        // An empty location is not stated, and listed.
        QVERIFY(list.rows.at(3).locationNotStated);
        QVERIFY(list.rows.at(3).countries.isEmpty());
    }

    void titleRowAboveHeadings()
    {
        const SubprocessorList list =
            readList("<table><tr><th colspan=2>Subprocessors as of 1 March</th></tr>"
                     "<tr><th>Name</th><th>Country</th></tr><tr><td>Acme</td><td>Spain</td></tr></table>",
                     QStringLiteral("x.html"));
        QVERIFY2(list.ok(), qPrintable(list.error));
        QCOMPARE(list.rows.size(), 1);
        QCOMPARE(list.rows.first().name, QStringLiteral("Acme"));
        QCOMPARE(list.rows.first().table, QStringLiteral("Subprocessors as of 1 March"));
        const SubprocessorList csv = readList("Our subprocessors\nName,Country\nAcme,Spain\n", QStringLiteral("x.csv"));
        QVERIFY2(csv.ok(), qPrintable(csv.error));
        QCOMPARE(csv.rows.size(), 1);
        QCOMPARE(csv.rows.first().countries, QStringList{QStringLiteral("ES")});
    }

    void plainTextLines()
    {
        const SubprocessorList list = fixture(QStringLiteral("copied-list.txt"));
        QVERIFY2(list.ok(), qPrintable(list.error));
        QCOMPARE(list.format, QStringLiteral("text"));
        QCOMPARE(names(list),
                 (QStringList{QStringLiteral("Northgate Hosting GmbH"), QStringLiteral("Vaultline Backup S.A."),
                              QStringLiteral("Parcel Mail Ltd"), QStringLiteral("Signal Relay LLC"),
                              QStringLiteral("Globex CDN Inc."), QStringLiteral("Tallyworks Inc.")}));
        QCOMPARE(list.rows.at(0).table, QStringLiteral("Infrastructure"));
        QCOMPARE(list.rows.at(2).table, QStringLiteral("Communication"));
        QCOMPARE(list.rows.at(0).purpose, QStringLiteral("Cloud hosting"));
        QCOMPARE(list.rows.at(1).countries, (QStringList{QStringLiteral("BE"), QStringLiteral("LU")}));
        // "Name – Global": a location; "Name — Billing": a purpose.
        QVERIFY(list.rows.at(4).locationNotStated);
        QCOMPARE(list.rows.at(4).unresolved, QStringList{QStringLiteral("Global")});
        QCOMPARE(list.rows.at(5).purpose, QStringLiteral("Billing"));
        QVERIFY(list.rows.at(5).location.isEmpty());
        // The introductory sentence is said not to be understood.
        QCOMPARE(list.notes.size(), 1);
        QVERIFY(list.notes.first().startsWith(QStringLiteral("line 3:")));
    }

    void plainTextBlocks()
    {
        const QByteArray text = "Northgate Hosting GmbH\nPurpose: Cloud hosting\nLocation: Germany\n\n"
                                "Parcel Mail Ltd\nTransactional e-mail\nIreland\n";
        const SubprocessorList list = readList(text, QStringLiteral("list.txt"));
        QVERIFY2(list.ok(), qPrintable(list.error));
        QCOMPARE(list.rows.size(), 2);
        QCOMPARE(list.rows.at(0).purpose, QStringLiteral("Cloud hosting"));
        QCOMPARE(list.rows.at(0).countries, QStringList{QStringLiteral("DE")});
        QCOMPARE(list.rows.at(1).purpose, QStringLiteral("Transactional e-mail"));
        QCOMPARE(list.rows.at(1).countries, QStringList{QStringLiteral("IE")});
    }

    void badInput()
    {
        const SubprocessorList empty = fixture(QStringLiteral("empty.csv"));
        QVERIFY(!empty.ok());
        QVERIFY(empty.error.contains(QStringLiteral("no subprocessors")));
        QVERIFY(!fixture(QStringLiteral("empty.txt")).ok());
        const SubprocessorList noName = fixture(QStringLiteral("no-name-column.csv"));
        QVERIFY(!noName.ok());
        QVERIFY(noName.error.contains(QStringLiteral("no column of subprocessor names")));
        QVERIFY(noName.error.contains(QStringLiteral("Purpose, Location, Safeguards")));
        QVERIFY(!fixture(QStringLiteral("does-not-exist.csv")).ok());
        QVERIFY(!readList(QByteArray("Name\0x", 6), QStringLiteral("x.csv")).ok());
    }

    void limits()
    {
        QElapsedTimer timer;
        timer.start();
        // As many rows as may be: read.
        QByteArray most = "Name,Location\n";
        for (int i = 0; i < maxRows; ++i)
            most += "Acme " + QByteArray::number(i) + ",Spain\n";
        QCOMPARE(readList(most, QStringLiteral("most.csv")).rows.size(), maxRows);
        // 100,000 rows, in each format: a message.
        QByteArray csv = "Name,Location\n", md = "| Name |\n|---|\n", html = "<table><tr><th>Name</th></tr>", text;
        for (int i = 0; i < 100000; ++i) {
            const QByteArray n = "Acme " + QByteArray::number(i);
            csv += n + ",Spain\n";
            md += "| " + n + " |\n";
            html += "<tr><td>" + n + "</td></tr>";
            text += n + " - Spain\n";
        }
        for (const auto &[bytes, name] :
             {std::pair{csv, "big.csv"}, {md, "big.md"}, {html, "big.html"}, {text, "big.txt"}}) {
            const SubprocessorList tooMany = readList(bytes, QString::fromLatin1(name));
            QVERIFY2(!tooMany.ok(), name);
            QVERIFY2(tooMany.error.contains(QStringLiteral("more than 10000 rows")), qPrintable(tooMany.error));
            QVERIFY(tooMany.rows.isEmpty());
        }

        const QByteArray tenMb(10 * 1000 * 1000, 'x');
        const QByteArray bigCell = "Name,Location\n\"" + tenMb + "\",Spain\n";
        const SubprocessorList tooBig = readList(bigCell, QStringLiteral("big.csv"));
        QVERIFY(!tooBig.ok());
        QVERIFY2(tooBig.error.contains(QStringLiteral("longer than 1 MB")), qPrintable(tooBig.error));
        const QByteArray bigHtml = "<table><tr><th>Name</th></tr><tr><td>" + tenMb + "</td></tr></table>";
        QVERIFY(readList(bigHtml, QStringLiteral("big.html")).error.contains(QStringLiteral("1 MB")));
        QVERIFY(readList("| Name |\n|---|\n| " + tenMb + " |\n", QStringLiteral("big.md"))
                    .error.contains(QStringLiteral("1 MB")));
        QVERIFY(readList("Name - " + tenMb + "\n", QStringLiteral("big.txt")).error.contains(QStringLiteral("1 MB")));
        QVERIFY2(timer.elapsed() < 60000, "the limits must stop a read quickly, not after a hang");
    }

    void bigListsDiffQuickly()
    {
        // Two lists of 9,000 different names each: renames are not searched pair by pair.
        QByteArray a = "Name,Location\n", b = "Name,Location\n";
        for (int i = 0; i < 9000; ++i) {
            a += "Old" + QByteArray::number(i) + " Hosting,Spain\n";
            b += "New" + QByteArray::number(i) + " Hosting,Spain\n";
        }
        a += "Shared Mail Ltd,Spain\n";
        b += "Shared Mail Ltd,Portugal\n";
        QElapsedTimer timer;
        timer.start();
        const ListDiff d = diffLists(readList(a, QStringLiteral("a.csv")), readList(b, QStringLiteral("b.csv")));
        QCOMPARE(d.added.size(), 9000);
        QCOMPARE(d.removed.size(), 9000);
        QCOMPARE(d.changed.size(), 1);
        QVERIFY2(timer.elapsed() < 30000, "a diff of two long lists must not take minutes");
    }

    void htmlLessThanInText()
    {
        const SubprocessorList list = readList("<table><tr><th>Name</th><th>Purpose</th></tr>"
                                               "<tr><td>Acme</td><td>a < b</td></tr></table>",
                                               QStringLiteral("x.html"));
        QVERIFY2(list.ok(), qPrintable(list.error));
        QCOMPARE(list.rows.size(), 1);
        QCOMPARE(list.rows.first().purpose, QStringLiteral("a < b"));
    }

    void nameKeys()
    {
        QCOMPARE(nameKey(QStringLiteral("Acme Cloud, Inc.")), QStringLiteral("acme cloud"));
        QCOMPARE(nameKey(QStringLiteral("ACME cloud")), QStringLiteral("acme cloud"));
        QCOMPARE(nameKey(QStringLiteral("Acmé Cloud B.V.")), QStringLiteral("acme cloud"));
        QCOMPARE(nameKey(QStringLiteral("Acme Cloud Pty Ltd")), QStringLiteral("acme cloud"));
        QCOMPARE(nameKey(QStringLiteral("Acme Cloud GmbH")), QStringLiteral("acme cloud"));
        QCOMPARE(nameKey(QStringLiteral("Acme Cloud S.A.S.")), QStringLiteral("acme cloud"));
        QCOMPARE(nameKey(QStringLiteral("Acme Cloud AB")), QStringLiteral("acme cloud"));
        QCOMPARE(nameKey(QStringLiteral("Acme Cloud LLC")), QStringLiteral("acme cloud"));
        // A name that is only a legal form keeps it.
        QCOMPARE(nameKey(QStringLiteral("AB")), QStringLiteral("ab"));
        QVERIFY(nameKey(QStringLiteral("Acme Cloud")) != nameKey(QStringLiteral("Acme Speech")));
    }

    void locations_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QStringList>("countries");
        QTest::addColumn<QStringList>("unresolved");
        QTest::addColumn<bool>("notStated");
        const auto L = [](std::initializer_list<const char *> l) {
            QStringList s;
            for (const char *c : l)
                s.append(QString::fromUtf8(c));
            return s;
        };
        QTest::newRow("english") << QStringLiteral("Germany, Ireland, and Japan") << L({"DE", "IE", "JP"}) << L({})
                                 << false;
        QTest::newRow("dutch en") << QStringLiteral("Duitsland en Verenigde Staten") << L({"DE", "US"}) << L({})
                                  << false;
        QTest::newRow("german und") << QStringLiteral("Deutschland und Frankreich") << L({"DE", "FR"}) << L({})
                                    << false;
        QTest::newRow("french et") << QStringLiteral("Allemagne et États-Unis") << L({"DE", "US"}) << L({}) << false;
        QTest::newRow("codes and slash") << QStringLiteral("US / GB") << L({"US", "GB"}) << L({}) << false;
        QTest::newRow("regions") << QStringLiteral("EU; EEA") << L({"EU", "EEA"}) << L({}) << false;
        QTest::newRow("the") << QStringLiteral("the Netherlands") << L({"NL"}) << L({}) << false;
        QTest::newRow("usa") << QStringLiteral("USA") << L({"US"}) << L({}) << false;
        QTest::newRow("city") << QStringLiteral("Dublin, Ireland") << L({"IE"}) << L({"Dublin"}) << false;
        QTest::newRow("global") << QStringLiteral("Global") << L({}) << L({"Global"}) << true;
        QTest::newRow("worldwide") << QStringLiteral("Worldwide") << L({}) << L({"Worldwide"}) << true;
        QTest::newRow("empty") << QString() << L({}) << L({}) << true;
        QTest::newRow("n/a") << QStringLiteral("N/A") << L({}) << L({"N/A"}) << true;
        QTest::newRow("lower-case de is no code") << QStringLiteral("de") << L({}) << L({"de"}) << true;
    }
    void locations()
    {
        QFETCH(QString, cell);
        QFETCH(QStringList, countries);
        QFETCH(QStringList, unresolved);
        QFETCH(bool, notStated);
        const ResolvedLocation r = resolveLocation(cell);
        QCOMPARE(r.countries, countries);
        QCOMPARE(r.unresolved, unresolved);
        QCOMPARE(r.notStated, notStated);
    }

    void headings_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<int>("field");
        const auto add = [](const char *h, Field f) { QTest::newRow(h) << QString::fromUtf8(h) << int(f); };
        add("Name of Subprocessor", Field::Name);
        add("Sub-processor", Field::Name);
        add("Entity", Field::Name);
        add("Naam subverwerker", Field::Name);
        add("Purpose", Field::Purpose);
        add("Description of Processing", Field::Purpose);
        add("Nature of processing", Field::Purpose);
        add("Zweck", Field::Purpose);
        add("Location of Processing", Field::Location);
        add("Data location", Field::Location);
        add("Pays", Field::Location);
        add("Corporate Location", Field::CorporateLocation);
        add("Categories of personal data", Field::DataShared);
        add("Transfer mechanism", Field::Safeguards);
        add("Link", Field::Link);
        add("Remarks", Field::None);
    }
    void headings()
    {
        QFETCH(QString, heading);
        QFETCH(int, field);
        QCOMPARE(int(fieldForHeading(heading)), field);
    }

    void diffOfTwoVersions()
    {
        const SubprocessorList v1 = fixture(QStringLiteral("vendor-v1.csv"));
        const SubprocessorList v2 = fixture(QStringLiteral("vendor-v2.csv"));
        QVERIFY(v1.ok() && v2.ok());
        const ListDiff d = diffLists(v1, v2);
        QCOMPARE(d.added.size(), 1);
        QCOMPARE(d.added.first().name, QStringLiteral("Kestrel Voice Labs Pvt Ltd"));
        QCOMPARE(d.added.first().countries, QStringList{QStringLiteral("IN")});
        // What makes the new subprocessor matter: a country outside the EEA without adequacy.
        QVERIFY(!ropa::Reference::instance().isEea(u"IN"));
        QVERIFY(!ropa::Reference::instance().adequacy(u"IN"));
        QCOMPARE(d.removed.size(), 1);
        QCOMPARE(d.removed.first().name, QStringLiteral("Cirrus Analytics SAS"));
        QCOMPARE(d.removed.first().countries, QStringList{QStringLiteral("FR")});
        QCOMPARE(d.renamed.size(), 1);
        QCOMPARE(d.renamed.first().oldName, QStringLiteral("Quillon Speech Services B.V."));
        QCOMPARE(d.renamed.first().name, QStringLiteral("Quillon Cloud Inc."));
        QCOMPARE(d.renamed.first().countries, QStringList{QStringLiteral("NL")});
        QCOMPARE(d.changed.size(), 1);
        const DiffChange &moved = d.changed.first();
        QCOMPARE(moved.name, QStringLiteral("Helpdesk Harbor AB"));
        QCOMPARE(moved.field, ChangedField::Location);
        QCOMPARE(moved.oldCountries, QStringList{QStringLiteral("SE")});
        QCOMPARE(moved.countries, QStringList{QStringLiteral("US")});
        QVERIFY(ropa::Reference::instance().isEea(moved.oldCountries.first()));
        QVERIFY(!ropa::Reference::instance().isEea(moved.countries.first()));
        QCOMPARE(moved.oldValue, QStringLiteral("Sweden"));
        QCOMPARE(moved.newValue, QStringLiteral("United States"));
        QVERIFY(diffLists(v1, v1).isEmpty());
    }

    void diffFieldsAndMatching()
    {
        const auto list = [](const QByteArray &csv) {
            return readList("Name,Purpose,Location,Data shared\n" + csv, QStringLiteral("l.csv"));
        };
        const SubprocessorList a = list("Acme Cloud Inc.,Hosting,Germany,Logs\nBeta Mail Ltd,E-mail,Ireland,Addresses\n"
                                        "Gamma One,Support,France,\nGamma Two,Support,France,\n"
                                        "Delta Region 1,Hosting,Spain,\n");
        const SubprocessorList b = list("ACME Cloud GmbH,Hosting and backups,\"Germany, Ireland\",Logs\n"
                                        "Beta Mails Ltd,E-mail,Ireland,Addresses and names\n"
                                        "Gamma Three,Support,France,\nDelta Region 2,Hosting,Spain,\n");
        const ListDiff d = diffLists(a, b);
        // Same key: no rename, but the purpose, location and data changes.
        QCOMPARE(d.renamed.size(), 1);
        QCOMPARE(d.renamed.first().oldName, QStringLiteral("Beta Mail Ltd")); // similar spelling
        QCOMPARE(d.renamed.first().reason, QStringLiteral("similar"));
        // Two Gammas leave, one comes: a shared first word alone is not enough to call it a rename.
        // "Delta Region 1" and "Delta Region 2" are similar but differ in their number.
        QCOMPARE(d.removed.size(), 3);
        QCOMPARE(d.added.size(), 2);
        QStringList fields;
        for (const DiffChange &c : d.changed)
            fields.append(c.name + u':' + fieldKey(c.field));
        QCOMPARE(fields,
                 (QStringList{QStringLiteral("ACME Cloud GmbH:location"), QStringLiteral("ACME Cloud GmbH:purpose"),
                              QStringLiteral("Beta Mails Ltd:data shared")}));
        const QJsonObject json = diffJson(d);
        QCOMPARE(json.value(QStringLiteral("changed")).toArray().size(), 3);
        QCOMPARE(
            json.value(QStringLiteral("changed")).toArray().at(0).toObject().value(QStringLiteral("field")).toString(),
            QStringLiteral("location"));
    }

    void similarityMeasure()
    {
        QCOMPARE(similarity(QStringLiteral("abcd"), QStringLiteral("abcd")), 1.0);
        QCOMPARE(similarity(QStringLiteral("abcd"), QStringLiteral("abce")), 0.75);
        QCOMPARE(similarity(QString(), QStringLiteral("ab")), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestSubprocessors)
#include "test_subprocessors.moc"
