// Dutch and German at run time, in the model (no widgets): the findings' messages and the rule
// catalogue come out translated when the program's translation is installed. A message whose
// source text lupdate read differently from the compiler (a \u escape before a hex digit) has
// a translation that never matches at run time: these tests see that as English text.

#include "checks/checker.h"
#include "checks/dashboardstats.h"
#include "checks/rules.h"
#include "domain/validation.h"
#include "reference/reference.h"
#include "reports/report.h"
#include "store/jsonformat.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ropa;

namespace {

const QString DemoProject = QStringLiteral(ROPA_SOURCE_DIR "/resources/examples/demo-contact-centre.json");

// Installs the program's translation into language for as long as it lives.
class Translation
{
public:
    explicit Translation(const QString &language)
    {
        m_loaded = m_translator.load(u"ropa_"_s + language, u":/i18n"_s);
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~Translation() { QCoreApplication::removeTranslator(&m_translator); }
    Translation(const Translation &) = delete;
    Translation &operator=(const Translation &) = delete;
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

} // namespace

class TestI18nModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRuleIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("nl") << u"nl"_s;
        QTest::newRow("de") << u"de"_s;
    }

    // Every rule's title and hint, as the findings view and `ropa-cli rules` show them.
    void everyRuleIsTranslated()
    {
        QFETCH(QString, language);
        const Translation translation(language);
        QVERIFY(translation.loaded());
        QStringList untranslated;
        for (const checks::Rule &rule : checks::catalogue()) {
            if (rule.titleText() == QString::fromUtf8(rule.title))
                untranslated.append(rule.idString() + u" title: "_s + QString::fromUtf8(rule.title));
            if (rule.hintText() == QString::fromUtf8(rule.hint))
                untranslated.append(rule.idString() + u" hint: "_s + QString::fromUtf8(rule.hint));
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(u"Not translated at run time:\n"_s + untranslated.join(u'\n')));
        // The two hints whose quotation marks lupdate used to misread.
        QVERIFY(checks::findRule(u"RET-VAGUE")
                    ->hintText()
                    .contains(language == u"nl" ? u"zo lang als nodig"_s : u"so lange wie nötig"_s));
        QVERIFY(checks::findRule(u"LI-BALANCING-MISSING")
                    ->hintText()
                    .contains(language == u"nl" ? u"“Belangenafweging”"_s : u"„Interessenabwägung“"_s));
    }

    // A record's dates and numbers in its language, whatever the application's language.
    void recordDatesAndNumbers_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("shortDate");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("percent");
        QTest::newRow("en") << u"en"_s << u"2026-03-05"_s << u"2026-03-05"_s << u"1234567"_s << u"91%"_s;
        QTest::newRow("nl") << u"nl"_s << u"5 maart 2026"_s << u"05-03-2026"_s << u"1.234.567"_s << u"91%"_s;
        QTest::newRow("de") << u"de"_s << u"5. März 2026"_s << u"05.03.2026"_s << u"1.234.567"_s << u"91\u00a0%"_s;
    }

    void recordDatesAndNumbers()
    {
        QFETCH(QString, language);
        QFETCH(QString, date);
        QFETCH(QString, shortDate);
        QFETCH(QString, number);
        QFETCH(QString, percent);
        const reports::LanguageScope scope(language);
        QCOMPARE(reports::recordDate(QDate(2026, 3, 5)), date);
        QCOMPARE(reports::recordShortDate(QDate(2026, 3, 5)), shortDate);
        QCOMPARE(reports::recordNumber(1234567), number);
        QCOMPARE(reports::recordPercent(91), percent);
        QVERIFY(reports::recordShortDate(QDate()).isEmpty());
    }

    // What opening, saving and importing say, as the program's dialogs show it: in the
    // language of the installed translation; English (the source texts) without one.
    void storeMessages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>(
            "expected"); // missing .ropa, empty .ropa, missing JSON, bad JSON, validation, save
        QTest::newRow("nl") << u"nl"_s << QStringList{u"is niet gevonden. Het is misschien verplaatst"_s,
                                                      u"is geen Ropa-project (het bestand is leeg)"_s,
                                                      u"bestaat niet. Controleer de naam en de map."_s,
                                                      u"Het bestand is geen geldige JSON: "_s,
                                                      u"project, sleutel “name”: het project heeft geen naam"_s,
                                                      u"kon niet worden opgeslagen: "_s};
        QTest::newRow("de") << u"de"_s << QStringList{u"wurde nicht gefunden. Sie wurde vielleicht verschoben"_s,
                                                      u"ist kein Ropa-Projekt (die Datei ist leer)"_s,
                                                      u"existiert nicht. Prüfen Sie Namen und Ordner."_s,
                                                      u"Die Datei ist kein gültiges JSON: "_s,
                                                      u"Projekt, Schlüssel „name“: das Projekt hat keinen Namen"_s,
                                                      u"konnte nicht gespeichert werden: "_s};
        QTest::newRow("en") << u"en"_s
                            << QStringList{u"was not found. It may have been moved, renamed or deleted."_s,
                                           u"is not a Ropa project (the file is empty)"_s,
                                           u"does not exist. Check the name and the folder."_s,
                                           u"The file is not valid JSON: "_s,
                                           u"project, key “name”: the project has no name"_s,
                                           u"Could not save "_s};
    }

    void storeMessages()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        std::unique_ptr<Translation> translation;
        if (language != u"en") {
            translation = std::make_unique<Translation>(language);
            QVERIFY(translation->loaded());
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList said;
        said.append(store::openProject(dir.filePath(u"missing.ropa"_s)).error.message);
        {
            QFile empty(dir.filePath(u"empty.ropa"_s));
            QVERIFY(empty.open(QIODevice::WriteOnly));
        }
        said.append(store::openProject(dir.filePath(u"empty.ropa"_s)).error.message);
        said.append(json::readProjectFile(dir.filePath(u"missing.json"_s)).error);
        {
            QFile bad(dir.filePath(u"bad.json"_s));
            QVERIFY(bad.open(QIODevice::WriteOnly));
            bad.write("{\"format\": ");
        }
        said.append(json::readProjectFile(dir.filePath(u"bad.json"_s)).error);
        ProjectData unnamed = json::readProjectFile(DemoProject).data.value();
        unnamed.info.name.clear();
        QString problems;
        for (const Problem &p : validateProject(unnamed))
            problems += p.describe() + u'\n';
        said.append(problems);
        // Saving into a folder that does not exist.
        said.append(store::saveProject(unnamed, dir.filePath(u"no/such/folder/x.ropa"_s)).error.message);
        QCOMPARE(said.size(), expected.size());
        for (qsizetype i = 0; i < said.size(); ++i)
            QVERIFY2(said.at(i).contains(expected.at(i)),
                     qPrintable(u"%1: no “%2” in “%3”"_s.arg(language, expected.at(i), said.at(i))));
    }

    // The findings of the demo project, as a Dutch DPO sees them.
    void findingsInDutch()
    {
        const json::ReadResult demo = json::readProjectFile(DemoProject);
        QVERIFY2(demo.data, qPrintable(demo.error));
        const Translation translation(u"nl"_s);
        QVERIFY(translation.loaded());
        Reference::setDisplayLanguage(u"nl"_s); // as the GUI does with its translation
        const checks::FindingList findings = checks::runChecks(*demo.data, {QDate(2026, 11, 23), 12});
        QVERIFY(!findings.isEmpty());
        QStringList messages;
        for (const checks::Finding &f : findings)
            messages.append(f.message);
        const QString all = messages.join(u'\n');
        QVERIFY2(all.contains(u"Activiteit “Billing and invoicing” heeft geen bewaartermijn voor “CRM data”."_s),
                 qPrintable(all));
        QVERIFY2(
            all.contains(
                u"Activiteit “Quality monitoring of call recordings” baseert zich op gerechtvaardigd belang zonder notitie van de belangenafweging."_s),
            qPrintable(all));
        Reference::setDisplayLanguage(u"en"_s);
        // Country names from iso-codes, in Dutch.
        QVERIFY2(all.contains(u"naar Verenigde Staten"_s) || all.contains(u"Verenigde Staten,"_s), qPrintable(all));
        QVERIFY(!all.contains(u"United States"_s));
        // No English sentence is left: every message starts with a Dutch word or a quoted name.
        for (const QString &m : messages) {
            for (const QString &english : {u"Activity “"_s, u"Transfer “"_s, u"Processor “"_s, u"Subprocessor “"_s,
                                           u"Recipient “"_s, u" has no "_s, u" relies on "_s}) {
                QVERIFY2(!m.contains(english), qPrintable(m));
            }
        }
    }

    // The dashboard's labels (sensitivity, mechanisms, retention buckets, Art. 30 items) in
    // Dutch; they stayed English while their runtime context differed from lupdate's.
    void dashboardLabelsInDutch()
    {
        const json::ReadResult demo = json::readProjectFile(DemoProject);
        QVERIFY2(demo.data, qPrintable(demo.error));
        const Translation translation(u"nl"_s);
        QVERIFY(translation.loaded());
        const checks::DashboardStats s = checks::computeDashboardStats(*demo.data, checks::runChecks(*demo.data));
        QStringList labels;
        for (const auto &l : s.sensitivity)
            labels.append(l.label);
        for (const auto &l : s.mechanisms)
            labels.append(l.label);
        for (const auto &l : s.retention)
            labels.append(l.label);
        for (const auto &c : s.completeness)
            labels.append(c.label);
        const QString all = labels.join(u'|');
        for (const QString &dutch : {u"Gewoon"_s, u"Binnen de EER"_s, u"Vaag"_s, u"Doel (b)"_s})
            QVERIFY2(labels.contains(dutch), qPrintable(all));
        for (const QString &english : {u"Ordinary"_s, u"Within the EEA"_s, u"Vague"_s, u"Purpose (b)"_s})
            QVERIFY2(!labels.contains(english), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestI18nModel)
#include "test_i18n_model.moc"
