// The editors in Dutch and German, as a DPO sees them with the program's translation installed
// and the user interface's language set (app/gui/main.cpp does both): the lawful-basis,
// Art. 9(2), transfer-mechanism and derogation choices and their tooltips come from the
// reference data's Dutch and German texts, not the English ones.

#include "domain/project.h"
#include "editors/entityeditor.h"
#include "editors/fields.h"
#include "editors/kindeditors.h"
#include "reference/reference.h"
#include "store/jsonformat.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ropa;

namespace {

std::unique_ptr<Project> demoProject()
{
    const auto result =
        json::readProjectFile(QStringLiteral(ROPA_SOURCE_DIR "/resources/examples/demo-contact-centre.json"));
    if (!result.data)
        qFatal("demo project: %s", qPrintable(result.error));
    return std::make_unique<Project>(*result.data);
}

template <typename T> Id first(const Project &project)
{
    const auto &table = project.data().table<T>();
    if (table.empty())
        qFatal("demo project has no entity of that kind");
    return table.begin()->first;
}

int indexOfData(QComboBox *combo, const QVariant &value)
{
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i) == value)
            return i;
    }
    return -1;
}

// The program's translation and display language, for as long as it lives.
class Language
{
public:
    explicit Language(const QString &language)
    {
        m_loaded = language == u"en" || m_translator.load(u"ropa_"_s + language, u":/i18n"_s);
        if (language != u"en" && m_loaded)
            QCoreApplication::installTranslator(&m_translator);
        Reference::setDisplayLanguage(language);
    }
    ~Language()
    {
        QCoreApplication::removeTranslator(&m_translator);
        Reference::setDisplayLanguage(u"en"_s);
    }
    Language(const Language &) = delete;
    Language &operator=(const Language &) = delete;
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

// What a combo shows for one value: its text and its tooltip.
QString shown(QComboBox *combo, const QVariant &value)
{
    const int index = indexOfData(combo, value);
    if (index < 0)
        return {};
    return combo->itemText(index) + u"\n"_s + combo->itemData(index, Qt::ToolTipRole).toString();
}

} // namespace

class TestEditorsI18n : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void legalChoices_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("consent");    // text and tooltip of Art. 6(1)(a)
        QTest::addColumn<QStringList>("legitimate"); // Art. 6(1)(f)
        QTest::addColumn<QStringList>("art9h");      // Art. 9(2)(h)
        QTest::addColumn<QStringList>("scc");        // the mechanism
        QTest::addColumn<QStringList>("privacyShield");
        QTest::addColumn<QStringList>("compelling"); // Art. 49(1) second subparagraph
        QTest::addColumn<QStringList>("english");    // must not be shown in that language

        QTest::newRow("nl") << u"nl"_s
                            << QStringList{u"Toestemming"_s, u"art. 6, lid 1, onder a, AVG"_s, u"toestemming gegeven"_s}
                            << QStringList{u"Gerechtvaardigd belang"_s, u"art. 6, lid 1, onder f, AVG"_s,
                                           u"belangenafweging"_s}
                            << QStringList{u"art. 9, lid 2, onder h, AVG"_s, u"Gezondheidszorg en sociale diensten"_s}
                            << QStringList{u"Modelcontractbepalingen"_s, u"art. 46, lid 2, onder c, AVG"_s,
                                           u"Uitvoeringsbesluit (EU) 2021/914"_s}
                            << QStringList{u"EU-VS-privacyschild (ongeldig)"_s, u"HvJ EU C-311/18"_s}
                            << QStringList{u"Dwingende gerechtvaardigde belangen"_s,
                                           u"art. 49, lid 1, tweede alinea, AVG"_s}
                            << QStringList{u"GDPR"_s,
                                           u"Consent"_s,
                                           u"Legitimate interests"_s,
                                           u"Standard contractual clauses"_s,
                                           u"Compelling legitimate interests"_s,
                                           u"Health or social care"_s,
                                           u"CJEU"_s};
        QTest::newRow("de") << u"de"_s
                            << QStringList{u"Einwilligung"_s, u"Art. 6 Abs. 1 lit. a DSGVO"_s, u"eingewilligt"_s}
                            << QStringList{u"Berechtigte Interessen"_s, u"Art. 6 Abs. 1 lit. f DSGVO"_s,
                                           u"Interessenabwägung"_s}
                            << QStringList{u"Art. 9 Abs. 2 lit. h DSGVO"_s, u"Gesundheits- und Sozialbereich"_s}
                            << QStringList{u"Standardvertragsklauseln"_s, u"Art. 46 Abs. 2 lit. c DSGVO"_s,
                                           u"Durchführungsbeschluss (EU) 2021/914"_s}
                            << QStringList{u"EU-US-Datenschutzschild (ungültig)"_s, u"EuGH C-311/18"_s}
                            << QStringList{u"Zwingende berechtigte Interessen"_s, u"Art. 49 Abs. 1 Unterabs. 2 DSGVO"_s}
                            << QStringList{u"GDPR"_s,
                                           u"Consent"_s,
                                           u"Legitimate interests"_s,
                                           u"Standard contractual clauses"_s,
                                           u"Compelling legitimate interests"_s,
                                           u"Health or social care"_s,
                                           u"CJEU"_s};
        QTest::newRow("en") << u"en"_s << QStringList{u"Consent"_s, u"Art. 6(1)(a) GDPR"_s}
                            << QStringList{u"Legitimate interests"_s, u"Art. 6(1)(f) GDPR"_s}
                            << QStringList{u"Art. 9(2)(h) GDPR"_s, u"Health or social care"_s}
                            << QStringList{u"Standard contractual clauses"_s, u"Art. 46(2)(c) GDPR"_s}
                            << QStringList{u"EU-U.S. Privacy Shield (invalid)"_s, u"CJEU C-311/18"_s}
                            << QStringList{u"Compelling legitimate interests"_s,
                                           u"Art. 49(1), second subparagraph GDPR"_s}
                            << QStringList{u"AVG"_s, u"DSGVO"_s, u"Toestemming"_s, u"Einwilligung"_s};
    }

    void legalChoices()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, consent);
        QFETCH(QStringList, legitimate);
        QFETCH(QStringList, art9h);
        QFETCH(QStringList, scc);
        QFETCH(QStringList, privacyShield);
        QFETCH(QStringList, compelling);
        QFETCH(QStringList, english);
        const Language ui(language);
        QVERIFY(ui.loaded());

        auto project = demoProject();
        EntityEditor editor(project.get());
        editor.show();

        editor.setEntity(EntityKind::Activity, first<Activity>(*project));
        auto *basis = editor.currentEditor()->findChild<ChoiceCombo *>(u"lawfulBasis"_s);
        auto *art9 = editor.currentEditor()->findChild<ChoiceCombo *>(u"art9Condition"_s);
        QVERIFY(basis && art9);
        QStringList seen;
        auto expect = [&seen](const QString &what, const QString &text, const QStringList &words) {
            seen.append(text);
            for (const QString &word : words)
                QVERIFY2(text.contains(word), qPrintable(u"%1: no “%2” in “%3”"_s.arg(what, word, text)));
        };
        expect(u"consent"_s, shown(basis, int(LawfulBasis::Consent)), consent);
        expect(u"legitimate interests"_s, shown(basis, int(LawfulBasis::LegitimateInterests)), legitimate);
        expect(u"Art. 9(2)(h)"_s, shown(art9, int(Art9Condition::H)), art9h);
        // The combo's own text, as the closed combo shows it, is in the language too.
        basis->setCurrentIndex(indexOfData(basis, int(LawfulBasis::Consent)));
        QVERIFY2(basis->currentText().contains(consent.constFirst()), qPrintable(basis->currentText()));

        editor.setEntity(EntityKind::Transfer, first<Transfer>(*project));
        auto *mechanism = editor.currentEditor()->findChild<ChoiceCombo *>(u"mechanism"_s);
        auto *derogation = editor.currentEditor()->findChild<ChoiceCombo *>(u"derogation"_s);
        QVERIFY(mechanism && derogation);
        expect(u"SCC"_s, shown(mechanism, int(Mechanism::Scc)), scc);
        expect(u"Privacy Shield"_s,
               mechanism->itemData(indexOfData(mechanism, int(Mechanism::PrivacyShield)), Qt::ToolTipRole).toString(),
               privacyShield);
        expect(u"Art. 49(1) second subparagraph"_s, shown(derogation, int(Derogation::CompellingInterests)),
               compelling);

        const QString all = seen.join(u"\n"_s);
        for (const QString &word : english)
            QVERIFY2(!all.contains(word), qPrintable(u"%1: “%2” shown:\n%3"_s.arg(language, word, all)));
    }
};

QTEST_MAIN(TestEditorsI18n)
#include "test_editors_i18n.moc"
