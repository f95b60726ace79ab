#include "recordsview.h"

#include "app/exportlocation.h"
#include "checks/checker.h"
#include "checks/dashboardstats.h"
#include "dashboard/dashboardwidget.h"
#include "domain/project.h"
#include "history/changessince.h"
#include "jobs/latestjob.h"
#include "reference/reference.h"
#include "reports/reportbuilder.h"
#include "reports/safetextdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <utility>

namespace ropa {

namespace {

// How many preview pages a record has: PreviewRows rows of each table per page.
int pageCountOf(const reports::Report &report)
{
    qsizetype rows = 0;
    for (const reports::Section &section : report.sections) {
        for (const reports::Table &table : section.tables)
            rows = std::max(rows, table.rows.size());
    }
    return static_cast<int>(std::max<qsizetype>(1, (rows + RecordsView::PreviewRows - 1) / RecordsView::PreviewRows));
}

// The preview's HTML of one page: the same record with PreviewRows rows of each table (the
// texts are shared, not copied). Model code only, so a worker can make it.
QString pageHtml(const reports::Report &report, int page)
{
    reports::Report shown = report;
    if (pageCountOf(report) > 1) {
        const qsizetype from = static_cast<qsizetype>(page) * RecordsView::PreviewRows;
        for (reports::Section &section : shown.sections) {
            for (reports::Table &table : section.tables)
                table.rows = table.rows.mid(std::min(from, table.rows.size()), RecordsView::PreviewRows);
        }
    }
    return reports::toHtml(shown, reports::HtmlFlavour::RichText);
}

} // namespace

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
    , m_document(new reports::SafeTextDocument(this))
{
    setDocument(m_document);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme().isEmpty() && url.path().isEmpty() && !url.fragment().isEmpty())
            scrollToAnchor(url.fragment());
    });
}

QStringList SafeTextBrowser::refused() const
{
    return m_refused + m_document->refused();
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type);
    // Never QTextBrowser::loadResource: it reads local files and relative paths.
    m_refused.append(name.toString());
    return {};
}

RecordsView::RecordsView(QWidget *parent)
    : QWidget(parent)
    , m_record(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_preview(new SafeTextBrowser(this))
    , m_export(new QPushButton(tr("Export\u2026"), this))
    , m_print(new QPushButton(tr("Print\u2026"), this))
    , m_appendix(new QCheckBox(tr("Dashboard charts as an appendix"), this))
    , m_changesSince(new QCheckBox(tr("Changes since"), this))
    , m_sinceDate(new QDateEdit(QDate::currentDate().addYears(-1), this))
    , m_refreshTimer(new QTimer(this))
    , m_previous(new QPushButton(tr("Previous"), this))
    , m_next(new QPushButton(tr("Next"), this))
    , m_pageLabel(new QLabel(this))
    , m_progressTimer(new QTimer(this))
    , m_builder(std::make_unique<LatestJob>())
    , m_exporter(std::make_unique<LatestJob>())
{
    setObjectName(QStringLiteral("recordsView"));
    m_record->addItem(tr("Controller record (Art. 30(1))"), QStringLiteral("controller"));
    m_record->addItem(tr("Processor record (Art. 30(2))"), QStringLiteral("processor"));
    for (const QString &lang : reports::availableLanguages()) {
        // Each language by its own name ("Nederlands", "Deutsch"), as a language menu does.
        const QString name = lang == u"en" ? QStringLiteral("English") : QLocale(lang).nativeLanguageName();
        m_language->addItem(QStringLiteral("%1 (%2)").arg(name, lang), lang);
    }
    // The record starts in the language of the user interface; another can be chosen.
    const int uiLanguage = m_language->findData(Reference::displayLanguage());
    if (uiLanguage >= 0)
        m_language->setCurrentIndex(uiLanguage);
    m_record->setToolTip(tr("Which record: the controller's (Art. 30(1)) or the processor's (Art. 30(2))"));
    m_scope->setToolTip(tr("Which activities the record covers"));
    m_language->setToolTip(tr("The language of the record"));
    m_preview->setObjectName(QStringLiteral("recordsPreview"));
    // Lines break between words only: a word wider than its column widens the column instead
    // of breaking ("Processin|g" was seen with QTextEdit's default, anywhere).
    m_preview->setWordWrapMode(QTextOption::WordWrap);
    m_appendix->setToolTip(tr("The PDF and the printout end with the dashboard's charts, one per page"));

    // Two rows: in one, the choices and buttons need more than the page's width in Dutch and
    // German, and the layout cut the combos' texts ("Register van de verwerkir").
    auto *bar = new QHBoxLayout;
    auto *recordLabel = new QLabel(tr("&Record:"), this);
    recordLabel->setBuddy(m_record);
    auto *scopeLabel = new QLabel(tr("&Scope:"), this);
    scopeLabel->setBuddy(m_scope);
    auto *langLabel = new QLabel(tr("&Language:"), this);
    langLabel->setBuddy(m_language);
    bar->addWidget(recordLabel);
    bar->addWidget(m_record);
    bar->addWidget(langLabel);
    bar->addWidget(m_language);
    bar->addStretch();
    bar->addWidget(m_export);
    bar->addWidget(m_print);
    auto *scopeBar = new QHBoxLayout;
    scopeBar->addWidget(scopeLabel);
    scopeBar->addWidget(m_scope, 1);
    scopeBar->addWidget(m_appendix);
    m_changesSince->setObjectName(QStringLiteral("changesSince"));
    m_changesSince->setToolTip(tr("The record ends with the changes the project file's history records since the "
                                  "date, for the auditor"));
    m_changesSince->setEnabled(false);
    m_sinceDate->setObjectName(QStringLiteral("changesSinceDate"));
    m_sinceDate->setCalendarPopup(true);
    m_sinceDate->setEnabled(false);
    scopeBar->addWidget(m_changesSince);
    scopeBar->addWidget(m_sinceDate);

    m_previous->setObjectName(QStringLiteral("previousPage"));
    m_next->setObjectName(QStringLiteral("nextPage"));
    m_previous->setToolTip(tr("The previous rows of the preview"));
    m_next->setToolTip(tr("The next rows of the preview"));
    auto *summaryBar = new QHBoxLayout;
    summaryBar->addWidget(m_summary, 1);
    summaryBar->addWidget(m_pageLabel);
    summaryBar->addWidget(m_previous);
    summaryBar->addWidget(m_next);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(scopeBar);
    layout->addLayout(summaryBar);
    layout->addWidget(m_preview, 1);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, &RecordsView::refresh);
    connect(m_record, &QComboBox::currentIndexChanged, this, &RecordsView::refresh);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &RecordsView::refresh);
    connect(m_language, &QComboBox::currentIndexChanged, this, &RecordsView::refresh);
    connect(m_changesSince, &QCheckBox::toggled, this, [this](bool on) {
        m_sinceDate->setEnabled(on);
        refresh();
    });
    connect(m_sinceDate, &QDateEdit::dateChanged, this, [this] {
        if (m_changesSince->isChecked())
            scheduleRefresh();
    });
    connect(m_export, &QPushButton::clicked, this, &RecordsView::exportRecord);
    connect(m_print, &QPushButton::clicked, this, &RecordsView::printRecord);
    connect(m_previous, &QPushButton::clicked, this, [this] { setPreviewPage(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { setPreviewPage(m_page + 1); });
    connect(m_builder.get(), &LatestJob::busyChanged, this, &RecordsView::setBusy);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_progress && m_exportProgress && m_exportProgress->total > 0) {
            m_progress->setMaximum(m_exportProgress->total);
            m_progress->setValue(m_exportProgress->done);
        }
    });
    fillScopes();
    refresh();
}

RecordsView::~RecordsView() = default;

void RecordsView::setProject(const Project *project)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_snapshot.reset();
    m_project = project;
    if (project) {
        const auto later = [this] { scheduleRefresh(); };
        m_connections = {connect(project, &Project::entityAdded, this, later),
                         connect(project, &Project::entityChanged, this, later),
                         connect(project, &Project::entityRemoved, this, later),
                         connect(project, &Project::infoChanged, this, later),
                         connect(project, &Project::projectReset, this, later)};
    }
    fillScopes();
    refresh();
}

void RecordsView::setProjectData(const ProjectData &data)
{
    setProject(nullptr);
    m_snapshot = std::make_unique<ProjectData>(data);
    fillScopes();
    refresh();
}

const ProjectData *RecordsView::data() const
{
    if (m_project)
        return &m_project->data();
    return m_snapshot.get();
}

void RecordsView::scheduleRefresh()
{
    if (!m_following) {
        m_stale = true;
        return;
    }
    m_refreshTimer->start();
}

void RecordsView::setFollowing(bool following)
{
    if (following == m_following)
        return;
    m_following = following;
    if (!following) {
        // A change that was about to be built is built when the page is shown again.
        if (m_refreshTimer->isActive()) {
            m_refreshTimer->stop();
            m_stale = true;
        }
        return;
    }
    if (m_stale)
        refresh();
}

// Scope entries: all, each own entity, each role, each owner. The data is "kind:value".
void RecordsView::fillScopes()
{
    const QString current = m_scope->currentData().toString();
    const QSignalBlocker block(m_scope);
    m_scope->clear();
    m_scope->addItem(tr("All activities"), QString());
    if (const ProjectData *d = data()) {
        for (const Party *p : reports::ownParties(*d))
            m_scope->addItem(tr("Entity: %1").arg(p->name), QString(QStringLiteral("entity:") + idToString(p->id)));
        m_scope->addItem(tr("Role: controller"), QStringLiteral("role:controller"));
        m_scope->addItem(tr("Role: joint controller"), QStringLiteral("role:joint_controller"));
        m_scope->addItem(tr("Role: processor"), QStringLiteral("role:processor"));
        for (const QString &owner : reports::activityOwners(*d))
            m_scope->addItem(tr("Owner: %1").arg(owner), QString(QStringLiteral("owner:") + owner));
    }
    const int index = m_scope->findData(current);
    m_scope->setCurrentIndex(index >= 0 ? index : 0);
}

reports::Options RecordsView::options() const
{
    reports::Options o;
    o.type = reports::recordTypeFromKey(m_record->currentData().toString()).value_or(reports::RecordType::Controller);
    o.language = m_language->currentData().toString();
    const QString scope = m_scope->currentData().toString();
    const QString value = scope.section(QLatin1Char(':'), 1);
    if (scope.startsWith(QLatin1StringView("entity:")))
        o.scope.ownEntity = idFromString(value);
    else if (scope.startsWith(QLatin1StringView("role:")))
        o.scope.role = enumFromString<Role>(value);
    else if (scope.startsWith(QLatin1StringView("owner:")))
        o.scope.owner = value;
    return o;
}

void RecordsView::setHistory(const QList<store::HistoryEntry> &history, const store::HistoryCheck &check)
{
    m_history = history;
    m_historyCheck = check;
    m_changesSince->setEnabled(!history.isEmpty());
    if (history.isEmpty())
        m_changesSince->setChecked(false);
    if (m_changesSince->isChecked())
        scheduleRefresh();
}

void RecordsView::refresh()
{
    m_refreshTimer->stop();
    m_stale = false;
    const ProjectData *d = data();
    const reports::Options o = options();
    std::optional<history::ChangesSince> since;
    if (m_changesSince->isChecked())
        since = history::changesSince(m_history, m_historyCheck, m_sinceDate->date());
    if (!d || d->activities.size() < static_cast<size_t>(BackgroundFrom)) {
        // A small record is built at once (a few milliseconds); a build still running for an
        // earlier, larger state is dropped.
        m_builder->cancel();
        reports::Report report = reports::buildReport(d ? *d : ProjectData(), o);
        if (since)
            history::appendTo(report, *since);
        deliver(std::move(report));
        return;
    }
    // A large one on a worker thread, from a copy: the project goes on changing meanwhile. A
    // newer build asked for meanwhile replaces this one's result.
    m_summary->setText(tr("Building the record of %n activities…", nullptr, static_cast<int>(d->activities.size())));
    if (m_report.activities.isEmpty())
        m_preview->setPlainText(tr("The record is being built; it appears here when it is ready."));
    auto snapshot = m_project ? m_project->snapshot() : std::make_shared<const ProjectData>(*d);
    // The first preview page's HTML (its column widths measure every cell) is made there too,
    // so that showing the page does not wait for it.
    struct Built
    {
        reports::Report report;
        QString firstPage;
    };
    m_builder->start<Built>(
        [snapshot, o, since](const LatestJob::Cancelled &cancelled) {
            Built built{reports::buildReport(*snapshot, o), {}};
            if (since)
                history::appendTo(built.report, *since);
            if (!cancelled()) // closing the view, or a newer build, need no page
                built.firstPage = pageHtml(built.report, 0);
            return built;
        },
        [this](Built built) {
            const bool firstPage = m_page == 0;
            deliver(std::move(built.report), firstPage ? built.firstPage : QString());
        });
}

bool RecordsView::isBuilding() const
{
    return m_builder->isBusy();
}

bool RecordsView::isExporting() const
{
    return m_exporter->isBusy();
}

void RecordsView::deliver(reports::Report report, const QString &html)
{
    const ProjectData *d = data();
    m_report = std::move(report);
    m_page = std::clamp(m_page, 0, std::max(previewPageCount() - 1, 0));
    showPreview(html);
    const QString summary = tr("%n activities; %1% of the required items stated (%2 of %3)", nullptr,
                               static_cast<int>(m_report.activities.size()))
                                .arg(m_report.completeness.percent())
                                .arg(m_report.completeness.stated)
                                .arg(m_report.completeness.required);
    m_summary->setText(summary);
    m_export->setEnabled(d != nullptr && !isBuilding());
    m_print->setEnabled(d != nullptr && !isBuilding());
    Q_EMIT recordChanged(summary);
}

void RecordsView::setBusy(bool busy)
{
    m_export->setEnabled(!busy && data());
    m_print->setEnabled(!busy && data());
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

int RecordsView::previewPageCount() const
{
    return pageCountOf(m_report);
}

void RecordsView::setPreviewPage(int page)
{
    page = std::clamp(page, 0, previewPageCount() - 1);
    if (page == m_page)
        return;
    m_page = page;
    showPreview();
    m_preview->verticalScrollBar()->setValue(0);
}

void RecordsView::showPreview(const QString &html)
{
    const int pages = previewPageCount();
    const int scroll = m_preview->verticalScrollBar()->value();
    m_preview->setHtml(html.isNull() ? pageHtml(m_report, m_page) : html);
    m_preview->verticalScrollBar()->setValue(scroll);
    const bool paged = pages > 1;
    m_previous->setVisible(paged);
    m_next->setVisible(paged);
    m_pageLabel->setVisible(paged);
    if (paged) {
        const qsizetype from = static_cast<qsizetype>(m_page) * PreviewRows;
        qsizetype total = 0;
        for (const reports::Section &section : std::as_const(m_report.sections)) {
            for (const reports::Table &table : section.tables)
                total = std::max(total, table.rows.size());
        }
        const qsizetype last = std::min<qsizetype>(from + PreviewRows, total);
        m_pageLabel->setText(tr("Preview: rows %1–%2 of each table (page %3 of %4)")
                                 .arg(QLocale().toString(from + 1), QLocale().toString(last))
                                 .arg(m_page + 1)
                                 .arg(pages));
        m_previous->setEnabled(m_page > 0);
        m_next->setEnabled(m_page + 1 < pages);
    }
}

QList<reports::Figure> RecordsView::dashboardFigures() const
{
    const ProjectData *d = data();
    if (!d)
        return {};
    DashboardWidget dashboard;
    dashboard.setStats(checks::computeDashboardStats(*d, checks::runChecks(*d)));
    QList<reports::Figure> figures;
    for (int i = 0; i < DashboardWidget::ChartCount; ++i) {
        const auto id = static_cast<DashboardWidget::ChartId>(i);
        // A landscape page's body at about 96 dpi: fonts in proportion once scaled to fit.
        const QSize size = id == DashboardWidget::Destinations ? QSize(1000, 560) : QSize(900, 560);
        figures.append({DashboardWidget::chartTitle(id), dashboard.renderPicture(id, size), {}});
    }
    return figures;
}

QString RecordsView::exportTo(const QString &path, reports::Format format, const reports::WriteOptions &options)
{
    reports::WriteOptions o = options;
    if (format == reports::Format::Pdf && m_appendix->isChecked() && o.paged.appendix.isEmpty())
        o.paged.appendix = dashboardFigures();
    return reports::writeReport(m_report, format, path, o);
}

QString RecordsView::printTo(QPagedPaintDevice *device)
{
    reports::PagedOptions o;
    if (m_appendix->isChecked())
        o.appendix = dashboardFigures();
    return reports::renderPaged(m_report, device, o);
}

void RecordsView::exportRecord()
{
    struct Choice
    {
        reports::Format format;
        QString filter;
        std::optional<reports::TemplateFormat> registerTemplate{}; // the sheet in an authority's layout
    };
    const QList<Choice> choices = {
        {reports::Format::Xlsx, tr("Excel workbook (*.xlsx)")},
        {reports::Format::Pdf, tr("PDF document (*.pdf)")},
        {reports::Format::Html, tr("Web page (*.html)")},
        {reports::Format::Odt, tr("OpenDocument text (*.odt)")},
        {reports::Format::Csv, tr("CSV, the record table (*.csv)")},
        {reports::Format::Markdown, tr("Markdown (*.md)")},
        {reports::Format::Xlsx, tr("ICO controller template (*.xlsx)"), reports::TemplateFormat::IcoXlsx},
        {reports::Format::Xlsx, tr("CNIL register, OpenDocument (*.ods)"), reports::TemplateFormat::CnilOds},
        {reports::Format::Xlsx, tr("CNIL register, Excel (*.xlsx)"), reports::TemplateFormat::CnilXlsx},
    };
    QStringList filters;
    for (const Choice &c : choices)
        filters.append(c.filter);
    QString selected = choices.at(1).filter; // the PDF, the record as it is usually handed over
    QString path = m_saveFileName(this, tr("Export the record"), proposedExportPath(),
                                  filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    if (const qsizetype chosen = filters.indexOf(selected); chosen >= 0 && choices.at(chosen).registerTemplate) {
        const reports::TemplateFormat t = *choices.at(chosen).registerTemplate;
        if (QFileInfo(path).suffix().isEmpty())
            path += QLatin1Char('.') + reports::templateFormatSuffix(t);
        exportTemplate(path, t);
        return;
    }
    auto format = reports::formatFromKey(QFileInfo(path).suffix());
    if (!format) {
        const Choice &c = choices.at(std::max<qsizetype>(0, filters.indexOf(selected)));
        format = c.format;
        path += QLatin1Char('.') + reports::formatSuffix(c.format);
    }
    m_warnOnFailure = true;
    startExport(path, *format);
}

// A register template of the whole controller record (reports/templates.h): small and quick,
// written here rather than on the worker.
void RecordsView::exportTemplate(const QString &path, reports::TemplateFormat format)
{
    const ProjectData *d = data();
    if (!d)
        return;
    m_warnOnFailure = true;
    m_exportPath = path;
    m_printerName.clear();
    exportDone(path, reports::writeTemplate(*d, format, path));
}

QString RecordsView::proposedExportPath() const
{
    const QString what =
        m_report.type == reports::RecordType::Processor ? tr("processor record") : tr("controller record");
    const ProjectData *d = data();
    return ExportLocation::proposedPath(m_project ? m_project->filePath() : QString(), d ? d->info.name : QString(),
                                        ExportLocation::Records, what, reports::formatSuffix(reports::Format::Pdf));
}

void RecordsView::setSaveFileName(ExportLocation::SaveFileName ask)
{
    m_saveFileName = ask ? std::move(ask) : ExportLocation::askSaveFileName;
}

void RecordsView::startExport(const QString &path, reports::Format format, const reports::WriteOptions &options)
{
    reports::WriteOptions o = options;
    if (format == reports::Format::Pdf && m_appendix->isChecked() && o.paged.appendix.isEmpty())
        o.paged.appendix = dashboardFigures(); // widgets: drawn here, before the worker starts
    m_exportPath = path;
    m_printerName.clear();
    showProgress(tr("Writing %1…").arg(QDir::toNativeSeparators(path)), tr("Export the record"));
    auto progress = m_exportProgress;
    m_exporter->start<QString>(
        [report = m_report, format, path, o, progress](const LatestJob::Cancelled &cancelled) {
            reports::WriteOptions w = o;
            w.paged.progress = [progress, &cancelled](int done, int total) {
                progress->done = done;
                progress->total = total;
                return !cancelled();
            };
            return reports::writeReport(report, format, path, w);
        },
        [this, path](const QString &error) { exportDone(path, error); });
}

void RecordsView::showProgress(const QString &label, const QString &title)
{
    m_exportProgress = std::make_shared<ExportProgress>();
    if (!m_progress) {
        m_progress = new QProgressDialog(this);
        m_progress->setMinimumDuration(500);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, this, &RecordsView::cancelExport);
    }
    m_progress->setWindowTitle(title);
    m_progress->setLabelText(label);
    m_progress->setRange(0, 0); // busy until the pages are counted
    m_progress->setValue(0);
    m_progressTimer->start();
}

void RecordsView::startPrint(std::shared_ptr<QPrinter> printer)
{
    reports::PagedOptions options;
    if (m_appendix->isChecked())
        options.appendix = dashboardFigures(); // widgets: drawn here, before the worker starts
    m_exportPath.clear();
    m_printerName = printer->outputFileName().isEmpty() ? printer->printerName()
                                                        : QDir::toNativeSeparators(printer->outputFileName());
    showProgress(tr("Printing %1…").arg(m_report.title), tr("Print the record"));
    // QPainter may draw on a QPrinter outside the window's thread (as on an image).
    m_exporter->start<QString>(
        [report = m_report, printer, options, progress = m_exportProgress](const LatestJob::Cancelled &cancelled) {
            reports::PagedOptions o = options;
            o.progress = [progress, &cancelled](int done, int total) {
                progress->done = done;
                progress->total = total;
                return !cancelled();
            };
            const QString error = reports::renderPaged(report, printer.get(), o);
            if (!error.isEmpty())
                printer->abort(); // nothing half-printed is sent
            return error;
        },
        [this](const QString &error) { exportDone(QString(), error); });
}

void RecordsView::cancelExport()
{
    if (!m_exporter->isBusy())
        return;
    m_exporter->cancel(); // asks the writer to stop; it leaves no file
    exportDone(m_exportPath,
               m_printerName.isEmpty() ? tr("The export was cancelled.") : tr("The print was cancelled."));
}

void RecordsView::exportDone(const QString &path, const QString &error)
{
    m_progressTimer->stop();
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_exportProgress.reset();
    const bool warn = m_warnOnFailure;
    m_warnOnFailure = false;
    const QString printer = std::exchange(m_printerName, QString());
    if (!printer.isEmpty()) { // a print
        m_summary->setText(error.isEmpty() ? tr("Sent to %1").arg(printer) : error);
        Q_EMIT exportFinished(QString(), error);
        if (!error.isEmpty() && error != tr("The print was cancelled."))
            QMessageBox::warning(this, tr("Print the record"), error);
        return;
    }
    if (error.isEmpty()) {
        m_summary->setText(tr("Exported to %1").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
        if (warn) // asked for in the dialog: the next one opens there
            ExportLocation::remember(ExportLocation::Records, path);
    } else
        m_summary->setText(error);
    Q_EMIT exportFinished(path, error);
    if (warn && !error.isEmpty() && error != tr("The export was cancelled."))
        QMessageBox::warning(this, tr("Export the record"), error);
}

void RecordsView::printRecord()
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageOrientation(QPageLayout::Landscape);
    printer->setDocName(m_report.title);
    QPrintDialog dialog(printer.get(), this);
    dialog.setWindowTitle(tr("Print the record"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    startPrint(std::move(printer)); // a long record is laid out on the worker
}

} // namespace ropa
