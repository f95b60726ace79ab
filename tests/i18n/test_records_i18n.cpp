// The Article 30 records in Dutch and German, as a DPO exports them with the real ropa-cli:
// the headings and column titles a Dutch (AVG) or German (DSGVO) supervisory authority's
// template uses, for every item of Art. 30(1) (a)-(g) and Art. 30(2) (a)-(d).

#include "common/clirunner.h"
#include "reports/reportfixture.h"
#include "store/jsonformat.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ropa;

class TestRecordsI18n : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_invalidProject; // legitimate interests, and a transfer under Privacy Shield

    // The record as the CLI writes it: Markdown as it is, HTML with its line breaks.
    QString exportRecord(const QString &record, const QString &format, const QString &language,
                         const QString &project = {})
    {
        const QString in = project.isEmpty() ? m_project : project;
        const QString out = m_dir.filePath(u"%1-%2-%3.%4"_s.arg(QFileInfo(in).baseName(), record, language, format));
        const test::CliRun run = test::runCli({u"export"_s, in, u"--record"_s, record, u"--format"_s, format,
                                               u"--lang"_s, language, u"--date"_s, u"2026-11-23"_s, u"-o"_s, out});
        if (run.exitCode != 0) {
            qWarning("ropa-cli export failed (%d): %s", run.exitCode, run.err.constData());
            return {};
        }
        QFile file(out);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(u"project.json"_s);
        QFile file(m_project);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json::writeProject(test::reportProject()));

        ProjectData invalid = test::reportProject();
        invalid.activities.at(test::fixedId(60)).lawfulBasis = LawfulBasis::LegitimateInterests;
        Transfer &toUs = invalid.transfers.at(test::fixedId(70));
        toUs.mechanism = Mechanism::PrivacyShield;
        toUs.sccModule.reset();
        m_invalidProject = m_dir.filePath(u"invalid.json"_s);
        QFile invalidFile(m_invalidProject);
        QVERIFY(invalidFile.open(QIODevice::WriteOnly));
        invalidFile.write(json::writeProject(invalid));
    }

    // The legal reference data in the record's language: the lawful basis, the Art. 9(2)
    // condition, the transfer mechanism and the derogation, with their references as the
    // AVG / DSGVO cite them (resources/reference/*.json, members "nl" and "de").
    void legalTerms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("invalid");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("unexpected");
        const QStringList english{u"GDPR"_s,
                                  u"Contract (Art. 6"_s,
                                  u"Explicit consent"_s,
                                  u"Standard contractual clauses"_s,
                                  u"Derogation for a specific situation"_s,
                                  u"Compelling legitimate interests"_s,
                                  u"Legitimate interests"_s,
                                  u"Privacy Shield (invalid)"_s,
                                  u"Commission Implementing Decision"_s,
                                  u"CJEU"_s};
        QTest::newRow("nl")
            << u"nl"_s << false
            << QStringList{u"Uitvoering van een overeenkomst (art. 6, lid 1, onder b, AVG)"_s,
                           u"Uitdrukkelijke toestemming (art. 9, lid 2, onder a, AVG)"_s,
                           u"Modelcontractbepalingen (art. 46, lid 2, onder c, AVG; Uitvoeringsbesluit (EU) 2021/914 van de Commissie van 4 juni 2021)"_s,
                           u"Afwijking voor een specifieke situatie (art. 49 AVG): Dwingende gerechtvaardigde belangen (art. 49, lid 1, tweede alinea, AVG)"_s}
            << english;
        QTest::newRow("nl invalid")
            << u"nl"_s << true
            << QStringList{u"Gerechtvaardigd belang (art. 6, lid 1, onder f, AVG)"_s,
                           u"EU-VS-privacyschild (ongeldig) (Uitvoeringsbesluit (EU) 2016/1250 van de Commissie van 12 juli 2016)"_s,
                           u"16-07-2020 (HvJ EU C-311/18"_s}
            << english;
        QTest::newRow("de")
            << u"de"_s << false
            << QStringList{u"Erfüllung eines Vertrags (Art. 6 Abs. 1 lit. b DSGVO)"_s,
                           u"Ausdrückliche Einwilligung (Art. 9 Abs. 2 lit. a DSGVO)"_s,
                           u"Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO; Durchführungsbeschluss (EU) 2021/914 der Kommission vom 4. Juni 2021)"_s,
                           u"Ausnahme für bestimmte Fälle (Art. 49 DSGVO): Zwingende berechtigte Interessen (Art. 49 Abs. 1 Unterabs. 2 DSGVO)"_s}
            << english;
        QTest::newRow("de invalid")
            << u"de"_s << true
            << QStringList{u"Berechtigte Interessen (Art. 6 Abs. 1 lit. f DSGVO)"_s,
                           u"EU-US-Datenschutzschild (ungültig) (Durchführungsbeschluss (EU) 2016/1250 der Kommission vom 12. Juli 2016)"_s,
                           u"16.07.2020 (EuGH C-311/18"_s}
            << english;
        QTest::newRow("en") << u"en"_s << false
                            << QStringList{u"Contract (Art. 6(1)(b) GDPR)"_s, u"Explicit consent (Art. 9(2)(a) GDPR)"_s,
                                           u"Standard contractual clauses (Art. 46(2)(c) GDPR"_s,
                                           u"Compelling legitimate interests (Art. 49(1), second subparagraph GDPR)"_s}
                            << QStringList{u"AVG)"_s, u"DSGVO"_s, u"Modelcontractbepalingen"_s,
                                           u"Standardvertragsklauseln"_s};
    }

    void legalTerms()
    {
        QFETCH(QString, language);
        QFETCH(bool, invalid);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, unexpected);
        for (const QString &format : {u"md"_s, u"html"_s}) {
            const QString text =
                exportRecord(u"controller"_s, format, language, invalid ? m_invalidProject : QString());
            QVERIFY2(!text.isEmpty(), qPrintable(format));
            for (const QString &e : expected)
                QVERIFY2(text.contains(e), qPrintable(u"%1 %2: no “%3”"_s.arg(language, format, e)));
            for (const QString &u : unexpected)
                QVERIFY2(!text.contains(u), qPrintable(u"%1 %2: English “%3” left"_s.arg(language, format, u)));
        }
    }

    void headings_data()
    {
        QTest::addColumn<QString>("record");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("english");

        // Words of the English record that must not be left over.
        const QStringList english{u"Record of processing activities"_s,
                                  u"Controller"_s,
                                  u"Data subjects"_s,
                                  u"Categories of"_s,
                                  u"Recipients"_s,
                                  u"Transfers"_s,
                                  u"not stated"_s,
                                  u"Completeness"_s,
                                  u"Contents"_s,
                                  u"United States"_s,
                                  u"South Africa"_s};

        QTest::newRow("controller nl")
            << u"controller"_s << u"nl"_s
            << QStringList{u"Register van verwerkingsactiviteiten van de verwerkingsverantwoordelijke (art. 30, lid 1, AVG)"_s,
                           u"Verwerkingsverantwoordelijke"_s,                               // (a)
                           u"Functionaris voor gegevensbescherming"_s,                      // (a) the DPO
                           u"Verwerkingsdoeleinden"_s,                                      // (b)
                           u"Categorieën van betrokkenen"_s,                                // (c)
                           u"Categorieën van persoonsgegevens"_s,                           // (c)
                           u"Categorieën van ontvangers"_s,                                 // (d)
                           u"Doorgiften aan derde landen of internationale organisaties"_s, // (e)
                           u"passende waarborgen"_s,               // (e) Art. 49(1) second subparagraph
                           u"Beoogde termijnen voor het wissen"_s, // (f)
                           u"Bewaartermijn"_s,                     // (f) as the AP's model register says
                           u"Technische en organisatorische beveiligingsmaatregelen"_s, // (g)
                           u"art. 30, lid 1, onder a"_s,
                           u"Art. 30, lid 1, onder g"_s,
                           u"niet vermeld"_s,
                           u"Verenigde Staten"_s,
                           u"Zuid-Afrika"_s} // iso-codes' Dutch names
            << english;
        QTest::newRow("processor nl")
            << u"processor"_s << u"nl"_s
            << QStringList{u"Register van categorieën van verwerkingsactiviteiten van de verwerker (art. 30, lid 2, AVG)"_s,
                           u"verwerker"_s,
                           u"verwerkingsverantwoordelijke"_s,                               // (a)
                           u"Categorieën van verwerkingen"_s,                               // (b)
                           u"Doorgiften aan derde landen of internationale organisaties"_s, // (c)
                           u"Technische en organisatorische beveiligingsmaatregelen"_s,     // (d)
                           u"art. 30, lid 2, onder a"_s}
            << english;
        QTest::newRow("controller de")
            << u"controller"_s << u"de"_s
            << QStringList{u"Verzeichnis von Verarbeitungstätigkeiten des Verantwortlichen (Art. 30 Abs. 1 DSGVO)"_s,
                           u"Verantwortlicher"_s,                                                 // (a)
                           u"Datenschutzbeauftragter"_s,                                          // (a)
                           u"Zwecke der Verarbeitung"_s,                                          // (b)
                           u"Kategorien betroffener Personen"_s,                                  // (c)
                           u"Kategorien personenbezogener Daten"_s,                               // (c)
                           u"Kategorien von Empfängern"_s,                                        // (d)
                           u"Übermittlungen an Drittländer oder internationale Organisationen"_s, // (e)
                           u"geeigneter Garantien"_s,                                             // (e)
                           u"Vorgesehene Fristen für die Löschung"_s,                             // (f)
                           u"Löschfristen"_s,                                                     // (f)
                           u"Technische und organisatorische Maßnahmen"_s,                        // (g)
                           u"Art. 30 Abs. 1 lit. a"_s,
                           u"Art. 30 Abs. 1 lit. g"_s,
                           u"nicht angegeben"_s,
                           u"Vereinigte Staaten"_s,
                           u"Südafrika"_s} // iso-codes' German names
            << english;
        QTest::newRow("processor de")
            << u"processor"_s << u"de"_s
            << QStringList{u"Verzeichnis aller Kategorien von Verarbeitungstätigkeiten des Auftragsverarbeiters (Art. 30 Abs. 2 DSGVO)"_s,
                           u"Auftragsverarbeiter"_s,
                           u"Verantwortliche"_s,                                                  // (a)
                           u"Kategorien von Verarbeitungen"_s,                                    // (b)
                           u"Übermittlungen an Drittländer oder internationale Organisationen"_s, // (c)
                           u"Technische und organisatorische Maßnahmen"_s,                        // (d)
                           u"Art. 30 Abs. 2 lit. a"_s}
            << english;
    }

    // Markdown and HTML, the formats a DPO reads or files.
    void headings()
    {
        QFETCH(QString, record);
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, english);
        for (const QString &format : {u"md"_s, u"html"_s}) {
            const QString text = exportRecord(record, format, language);
            QVERIFY2(!text.isEmpty(), qPrintable(format));
            for (const QString &heading : expected)
                QVERIFY2(text.contains(heading),
                         qPrintable(u"%1 %2 %3: no “%4”"_s.arg(record, language, format, heading)));
            for (const QString &word : english)
                QVERIFY2(!text.contains(word),
                         qPrintable(u"%1 %2 %3: English “%4” left"_s.arg(record, language, format, word)));
            if (format == u"html")
                QVERIFY(text.contains(u"<html lang=\"%1\">"_s.arg(language)));
        }
    }

    // Dates and numbers as the language writes them: the cover's date spelled out, table dates
    // in the usual short form, the percentage with the language's sign.
    void datesAndNumbers_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("unexpected");
        QTest::newRow("nl") << u"nl"_s
                            << QStringList{u"23 november 2026"_s, u"01-02-2024"_s, u"66% (12 van 18 verplichte"_s}
                            << QStringList{u"2026-11-23"_s, u"2024-02-01"_s};
        QTest::newRow("de") << u"de"_s
                            << QStringList{u"23. November 2026"_s, u"01.02.2024"_s,
                                           u"66\u00a0% (12 von 18 Pflichtangaben"_s}
                            << QStringList{u"2026-11-23"_s, u"2024-02-01"_s};
        QTest::newRow("en") << u"en"_s << QStringList{u"2026-11-23"_s, u"2024-02-01"_s, u"66% (12 of 18 required"_s}
                            << QStringList{u"November"_s};
    }

    void datesAndNumbers()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, unexpected);
        const QString text = exportRecord(u"controller"_s, u"html"_s, language);
        QVERIFY(!text.isEmpty());
        for (const QString &e : expected)
            QVERIFY2(text.contains(e), qPrintable(u"%1: no “%2”"_s.arg(language, e)));
        for (const QString &u : unexpected)
            QVERIFY2(!text.contains(u), qPrintable(u"%1: “%2”"_s.arg(language, u)));
    }

    // The English record stays English (the translation is per record, not per process).
    void englishStaysEnglish()
    {
        const QString text = exportRecord(u"controller"_s, u"md"_s, u"en"_s);
        QVERIFY(text.contains(u"Record of processing activities of the controller (Art. 30(1) GDPR)"_s));
        QVERIFY(!text.contains(u"Verwerkingsverantwoordelijke"_s));
        QVERIFY(text.contains(u"United States"_s));
        QVERIFY(!text.contains(u"Verenigde Staten"_s));
    }
};

QTEST_GUILESS_MAIN(TestRecordsI18n)
#include "test_records_i18n.moc"
