// The Records view: live preview that follows the project, the selectors, export and print
// without dialogs, and a preview that loads nothing.

#include "reportfixture.h"

#include "app/appsettings.h"
#include "app/exportlocation.h"
#include "commands/edits.h"
#include "domain/project.h"
#include "records/recordsview.h"

#include "dashboard/dashboardwidget.h"

#include <QAbstractTextDocumentLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPdfWriter>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

using namespace ropa;

class TestRecordsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewFollowsProject();
    void selectors();
    void exportAndPrint();
    void dashboardAppendix();
    void hostilePreview();
    void previewBreaksNoWord_data();
    void previewBreaksNoWord();
    void exportOnAWorker();
    void printOnAWorker();
    void exportCancelled();
    void exportProposesAPlace();
};

void TestRecordsView::previewFollowsProject()
{
    Project project(test::reportProject());
    RecordsView view;
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setProject(&project);
    QString text = view.preview()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("Record of processing activities of the controller")));
    QVERIFY(text.contains(QStringLiteral("Customer service calls")));
    QVERIFY(text.contains(QStringLiteral("Art. 30(1)(g)")));
    QVERIFY(view.exportButton()->isEnabled());

    // An edit of the project (here: a reset, as after opening) shows up without a click.
    ProjectData changed = test::reportProject();
    changed.activities.at(test::fixedId(60)).name = QStringLiteral("Renamed activity");
    project.reset(changed);
    QTRY_VERIFY(view.preview()->toPlainText().contains(QStringLiteral("Renamed activity")));
    QCOMPARE(view.report().activities.size(), 2);

    // An edit through an undo command, and its undo.
    Activity a = project.data().activities.at(test::fixedId(62));
    a.purposes = {QStringLiteral("Building security")};
    QVERIFY(edit::change(project, a));
    QTRY_VERIFY(view.preview()->toPlainText().contains(QStringLiteral("Building security")));
    project.undoStack()->undo();
    QTRY_VERIFY(!view.preview()->toPlainText().contains(QStringLiteral("Building security")));
}

void TestRecordsView::selectors()
{
    RecordsView view;
    view.setProjectData(test::reportProject());
    QCOMPARE(view.languageSelector()->currentData().toString(), QStringLiteral("en"));
    // Record type.
    view.recordSelector()->setCurrentIndex(view.recordSelector()->findData(QStringLiteral("processor")));
    QCOMPARE(view.report().type, reports::RecordType::Processor);
    QVERIFY(view.preview()->toPlainText().contains(QStringLiteral("Art. 30(2)(d)")));
    QVERIFY(view.preview()->toPlainText().contains(QStringLiteral("Recording on behalf of clients")));
    view.recordSelector()->setCurrentIndex(view.recordSelector()->findData(QStringLiteral("controller")));
    // Scope: owner.
    const int owner = view.scopeSelector()->findData(QStringLiteral("owner:Facilities"));
    QVERIFY(owner > 0);
    view.scopeSelector()->setCurrentIndex(owner);
    QCOMPARE(view.report().activities.size(), 1);
    QVERIFY(view.preview()->toPlainText().contains(QStringLiteral("not stated")));
    QVERIFY(!view.preview()->toPlainText().contains(QStringLiteral("Customer service calls")));
    // Scope: entity.
    const int entity =
        view.scopeSelector()->findData(QString(QStringLiteral("entity:") + idToString(test::fixedId(10))));
    QVERIFY(entity > 0);
    view.scopeSelector()->setCurrentIndex(entity);
    QCOMPARE(view.report().activities.size(), 2);
}

void TestRecordsView::exportAndPrint()
{
    RecordsView view;
    view.setProjectData(test::reportProject());
    QTemporaryDir dir;
    for (const reports::Format f : reports::allFormats()) {
        const QString path = dir.filePath(QStringLiteral("record.") + reports::formatSuffix(f));
        QCOMPARE(view.exportTo(path, f), QString());
        QVERIFY(QFileInfo(path).size() > 0);
    }
    const QString pdf = dir.filePath(QStringLiteral("printed.pdf"));
    {
        QPdfWriter writer(pdf);
        writer.setPageOrientation(QPageLayout::Landscape);
        QCOMPARE(view.printTo(&writer), QString());
    }
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("%PDF-"));
}

// "Dashboard charts as an appendix": the PDF ends with a page per chart, each with its title
// and the chart's own text (axis titles, labels), listed in the contents; without the option
// none of it is there.
void TestRecordsView::dashboardAppendix()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    RecordsView view;
    view.setProjectData(test::reportProject());
    QTemporaryDir dir;
    if (qEnvironmentVariableIsSet("ROPA_KEEP_TEST_FILES")) { // to look at the pages
        dir.setAutoRemove(false);
        qInfo("files in %s", qPrintable(dir.path()));
    }
    const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
    const QString withCharts = dir.filePath(QStringLiteral("charts.pdf"));
    QVERIFY(!view.appendixCheck()->isChecked());
    QCOMPARE(view.exportTo(plain, reports::Format::Pdf), QString());
    view.appendixCheck()->setChecked(true);
    QCOMPARE(view.exportTo(withCharts, reports::Format::Pdf), QString());

    const QStringList without = test::pdfPages(plain);
    const QStringList with = test::pdfPages(withCharts);
    QVERIFY(!without.isEmpty());
    QCOMPARE(with.size(), without.size() + DashboardWidget::ChartCount);
    const QString withoutText = without.join(QLatin1Char('\n'));
    for (int i = 0; i < DashboardWidget::ChartCount; ++i) {
        const QString title = DashboardWidget::chartTitle(static_cast<DashboardWidget::ChartId>(i));
        const QString heading = QStringLiteral("Appendix %1: %2").arg(QChar(u'A' + i)).arg(title);
        const QString page = with.at(without.size() + i);
        QVERIFY2(page.contains(heading), qPrintable(page.left(200)));
        QVERIFY2(page.count(title) >= 2, qPrintable(page)); // the heading and the chart's own title
        QVERIFY(with.at(0).contains(heading));              // the contents, on the cover's page
        QVERIFY(!withoutText.contains(title));
    }
    // The charts' own text is text in the PDF (vector pictures, not images): on the page of
    // the destinations, "Transfers" in the heading, the chart's title and its axis title.
    QVERIFY(with.at(without.size() + DashboardWidget::Destinations).count(QStringLiteral("Transfers")) >= 3);
    QVERIFY(!withoutText.contains(QStringLiteral("Appendix")));
}

void TestRecordsView::hostilePreview()
{
    RecordsView view;
    view.setProjectData(test::hostileProject());
    const QString text = view.preview()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("<img src=\"file:///etc/passwd\">")));
    QVERIFY(text.contains(QStringLiteral("=HYPERLINK(\"http://x\")")));
    QCOMPARE(view.preview()->refused(), QStringList());
    // The wall behind the escaping: the browser itself loads nothing.
    for (const char *url : {"file:///etc/passwd", "http://example.org/x.png", "/etc/passwd", "passwd"}) {
        const QVariant v =
            view.preview()->document()->resource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(url)));
        QVERIFY2(!v.isValid(), url);
    }
    QCOMPARE(view.preview()->refused().size(), 4);
    view.preview()->setHtml(QStringLiteral("<img src=\"file:///etc/passwd\">"));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(view.preview()->refused().size() >= 5);
}

// The preview breaks lines between words only ("Processin|g activity" was seen in English):
// in every cell of every table, each line after the first starts where a word starts.
void TestRecordsView::previewBreaksNoWord_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("nl") << QStringLiteral("nl");
    QTest::newRow("de") << QStringLiteral("de");
}

void TestRecordsView::previewBreaksNoWord()
{
    QFETCH(QString, language);
    RecordsView view;
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setProjectData(test::reportProject());
    view.languageSelector()->setCurrentIndex(view.languageSelector()->findData(language));
    QTextDocument *doc = view.preview()->document();
    doc->documentLayout()->documentSize(); // laid out
    QStringList broken;
    int cells = 0;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (!QTextCursor(b).currentTable())
            continue;
        ++cells;
        const QTextLayout *layout = b.layout();
        const QString text = b.text();
        for (int i = 1; i < layout->lineCount(); ++i) {
            const int at = layout->lineAt(i).textStart();
            if (at > 0 && at < text.size() && text.at(at - 1).isLetter() && text.at(at).isLetter())
                broken.append(text.mid(std::max(0, at - 12), 24));
        }
    }
    QVERIFY(cells > 20);
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QStringLiteral(" | "))));
}

// Export runs on a worker thread: startExport() returns at once, the file is there when
// exportFinished() says so.
void TestRecordsView::exportOnAWorker()
{
    RecordsView view;
    view.setProjectData(test::reportProject());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("record.pdf"));
    QSignalSpy finished(&view, &RecordsView::exportFinished);
    view.startExport(path, reports::Format::Pdf);
    QVERIFY(view.isExporting());
    QVERIFY(view.exportProgress());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.at(0).at(0).toString(), path);
    QCOMPARE(finished.at(0).at(1).toString(), QString());
    QVERIFY(!view.isExporting());
    QVERIFY(!view.exportProgress());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("%PDF-"));
}

// Print lays the record out on the worker too: startPrint() returns at once; here the
// printer writes a PDF file, which is there, with every page, when exportFinished() says so.
void TestRecordsView::printOnAWorker()
{
    RecordsView view;
    view.setProjectData(test::reportProject());
    QTRY_VERIFY_WITH_TIMEOUT(!view.isBuilding(), 60000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("printed.pdf"));
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(path);
    printer->setPageOrientation(QPageLayout::Landscape);
    QSignalSpy finished(&view, &RecordsView::exportFinished);
    view.startPrint(printer);
    printer.reset(); // the worker keeps it
    QVERIFY(view.isExporting());
    QVERIFY(view.exportProgress());
    QCOMPARE(view.exportProgress()->windowTitle(), QStringLiteral("Print the record"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.at(0).at(1).toString(), QString());
    QVERIFY(!view.isExporting());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    // Pages with the record on them (Qt writes one "/Type /Page" object per page).
    QVERIFY(pdf.count("/Type /Page") - pdf.count("/Type /Pages") >= 1);
}

// Cancel in the progress dialog stops the export: no file, exportFinished() says so.
void TestRecordsView::exportCancelled()
{
    ProjectData d = test::reportProject();
    // Many activities: a PDF that takes long enough to be cancelled while it is drawn.
    const Activity model = d.activities.at(test::fixedId(60));
    for (int i = 0; i < 150; ++i) {
        Activity a = model;
        a.id = Id::createUuid();
        a.name = QStringLiteral("Copied activity %1").arg(i);
        d.activities.emplace(a.id, a);
    }
    RecordsView view;
    view.setProjectData(d);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isBuilding(), 60000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
    QSignalSpy finished(&view, &RecordsView::exportFinished);
    view.startExport(path, reports::Format::Pdf);
    QVERIFY(view.isExporting());
    QVERIFY(view.exportProgress());
    // The dialog's Cancel, as the user would press it.
    auto *cancel = view.exportProgress()->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!finished.at(0).at(1).toString().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!view.isExporting(), 60000);
    QTest::qWait(50);
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(finished.count(), 1);
}

// Export... proposes "<project> - controller record.pdf" beside the project's file, else in
// the folder of the last records export; the summary line then says where it wrote.
void TestRecordsView::exportProposesAPlace()
{
    QStandardPaths::setTestModeEnabled(true); // the settings written here are not the user's
    AppSettings::setLastExportFolder(ExportLocation::Records, QString());
    ProjectData d = test::reportProject();
    d.info.name = QStringLiteral("Northwind Contact Centre");
    Project project(d);
    QTemporaryDir projectDir;
    project.setFilePath(projectDir.filePath(QStringLiteral("northwind.ropa")));
    const QString controllerName = QStringLiteral("Northwind Contact Centre - controller record.pdf");
    const QString processorName = QStringLiteral("Northwind Contact Centre - processor record.pdf");
    RecordsView view;
    view.setProject(&project);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isBuilding(), 60000);
    QCOMPARE(view.proposedExportPath(), projectDir.filePath(controllerName));
    view.recordSelector()->setCurrentIndex(view.recordSelector()->findData(QStringLiteral("processor")));
    QTRY_COMPARE_WITH_TIMEOUT(view.report().type, reports::RecordType::Processor, 60000);
    QCOMPARE(view.proposedExportPath(), projectDir.filePath(processorName));

    // The dialog is given that path; the user chooses another folder.
    QTemporaryDir chosenDir;
    const QString chosen = chosenDir.filePath(QStringLiteral("record for the DPA.pdf"));
    QString suggested;
    view.setSaveFileName([&](QWidget *, const QString &, const QString &proposed, const QString &, QString *) {
        suggested = proposed;
        return chosen;
    });
    QSignalSpy finished(&view, &RecordsView::exportFinished);
    view.exportRecord();
    QCOMPARE(suggested, projectDir.filePath(processorName));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.at(0).at(1).toString(), QString());
    QVERIFY(QFileInfo::exists(chosen));
    QCOMPARE(view.summaryLabel()->text(), QStringLiteral("Exported to ") + QDir::toNativeSeparators(chosen));

    // A project without a file: the next export opens where the last one went.
    project.setFilePath(QString());
    QCOMPARE(view.proposedExportPath(), chosenDir.filePath(processorName));
    // Nor a last folder: the Documents folder.
    AppSettings::setLastExportFolder(ExportLocation::Records, QString());
    QCOMPARE(QFileInfo(view.proposedExportPath()).absolutePath(),
             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));

    // Characters no file system takes do not reach the proposed name.
    d.info.name = QStringLiteral("Smith & Sons: Leiden/Delft");
    RecordsView snapshot;
    snapshot.setProjectData(d);
    QTRY_VERIFY_WITH_TIMEOUT(!snapshot.isBuilding(), 60000);
    QCOMPARE(QFileInfo(snapshot.proposedExportPath()).fileName(),
             QStringLiteral("Smith & Sons- Leiden-Delft - controller record.pdf"));
}

QTEST_MAIN(TestRecordsView)
#include "test_recordsview.moc"
