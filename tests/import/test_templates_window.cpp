// The register templates in the window: the records page's Export… offers the ICO's template
// and the CNIL's register, and File → Import… recognises a template by itself, reads it with
// its fixed columns (the sheet, heading row and columns are not offered) and imports it as one
// undo step.

#include "app/importdialog.h"
#include "common/windowfixture.h"
#include "domain/project.h"
#include "import/templates.h"
#include "import/workbookreader.h"
#include "records/recordsview.h"
#include "store/jsonformat.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ropa;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(ROPA_FIXTURES_DIR "/import/") + QString::fromLatin1(name);
}

ImportDialog *importThroughMenu(test::TestWindow &t, const QString &path)
{
    t.dialogs->openPath = path;
    t.w.findChild<QAction *>(QStringLiteral("importRegisterAction"))->trigger();
    auto *d = t.w.findChild<ImportDialog *>();
    if (d && !QTest::qWaitFor([d] { return !d->isBusy(); }, 10000))
        return nullptr;
    return d;
}

QStringList activityNames(const ProjectData &data)
{
    QStringList names;
    for (const auto &[id, a] : data.activities)
        names.append(a.name);
    names.sort();
    return names;
}

} // namespace

class TestTemplatesWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::useSandbox()); }

    void importRecognisesTheCnilRegister()
    {
        test::TestWindow t(test::TestWindow::Shown);
        t.w.newProject();
        Project *project = t.w.project();
        const int steps = project->undoStack()->count();
        ImportDialog *d = importThroughMenu(t, fixture("cnil-register.ods"));
        QVERIFY(d);
        QVERIFY2(d->error().isEmpty(), qPrintable(d->error()));
        QVERIFY(d->hasResult());
        QVERIFY2(d->fileInfo()->text().contains(QStringLiteral("read as the CNIL's register")),
                 qPrintable(d->fileInfo()->text()));
        QVERIFY(!d->sheetBox()->isEnabled());
        QVERIFY(!d->headingRowBox()->isEnabled());
        QVERIFY2(d->status()->text().startsWith(QStringLiteral("2 activities to import")),
                 qPrintable(d->status()->text()));
        d->importButton()->click();
        QTRY_VERIFY(!t.w.findChild<ImportDialog *>());
        QCOMPARE(project->undoStack()->count(), steps + 1);
        QCOMPARE(project->undoStack()->undoText(), QStringLiteral("Import 2 activities from cnil-register.ods"));
        QCOMPARE(activityNames(project->data()),
                 (QStringList{QStringLiteral("CCTV"), QStringLiteral("Gestion de la paie")}));
    }

    void importRecognisesTheIcoTemplate()
    {
        test::TestWindow t(test::TestWindow::Shown);
        t.w.newProject();
        ImportDialog *d = importThroughMenu(t, fixture("ico-ugly.xlsx"));
        QVERIFY(d);
        QVERIFY(d->hasResult());
        QVERIFY2(d->fileInfo()->text().contains(QStringLiteral("read as the ICO's controller template")),
                 qPrintable(d->fileInfo()->text()));
        // The columns shown are the template's, as read: "Business function" names the activity.
        QCOMPARE(d->headingRowBox()->value(), 9);
        QCOMPARE(d->mapping().columns.first().heading, QStringLiteral("Business Function"));
        QCOMPARE(d->mapping().columns.first().field, importer::Field::Name);
        d->importButton()->click();
        QTRY_VERIFY(!t.w.findChild<ImportDialog *>());
        QCOMPARE(activityNames(t.w.project()->data()),
                 (QStringList{QStringLiteral("Marketing"), QStringLiteral("Payroll")}));
    }

    void recordsPageExportsTheTemplates_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("written");
        QTest::addColumn<int>("expected");
        QTest::newRow("ico") << "ICO controller template (*.xlsx)"
                             << "register.xlsx"
                             << "register.xlsx" << int(importer::Template::Ico);
        QTest::newRow("cnil ods, suffix added") << "CNIL register, OpenDocument (*.ods)"
                                                << "registre"
                                                << "registre.ods" << int(importer::Template::Cnil);
        QTest::newRow("cnil xlsx") << "CNIL register, Excel (*.xlsx)"
                                   << "registre.xlsx"
                                   << "registre.xlsx" << int(importer::Template::Cnil);
    }

    void recordsPageExportsTheTemplates()
    {
        QFETCH(QString, filter);
        QFETCH(QString, name);
        QFETCH(QString, written);
        QFETCH(int, expected);
        const auto read =
            json::readProjectFile(QStringLiteral(ROPA_SOURCE_DIR "/resources/examples/demo-contact-centre.json"));
        QVERIFY(read.data);
        Project project(*read.data);
        RecordsView view;
        view.setProject(&project);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBuilding(), 60000);
        QTemporaryDir dir;
        bool offered = false;
        view.setSaveFileName(
            [&](QWidget *, const QString &, const QString &, const QString &filters, QString *selected) {
                offered = filters.split(QStringLiteral(";;")).contains(filter);
                *selected = filter;
                return dir.filePath(name);
            });
        QSignalSpy finished(&view, &RecordsView::exportFinished);
        view.exportRecord();
        QVERIFY(offered);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        const importer::Workbook book = importer::readWorkbookFile(dir.filePath(written));
        QVERIFY2(book.ok(), qPrintable(book.error));
        QCOMPARE(importer::detectTemplate(book), importer::Template(expected));
    }
};

QTEST_MAIN(TestTemplatesWindow)
#include "test_templates_window.moc"
