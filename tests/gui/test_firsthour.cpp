// The first hour of a new user, through the keyboard and the menus: a new project asks for its
// name and organisation, a project opened read-only cannot be edited, the tool bar's Undo
// stays short, Ctrl+1…9 and Tab move between the navigator, the table and the editor; the
// graph shows the details of what is selected in it; F1 on a field explains it with its
// article; English counts have their plural forms; combos fit their texts in every language.
#include "app/navigator.h"
#include "app/userguideview.h"
#include "commands/edits.h"
#include "common/windowfixture.h"
#include "editors/entityeditor.h"
#include "editors/fields.h"
#include "editors/kindeditor.h"
#include "graph/graphcanvas.h"
#include "graph/graphview.h"
#include "help/fieldhelp.h"
#include "pages/graphpage.h"
#include "pages/selectiondetails.h"
#include "store/projectlock.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGraphicsItem>
#include <QLabel>
#include <QListWidget>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <QTranslator>
#include <QUndoStack>

using namespace ropa;

namespace {

QToolButton *toolButton(MainWindow &w, QAction *action)
{
    auto *bar = w.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    return bar ? qobject_cast<QToolButton *>(bar->widgetForAction(action)) : nullptr;
}

const Party *ownOrganisation(const ProjectData &data)
{
    for (const auto &[id, party] : data.parties) {
        if (party.own)
            return &party;
    }
    return nullptr;
}

// The width the combo gives its text (inside the frame, beside the arrow).
int textRoom(const QComboBox *combo)
{
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = combo->isEditable();
    option.frame = combo->hasFrame();
    return combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo).width();
}

// Every shown combo under root whose text is wider than its room: "objectName: text (needs, has)".
// allItems: every item of the list must fit (a tool bar's choice), else the current text.
QStringList cutCombos(const QWidget *root, bool allItems)
{
    QStringList cut;
    const QList<QComboBox *> combos = root->findChildren<QComboBox *>();
    for (const QComboBox *combo : combos) {
        // An evidence entry's document elides a long title beside its buttons (the tooltip has it).
        const auto *choice = qobject_cast<const ChoiceCombo *>(combo);
        if (!combo->isVisible() || (choice && !choice->fitsToChoices()))
            continue;
        QStringList texts{combo->currentText()};
        for (int i = 0; allItems && i < combo->count(); ++i)
            texts.append(combo->itemText(i));
        const int room = textRoom(combo);
        for (const QString &text : std::as_const(texts)) {
            const int needs = combo->fontMetrics().horizontalAdvance(text);
            if (needs > room)
                cut.append(
                    QStringLiteral("%1: “%2” (%3 px, has %4)").arg(combo->objectName(), text).arg(needs).arg(room));
        }
    }
    return cut;
}

GraphView *shownGraph(MainWindow &w)
{
    if (!w.showPage(MainWindow::Page::Graph))
        return nullptr;
    auto *view = w.findChild<GraphView *>(QStringLiteral("graphView"));
    if (view && !QTest::qWaitFor([view] { return !view->isComputing() && view->graph(); }, 20000))
        return nullptr;
    return view;
}

} // namespace

class TestFirstHour : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::useSandbox()); }

    void newProjectAsksForItsNameAndOrganisation()
    {
        test::TestWindow t;
        t.dialogs->newProject =
            edit::NewProjectDetails{QStringLiteral("Tandartspraktijk Zonnehoek 2027"),
                                    QStringLiteral("Tandartspraktijk Zonnehoek B.V."),
                                    QStringLiteral("NL"),
                                    {QStringLiteral("M. Jansen"), QStringLiteral("dpo@zonnehoek.example"), {}}};
        t.w.newProject();
        QVERIFY(t.dialogs->wasAsked(QStringLiteral("new-project")));
        QVERIFY(t.w.hasProject());
        QCOMPARE(t.w.projectData()->info.name, QStringLiteral("Tandartspraktijk Zonnehoek 2027"));
        QVERIFY(t.w.windowTitle().contains(QStringLiteral("Tandartspraktijk Zonnehoek 2027")));
        const Party *own = ownOrganisation(*t.w.projectData());
        QVERIFY(own);
        QCOMPARE(own->name, QStringLiteral("Tandartspraktijk Zonnehoek B.V."));
        QCOMPARE(own->country, QStringLiteral("NL"));
        QVERIFY(own->dpo);
        QCOMPARE(own->dpo->email, QStringLiteral("dpo@zonnehoek.example"));
        // Save proposes the project's name, not "Untitled project".
        t.dialogs->savePath.clear();
        QVERIFY(!t.w.save());
        QVERIFY2(t.dialogs->lastSuggested.endsWith(QStringLiteral("/Tandartspraktijk Zonnehoek 2027.ropa")),
                 qPrintable(t.dialogs->lastSuggested));

        // Cancel leaves the open project alone.
        t.dialogs->newProject.reset();
        t.w.newProject();
        QCOMPARE(t.w.projectData()->info.name, QStringLiteral("Tandartspraktijk Zonnehoek 2027"));
    }

    void readOnlyMeansReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("held.ropa"));
        {
            test::TestWindow writer;
            QVERIFY(writer.w.openFile(MainWindow::examplePath()));
            QVERIFY(writer.w.saveAsPath(path));
        }
        // Someone else has it open.
        store::ProjectLock other(path);
        QVERIFY(other.tryLock());
        test::TestWindow t(test::TestWindow::Shown);
        t.dialogs->locked = Dialogs::LockedChoice::ReadOnly;
        QVERIFY(t.w.openFile(path));
        QVERIFY(t.w.isReadOnly());
        QVERIFY(t.w.windowTitle().contains(QStringLiteral("read-only")));
        auto *status = t.w.statusBar()->findChild<QLabel *>(QStringLiteral("statusCounts"));
        QVERIFY(status->text().contains(QStringLiteral("Read-only")));

        t.w.showSection(Section::Activities);
        const int before = static_cast<int>(t.w.projectData()->activities.size());
        // Every editing action is off, and Add does nothing even when called.
        const QList<QAction *> actions = t.w.findChildren<QAction *>();
        for (QAction *action : actions) {
            const QString text = action->text();
            if (text.startsWith(QStringLiteral("&Add")) || text == QStringLiteral("D&uplicate") ||
                text == QStringLiteral("&Remove"))
                QVERIFY2(!action->isEnabled(), qPrintable(text));
        }
        QTest::keyClick(&t.w, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(t.w.addEntity().isNull());
        QCOMPARE(static_cast<int>(t.w.projectData()->activities.size()), before);
        QVERIFY(t.w.findChild<EntityEditor *>()->isReadOnly());
        // The table's names cannot be edited in place.
        auto *table = t.w.findChild<QTableView *>(QStringLiteral("entityTable"));
        QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY(!t.w.project()->isModified());
        // Save offers a copy under another name.
        bool saveIsACopy = false;
        for (QAction *action : actions)
            saveIsACopy = saveIsACopy || action->text() == QStringLiteral("Save a &copy as…");
        QVERIFY(saveIsACopy);
        t.dialogs->savePath = dir.filePath(QStringLiteral("mine.ropa"));
        QVERIFY(t.w.save());
        QVERIFY(!t.w.isReadOnly());
        QCOMPARE(t.w.savePath(), dir.filePath(QStringLiteral("mine.ropa")));
        QVERIFY(!t.w.addEntity().isNull());
    }

    void aFileDamagedOutsideRopaOpensReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.ropa"));
        {
            test::TestWindow writer;
            QVERIFY(writer.w.openFile(MainWindow::examplePath()));
            ProjectInfo info = writer.w.project()->info();
            info.notes = QStringLiteral("checksum probe ABCDEFGH");
            QVERIFY(edit::setInfo(*writer.w.project(), info));
            QVERIFY(writer.w.saveAsPath(path));
            QVERIFY(writer.w.closeProject());
        }
        // One letter changed where SQLite's own checks see nothing (a bad USB stick, an editor).
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        const qsizetype at = bytes.indexOf("ABCDEFGH");
        QVERIFY(at > 0);
        bytes[at] = 'X';
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();

        test::TestWindow t;
        t.w.setErrorDialogsEnabled(true);
        QVERIFY(t.w.openFile(path));
        QVERIFY(t.w.isReadOnly());
        QVERIFY2(t.dialogs->wasAsked(QStringLiteral("error: damaged.ropa was opened read-only.")),
                 qPrintable(t.dialogs->asked.join(u'\n')));
        QVERIFY(t.dialogs->asked.join(u'\n').contains(QStringLiteral("changed or damaged outside Ropa")));
        QVERIFY(t.w.addEntity().isNull());
    }

    void undoOnTheToolBarStaysShort()
    {
        test::TestWindow t(test::TestWindow::Shown);
        QVERIFY(t.w.openFile(MainWindow::examplePath()));
        t.w.showSection(Section::Sources);
        QVERIFY(!t.w.addEntity().isNull());
        QToolButton *undo = toolButton(t.w, t.w.undoAction());
        QVERIFY(undo);
        QCOMPARE(undo->text(), QStringLiteral("Undo"));
        const QString step = t.w.project()->undoStack()->undoText();
        QVERIFY(!step.isEmpty());
        QVERIFY2(t.w.undoAction()->toolTip().contains(step), qPrintable(t.w.undoAction()->toolTip()));
        QVERIFY(t.w.undoAction()->text().contains(step)); // the Edit menu names the step
        // Every tool bar button is on the bar (none pushed into the overflow menu).
        auto *bar = t.w.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        for (QAction *action : bar->actions()) {
            if (QWidget *button = bar->widgetForAction(action))
                QVERIFY2(button->isVisible(), qPrintable(action->text()));
        }
    }

    void columnsWidenAfterARename()
    {
        test::TestWindow t(test::TestWindow::Shown);
        t.w.newProject();
        t.w.showSection(Section::Sources);
        QVERIFY(!t.w.addEntity().isNull());
        auto *table = t.w.findChild<QTableView *>(QStringLiteral("entityTable"));
        QTest::qWait(20);
        const int before = table->columnWidth(0);
        const QString longName = QStringLiteral("Customer relationship management system of the sales department");
        QVERIFY(table->model()->setData(table->currentIndex(), longName));
        QTRY_VERIFY2(table->columnWidth(0) > before,
                     qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(table->columnWidth(0))));
    }

    void keyboardMovesBetweenNavigatorTableAndEditor()
    {
        test::TestWindow t(test::TestWindow::Shown);
        QVERIFY(t.w.openFile(MainWindow::examplePath()));
        QApplication::setActiveWindow(&t.w);
        QVERIFY(QTest::qWaitForWindowActive(&t.w));
        // Ctrl+3: the third section; Ctrl+0: the navigator.
        QTest::keyClick(&t.w, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(t.w.currentSection(), static_cast<Section>(2));
        QTest::keyClick(&t.w, Qt::Key_8, Qt::ControlModifier);
        QCOMPARE(t.w.currentSection(), static_cast<Section>(7));
        auto *navigator = t.w.findChild<Navigator *>();
        QTest::keyClick(&t.w, Qt::Key_0, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), navigator);
        // Tab from the navigator to the filter, the table, and out of the table to the editor.
        auto *table = t.w.findChild<QTableView *>(QStringLiteral("entityTable"));
        t.w.showSection(Section::Activities);
        table->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), table);
        QTest::keyClick(table, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        QVERIFY(next != table);
        // The detail pane beside the table: its Edit / Overview tabs, or a field of the editor.
        auto *pane = t.w.findChild<QWidget *>(QStringLiteral("detailPane"));
        QVERIFY2(pane && (pane == next || pane->isAncestorOf(next)),
                 qPrintable(QString::fromLatin1(next->metaObject()->className()) + u' ' + next->objectName()));
    }

    void theGraphShowsWhatIsSelected()
    {
        test::TestWindow t(test::TestWindow::Shown);
        QVERIFY(t.w.openFile(MainWindow::examplePath()));
        GraphView *view = shownGraph(t.w);
        QVERIFY(view);
        auto *details = t.w.findChild<SelectionDetails *>(QStringLiteral("selectionDetails"));
        QVERIFY(details);
        QVERIFY(!details->isVisible()); // nothing selected yet
        // Two parties the picture shows.
        std::vector<const Party *> shown;
        for (const auto &[id, party] : t.w.projectData()->parties) {
            if (view->itemOf(id))
                shown.push_back(&party);
        }
        QVERIFY(shown.size() >= 2);
        // A click on a party: its details show below the graph.
        auto click = [&](const Party *party) {
            QGraphicsItem *item = view->itemOf(party->id);
            const QPoint at = view->canvas()->mapFromScene(item->sceneBoundingRect().center());
            QTest::mouseClick(view->canvas()->viewport(), Qt::LeftButton, {}, at);
        };
        click(shown[0]);
        QTRY_COMPARE(view->selectedEntity(), shown[0]->id);
        QTRY_VERIFY(details->isVisible());
        auto *page = details->findChild<QTextBrowser *>(QStringLiteral("selectionDetailsPage"));
        QVERIFY(page->toPlainText().contains(shown[0]->name));
        QVERIFY(page->height() > 60);
        // Closed, it stays closed until something else is selected.
        auto *close = details->findChild<QToolButton *>(QStringLiteral("selectionDetailsClose"));
        QVERIFY(close->isVisible());
        // (Clicked as a button is: QTest's mouse events after a click on the graph's viewport go
        // to the viewport, which still has the mouse.)
        close->click();
        QVERIFY(!details->isVisible());
        click(shown[1]);
        QTRY_COMPARE(view->selectedEntity(), shown[1]->id);
        QTRY_VERIFY(details->isVisible());
        QVERIFY(page->toPlainText().contains(shown[1]->name));
        // Edit: the inventory's editor with that party.
        details->findChild<QToolButton *>(QStringLiteral("selectionDetailsEdit"))->click();
        QTRY_COMPARE(t.w.currentPage(), MainWindow::Page::Table);
        QCOMPARE(t.w.currentSection(), Section::Parties);
        // The first time too (the table's first row, selected as the section is shown, once
        // took the place of the party asked for).
        QCOMPARE(t.w.selectedEntity(), shown[1]->id);
        // Another party chosen in the inventory: back on the graph, its details are shown
        // (drawn when the graph is shown, not for each row passed while it was hidden).
        QVERIFY(t.w.selectEntity(shown[0]->id));
        QVERIFY(t.w.showPage(MainWindow::Page::Graph));
        QTRY_COMPARE(view->selectedEntity(), shown[0]->id);
        QTRY_VERIFY(details->isVisible());
        QVERIFY(page->toPlainText().contains(shown[0]->name));
    }

    void f1OnAFieldNamesItsArticle()
    {
        test::TestWindow t(test::TestWindow::Shown);
        QVERIFY(t.w.openFile(MainWindow::examplePath()));
        QApplication::setActiveWindow(&t.w);
        QVERIFY(QTest::qWaitForWindowActive(&t.w));
        t.w.showSection(Section::Activities);
        auto *table = t.w.findChild<QTableView *>(QStringLiteral("entityTable"));
        table->setCurrentIndex(table->model()->index(0, 0));
        auto *editor = t.w.findChild<EntityEditor *>();
        QTRY_VERIFY(!editor->entityId().isNull());
        auto *lawfulBasis = editor->findChild<QComboBox *>(QStringLiteral("lawfulBasis"));
        QVERIFY(lawfulBasis);
        lawfulBasis->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), lawfulBasis);
        QToolTip::hideText();
        QTest::keyClick(lawfulBasis, Qt::Key_F1);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QStringLiteral("Lawful basis")) &&
                     QToolTip::text().contains(QStringLiteral("Art. 6(1) GDPR")),
                 qPrintable(QToolTip::text()));
        QVERIFY(!t.w.findChild<UserGuideView *>());
        // A part of a compound field (the retention editor's) shows the compound's help.
        auto *retention = editor->findChild<QWidget *>(QStringLiteral("retention"));
        QVERIFY(retention);
        QWidget *part = nullptr;
        for (QWidget *child : retention->findChildren<QWidget *>()) {
            if (child->focusPolicy() & Qt::TabFocus) {
                part = child;
                break;
            }
        }
        QVERIFY(part);
        part->setFocus();
        QToolTip::hideText();
        QTest::keyClick(part, Qt::Key_F1);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QStringLiteral("Art. 30(1)(f) GDPR")), qPrintable(QToolTip::text()));
        // In the table (no field): the user guide.
        QToolTip::hideText();
        table->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), table);
        QTest::keyClick(table, Qt::Key_F1);
        QTRY_VERIFY(t.w.findChild<UserGuideView *>());
        QVERIFY(!QToolTip::isVisible());
    }

    // The table behind F1, as the CLI or the documentation would read it.
    void fieldHelpTable()
    {
        const std::optional<FieldHelp> basis = fieldHelp(EntityKind::Activity, QStringLiteral("lawfulBasis"));
        QVERIFY(basis);
        QCOMPARE(basis->article, QStringLiteral("Art. 6(1) GDPR"));
        QVERIFY(
            fieldHelpLine(*basis).startsWith(QStringLiteral("Lawful basis — Art. 6(1) GDPR: Processing is lawful")));
        // The same key means another field in another kind.
        QCOMPARE(fieldHelp(EntityKind::Party, QStringLiteral("name"))->article,
                 QStringLiteral("Art. 30(1)(a) and (d) GDPR"));
        QCOMPARE(fieldHelp(EntityKind::DataCategory, QStringLiteral("name"))->article,
                 QStringLiteral("Art. 30(1)(c) GDPR"));
        // The notes and evidence of every kind; nothing for a key the table does not know.
        QCOMPARE(fieldHelp(EntityKind::Transfer, QStringLiteral("notes"))->article, QStringLiteral("Art. 5(2) GDPR"));
        QVERIFY(!fieldHelp(EntityKind::Activity, QStringLiteral("noSuchField")));
        QVERIFY(!fieldHelp(EntityKind::Activity, QStringLiteral("countries")));
        QVERIFY(fieldHelpKeys(EntityKind::Transfer).contains(QStringLiteral("countries")));
        QVERIFY(fieldHelpKeys(EntityKind::Transfer).contains(QStringLiteral("evidence")));
    }

    void everyFieldOfTheMainEditorsHasHelp()
    {
        test::TestWindow t(test::TestWindow::Shown);
        QVERIFY(t.w.openFile(MainWindow::examplePath()));
        auto *table = t.w.findChild<QTableView *>(QStringLiteral("entityTable"));
        for (const Section section :
             {Section::Activities, Section::Parties, Section::Transfers, Section::DataCategories}) {
            t.w.showSection(section);
            table->setCurrentIndex(table->model()->index(0, 0));
            auto *editor = t.w.findChild<EntityEditor *>();
            QTRY_VERIFY(!editor->entityId().isNull());
            // Every labelled field of the form (the widget a label is the buddy of) has help.
            int fields = 0;
            for (QLabel *label : editor->currentEditor()->findChildren<QLabel *>()) {
                QWidget *field = label->buddy();
                if (!field || !label->text().endsWith(u':'))
                    continue;
                ++fields;
                // The field, a field inside it (a combo beside its "Go to" button), or the
                // compound field it is part of (a contact group, the retention editor).
                QString help = field->whatsThis();
                for (const QWidget *inner : field->findChildren<QWidget *>()) {
                    if (help.isEmpty())
                        help = inner->whatsThis();
                }
                for (const QWidget *outer = field->parentWidget(); help.isEmpty() && outer && outer != editor;
                     outer = outer->parentWidget())
                    help = outer->whatsThis();
                QVERIFY2(help.contains(QStringLiteral("GDPR")), qPrintable(label->text() + u' ' + field->objectName()));
            }
            QVERIFY2(fields >= 5, qPrintable(QString::number(fields)));
        }
    }

    void englishCountsHavePluralForms()
    {
        QTranslator english;
        QVERIFY(english.load(QStringLiteral("ropa_en"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&english);
        {
            test::TestWindow t;
            t.dialogs->newProject = edit::NewProjectDetails{
                QStringLiteral("Zonnehoek"), QStringLiteral("Zonnehoek B.V."), QStringLiteral("NL"), {}};
            t.w.newProject();
            auto *status = t.w.statusBar()->findChild<QLabel *>(QStringLiteral("statusCounts"));
            QTRY_VERIFY2(status->text().contains(QStringLiteral("0 activities · 1 party · 0 transfers")),
                         qPrintable(status->text()));
        }
        QCOMPARE(QCoreApplication::translate("ropa::cli", "%n finding(s): %1 high, %2 medium, %3 low", nullptr, 1),
                 QStringLiteral("1 finding: %1 high, %2 medium, %3 low"));
        QCOMPARE(QCoreApplication::translate("ropa::cli", "%n finding(s): %1 high, %2 medium, %3 low", nullptr, 2),
                 QStringLiteral("2 findings: %1 high, %2 medium, %3 low"));
        QCOMPARE(QCoreApplication::translate("ropa::GraphView", "%n parties", nullptr, 1), QStringLiteral("1 party"));
        QCOMPARE(QCoreApplication::translate("ropa::GraphView", "%n parties", nullptr, 3), QStringLiteral("3 parties"));
        QCoreApplication::removeTranslator(&english);
    }

    void combosFitTheirTexts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("nl") << QStringLiteral("nl");
        QTest::newRow("de") << QStringLiteral("de");
    }

    // At the default window size, in every language: the tool bar combos of the records and
    // the graph page hold each of their choices, the party editor's fields their text
    // ("Register van de verwerkir", "Iedere ca", "deels pa…" were cut in Dutch).
    void combosFitTheirTexts()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral("ropa_") + language, QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        {
            test::TestWindow t(test::TestWindow::Shown);
            QVERIFY(QTest::qWaitForWindowExposed(&t.w));
            QVERIFY(t.w.openFile(MainWindow::examplePath()));
            QVERIFY(t.w.showPage(MainWindow::Page::Records));
            QTest::qWait(50);
            QStringList cut = cutCombos(t.w.findChild<QWidget *>(QStringLiteral("recordsView")), true);
            QVERIFY(shownGraph(t.w));
            QTest::qWait(50);
            cut += cutCombos(t.w.findChild<QWidget *>(QStringLiteral("graphView")), true);
            // A party in a partly adequate country (Japan, Canada) and one in a third country.
            t.w.showSection(Section::Parties);
            auto *table = t.w.findChild<QTableView *>(QStringLiteral("entityTable"));
            auto *editor = t.w.findChild<EntityEditor *>();
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                table->setCurrentIndex(table->model()->index(row, 0));
                QTRY_VERIFY(!editor->entityId().isNull());
                QTest::qWait(10);
                cut += cutCombos(editor->currentEditor(), false);
                // The processing locations ("Verenigde Staten (US) — deels passend …").
                auto *field = editor->currentEditor()->findChild<QWidget *>(QStringLiteral("locations"));
                auto *locations = field ? field->findChild<QListWidget *>() : nullptr;
                if (locations && locations->isVisible()) {
                    for (int i = 0; i < locations->count(); ++i) {
                        const int needs = locations->fontMetrics().horizontalAdvance(locations->item(i)->text());
                        if (needs > locations->viewport()->width() - 8)
                            cut.append(QStringLiteral("locations: “%1” (%2 px, has %3)")
                                           .arg(locations->item(i)->text())
                                           .arg(needs)
                                           .arg(locations->viewport()->width()));
                    }
                }
            }
            cut.removeDuplicates();
            QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
        }
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestFirstHour)
#include "test_firsthour.moc"
