#include "importdialog.h"

#include "app/dialogs.h"
#include "app/importcolumnseditor.h"
#include "app/importpreviewmodel.h"
#include "app/importsummaryview.h"
#include "domain/project.h"
#include "import/workbookreader.h"
#include "jobs/latestjob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ropa {

using namespace importer;

struct ImportDialog::Read
{
    std::shared_ptr<const Workbook> workbook;
    std::shared_ptr<const AvgRegisterRead> avg; // instead of the workbook
};

struct ImportDialog::Planned
{
    std::shared_ptr<const ImportPlan> plan;
    std::shared_ptr<const ImportResult> result;
    bool changesNothing = false;
};

namespace {

QString separatorName(QChar separator)
{
    if (separator == u';')
        return ImportDialog::tr("semicolons");
    if (separator == u'\t')
        return ImportDialog::tr("tabs");
    return ImportDialog::tr("commas");
}

// What the file turned out to be: "CSV, Windows-1252, separated by semicolons".
QString describe(const Workbook &book)
{
    if (book.format == u"csv")
        return ImportDialog::tr("CSV, %1, separated by %2").arg(book.encoding, separatorName(book.separator));
    const QString format =
        book.format == u"ods" ? ImportDialog::tr("ODS spreadsheet") : ImportDialog::tr("XLSX workbook");
    return ImportDialog::tr("%1, %n sheet(s)", nullptr, int(book.sheets.size())).arg(format);
}

} // namespace

ImportDialog::ImportDialog(Project *project, Dialogs *dialogs, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_dialogs(dialogs)
    , m_job(std::make_unique<LatestJob>())
    , m_base(project ? project->snapshot() : nullptr)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import a register"));
    resize(1060, 700);

    m_fileInfo = new QLabel(this);
    m_fileInfo->setObjectName(QStringLiteral("importFileInfo"));
    m_fileInfo->setWordWrap(true);
    m_fileInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // busy, no end known
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(m_fileInfo, 1);
    top->addWidget(m_busy);

    // The mapping: sheet, heading row, split rules, and a mapping file.
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("importSheet"));
    m_sheet->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_headingRow = new QSpinBox(this);
    m_headingRow->setObjectName(QStringLiteral("importHeadingRow"));
    m_headingRow->setRange(1, 50);
    m_headingRow->setToolTip(tr("The row of the sheet that holds the column headings; the rows below it are the "
                                "activities"));
    auto *split = new QHBoxLayout;
    const QStringList splitTexts = {tr("New lines"), tr("Semicolons"), tr("Commas"), tr("Bullets")};
    for (const QString &text : splitTexts) {
        auto *box = new QCheckBox(text, this);
        box->setObjectName(QStringLiteral("importSplit%1").arg(m_split.size()));
        m_split.append(box);
        split->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this] {
            Mapping m = m_mapping;
            m.split = {m_split.at(0)->isChecked(), m_split.at(1)->isChecked(), m_split.at(2)->isChecked(),
                       m_split.at(3)->isChecked()};
            setMapping(m);
        });
    }
    split->addStretch(1);
    m_loadMapping = new QPushButton(tr("&Load mapping…"), this);
    m_loadMapping->setObjectName(QStringLiteral("importLoadMapping"));
    m_loadMapping->setToolTip(tr("Apply a mapping saved before"));
    m_saveMapping = new QPushButton(tr("Sa&ve mapping…"), this);
    m_saveMapping->setObjectName(QStringLiteral("importSaveMapping"));
    m_saveMapping->setToolTip(tr("Keep this mapping in a file, to import the same register the same way again "
                                 "(also with ropa-cli import --mapping)"));
    connect(m_loadMapping, &QPushButton::clicked, this, &ImportDialog::chooseLoadMapping);
    connect(m_saveMapping, &QPushButton::clicked, this, &ImportDialog::chooseSaveMapping);

    // The sheet: shown only when a workbook with several sheets is read.
    m_sheetPane = new QWidget(this);
    auto *sheetLabel = new QLabel(tr("&Sheet:"), m_sheetPane);
    sheetLabel->setBuddy(m_sheet);
    auto *sheetPane = new QHBoxLayout(m_sheetPane);
    sheetPane->setContentsMargins(0, 0, 16, 0);
    sheetPane->addWidget(sheetLabel);
    sheetPane->addWidget(m_sheet);
    m_sheetPane->hide();
    auto *headingLabel = new QLabel(tr("&Heading row:"), this);
    headingLabel->setBuddy(m_headingRow);
    auto *sheetRow = new QHBoxLayout;
    sheetRow->addWidget(m_sheetPane);
    sheetRow->addWidget(headingLabel);
    sheetRow->addWidget(m_headingRow);
    sheetRow->addStretch(1);
    sheetRow->addWidget(m_loadMapping);
    sheetRow->addWidget(m_saveMapping);
    split->insertWidget(0, new QLabel(tr("Split cells at:"), this));

    m_preview = new ImportPreviewModel(this);
    m_previewView = new QTableView(this);
    m_previewView->setObjectName(QStringLiteral("importPreview"));
    m_previewView->setModel(m_preview);
    m_previewView->setWordWrap(false);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->horizontalHeader()->setDefaultSectionSize(170);
    m_previewView->verticalHeader()->setDefaultSectionSize(m_previewView->fontMetrics().height() + 8);
    m_columns = new ImportColumnsEditor(this);
    m_summary = new ImportSummaryView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("importTabs"));
    m_tabs->addTab(m_previewView, tr("&Preview"));
    m_tabs->addTab(m_columns, tr("&Columns"));
    m_tabs->addTab(m_summary, tr("What will be &imported"));
    // While the file is read, and when it cannot be: a message where the sheet would be.
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMargin(24);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_tabs);
    m_pages->addWidget(m_message);

    connect(m_sheet, &QComboBox::currentIndexChanged, this, &ImportDialog::setSheet);
    connect(m_headingRow, &QSpinBox::valueChanged, this, [this](int row) {
        const Sheet &sheet = m_workbook->sheets.at(m_sheetIndex);
        Mapping m = detectMapping(sheet, row - 1);
        m.sheet = sheet.name;
        m.split = m_mapping.split;
        m.values = m_mapping.values;
        setMapping(m);
    });
    connect(m_columns, &ImportColumnsEditor::fieldChanged, this, [this](int column, Field field) {
        Mapping m = m_mapping;
        auto it = std::find_if(m.columns.begin(), m.columns.end(),
                               [column](const ColumnField &c) { return c.column == column; });
        if (it != m.columns.end()) {
            it->field = field;
        } else {
            const Sheet &sheet = m_workbook->sheets.at(m_sheetIndex);
            m.columns.append({column, sheet.text(m.headingRow, column), field});
            std::sort(m.columns.begin(), m.columns.end(),
                      [](const ColumnField &a, const ColumnField &b) { return a.column < b.column; });
        }
        setMapping(m);
    });

    connect(m_summary, &ImportSummaryView::valueMapped, this,
            [this](Field field, const QString &value, const QString &as) {
                Mapping m = m_mapping;
                m.values.removeIf([&](const ValueMapping &v) { return v.field == field && v.value == value; });
                if (!as.isEmpty())
                    m.values.append({field, value, as});
                setMapping(m);
            });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importConfirm"));
    // Not the default button: Enter in the heading row's box must not import.
    m_import->setAutoDefault(false);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_job.get(), &LatestJob::busyChanged, this, [this](bool busy) {
        m_busy->setVisible(busy);
        updateButtons();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(sheetRow);
    layout->addLayout(split);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    updateButtons();
}

ImportDialog::~ImportDialog() = default;

QString ImportDialog::chooseFile(Dialogs &dialogs, QWidget *parent, const QString &folder)
{
    return dialogs.openFileName(parent, tr("Import a register"), folder,
                                tr("Registers (*.xlsx *.ods *.csv *.txt *.json);;All files (*)"));
}

bool ImportDialog::isBusy() const
{
    return m_job->isBusy();
}

const ImportPlan &ImportDialog::plan() const
{
    static const ImportPlan none;
    return m_plan ? *m_plan : none;
}

const ImportResult &ImportDialog::result() const
{
    static const ImportResult none;
    return m_result ? *m_result : none;
}

void ImportDialog::readFile(const QString &path)
{
    m_path = path;
    m_fileName = QFileInfo(path).fileName();
    m_error.clear();
    m_workbook.reset();
    m_avg.reset();
    m_template.reset();
    m_sheetIndex = -1;
    m_plan.reset();
    m_result.reset();
    m_preview->setSheet(nullptr, -1);
    m_summary->clear();
    setWindowTitle(tr("Import %1").arg(m_fileName));
    m_fileInfo->setText(tr("Reading %1…").arg(m_fileName));
    m_message->setText(tr("Reading %1…").arg(m_fileName));
    m_pages->setCurrentWidget(m_message);
    m_status->clear();
    updateButtons();
    m_job->start<Read>(
        [path](const LatestJob::Cancelled &) {
            // The register's JSON by its content, also when its name says .json like a Ropa file's.
            if (isAvgRegisterFile(path))
                return Read{nullptr, std::make_shared<const AvgRegisterRead>(readAvgRegisterFile(path))};
            return Read{std::make_shared<const Workbook>(readWorkbookFile(path)), nullptr};
        },
        [this](Read read) { readArrived(std::move(read)); });
}

void ImportDialog::readArrived(Read read)
{
    const QString why = read.avg ? read.avg->plan.error : read.workbook->error;
    if (!why.isEmpty()) {
        m_fileInfo->setText(m_fileName);
        fail(tr("Could not read %1: %2").arg(m_fileName, why));
        m_message->setText(
            tr("<p><b>Could not read %1.</b></p><p>%2.</p><p>Nothing was changed in the project.</p>")
                .arg(m_fileName.toHtmlEscaped(), QString(why.left(1).toUpper() + why.mid(1)).toHtmlEscaped()));
        m_status->clear(); // the message says it
        return;
    }
    if (read.avg) {
        registerArrived(read.avg);
        return;
    }
    if (read.workbook->sheets.isEmpty()) {
        m_fileInfo->setText(m_fileName);
        fail(tr("%1 has no sheet with data.").arg(m_fileName));
        return;
    }
    m_workbook = read.workbook;
    m_tabs->setTabEnabled(PreviewTab, true);
    m_tabs->setTabEnabled(ColumnsTab, true);
    m_template = detectTemplate(*m_workbook);
    m_pages->setCurrentWidget(m_tabs);
    QString what = describe(*m_workbook);
    if (m_template)
        what = tr("%1, read as %2 (its columns are fixed)").arg(what, importer::templateName(*m_template));
    m_fileInfo->setText(QStringLiteral("<b>%1</b> — %2").arg(m_fileName.toHtmlEscaped(), what.toHtmlEscaped()));
    if (!m_workbook->notes.isEmpty())
        m_fileInfo->setToolTip(m_workbook->notes.join(u'\n'));
    {
        const QSignalBlocker quiet(m_sheet);
        m_sheet->clear();
        for (const Sheet &s : m_workbook->sheets)
            m_sheet->addItem(s.name);
    }
    // A combo only when there is a choice.
    m_sheetPane->setVisible(m_workbook->sheets.size() > 1);
    // The ICO's sheet with its fixed columns, shown as they are read.
    const std::optional<Mapping> fixed = m_template == importer::Template::Ico ? icoMapping(*m_workbook) : std::nullopt;
    int first = 0;
    for (int i = 0; fixed && i < m_workbook->sheets.size(); ++i) {
        if (m_workbook->sheets.at(i).name == fixed->sheet)
            first = i;
    }
    setSheet(first);
}

// Records, not a sheet: no preview of rows and no columns to map; what will be imported at once.
void ImportDialog::registerArrived(std::shared_ptr<const AvgRegisterRead> avg)
{
    m_avg = std::move(avg);
    m_pages->setCurrentWidget(m_tabs);
    m_fileInfo->setText(
        QStringLiteral("<b>%1</b> — %2").arg(m_fileName.toHtmlEscaped(), describeAvgRegister(*m_avg).toHtmlEscaped()));
    m_sheetPane->setVisible(false);
    m_tabs->setTabEnabled(PreviewTab, false);
    m_tabs->setTabEnabled(ColumnsTab, false);
    m_tabs->setCurrentIndex(SummaryTab);
    m_mapping = Mapping{};
    replan();
}

void ImportDialog::setSheet(int index)
{
    if (!m_workbook || index < 0 || index >= m_workbook->sheets.size())
        return;
    m_sheetIndex = index;
    const Sheet &sheet = m_workbook->sheets.at(index);
    m_preview->setSheet(m_workbook, index);
    std::optional<Mapping> fixed = m_template == importer::Template::Ico ? icoMapping(*m_workbook) : std::nullopt;
    Mapping m = fixed && fixed->sheet == sheet.name ? *fixed : detectMapping(sheet);
    m.sheet = sheet.name;
    if (!fixed)
        m.split = m_mapping.split;
    m.values = m_mapping.values;
    setMapping(m);
}

void ImportDialog::setMapping(const Mapping &mapping)
{
    m_mapping = mapping;
    if (m_workbook)
        showMapping();
    replan();
}

void ImportDialog::showMapping()
{
    const Sheet &sheet = m_workbook->sheets.at(m_sheetIndex);
    {
        const QSignalBlocker quiet(m_sheet);
        m_sheet->setCurrentIndex(m_sheetIndex);
    }
    {
        const QSignalBlocker quiet(m_headingRow);
        m_headingRow->setMaximum(std::max(50, int(std::min<qsizetype>(sheet.rows.size(), 1000))));
        m_headingRow->setValue(m_mapping.headingRow + 1);
    }
    const SplitRules &s = m_mapping.split;
    const bool rules[] = {s.newLines, s.semicolons, s.commas, s.bullets};
    for (int i = 0; i < m_split.size(); ++i) {
        const QSignalBlocker quiet(m_split.at(i));
        m_split.at(i)->setChecked(rules[i]);
    }
    m_columns->setMapping(sheet, m_mapping);
    m_preview->setMapping(m_mapping);
    if (m_mapping.headingRow >= 0)
        m_previewView->scrollTo(m_preview->index(m_mapping.headingRow, 0), QAbstractItemView::PositionAtTop);
}

void ImportDialog::replan()
{
    // The previous result (a whole project's data) is let go on the worker, not in the window.
    Planned previous{std::move(m_plan), std::move(m_result), false};
    m_plan.reset();
    m_result.reset();
    m_error.clear();
    m_status->setText(tr("Working out what the import would do…"));
    updateButtons();
    const QString ownName = m_base ? m_base->info.name : QString();
    m_job->start<Planned>(
        [workbook = m_workbook, avg = m_avg, index = m_sheetIndex, mapping = m_mapping, base = m_base, ownName,
         registerTemplate = m_template, previous = std::move(previous)](const LatestJob::Cancelled &cancelled) mutable {
            previous = {};
            Planned p;
            std::shared_ptr<ImportPlan> plan;
            if (avg) {
                plan = std::make_shared<ImportPlan>(withValues(avg->plan, mapping.values));
            } else if (registerTemplate) {
                TemplateImport read = readTemplate(*registerTemplate, *workbook, mapping.values);
                plan = std::make_shared<ImportPlan>(std::move(read.plan));
                if (!read.error.isEmpty())
                    plan->error = read.error;
            } else {
                plan = std::make_shared<ImportPlan>(planImport(workbook->sheets.at(index), mapping));
            }
            if (plan->error.isEmpty() && !cancelled()) {
                auto result = std::make_shared<ImportResult>(applyImport(base ? *base : ProjectData{}, *plan, ownName));
                p.changesNothing = base && result->data == *base;
                p.result = std::move(result);
            }
            p.plan = std::move(plan);
            return p;
        },
        [this](Planned p) { planArrived(std::move(p)); });
}

void ImportDialog::planArrived(Planned planned)
{
    m_plan = planned.plan;
    if (!m_plan->error.isEmpty()) {
        m_summary->clear();
        fail(m_plan->error);
        return;
    }
    m_result = planned.result;
    m_changesNothing = planned.changesNothing;
    m_summary->setOutcome(*m_plan, *m_result, m_changesNothing, m_mapping.values);
    const int activities = int(m_plan->activities.size());
    const int unresolved = int(m_plan->unresolved.size());
    if (m_changesNothing)
        m_status->setText(tr("Nothing to import: the project already has all that this sheet says."));
    else if (activities == 0)
        m_status->setText(tr("No activity found below the heading row: check the heading row and the columns."));
    else
        m_status->setText(tr("%n activities to import", nullptr, activities) +
                          (unresolved > 0
                               ? QStringLiteral(" · ") +
                                     tr("%n value(s) not resolved (see What will be imported)", nullptr, unresolved)
                               : QString()));
    updateButtons();
}

void ImportDialog::fail(const QString &message)
{
    m_error = message;
    m_status->setText(message);
    updateButtons();
}

void ImportDialog::updateButtons()
{
    const bool read = m_workbook != nullptr; // a sheet, with its mapping
    const bool busy = isBusy();
    m_import->setEnabled(!busy && m_result && !m_changesNothing && !m_plan->activities.isEmpty() && m_project);
    // A template's columns are fixed: nothing of the mapping is offered but the values' meaning.
    const bool mappable = read && !m_template;
    m_sheet->setEnabled(mappable);
    m_headingRow->setEnabled(mappable);
    m_columns->setEnabled(mappable);
    for (QCheckBox *box : std::as_const(m_split))
        box->setEnabled(mappable);
    m_loadMapping->setEnabled(mappable);
    m_saveMapping->setEnabled(mappable);
    m_tabs->setEnabled(read || m_avg);
}

void ImportDialog::reject()
{
    if (!isBusy()) {
        QDialog::reject();
        return;
    }
    m_job->cancel(); // its result is dropped
    hide();
    connect(m_job.get(), &LatestJob::busyChanged, this, [this](bool busy) {
        if (!busy)
            QDialog::reject();
    });
}

bool ImportDialog::importNow()
{
    if (!m_import->isEnabled() || !m_project || !m_result)
        return false;
    // The dialog is window-modal: the project is as it was when the plan was made.
    const QString text = tr("Import %n activities from %1", nullptr, int(m_plan->activities.size())).arg(m_fileName);
    if (!importer::importAsOneStep(*m_project, *m_result, text)) {
        fail(tr("The import was not made: it would leave the project in a state Ropa cannot keep. Nothing was "
                "changed."));
        return false;
    }
    accept();
    return true;
}

QString ImportDialog::loadMapping(const QString &path)
{
    if (!m_workbook)
        return tr("No register is read yet.");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Could not open %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
    QString error;
    const std::optional<Mapping> given = Mapping::fromJson(file.read(1 << 20), &error);
    if (!given)
        return tr("%1 is not a mapping: %2").arg(QFileInfo(path).fileName(), error);
    int index = m_sheetIndex;
    if (!given->sheet.isEmpty()) {
        const int found = m_sheet->findText(given->sheet, Qt::MatchFixedString);
        if (found < 0)
            return tr("The mapping is for a sheet “%1”, which %2 does not have.").arg(given->sheet, m_fileName);
        index = found;
    }
    m_sheetIndex = index;
    m_preview->setSheet(m_workbook, index);
    const Sheet &sheet = m_workbook->sheets.at(index);
    Mapping m;
    if (!given->columns.isEmpty()) {
        m = *given;
        if (m.headingRow < 0)
            m.headingRow = findHeadingRow(sheet);
    } else {
        m = detectMapping(sheet, given->headingRow);
        m.split = given->split;
        m.values = given->values;
    }
    m.sheet = sheet.name;
    setMapping(m);
    return {};
}

QString ImportDialog::saveMapping(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_mapping.toJson()) < 0 || !file.commit())
        return tr("Could not write %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
    return {};
}

void ImportDialog::chooseLoadMapping()
{
    const QString path = m_dialogs->openFileName(this, tr("Load a mapping"), QFileInfo(m_path).absolutePath(),
                                                 tr("Mappings (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const QString error = loadMapping(path); !error.isEmpty())
        m_dialogs->showError(this, tr("Could not load the mapping."), error);
}

void ImportDialog::chooseSaveMapping()
{
    const QFileInfo register_(m_path);
    const QString suggested =
        register_.absolutePath() + u'/' + tr("%1 mapping").arg(register_.completeBaseName()) + QStringLiteral(".json");
    QString path = m_dialogs->saveFileName(this, tr("Save the mapping"), suggested, tr("Mappings (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".json");
    if (const QString error = saveMapping(path); !error.isEmpty())
        m_dialogs->showError(this, tr("Could not save the mapping."), error);
    else
        m_status->setText(tr("Mapping saved to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace ropa
