// The editors at the width they get in a window of the default size (1320 pixels: the editor
// pane is about 545 wide), in English, Dutch and German: every choice of a combo fits in the
// combo, labels and check boxes are not cut, and what does not apply is not shown (the own
// organisation has no DPA or DPF; a Dutch practice sees no "US category").
//
// Set ROPA_EDITOR_SCREENSHOTS=/tmp/editors to write a PNG of each editor in each language.

#include "domain/project.h"
#include "editors/entityeditor.h"
#include "editors/fields.h"
#include "editors/kindeditors.h"
#include "reference/reference.h"
#include "store/jsonformat.h"

#include <QCheckBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace ropa;
using namespace Qt::StringLiterals;

namespace {

constexpr int PaneWidth = 545; // MainWindow: (1320 - navigator 230) / 2

std::unique_ptr<Project> demoProject()
{
    const auto result =
        json::readProjectFile(QStringLiteral(ROPA_SOURCE_DIR "/resources/examples/demo-contact-centre.json"));
    if (!result.data)
        qFatal("demo project: %s", qPrintable(result.error));
    return std::make_unique<Project>(*result.data);
}

template <typename T> Id byName(const Project &project, const QString &name)
{
    for (const auto &[id, e] : project.data().table<T>()) {
        if constexpr (std::is_same_v<T, Document>) {
            if (e.title == name)
                return id;
        } else {
            if (e.name == name)
                return id;
        }
    }
    qFatal("no entity named %s", qPrintable(name));
}

Id transferWith(const Project &project, Mechanism mechanism)
{
    for (const auto &[id, t] : project.data().transfers) {
        if (t.mechanism == mechanism)
            return id;
    }
    qFatal("no transfer with that mechanism");
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

// Whether the widget and all its parents up to the editor are shown.
bool shown(const QWidget *w, const QWidget *editor)
{
    return w->isVisibleTo(editor) && w->width() > 0;
}

// The room a combo has for the text of its current choice.
int textRoom(QComboBox *combo)
{
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = combo->isEditable();
    option.frame = combo->hasFrame();
    return combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo).width();
}

struct Shot
{
    EntityKind kind;
    Id id;
    const char *file;
};

QList<Shot> shots(const Project &project)
{
    return {
        {EntityKind::Document, byName<Document>(project, u"Northwind Contact Centre Privacy Notice v2.1"_s),
         "document"},
        {EntityKind::Party, byName<Party>(project, u"CallCabinet"_s), "party"},
        {EntityKind::Party, byName<Party>(project, u"Northwind Contact Centre B.V."_s), "party-own"},
        {EntityKind::DataCategory, byName<DataCategory>(project, u"Call recordings"_s), "data-category"},
        {EntityKind::DataSubject, byName<DataSubject>(project, u"Call participants"_s), "data-subject"},
        {EntityKind::Source, byName<Source>(project, u"Client CRM systems"_s), "source"},
        {EntityKind::SecurityMeasure, byName<SecurityMeasure>(project, u"Daily encrypted backups"_s),
         "security-measure"},
        {EntityKind::Activity, byName<Activity>(project, u"Quality monitoring of call recordings"_s), "activity"},
        {EntityKind::Transfer, transferWith(project, Mechanism::Scc), "transfer"},
    };
}

} // namespace

class TestEditorLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void fieldsFitTheirText_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("nl") << u"nl"_s;
        QTest::newRow("de") << u"de"_s;
    }

    void fieldsFitTheirText()
    {
        QFETCH(QString, language);
        const Language lang(language);
        QVERIFY(lang.loaded());
        auto project = demoProject();
        EntityEditor editor(project.get());
        const QString dir = qEnvironmentVariable("ROPA_EDITOR_SCREENSHOTS");
        for (const Shot &shot : shots(*project)) {
            editor.setEntity(shot.kind, shot.id);
            editor.resize(PaneWidth, 800);
            editor.show();
            QCoreApplication::processEvents();
            QWidget *body = editor.currentEditor()->findChild<QWidget *>(u"editorBody"_s);
            // Tall enough to show the whole form, at the pane's width.
            editor.resize(PaneWidth, std::min(body->sizeHint().height() + 4, 4000));
            QCoreApplication::processEvents();
            if (!dir.isEmpty()) {
                QDir().mkpath(dir);
                QVERIFY(editor.grab().save(dir + u'/' + QString::fromLatin1(shot.file) + u'-' + language + u".png"_s));
            }
            const QByteArray where = QByteArray(shot.file) + " (" + language.toLatin1() + ")";

            // The form is no wider than the pane (else it is cut at the right).
            QVERIFY2(body->width() <= editor.width(), where.constData());

            for (ChoiceCombo *combo : editor.currentEditor()->findChildren<ChoiceCombo *>()) {
                // An evidence entry's document elides a long title beside its buttons.
                if (!shown(combo, &editor) || combo->count() > 60 || !combo->fitsToChoices())
                    continue;
                const int room = textRoom(combo);
                for (int i = 0; i < combo->count(); ++i) {
                    const QString text = combo->itemText(i);
                    if (text.size() > 60)
                        continue; // a long legal title: elided, the tooltip has it whole
                    QVERIFY2(combo->fontMetrics().horizontalAdvance(text) <= room,
                             qPrintable(u"%1: “%2” in %3 (%4 of %5 pixels)"_s
                                            .arg(QString::fromLatin1(where), text, combo->objectName())
                                            .arg(combo->fontMetrics().horizontalAdvance(text))
                                            .arg(room)));
                }
            }
            for (QLabel *label : editor.currentEditor()->findChildren<QLabel *>()) {
                if (!shown(label, &editor) || label->wordWrap() || label->text().isEmpty())
                    continue;
                QVERIFY2(label->width() >= label->sizeHint().width() &&
                             label->height() >= label->minimumSizeHint().height(),
                         qPrintable(u"%1: label “%2” cut"_s.arg(QString::fromLatin1(where), label->text())));
            }
            for (QCheckBox *box : editor.currentEditor()->findChildren<QCheckBox *>()) {
                if (!shown(box, &editor))
                    continue;
                QVERIFY2(box->width() >= box->sizeHint().width() && box->height() >= box->sizeHint().height(),
                         qPrintable(u"%1: check box “%2” cut"_s.arg(QString::fromLatin1(where), box->text())));
            }
            for (QGroupBox *group : editor.currentEditor()->findChildren<QGroupBox *>()) {
                if (!shown(group, &editor))
                    continue;
                // A checkable title needs the height of a check box with that text.
                QCheckBox probe(group->title());
                probe.setFont(group->font());
                QVERIFY2(group->height() >= std::max(group->minimumSizeHint().height(), probe.sizeHint().height()),
                         qPrintable(u"%1: group “%2” cut"_s.arg(QString::fromLatin1(where), group->title())));
            }
        }
    }

    // The own organisation has no DPA or DPF; the DPF is for a party in the US; a data
    // category's US category shows only when an own organisation is in the US.
    void showsWhatApplies()
    {
        auto project = demoProject();
        EntityEditor editor(project.get());
        editor.resize(PaneWidth, 800);
        editor.show();
        const auto rowShown = [&editor](const char *name) {
            QWidget *field = editor.currentEditor()->findChild<QWidget *>(QString::fromLatin1(name));
            if (!field)
                qFatal("no field %s", name);
            // The field's row: the field or the box that holds it, and its label.
            auto *form = editor.currentEditor()->findChild<QFormLayout *>();
            for (QWidget *w = field; w; w = w->parentWidget()) {
                if (QWidget *label = form->labelForField(w))
                    return w->isVisibleTo(&editor) && label->isVisibleTo(&editor);
            }
            return field->isVisibleTo(&editor);
        };
        const Id own = byName<Party>(*project, u"Northwind Contact Centre B.V."_s);
        const Id vendor = byName<Party>(*project, u"CallCabinet"_s);
        editor.setEntity(EntityKind::Party, own);
        QVERIFY(!rowShown("dpaSigned"));
        QVERIFY(!rowShown("dpfCertified"));
        editor.setEntity(EntityKind::Party, vendor);
        QCOMPARE(project->find<Party>(vendor)->country, u"US"_s);
        QVERIFY(rowShown("dpaSigned"));
        QVERIFY(rowShown("dpfCertified"));
        // Not stated reads "not stated", as everywhere.
        auto *dpf = editor.currentEditor()->findChild<ChoiceCombo *>(u"dpfCertified"_s);
        QCOMPARE(dpf->itemText(0), u"not stated"_s);

        // A transfer whose mechanism is not stated reads "not stated" too; one that has none
        // says so: two values, two texts, each once.
        editor.setEntity(EntityKind::Transfer, transferWith(*project, Mechanism::Scc));
        auto *mechanism = editor.currentEditor()->findChild<ChoiceCombo *>(u"mechanism"_s);
        QCOMPARE(mechanism->itemText(mechanism->findData(int(Mechanism::NotStated))), u"not stated"_s);
        QCOMPARE(mechanism->itemText(mechanism->findData(int(Mechanism::None))), u"None (no mechanism)"_s);
        int notStatedItems = 0;
        for (int i = 0; i < mechanism->count(); ++i)
            notStatedItems += mechanism->itemText(i) == u"not stated"_s ? 1 : 0;
        QCOMPARE(notStatedItems, 1);

        Id category;
        for (const auto &[id, c] : project->data().dataCategories) {
            if (!c.usCategory)
                category = id;
        }
        QVERIFY(!category.isNull());
        editor.setEntity(EntityKind::DataCategory, category);
        QVERIFY(!rowShown("usCategory")); // the own organisation is Dutch
        Party us = *project->find<Party>(own);
        us.country = u"US"_s;
        QVERIFY(edit::change(*project, us));
        editor.setEntity(EntityKind::DataCategory, category);
        QVERIFY(rowShown("usCategory"));
    }
};

QTEST_MAIN(TestEditorLayout)
#include "test_editorlayout.moc"
