// The main window as a user meets it: open the example, browse it, open a broken file.

#include "app/idlework.h"
#include "commands/edits.h"
#include "dashboard/dashboardwidget.h"
#include "entitydetails.h"
#include "entitytablemodel.h"
#include "findings/findingsview.h"
#include "itemmodels/entitysortproxy.h"
#include "mainwindow.h"
#include "records/recordsview.h"
#include "store/jsonformat.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QChart>
#include <QCollator>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace ropa;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static QListWidget *navigator(MainWindow &w) { return w.findChild<QListWidget *>(QStringLiteral("navigator")); }
    static QTableView *table(MainWindow &w) { return w.findChild<QTableView *>(QStringLiteral("entityTable")); }
    static QTextBrowser *details(MainWindow &w) { return w.findChild<QTextBrowser *>(QStringLiteral("details")); }
    static QTreeView *tree(MainWindow &w) { return w.findChild<QTreeView *>(QStringLiteral("categoryTree")); }

    // Rows of a model, all levels.
    static int countAll(const QAbstractItemModel *model, const QModelIndex &parent = {})
    {
        int n = model->rowCount(parent);
        for (int row = 0; row < model->rowCount(parent); ++row)
            n += countAll(model, model->index(row, 0, parent));
        return n;
    }

    // The example opened in w, and model listing its transfers.
    static bool openTransfers(MainWindow &w, EntityTableModel &model)
    {
        w.setErrorDialogsEnabled(false);
        if (!w.openFile(MainWindow::examplePath()))
            return false;
        model.setSection(Section::Transfers);
        model.setProject(w.project());
        return true;
    }

    // The row (any level) whose first column reads text.
    static QModelIndex findRow(const QAbstractItemModel *model, const QString &text)
    {
        const QModelIndexList found =
            model->match(model->index(0, 0), Qt::DisplayRole, text, 1, Qt::MatchExactly | Qt::MatchRecursive);
        return found.isEmpty() ? QModelIndex() : found.constFirst();
    }

    // The count the navigator shows for a section.
    static int navigatorCount(MainWindow &w, Section section)
    {
        const QVariant count = navigator(w)->item(static_cast<int>(section))->data(MainWindow::CountRole);
        return count.isValid() ? count.toInt() : -1;
    }

    // Selects the table row whose first column reads text; false when there is none.
    static bool selectRow(MainWindow &w, const QString &text)
    {
        QTableView *view = table(w);
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            if (index.data().toString() == text) {
                view->setCurrentIndex(index);
                return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(QFile::exists(MainWindow::examplePath())); }

    void opensTheExampleWithItsCounts()
    {
        MainWindow w;
        w.setErrorDialogsEnabled(false);
        QSignalSpy opened(&w, &MainWindow::projectOpened);
        QVERIFY2(w.openFile(MainWindow::examplePath()), qPrintable(w.lastError()));
        QCOMPARE(opened.count(), 1);
        QVERIFY(w.hasProject());
        // The title carries the [*] placeholder for the modified mark.
        QCOMPARE(w.windowTitle().remove(QStringLiteral("[*]")), QStringLiteral("Northwind Contact Centre — Ropa"));
        QVERIFY(!w.isWindowModified());

        // The counts of the file as the reader gives them (the example grows; the window must
        // show whatever it holds), and never an empty section.
        const json::ReadResult read = json::readProjectFile(MainWindow::examplePath());
        QVERIFY2(read.data, qPrintable(read.error));
        struct Expected
        {
            Section section;
            int count;
        };
        const ProjectData &d = *read.data;
        const Expected expected[] = {
            {Section::OwnOrganisation, 1},
            {Section::Activities, int(d.activities.size())},
            {Section::DataCategories, int(d.dataCategories.size())},
            {Section::DataSubjects, int(d.dataSubjects.size())},
            {Section::Sources, int(d.sources.size())},
            {Section::Parties, int(d.parties.size())},
            {Section::Transfers, int(d.transfers.size())},
            {Section::SecurityMeasures, int(d.securityMeasures.size())},
            {Section::Documents, int(d.documents.size())},
        };
        for (const auto &e : expected) {
            QVERIFY(e.count > 0);
            QCOMPARE(navigatorCount(w, e.section), e.count);
            w.showSection(e.section);
            QCOMPARE(w.currentSection(), e.section);
            // Data categories are shown as a tree, every other section as a table.
            const bool isTree = e.section == Section::DataCategories;
            QCOMPARE(tree(w)->isVisibleTo(&w), isTree);
            QCOMPARE(table(w)->isVisibleTo(&w), !isTree);
            QAbstractItemModel *shown = isTree ? tree(w)->model() : table(w)->model();
            QCOMPARE(countAll(shown), e.count);
            QVERIFY(shown->columnCount() >= 2);
            // The first row is selected and described.
            QVERIFY(!w.selectedEntity().isNull());
            QVERIFY(!details(w)->toPlainText().isEmpty());
        }
    }

    void selectingAPartyShowsItsDetails()
    {
        MainWindow w;
        w.setErrorDialogsEnabled(false);
        QVERIFY(w.openFile(MainWindow::examplePath()));
        // As a user does it: the navigator, then the table.
        navigator(w)->setCurrentRow(static_cast<int>(Section::Parties));
        QCOMPARE(w.currentSection(), Section::Parties);
        QVERIFY(selectRow(w, QStringLiteral("CallCabinet")));

        const QString text = details(w)->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("CallCabinet")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("United States (US)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("privacy@callcabinet.com")), qPrintable(text));
        // DPA signed, in the user interface's short date format.
        QVERIFY2(text.contains(QLocale().toString(QDate(2024, 3, 1), QLocale::ShortFormat)), qPrintable(text));
        // It receives data from Northwind and passes it on to HubSpot.
        QVERIFY2(text.contains(QStringLiteral("Receives data from\nNorthwind Contact Centre B.V. (US, DPF)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("HubSpot, Inc. (US, DPF)")), qPrintable(text));

        // The role column tells processors from subprocessors.
        QAbstractItemModel *model = table(w)->model();
        const auto rolesOf = [&](const QString &name) {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, 0).data().toString() == name)
                    return model->index(row, 2).data().toString();
            }
            return QString();
        };
        QCOMPARE(rolesOf(QStringLiteral("CallCabinet")), QStringLiteral("Processor"));
        QCOMPARE(rolesOf(QStringLiteral("Liffey Cloud Hosting Ltd.")), QStringLiteral("Subprocessor"));
        QVERIFY(rolesOf(QStringLiteral("HubSpot, Inc.")).contains(QStringLiteral("Subprocessor")));
        QVERIFY(rolesOf(QStringLiteral("Northwind Contact Centre B.V.")).contains(QStringLiteral("Own organisation")));
    }

    void linksInTheDetailsNavigate()
    {
        MainWindow w;
        w.setErrorDialogsEnabled(false);
        QVERIFY(w.openFile(MainWindow::examplePath()));
        const ProjectData *data = w.projectData();
        QVERIFY(data);
        // A transfer's link to its recipient selects the party.
        const Transfer &transfer = data->transfers.begin()->second;
        QVERIFY(w.selectEntity(transfer.id));
        QCOMPARE(w.currentSection(), Section::Transfers);
        QCOMPARE(w.selectedEntity(), transfer.id);
        QVERIFY(w.selectEntity(transfer.to));
        QCOMPARE(w.currentSection(), Section::Parties);
        QCOMPARE(w.selectedEntity(), transfer.to);
        QVERIFY(!w.selectEntity(QUuid::createUuid()));
    }

    void filterNarrowsTheTable()
    {
        MainWindow w;
        w.setErrorDialogsEnabled(false);
        QVERIFY(w.openFile(MainWindow::examplePath()));
        w.showSection(Section::Transfers);
        auto *filter = w.findChild<QLineEdit *>(QStringLiteral("filter"));
        QVERIFY(filter);
        QAbstractItemModel *model = table(w)->model();
        const int all = model->rowCount();
        filter->setText(QStringLiteral("hubspot"));
        // Northwind -> HubSpot and CallCabinet -> HubSpot at least, and only rows that mention it.
        QVERIFY(model->rowCount() >= 2);
        QVERIFY(model->rowCount() < all);
        for (int row = 0; row < model->rowCount(); ++row) {
            bool mentions = false;
            for (int column = 0; column < model->columnCount(); ++column)
                mentions |= model->index(row, column).data().toString().contains(u"HubSpot");
            QVERIFY(mentions);
        }
        filter->clear();
        QCOMPARE(model->rowCount(), all);
    }

    void brokenFileKeepsThePreviousProject_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("not json") << QByteArray("{ \"format\": \"ropa-project\", ") << QStringLiteral("broken.json");
        QTest::newRow("wrong format") << QByteArray("{\"format\": \"something-else\", \"version\": 1}")
                                      << QStringLiteral("other.json");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty.json");
        QTest::newRow("not sqlite") << QByteArray("this is not a database") << QStringLiteral("fake.ropa");
    }

    void brokenFileKeepsThePreviousProject()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, fileName);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(fileName);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        MainWindow w;
        w.setErrorDialogsEnabled(false);
        QVERIFY(w.openFile(MainWindow::examplePath()));
        w.showSection(Section::Parties);
        const QString title = w.windowTitle();
        const ProjectData before = *w.projectData();

        QSignalSpy errors(&w, &MainWindow::errorOccurred);
        QVERIFY(!w.openFile(path));
        QCOMPARE(errors.count(), 1);
        QVERIFY(!w.lastError().isEmpty());
        QVERIFY2(w.lastError().contains(fileName), qPrintable(w.lastError()));

        QCOMPARE(w.windowTitle(), title);
        QCOMPARE(w.filePath(), MainWindow::examplePath());
        QVERIFY(*w.projectData() == before);
        QCOMPARE(w.currentSection(), Section::Parties);
        const int parties = int(before.parties.size());
        QCOMPARE(navigatorCount(w, Section::Parties), parties);
        QCOMPARE(table(w)->model()->rowCount(), parties);
    }

    void missingFileIsAnError()
    {
        MainWindow w;
        w.setErrorDialogsEnabled(false);
        QVERIFY(!w.openFile(QStringLiteral("/nonexistent/folder/project.json")));
        QVERIFY(!w.hasProject());
        QVERIFY(!w.lastError().isEmpty());
        QCOMPARE(w.windowTitle(), QStringLiteral("Ropa"));
    }

    void tableModelIsWellBehaved()
    {
        MainWindow w;
        w.setErrorDialogsEnabled(false);
        QVERIFY(w.openFile(MainWindow::examplePath()));
        EntityTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(w.project());
        for (int i = 0; i < SectionCount; ++i) {
            model.setSection(static_cast<Section>(i));
            QCOMPARE(model.rowCount(), sectionCount(*w.projectData(), static_cast<Section>(i)));
            // As many columns as headers.
            QVERIFY(model.headerData(model.columnCount() - 1, Qt::Horizontal).isValid());
            QVERIFY(!model.headerData(model.columnCount(), Qt::Horizontal).isValid());
            for (int row = 0; row < model.rowCount(); ++row)
                QVERIFY(!model.index(row, 0).data().toString().isEmpty());
        }
        model.setProject(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    // The proxy each section's table keeps: sorted on precomputed keys, filtered on
    // precomputed texts, and both follow edits, undo and redo row by row.
    void sortProxyFollowsEdits()
    {
        MainWindow w;
        w.setErrorDialogsEnabled(false);
        QVERIFY(w.openFile(MainWindow::examplePath()));
        Project &project = *w.project();
        EntityTableModel model;
        model.setSection(Section::Parties);
        model.setProject(&project);
        EntitySortProxy proxy;
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSortRole(EntityTableModel::SortRole);
        proxy.setSourceModel(&model);
        proxy.sort(0, Qt::AscendingOrder);
        const auto names = [&] {
            QStringList list;
            for (int row = 0; row < proxy.rowCount(); ++row)
                list.append(proxy.index(row, 0).data().toString());
            return list;
        };
        const auto isSorted = [&](const QStringList &list) {
            for (qsizetype i = 1; i < list.size(); ++i) {
                if (QString::compare(list.at(i - 1), list.at(i), Qt::CaseInsensitive) > 0)
                    return false;
            }
            return true;
        };
        QCOMPARE(proxy.rowCount(), model.rowCount());
        QVERIFY2(isSorted(names()), qPrintable(names().join(u'|')));

        // A rename moves the row to its place; undo moves it back.
        const Party *callCabinet = nullptr;
        for (const auto &[id, p] : project.data().parties) {
            if (p.name == u"CallCabinet")
                callCabinet = &p;
        }
        QVERIFY(callCabinet);
        Party renamed = *callCabinet;
        renamed.name = QStringLiteral("Zzz Call recorder");
        QVERIFY(edit::change(project, renamed, MergeId::EditName));
        QCOMPARE(names().constLast(), QStringLiteral("Zzz Call recorder"));
        QVERIFY(isSorted(names()));
        project.undoStack()->undo();
        QVERIFY(names().contains(QStringLiteral("CallCabinet")));
        QVERIFY(!names().contains(QStringLiteral("Zzz Call recorder")));
        QVERIFY(isSorted(names()));

        // The filter matches any column, case-insensitively, and follows renames.
        proxy.setFilterText(QStringLiteral("UNITED STATES"));
        QVERIFY(proxy.rowCount() >= 3);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row, 1).data().toString().contains(QStringLiteral("United States")));
        const int usParties = proxy.rowCount();
        proxy.setFilterText(QStringLiteral("zzz"));
        QCOMPARE(proxy.rowCount(), 0);
        project.undoStack()->redo(); // "Zzz Call recorder" again
        QCOMPARE(names(), QStringList{QStringLiteral("Zzz Call recorder")});
        project.undoStack()->undo();
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText(QStringLiteral("united states"));
        QCOMPARE(proxy.rowCount(), usParties);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), model.rowCount());

        // Removing a party (and its transfers) and undoing it.
        const int before = proxy.rowCount();
        QVERIFY(edit::remove(project, EntityKind::Party, callCabinet->id));
        QCOMPARE(proxy.rowCount(), before - 1);
        QVERIFY(!names().contains(QStringLiteral("CallCabinet")));
        project.undoStack()->undo();
        QCOMPARE(proxy.rowCount(), before);
        QVERIFY(isSorted(names()));

        // Dates: shown in the user's short format, sorted chronologically (ISO sort role).
        proxy.sort(3, Qt::AscendingOrder);
        QStringList shown;
        QList<QDate> dates;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QString iso = proxy.index(row, 3).data(EntityTableModel::SortRole).toString();
            if (iso.isEmpty())
                continue;
            dates.append(QDate::fromString(iso, Qt::ISODate));
            shown.append(proxy.index(row, 3).data().toString());
        }
        QVERIFY(dates.size() >= 3);
        QVERIFY(std::is_sorted(dates.begin(), dates.end()));
        for (qsizetype i = 0; i < dates.size(); ++i)
            QCOMPARE(shown.at(i), QLocale().toString(dates.at(i), QLocale::ShortFormat));
    }

    // What a user checks after a click on a header: names in alphabetical order as their
    // language sorts them (case and accents do not split the list, numbers by value), and
    // again after sorting by another column and back, and after a rename.
    void sortingIsAlphabeticalInTheUsersLanguage()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        ProjectData data;
        const QStringList names = {QStringLiteral("Zahnarzt Meyer"), QStringLiteral("Überweisungsdienst"),
                                   QStringLiteral("apfel GmbH"),     QStringLiteral("Äpfel AG"),
                                   QStringLiteral("Anwalt 10"),      QStringLiteral("Anwalt 9"),
                                   QStringLiteral("Ufer KG"),        QStringLiteral("Bank")};
        const QStringList countries = {QStringLiteral("DE"), QStringLiteral("FR"), QStringLiteral("NL"),
                                       QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("DE"),
                                       QStringLiteral("FR"), QStringLiteral("NL")};
        for (qsizetype i = 0; i < names.size(); ++i) {
            Party p;
            p.id = QUuid::createUuid();
            p.name = names.at(i);
            p.country = countries.at(i);
            data.parties.emplace(p.id, p);
        }
        Project project(data);
        EntityTableModel model;
        model.setSection(Section::Parties);
        model.setProject(&project);
        EntitySortProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSortRole(EntityTableModel::SortRole);
        proxy.setSourceModel(&model);
        proxy.sort(0, Qt::AscendingOrder);
        const auto column = [&](int c) {
            QStringList list;
            for (int row = 0; row < proxy.rowCount(); ++row)
                list.append(proxy.index(row, c).data().toString());
            return list;
        };
        // DIN 5007: Ä is A and Ü is U (the letters after them decide), 9 before 10.
        const QStringList alphabetical = {QStringLiteral("Anwalt 9"), QStringLiteral("Anwalt 10"),
                                          QStringLiteral("Äpfel AG"), QStringLiteral("apfel GmbH"),
                                          QStringLiteral("Bank"),     QStringLiteral("Überweisungsdienst"),
                                          QStringLiteral("Ufer KG"),  QStringLiteral("Zahnarzt Meyer")};
        QCOMPARE(column(0), alphabetical);
        proxy.sort(0, Qt::DescendingOrder);
        QStringList reversed = alphabetical;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(column(0), reversed);
        // By country (as shown, "Belgien" before "Deutschland"), then by name again.
        proxy.sort(1, Qt::AscendingOrder);
        QStringList shownCountries = column(1);
        QStringList expected = shownCountries;
        QCollator collator(QLocale(QLocale::German, QLocale::Germany));
        std::stable_sort(expected.begin(), expected.end(),
                         [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
        QCOMPARE(shownCountries, expected);
        // A rename while sorted by country: back on the name column, the new name is in place.
        Party renamed = *project.data().find<Party>(model.idAt(0));
        const QString old = renamed.name;
        renamed.name = QStringLiteral("Baumschule");
        QVERIFY(edit::change(project, renamed, MergeId::EditName));
        proxy.sort(0, Qt::AscendingOrder);
        QStringList now = alphabetical;
        now.removeOne(old);
        now.append(QStringLiteral("Baumschule"));
        std::stable_sort(now.begin(), now.end(), [&](const QString &a, const QString &b) {
            QCollator c(QLocale(QLocale::German, QLocale::Germany));
            c.setNumericMode(true);
            c.setCaseSensitivity(Qt::CaseInsensitive);
            return c.compare(a, b) < 0;
        });
        QCOMPARE(column(0), now);
        QLocale::setDefault(before);
    }

    // An own organisation of a large inventory: its overview lists the first hundred
    // activities by name and says how many more there are (the table lists them all).
    void overviewListsTheFirstHundredByName()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); // numbers by value
        ProjectData data;
        Party own;
        own.id = QUuid::createUuid();
        own.name = QStringLiteral("Own");
        own.own = true;
        data.parties.emplace(own.id, own);
        for (int i = 150; i >= 1; --i) {
            Activity a;
            a.id = QUuid::createUuid();
            a.name = QStringLiteral("Activity %1").arg(i);
            a.organisation = own.id;
            data.activities.emplace(a.id, a);
        }
        const QString html = entityDetailsHtml(data, EntityKind::Party, own.id);
        QVERIFY(html.contains(QStringLiteral(">Activity 1<")));
        QVERIFY(html.contains(QStringLiteral(">Activity 100<")));
        QVERIFY(!html.contains(QStringLiteral(">Activity 101<")));
        QVERIFY(!html.contains(QStringLiteral(">Activity 150<")));
        QVERIFY(html.indexOf(QStringLiteral(">Activity 9<")) < html.indexOf(QStringLiteral(">Activity 10<")));
        QVERIFY2(html.contains(QStringLiteral("and 50 more")), qPrintable(html.right(400)));
        // A short list has no such line.
        const QString few = entityDetailsHtml(data, EntityKind::Activity, data.activities.begin()->first);
        QVERIFY(!few.contains(QStringLiteral(" more<")));
        QLocale::setDefault(before);
    }

    // A filter shows exactly the rows with the text in any column, whatever its case; typing
    // more narrows, deleting letters or clearing brings exactly the right rows back.
    void filterShowsExactlyTheMatchingRows()
    {
        MainWindow w;
        EntityTableModel model;
        QVERIFY(openTransfers(w, model));
        EntitySortProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSortRole(EntityTableModel::SortRole);
        proxy.setSourceModel(&model);
        proxy.sort(0, Qt::AscendingOrder);
        const auto matching = [&](const QString &text) {
            QSet<QUuid> ids;
            for (int row = 0; row < model.rowCount(); ++row) {
                for (int c = 0; c < model.columnCount(); ++c) {
                    if (model.index(row, c).data().toString().contains(text, Qt::CaseInsensitive))
                        ids.insert(model.idAt(row));
                }
            }
            return ids;
        };
        const auto shown = [&] {
            QSet<QUuid> ids;
            for (int row = 0; row < proxy.rowCount(); ++row)
                ids.insert(proxy.index(row, 0).data(EntityTableModel::IdRole).toUuid());
            return ids;
        };
        const auto sorted = [&] {
            for (int row = 1; row < proxy.rowCount(); ++row) {
                if (QString::compare(proxy.index(row - 1, 0).data().toString(), proxy.index(row, 0).data().toString(),
                                     Qt::CaseInsensitive) > 0)
                    return false;
            }
            return true;
        };
        for (const QString &text :
             {QStringLiteral("u"), QStringLiteral("us"), QStringLiteral("US"), QStringLiteral("u"),
              QStringLiteral("scc"), QStringLiteral("hub"), QStringLiteral("nothing like it"), QString()}) {
            proxy.setFilterText(text);
            const QSet<QUuid> expected = text.isEmpty() ? matching(QString()) : matching(text);
            QCOMPARE(shown(), expected);
            QCOMPARE(proxy.rowCount(), expected.size());
            QVERIFY2(sorted(), qPrintable(text));
        }
        QCOMPARE(proxy.rowCount(), model.rowCount());
    }

    // Made a slice at a time beforehand (as the main window does while the user is idle),
    // the keys, ranks and filter texts give exactly what making them on first use gives.
    void preparedProxyGivesTheSameRows()
    {
        MainWindow w;
        EntityTableModel model;
        QVERIFY(openTransfers(w, model));
        EntitySortProxy plain, prepared;
        QAbstractItemModelTester tester(&prepared, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (EntitySortProxy *proxy : {&plain, &prepared}) {
            proxy->setSortRole(EntityTableModel::SortRole);
            proxy->setSourceModel(&model);
        }
        const int columns = model.columnCount();
        QVERIFY(columns >= 3);
        QVERIFY(!prepared.isFilterPrepared());
        for (int column = 0; column < columns; ++column) {
            QVERIFY(!prepared.isPrepared(column));
            // An expired deadline still makes progress: the loop ends.
            int calls = 0;
            while (!prepared.prepareSort(column, QDeadlineTimer(0)))
                QVERIFY(++calls < 10000);
            QVERIFY(prepared.isPrepared(column));
        }
        int calls = 0;
        while (!prepared.prepareFilter(QDeadlineTimer(0)))
            QVERIFY(++calls < 10000);
        QVERIFY(prepared.isFilterPrepared());
        const auto rows = [](const EntitySortProxy &proxy) {
            QList<QUuid> ids;
            for (int row = 0; row < proxy.rowCount(); ++row)
                ids.append(proxy.index(row, 0).data(EntityTableModel::IdRole).toUuid());
            return ids;
        };
        for (int column = 0; column < columns; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                plain.sort(column, order);
                prepared.sort(column, order);
                QCOMPARE(rows(prepared), rows(plain));
            }
        }
        for (const QString &text : {QStringLiteral("us"), QStringLiteral("scc"), QString()}) {
            plain.setFilterText(text);
            prepared.setFilterText(text);
            QCOMPARE(rows(prepared), rows(plain));
        }
        // An edit after the preparation: that row's key and text are made again.
        const Id id = model.idAt(0);
        Transfer changed = *w.project()->data().find<Transfer>(id);
        changed.purpose = QStringLiteral("zzzz unique purpose");
        QVERIFY(edit::change(*w.project(), changed));
        prepared.setFilterText(QStringLiteral("zzzz unique"));
        QCOMPARE(prepared.rowCount(), 1);
        QCOMPARE(prepared.index(0, 0).data(EntityTableModel::IdRole).toUuid(), QUuid(id));
        prepared.setFilterText(QString());
        for (int column = 0; column < columns; ++column) {
            plain.sort(column);
            prepared.sort(column);
            QCOMPARE(rows(prepared), rows(plain));
        }
    }

    // After opening, the tables of the other sections, their keys and filter texts are made
    // while the user is idle: once that is done, a first switch, sort or filter keystroke
    // makes nothing. An edit meanwhile is in what it makes.
    void idleTimePreparesEveryTable()
    {
        MainWindow w;
        w.setErrorDialogsEnabled(false);
        QVERIFY(w.openFile(MainWindow::examplePath()));
        QVERIFY(w.idleWork()->isBusy());
        // A rename of a party before the work is done.
        Project &project = *w.project();
        const Party *hubspot = nullptr;
        for (const auto &[id, p] : project.data().parties) {
            if (p.name == u"HubSpot, Inc.")
                hubspot = &p;
        }
        QVERIFY(hubspot);
        Party renamed = *hubspot;
        renamed.name = QStringLiteral("Aardvark CRM");
        QVERIFY(edit::change(project, renamed));
        QTRY_VERIFY_WITH_TIMEOUT(!w.idleWork()->isBusy(), 20000);
        for (int s = 0; s < SectionCount; ++s) {
            const auto section = static_cast<Section>(s);
            if (section == Section::DataCategories)
                continue; // shown as a tree
            w.showSection(section);
            auto *proxy = qobject_cast<EntitySortProxy *>(table(w)->model());
            QVERIFY(proxy);
            QVERIFY2(proxy->isFilterPrepared(), qPrintable(sectionKey(section)));
            for (int column = 0; column < proxy->columnCount(); ++column)
                QVERIFY2(proxy->isPrepared(column),
                         qPrintable(QStringLiteral("%1, column %2").arg(sectionKey(section)).arg(column)));
        }
        // The transfers from CallCabinet to the renamed party show its new name, in order.
        w.showSection(Section::Transfers);
        QAbstractItemModel *transfers = table(w)->model();
        bool seen = false;
        for (int row = 0; row < transfers->rowCount(); ++row) {
            for (int column = 0; column < transfers->columnCount(); ++column) {
                const QString text = transfers->index(row, column).data().toString();
                QVERIFY2(!text.contains(QStringLiteral("HubSpot, Inc.")), qPrintable(text));
                seen = seen || text == renamed.name;
            }
        }
        QVERIFY(seen);
        w.showSection(Section::Parties);
        QCOMPARE(table(w)->model()->index(0, 0).data().toString(), renamed.name); // "Aardvark" sorts first
        // Closing drops what was queued for the project.
        MainWindow other;
        other.setErrorDialogsEnabled(false);
        QVERIFY(other.openFile(MainWindow::examplePath()));
        QVERIFY(other.idleWork()->isBusy());
        QVERIFY(other.closeProject());
        QVERIFY(!other.idleWork()->isBusy());
    }

    // Each section keeps its table: switching back shows the same sort and selection.
    void sectionsKeepTheirSortAndSelection()
    {
        MainWindow w;
        w.setErrorDialogsEnabled(false);
        QVERIFY(w.openFile(MainWindow::examplePath()));
        w.showSection(Section::Parties);
        QTableView *view = table(w);
        // Sorted by name at first, as people sort: "advertentiepartners" before "Belastingdienst".
        for (int row = 1; row < view->model()->rowCount(); ++row) {
            const QString above = view->model()->index(row - 1, 0).data().toString();
            const QString below = view->model()->index(row, 0).data().toString();
            QVERIFY2(QString::compare(above, below, Qt::CaseInsensitive) <= 0, qPrintable(above + u" / " + below));
        }
        view->sortByColumn(1, Qt::DescendingOrder);
        QVERIFY(selectRow(w, QStringLiteral("HubSpot, Inc.")));
        const Id hubspot = w.selectedEntity();
        w.showSection(Section::Activities);
        QCOMPARE(view->model()->rowCount(), sectionCount(*w.projectData(), Section::Activities));
        QVERIFY(w.selectedEntity() != hubspot);
        w.showSection(Section::Parties);
        QCOMPARE(w.selectedEntity(), hubspot);
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), 1);
        QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        // The filter box applies to the section shown.
        auto *filter = w.findChild<QLineEdit *>(QStringLiteral("filter"));
        filter->setText(QStringLiteral("hubspot"));
        QCOMPARE(view->model()->rowCount(), 1);
        w.showSection(Section::Transfers);
        QVERIFY(view->model()->rowCount() >= 2);
        QVERIFY(view->model()->rowCount() < sectionCount(*w.projectData(), Section::Transfers));
        filter->clear();
        QCOMPARE(view->model()->rowCount(), sectionCount(*w.projectData(), Section::Transfers));
        // A new project gets new tables.
        QVERIFY(w.closeProject());
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(w.openFile(MainWindow::examplePath()));
        w.showSection(Section::Parties);
        QCOMPARE(view->model()->rowCount(), sectionCount(*w.projectData(), Section::Parties));
    }

    void dataCategoriesAreATree()
    {
        MainWindow w;
        w.setErrorDialogsEnabled(false);
        QVERIFY(w.openFile(MainWindow::examplePath()));
        w.resize(w.sizeHint());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showSection(Section::DataCategories);
        QTreeView *view = tree(w);
        QVERIFY(view->isVisible());
        QAbstractItemModel *model = view->model();
        const ProjectData &data = *w.projectData();
        const auto idOf = [&](const QString &name) {
            for (const auto &[id, c] : data.dataCategories) {
                if (c.name == name)
                    return id;
            }
            return Id();
        };

        // Children under their parent, expanded.
        const QModelIndex communications = findRow(model, QStringLiteral("Communications data"));
        QVERIFY(communications.isValid());
        QVERIFY(!communications.parent().isValid());
        QCOMPARE(model->rowCount(communications), 3);
        QVERIFY(view->isExpanded(communications));
        QVERIFY(view->header()->sectionSize(0) > 100);

        // Selecting a row opens it in the editor and the overview.
        const QModelIndex transcripts = findRow(model, QStringLiteral("Transcripts"));
        QCOMPARE(transcripts.parent(), communications);
        view->setCurrentIndex(transcripts);
        QCOMPARE(w.selectedEntity(), idOf(QStringLiteral("Transcripts")));
        QVERIFY(details(w)->toPlainText().contains(QStringLiteral("Transcripts")));
        bool editorShowsIt = false;
        for (QLineEdit *field : w.findChildren<QLineEdit *>()) {
            editorShowsIt = editorShowsIt || (field->isVisible() && field->text() == QStringLiteral("Transcripts"));
        }
        QVERIFY(editorShowsIt);

        // The filter keeps the ancestors of a match (and the match stays selectable).
        auto *filter = w.findChild<QLineEdit *>(QStringLiteral("filter"));
        view->collapseAll();
        filter->setText(QStringLiteral("transcr"));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Communications data"));
        QCOMPARE(model->rowCount(model->index(0, 0)), 1);
        QVERIFY(view->isExpanded(model->index(0, 0)));
        // Selecting something filtered out clears the filter.
        QVERIFY(w.selectEntity(idOf(QStringLiteral("Billing data"))));
        QVERIFY(filter->text().isEmpty());
        QCOMPARE(w.selectedEntity(), idOf(QStringLiteral("Billing data")));
        QVERIFY(w.selectByName(QStringLiteral("call recordings")));
        QCOMPARE(w.selectedEntity(), idOf(QStringLiteral("Call recordings")));

        // Drag and drop (through the view's model, as the view does it): Billing data onto
        // CRM data, then Undo in the Edit menu.
        std::unique_ptr<QMimeData> mime(model->mimeData({findRow(model, QStringLiteral("Billing data"))}));
        QVERIFY(mime);
        model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, findRow(model, QStringLiteral("CRM data")));
        QCOMPARE(findRow(model, QStringLiteral("Billing data")).parent().data().toString(), QStringLiteral("CRM data"));
        QCOMPARE(data.find<DataCategory>(idOf(QStringLiteral("Billing data")))->parent,
                 idOf(QStringLiteral("CRM data")));
        QVERIFY(w.undoAction()->isEnabled());
        w.undoAction()->trigger();
        QVERIFY(!findRow(model, QStringLiteral("Billing data")).parent().isValid());

        // A category dropped on its own child: refused with a message, nothing changes.
        QSignalSpy errors(&w, &MainWindow::errorOccurred);
        const int steps = w.project()->undoStack()->count();
        mime.reset(model->mimeData({findRow(model, QStringLiteral("Communications data"))}));
        model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, findRow(model, QStringLiteral("Transcripts")));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("Communications data")));
        QCOMPARE(w.project()->undoStack()->count(), steps);
        QVERIFY(!findRow(model, QStringLiteral("Communications data")).parent().isValid());

        // Add a category (in the tree, ready to be named), then remove it again.
        const Id added = w.addEntity();
        QVERIFY(!added.isNull());
        QCOMPARE(w.selectedEntity(), added);
        QCOMPARE(view->currentIndex().data(EntityTableModel::IdRole).value<QUuid>(), added);
        QCOMPARE(countAll(model), int(data.dataCategories.size()));
        QVERIFY(w.deleteSelected()); // nothing refers to it: no question
        QVERIFY(!data.dataCategories.contains(added));
        QCOMPARE(countAll(model), int(data.dataCategories.size()));
    }

    // The filter box's text typed in another section applies to the categories' tree when it
    // is shown (the tree is filtered only while shown); cleared elsewhere, the tree is whole.
    void treeTakesTheFilterTypedElsewhere()
    {
        MainWindow w;
        w.setErrorDialogsEnabled(false);
        QVERIFY(w.openFile(MainWindow::examplePath()));
        const int all = int(w.projectData()->dataCategories.size());
        auto *filter = w.findChild<QLineEdit *>(QStringLiteral("filter"));
        w.showSection(Section::Parties);
        filter->setText(QStringLiteral("call"));
        w.showSection(Section::DataCategories);
        const QAbstractItemModel *shown = tree(w)->model();
        const int filtered = countAll(shown);
        QVERIFY(filtered > 0);
        QVERIFY(filtered < all);
        QVERIFY(findRow(shown, QStringLiteral("Call recordings")).isValid());
        w.showSection(Section::Activities);
        filter->clear();
        w.showSection(Section::DataCategories);
        QCOMPARE(countAll(shown), all);
    }

    void findingsPageShowsTheProjectsFindings()
    {
        // The findings and the dashboard share one checker per project: opening a project
        // must start it, or both pages stay empty until the first edit.
        MainWindow w;
        w.setErrorDialogsEnabled(false);
        QVERIFY(w.openFile(MainWindow::examplePath()));
        QVERIFY(w.showPage(MainWindow::Page::Findings));
        QCOMPARE(w.currentPage(), MainWindow::Page::Findings);
        QTRY_VERIFY_WITH_TIMEOUT(!w.checksPending(), 20000);
        auto *page = w.findChild<QWidget *>(QStringLiteral("findingsView"));
        QVERIFY(page);
        auto *findings = page->findChild<QTableView *>();
        QVERIFY(findings);
        QAbstractItemModel *model = findings->model();
        QVERIFY(model->rowCount() > 0);
        // HubSpot is a processor without a processing agreement date in the example.
        bool dpaMissing = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            QString line;
            for (int column = 0; column < model->columnCount(); ++column)
                line += model->index(row, column).data().toString() + u' ';
            dpaMissing = dpaMissing || (line.contains(QStringLiteral("PROC-DPA-MISSING")) &&
                                        line.contains(QStringLiteral("HubSpot")));
        }
        QVERIFY(dpaMissing);
        QVERIFY(w.showPage(MainWindow::Page::Dashboard));
        QCOMPARE(w.currentPage(), MainWindow::Page::Dashboard);
    }

    // Findings that arrive while another page is shown (the hidden pages take them when they
    // are shown, not each time): the findings page and the dashboard show them when opened.
    void findingsArriveWhileAnotherPageIsShown()
    {
        MainWindow w;
        w.setErrorDialogsEnabled(false);
        w.resize(1200, 800);
        w.show();
        QVERIFY(w.openFile(MainWindow::examplePath()));
        w.showSection(Section::Parties);
        QTRY_VERIFY_WITH_TIMEOUT(!w.checksPending(), 20000);
        const checks::SeverityCounts counts =
            w.findChild<FindingsView *>(QStringLiteral("findingsView"))->runner()->counts();
        QVERIFY(counts.open() > 0);
        QVERIFY(w.showPage(MainWindow::Page::Findings));
        auto *page = w.findChild<QWidget *>(QStringLiteral("findingsView"));
        QAbstractItemModel *model = page->findChild<QTableView *>()->model();
        QCOMPARE(model->rowCount(), counts.open() + counts.accepted + counts.noLongerApplies);
        QVERIFY(w.showPage(MainWindow::Page::Dashboard));
        auto *dashboard = w.findChild<DashboardWidget *>();
        QVERIFY(dashboard);
        auto *severity = qobject_cast<QPieSeries *>(dashboard->chart(DashboardWidget::Severity)->series().value(0));
        QVERIFY(severity);
        qreal total = 0;
        for (const QPieSlice *slice : severity->slices())
            total += slice->value();
        QCOMPARE(qRound(total), counts.open());
    }

    // The records page keeps its record while the user is elsewhere: back without an edit,
    // nothing is rebuilt; back after an edit, the record shows it.
    void recordsPageIsRebuiltOnlyAfterAChange()
    {
        MainWindow w;
        w.setErrorDialogsEnabled(false);
        QVERIFY(w.openFile(MainWindow::examplePath()));
        auto *records = w.findChild<RecordsView *>(QStringLiteral("recordsView"));
        QVERIFY(records);
        QSignalSpy built(records, &RecordsView::recordChanged);
        QVERIFY(w.showPage(MainWindow::Page::Records));
        QTRY_VERIFY(built.count() >= 1 && !records->isBuilding());
        const auto preview = [&] { return records->preview()->toPlainText(); };
        const Activity first = w.projectData()->activities.begin()->second;
        QVERIFY(preview().contains(first.name));
        const qsizetype builds = built.count();

        w.showSection(Section::Activities);
        QVERIFY(!records->isFollowing());
        QVERIFY(w.showPage(MainWindow::Page::Records));
        QTest::qWait(300); // longer than the page's debounce
        QCOMPARE(built.count(), builds);
        QVERIFY(preview().contains(first.name));

        // An edit while another page shows: built when the records page shows again, not before.
        w.showSection(Section::Activities);
        Activity renamed = first;
        renamed.name = QStringLiteral("Zorgverzekeringsregister");
        QVERIFY(edit::change(*w.project(), renamed, MergeId::EditName));
        QTest::qWait(300);
        QCOMPARE(built.count(), builds);
        QVERIFY(w.showPage(MainWindow::Page::Records));
        QTRY_VERIFY(built.count() > builds && !records->isBuilding());
        QVERIFY(preview().contains(QStringLiteral("Zorgverzekeringsregister")));
        QVERIFY(!preview().contains(first.name));
    }

    void screenshotRendersTheWindow()
    {
        MainWindow w;
        w.setErrorDialogsEnabled(false);
        QVERIFY(w.openFile(MainWindow::examplePath()));
        w.resize(w.sizeHint());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QPixmap shot = w.grab();
        QCOMPARE(shot.size(), w.size());
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
