#pragma once

// File → Import…: a register the DPO already keeps (XLSX, ODS or CSV, or the Dutch government
// register's JSON export, which has records instead of sheets and columns) into the open project.
// The file is read, and every plan computed, on a worker, so the window keeps painting; the
// user picks the sheet, checks the first rows and corrects the mapping (heading row, each
// column's field, how cells split), sees what will be added and matched and which values
// Ropa could not resolve, and confirms. Nothing changes in the project before Import; then
// the whole import is one undo step.

#include "import/avgregisterreader.h"
#include "import/importapply.h"
#include "import/mapping.h"
#include "import/templates.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace ropa {

class Dialogs;
class ImportColumnsEditor;
class ImportPreviewModel;
class ImportSummaryView;
class LatestJob;
class Project;
struct ProjectData;

class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum Tab { PreviewTab, ColumnsTab, SummaryTab };

    ImportDialog(Project *project, Dialogs *dialogs, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Asks for the register's file (empty: cancelled); folder: where the chooser starts.
    static QString chooseFile(Dialogs &dialogs, QWidget *parent, const QString &folder);

    // Reads the register on the worker; the preview and the plan follow when it arrives.
    void readFile(const QString &path);
    bool isBusy() const;
    // Why the file or the mapping gives nothing to import (the reader's message), else empty.
    QString error() const { return m_error; }
    const importer::Mapping &mapping() const { return m_mapping; }
    // The plan and its result, once computed for the current mapping.
    bool hasResult() const { return m_result != nullptr; }
    const importer::ImportPlan &plan() const;
    const importer::ImportResult &result() const;

    // Makes the import one undo step and closes; false (and a word in the dialog) when there
    // is nothing to import or the project refused it.
    bool importNow();
    // Loads or saves a mapping file (JSON); an error or empty.
    QString loadMapping(const QString &path);
    QString saveMapping(const QString &path) const;

    // Cancel: while the file is still read, the dialog goes at once and closes when the reader
    // returns (it does not stop mid-file), so the window never waits on it.
    void reject() override;

    QComboBox *sheetBox() const { return m_sheet; }
    QLabel *fileInfo() const { return m_fileInfo; }
    QSpinBox *headingRowBox() const { return m_headingRow; }
    QCheckBox *splitBox(int index) const { return m_split.at(index); }
    ImportColumnsEditor *columns() const { return m_columns; }
    ImportPreviewModel *previewModel() const { return m_preview; }
    QTableView *previewView() const { return m_previewView; }
    ImportSummaryView *summary() const { return m_summary; }
    QLabel *status() const { return m_status; }
    QPushButton *importButton() const { return m_import; }
    QTabWidget *tabs() const { return m_tabs; }
    // Shown instead of the tabs while the file is read and when it cannot be read.
    QLabel *message() const { return m_message; }

private:
    struct Read;
    struct Planned;
    void readArrived(Read read);
    void registerArrived(std::shared_ptr<const importer::AvgRegisterRead> avg);
    void setSheet(int index);
    void setMapping(const importer::Mapping &mapping);
    void showMapping();
    void replan();
    void planArrived(Planned planned);
    void fail(const QString &message);
    void updateButtons();
    void chooseLoadMapping();
    void chooseSaveMapping();

    QPointer<Project> m_project;
    Dialogs *m_dialogs;
    std::unique_ptr<LatestJob> m_job;
    std::shared_ptr<const ProjectData> m_base;
    QString m_path;
    QString m_fileName;
    QString m_error;
    std::shared_ptr<const importer::Workbook> m_workbook;
    // The Dutch government register's JSON, when the file is one: records, not sheets.
    std::shared_ptr<const importer::AvgRegisterRead> m_avg;
    int m_sheetIndex = -1;
    importer::Mapping m_mapping;
    // The register template the file is in (import/templates.h): its mapping is fixed, so the
    // sheet, heading row and columns are not offered; empty: a register of the user's own.
    std::optional<importer::Template> m_template;
    std::shared_ptr<const importer::ImportPlan> m_plan;
    std::shared_ptr<const importer::ImportResult> m_result;
    bool m_changesNothing = false;

    QLabel *m_fileInfo = nullptr;
    QProgressBar *m_busy = nullptr;
    QWidget *m_sheetPane = nullptr;
    QComboBox *m_sheet = nullptr;
    QSpinBox *m_headingRow = nullptr;
    QList<QCheckBox *> m_split;
    QPushButton *m_loadMapping = nullptr;
    QPushButton *m_saveMapping = nullptr;
    QStackedWidget *m_pages = nullptr; // the tabs, or a message
    QTabWidget *m_tabs = nullptr;
    QLabel *m_message = nullptr;
    ImportPreviewModel *m_preview = nullptr;
    QTableView *m_previewView = nullptr;
    ImportColumnsEditor *m_columns = nullptr;
    ImportSummaryView *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace ropa
