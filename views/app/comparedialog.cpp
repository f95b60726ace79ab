#include "comparedialog.h"

#include "app/changestree.h"
#include "app/dialogs.h"
#include "app/entityviewer.h"
#include "app/welcomepage.h"
#include "compare/diffreport.h"
#include "domain/project.h"
#include "jobs/latestjob.h"
#include "session/projectsession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ropa {

struct CompareDialog::Outcome
{
    QString error;
    compare::Diff diff;
    std::shared_ptr<const ProjectData> other;
};

namespace {

QString shortName(const QString &path)
{
    return path.startsWith(u':') ? WelcomePage::exampleTitle(path) : QFileInfo(path).fileName();
}

// The language the report's own texts ("Contents") are written in: the interface's, when a
// record can be written in it.
QString reportLanguage()
{
    const QString language = QLocale().name().left(2);
    return reports::availableLanguages().contains(language) ? language : QStringLiteral("en");
}

} // namespace

CompareDialog::CompareDialog(Project *project, Dialogs *dialogs, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_dialogs(dialogs)
    , m_job(std::make_unique<LatestJob>())
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare"));
    resize(1000, 640);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("compareSearch"));
    m_search->setPlaceholderText(tr("Filter the changes by name, field or value"));
    m_search->setClearButtonEnabled(true);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("compareType"));
    m_type->addItem(tr("All changes"), -1);
    m_type->addItem(tr("Added"), static_cast<int>(compare::ChangeType::Added));
    m_type->addItem(tr("Removed"), static_cast<int>(compare::ChangeType::Removed));
    m_type->addItem(tr("Changed"), static_cast<int>(compare::ChangeType::Changed));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_type);

    m_tree = new ChangesTree(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("compareStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_show = buttons->addButton(tr("&Show in project"), QDialogButtonBox::ActionRole);
    m_show->setObjectName(QStringLiteral("compareShow"));
    m_showOther = buttons->addButton(tr("Show in the &other copy"), QDialogButtonBox::ActionRole);
    m_showOther->setObjectName(QStringLiteral("compareShowOther"));
    m_showOther->setToolTip(tr("The entity as it is in the other file, read-only"));
    connect(m_showOther, &QPushButton::clicked, this, [this] { showSelectedInOther(); });
    m_again = buttons->addButton(tr("Compare &again"), QDialogButtonBox::ActionRole);
    m_again->setObjectName(QStringLiteral("compareAgain"));
    m_again->setToolTip(tr("Compare the project as it is now (after your edits) with the file as it is now"));
    connect(m_again, &QPushButton::clicked, this, [this] { compareWith(m_otherPath); });
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("compareExport"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_show, &QPushButton::clicked, this, &CompareDialog::showSelected);
    connect(m_export, &QPushButton::clicked, this, &CompareDialog::chooseExport);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &CompareDialog::applyFilter);
    connect(m_type, &QComboBox::currentIndexChanged, this, &CompareDialog::applyFilter);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CompareDialog::updateButtons);
    // A double click opens the entity where it is: in the project, else in the other copy.
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this] {
        const compare::Change *c = m_tree->currentChange();
        if (c && m_project && !m_project->data().kindOfId(c->id))
            showSelectedInOther();
        else
            showSelected();
    });
    updateButtons();
}

CompareDialog::~CompareDialog() = default;

bool CompareDialog::isBusy() const
{
    return m_job->isBusy();
}

void CompareDialog::compareWith(const QString &otherPath)
{
    m_otherPath = otherPath;
    m_otherName = shortName(otherPath);
    m_error.clear();
    setWindowTitle(tr("Compare with %1").arg(m_otherName));
    m_summary->setText(tr("Comparing this project with %1…").arg(m_otherName));
    m_tree->setSideTitles(tr("This project"), m_otherName, tr("this project"));
    m_tree->setDiff({});
    m_other.reset();
    m_status->clear();
    updateButtons();
    if (!m_project)
        return;
    m_job->start<Outcome>(
        [mine = m_project->snapshot(), otherPath](const LatestJob::Cancelled &) {
            Outcome o;
            // Read-only: the other copy is never locked, migrated on disk or changed.
            const LoadedProject other = ProjectSession::read(otherPath, OpenMode::ReadOnly);
            if (!other) {
                o.error = other.error.message;
                return o;
            }
            o.diff = compare::diff(*mine, *other.data);
            o.other = std::make_shared<const ProjectData>(std::move(*other.data));
            return o;
        },
        [this](Outcome outcome) { arrived(outcome); });
}

void CompareDialog::arrived(const Outcome &outcome)
{
    if (!outcome.error.isEmpty()) {
        m_error = tr("Could not read %1.\n\n%2").arg(m_otherName, outcome.error);
        m_summary->setText(m_error);
        updateButtons();
        return;
    }
    const compare::Diff &d = outcome.diff;
    m_other = outcome.other;
    m_tree->setDiff(d);
    QString summary =
        d.isEmpty() ? tr("This project and %1 are the same.").arg(m_otherName)
                    : tr("From this project to %1: %n change(s).", nullptr, int(d.changes.size())).arg(m_otherName);
    if (d.unrelated)
        summary += u' ' + tr("The two share no entity: they are not two versions of one project, so everything "
                             "shows as removed and added.");
    m_summary->setText(summary);
    applyFilter();
}

void CompareDialog::applyFilter()
{
    const int type = m_type->currentData().toInt();
    m_tree->setFilter(m_search->text(),
                      type < 0 ? std::nullopt : std::optional(static_cast<compare::ChangeType>(type)));
    const int shown = m_tree->visibleChanges();
    if (shown < m_tree->diff().changes.size())
        m_status->setText(tr("%n change(s) shown", nullptr, shown));
    else
        m_status->clear();
    updateButtons();
}

void CompareDialog::updateButtons()
{
    const compare::Change *c = m_tree->currentChange();
    m_show->setEnabled(c && c->subject != compare::Subject::Project && m_project && m_project->data().kindOfId(c->id));
    m_showOther->setEnabled(c && c->subject != compare::Subject::Project && m_other && m_other->kindOfId(c->id));
    m_export->setEnabled(!m_otherPath.isEmpty() && m_error.isEmpty() && !isBusy());
    m_again->setEnabled(!m_otherPath.isEmpty() && !isBusy());
}

bool CompareDialog::showSelected()
{
    const compare::Change *c = m_tree->currentChange();
    if (!c || c->subject == compare::Subject::Project)
        return false;
    if (!m_project || !m_project->data().kindOfId(c->id)) {
        m_status->setText(tr("“%1” is only in %2, not in this project: “Show in the other copy” shows it there.")
                              .arg(c->name, m_otherName));
        return false;
    }
    m_status->clear();
    Q_EMIT entityRequested(c->id);
    return true;
}

EntityViewer *CompareDialog::showSelectedInOther()
{
    const compare::Change *c = m_tree->currentChange();
    if (!c || c->subject == compare::Subject::Project || !m_other)
        return nullptr;
    auto *viewer = new EntityViewer(m_other, m_otherName, this);
    if (!viewer->showEntity(c->id)) {
        delete viewer;
        m_status->setText(tr("“%1” is not in %2.").arg(c->name, m_otherName));
        return nullptr;
    }
    viewer->show();
    return viewer;
}

QString CompareDialog::exportTo(const QString &path)
{
    const bool markdown = path.endsWith(QStringLiteral(".md"), Qt::CaseInsensitive);
    const QString mine = m_project ? m_project->info().name : QString();
    const reports::Report report =
        compare::diffReport(m_tree->diff(), mine.isEmpty() ? tr("this project") : mine, m_otherName, reportLanguage());
    const QByteArray bytes =
        compare::diffReportBytes(report, markdown ? reports::Format::Markdown : reports::Format::Html);
    return reports::writeFileAtomically(path, bytes);
}

void CompareDialog::chooseExport()
{
    const QString base = QFileInfo(m_otherName).completeBaseName();
    const QString suggested = QFileInfo(m_otherPath).absolutePath() + u'/' +
                              tr("comparison with %1").arg(base.isEmpty() ? m_otherName : base) +
                              QStringLiteral(".html");
    QString path =
        m_dialogs->saveFileName(this, tr("Export the comparison"), m_otherPath.startsWith(u':') ? QString() : suggested,
                                tr("HTML (*.html);;Markdown (*.md)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".html"), Qt::CaseInsensitive) &&
        !path.endsWith(QStringLiteral(".md"), Qt::CaseInsensitive))
        path += QStringLiteral(".html");
    const QString error = exportTo(path);
    if (!error.isEmpty())
        m_dialogs->showError(this, tr("Could not export the comparison."), error);
    else
        m_status->setText(tr("Exported %1").arg(QFileInfo(path).absoluteFilePath()));
}

} // namespace ropa
