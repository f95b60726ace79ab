#include "exchangeactions.h"

#include "app/comparedialog.h"
#include "app/importdialog.h"
#include "app/mergedialog.h"
#include "app/projectfiles.h"
#include "app/registerdrop.h"
#include "session/projectsession.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QWidget>

namespace ropa {

ExchangeActions::ExchangeActions(QWidget *window, ProjectSession *session, Dialogs *dialogs, ProjectFiles *files)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_dialogs(dialogs)
    , m_files(files)
    , m_importJson(new QAction(tr("&Import JSON…"), this))
    , m_exportJson(new QAction(tr("&Export JSON…"), this))
    , m_import(new QAction(tr("Im&port a register…"), this))
    , m_compare(new QAction(tr("Co&mpare with…"), this))
    , m_merge(new QAction(tr("Mer&ge changes from…"), this))
{
    m_importJson->setStatusTip(tr("Open a JSON interchange file as a new, untitled project"));
    connect(m_importJson, &QAction::triggered, m_files, &ProjectFiles::chooseImport);
    m_exportJson->setStatusTip(tr("Write the project in the JSON interchange format"));
    connect(m_exportJson, &QAction::triggered, m_files, &ProjectFiles::chooseExport);
    m_import->setObjectName(QStringLiteral("importRegisterAction"));
    m_import->setStatusTip(tr("Bring a register kept in a spreadsheet (XLSX, ODS, CSV) into this project"));
    connect(m_import, &QAction::triggered, this, [this] {
        const QString saved = m_session->filePath();
        const QString folder = saved.isEmpty() ? QString() : QFileInfo(saved).absolutePath();
        importRegister(ImportDialog::chooseFile(*m_dialogs, m_window, folder));
    });
    m_compare->setObjectName(QStringLiteral("compareAction"));
    m_compare->setStatusTip(tr("See what differs between this project and another copy of it"));
    connect(m_compare, &QAction::triggered, this,
            [this] { compareWith(m_files->chooseOtherCopy(tr("Compare with"))); });
    m_merge->setObjectName(QStringLiteral("mergeAction"));
    m_merge->setStatusTip(tr("Take changes from another copy of this project, as one step you can undo"));
    connect(m_merge, &QAction::triggered, this,
            [this] { mergeFrom(m_files->chooseOtherCopy(tr("Merge changes from"))); });

    // A register dropped on the window is imported.
    auto *drop = new RegisterDrop([this] { return editable(); }, this);
    connect(drop, &RegisterDrop::registerDropped, this, &ExchangeActions::importRegister);
    m_window->installEventFilter(drop);
    m_window->setAcceptDrops(true);
}

bool ExchangeActions::editable() const
{
    return m_session->hasProject() && !m_session->isReadOnly();
}

void ExchangeActions::addTo(QMenu *fileMenu)
{
    fileMenu->addSeparator();
    fileMenu->addAction(m_importJson);
    fileMenu->addAction(m_import);
    fileMenu->addAction(m_exportJson);
    fileMenu->addSeparator();
    fileMenu->addAction(m_compare);
    fileMenu->addAction(m_merge);
}

void ExchangeActions::updateActions()
{
    m_exportJson->setEnabled(m_session->hasProject());
    m_compare->setEnabled(m_session->hasProject());
    m_merge->setEnabled(editable());
    m_import->setEnabled(editable());
}

void ExchangeActions::projectGoes()
{
    if (m_compareDialog)
        m_compareDialog->close(); // it compared the project that goes
}

CompareDialog *ExchangeActions::compareWith(const QString &path)
{
    if (!m_session->hasProject() || path.isEmpty())
        return nullptr;
    if (m_compareDialog)
        m_compareDialog->close();
    auto *dialog = new CompareDialog(m_session->project(), m_dialogs, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CompareDialog::entityRequested, this, &ExchangeActions::entityRequested);
    m_compareDialog = dialog;
    dialog->compareWith(path);
    dialog->show();
    return dialog;
}

MergeDialog *ExchangeActions::mergeFrom(const QString &theirs, const QString &base)
{
    if (!editable() || theirs.isEmpty())
        return nullptr;
    auto *dialog = new MergeDialog(m_session->project(), m_dialogs, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ExchangeActions::merged);
    dialog->setFiles(theirs, base);
    dialog->open();
    return dialog;
}

ImportDialog *ExchangeActions::importRegister(const QString &path)
{
    if (!editable() || path.isEmpty())
        return nullptr;
    auto *dialog = new ImportDialog(m_session->project(), m_dialogs, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ExchangeActions::imported);
    dialog->readFile(path);
    dialog->open();
    return dialog;
}

} // namespace ropa
