#pragma once

// The Records view: the Article 30 record of the open project, live. Choose the record
// (controller, Art. 30(1); processor, Art. 30(2)), the scope and the language; the preview
// follows every edit of the project. Export... writes any format; Print... prints the paged
// layout the PDF uses. The widget stands alone so a main window can embed it anywhere.
//
// Large projects: the record of a project with BackgroundFrom activities or more is built on a
// worker thread from a copy of the data (10,000 activities take seconds; a LatestJob, so the
// newest choice or edit wins); meanwhile the view says so and the window stays usable. Export...
// writes on a worker thread too, with a progress dialog that can cancel it (a PDF of 1,000
// activities takes seconds). The preview shows PreviewRows rows of each table at a
// time, with Previous / Next (laying out the rich text of thousands of rows would block the
// window for seconds); Export and Print always write the whole record.

#include "app/exportlocation.h"
#include "reports/report.h"
#include "reports/templates.h"
#include "reports/writers.h"
#include "store/filehistory.h"

#include <QPointer>
#include <QTextBrowser>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPagedPaintDevice;
class QPrinter;
class QProgressDialog;
class QPushButton;
class QTimer;

namespace ropa {

class LatestJob;
class Project;
struct ProjectData;

namespace reports {
class SafeTextDocument;
}

// A QTextBrowser that loads no resource at all (no file:, no network, no relative path) and
// follows only anchors inside the record. Overriding QTextBrowser::loadResource is not
// enough: when it returns nothing, QTextDocument::loadResource reads the local file itself.
// So the browser's document is a reports::SafeTextDocument, and the browser refuses too.
class SafeTextBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);
    QVariant loadResource(int type, const QUrl &name) override;
    // The URLs asked for and refused.
    QStringList refused() const;

private:
    reports::SafeTextDocument *m_document = nullptr;
    QStringList m_refused;
};

class RecordsView : public QWidget
{
    Q_OBJECT

public:
    explicit RecordsView(QWidget *parent = nullptr);
    ~RecordsView() override;

    // Follows the project's changes until it is destroyed or another one is set.
    void setProject(const Project *project);
    // Shows a fixed snapshot (no project to follow).
    void setProjectData(const ProjectData &data);
    // Not following (a page not shown), the project's changes only mark the record out of
    // date; following again rebuilds it then, and only then (a return to the page without
    // an edit meanwhile shows the record as it is). Following by default.
    void setFollowing(bool following);
    bool isFollowing() const { return m_following; }

    // From this many activities on the record is built in the background.
    static constexpr int BackgroundFrom = 200;
    // Rows of each table the preview shows at a time.
    static constexpr int PreviewRows = 50;

    reports::Options options() const;
    // The record last built (the whole record, not only the page the preview shows).
    const reports::Report &report() const { return m_report; }
    // True while a record is being built in the background.
    bool isBuilding() const;
    // True while an export started by startExport() runs.
    bool isExporting() const;
    // The preview's page (0-based) and how many there are.
    int previewPage() const { return m_page; }
    int previewPageCount() const;
    void setPreviewPage(int page);

    // The widgets, for embedding and for tests.
    QComboBox *recordSelector() const { return m_record; }
    QComboBox *scopeSelector() const { return m_scope; }
    QComboBox *languageSelector() const { return m_language; }
    SafeTextBrowser *preview() const { return m_preview; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *previousPageButton() const { return m_previous; }
    QPushButton *nextPageButton() const { return m_next; }
    // The line under the preview: the record's figures, or where the last export went.
    QLabel *summaryLabel() const { return m_summary; }
    // "Include the dashboard charts as an appendix" (PDF and printing).
    QCheckBox *appendixCheck() const { return m_appendix; }

    // "With the changes since DATE" (decision 0027): the record ends with the changes the file's
    // history records since the date. Enabled when the project has a history.
    QCheckBox *changesSinceCheck() const { return m_changesSince; }
    QDateEdit *changesSinceDate() const { return m_sinceDate; }
    void setHistory(const QList<store::HistoryEntry> &history, const store::HistoryCheck &check);

    // The dashboard's charts of the record's project, one figure each, drawn off-screen.
    QList<reports::Figure> dashboardFigures() const;

    // Without dialogs: write the record in a format (returns an error or empty), lay it out on
    // a printer or any paged device. The PDF and the printout get the dashboard's charts as an
    // appendix when appendixCheck() is ticked.
    QString exportTo(const QString &path, reports::Format format, const reports::WriteOptions &options = {});
    QString printTo(QPagedPaintDevice *device);
    // The same on a worker thread, from a copy of the record, with a progress dialog (shown
    // after half a second) whose Cancel stops it; exportFinished() follows. Another export
    // asked for meanwhile replaces this one.
    void startExport(const QString &path, reports::Format format, const reports::WriteOptions &options = {});
    // Lays the record out on the printer on the worker thread, with the same progress dialog
    // and Cancel (which aborts the print job); exportFinished() follows with an empty path.
    void startPrint(std::shared_ptr<QPrinter> printer);
    // Stops the running export: no file is written, exportFinished() reports it cancelled.
    void cancelExport();
    // The export's progress dialog (for tests); null when no export runs.
    QProgressDialog *exportProgress() const { return m_progress; }

    // Where Export... proposes to write: "<folder>/<project name> - controller record.pdf",
    // the folder beside the project's file, else the last records export's, else Documents.
    QString proposedExportPath() const;
    // The save dialog Export... asks (tests answer it); null restores QFileDialog's.
    void setSaveFileName(ExportLocation::SaveFileName ask);

public Q_SLOTS:
    // Rebuilds the record and the preview: now for a small project, in the background for a
    // large one (recordChanged() follows when it is there).
    void refresh();
    void exportRecord();
    void exportTemplate(const QString &path, reports::TemplateFormat format);
    void printRecord();

Q_SIGNALS:
    // After every rebuild; text for a status bar.
    void recordChanged(const QString &summary);
    // An export of startExport() is done: error is empty, or says why nothing was written.
    void exportFinished(const QString &path, const QString &error);

private:
    const ProjectData *data() const;
    void fillScopes();
    void scheduleRefresh();
    // A record built; html: the current preview page, when the builder made it.
    void deliver(reports::Report report, const QString &html = QString());
    void exportDone(const QString &path, const QString &error);
    // The progress dialog of an export or a print, labelled.
    void showProgress(const QString &label, const QString &title);
    // Shows the current page (html: made already, or null to make it here).
    void showPreview(const QString &html = QString());
    void setBusy(bool busy);

    QPointer<const Project> m_project;
    std::unique_ptr<ProjectData> m_snapshot;
    reports::Report m_report;

    QComboBox *m_record = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_summary = nullptr;
    SafeTextBrowser *m_preview = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_print = nullptr;
    QCheckBox *m_appendix = nullptr;
    QCheckBox *m_changesSince = nullptr;
    QDateEdit *m_sinceDate = nullptr;
    QList<store::HistoryEntry> m_history;
    store::HistoryCheck m_historyCheck;
    QTimer *m_refreshTimer = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_pageLabel = nullptr;
    QList<QMetaObject::Connection> m_connections;
    int m_page = 0;
    bool m_following = true;
    bool m_stale = false; // the project changed while not following

    // The running export's pages drawn and page count, written by its worker thread.
    struct ExportProgress
    {
        std::atomic<int> done{0};
        std::atomic<int> total{0};
    };
    std::shared_ptr<ExportProgress> m_exportProgress;
    QString m_exportPath;
    QString m_printerName; // while a print runs: the printer (or its output file)
    ExportLocation::SaveFileName m_saveFileName = ExportLocation::askSaveFileName;
    bool m_warnOnFailure = false; // the export was asked for in the dialog: a failure is shown
    QProgressDialog *m_progress = nullptr;
    QTimer *m_progressTimer = nullptr;
    // Last, so that they are gone (their work waited for) before anything their results reach.
    std::unique_ptr<LatestJob> m_builder;
    std::unique_ptr<LatestJob> m_exporter;
};

} // namespace ropa
