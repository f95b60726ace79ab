#include "mergedialog.h"

#include "app/changestree.h"
#include "app/dialogs.h"
#include "app/welcomepage.h"
#include "compare/apply.h"
#include "compare/conflictedit.h"
#include "compare/pick.h"
#include "domain/project.h"
#include "jobs/latestjob.h"
#include "session/projectsession.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ropa {

using compare::Side;

struct MergeDialog::Outcome
{
    QString error;
    std::shared_ptr<const ProjectData> theirs;
    std::shared_ptr<const ProjectData> base;
    std::shared_ptr<const ProjectData> target;
    compare::Diff diff;
    QList<compare::Conflict> conflicts;
    QStringList problems;
    bool baseUnrelated = false;
};

namespace {

QString shortName(const QString &path)
{
    return path.startsWith(u':') ? WelcomePage::exampleTitle(path) : QFileInfo(path).fileName();
}

std::shared_ptr<const ProjectData> readCopy(const QString &path, std::shared_ptr<const ProjectData> cached,
                                            QString &error)
{
    if (cached)
        return cached;
    // Read-only: their copy and the base are never locked or changed.
    LoadedProject loaded = ProjectSession::read(path, OpenMode::ReadOnly);
    if (!loaded) {
        error = MergeDialog::tr("Could not read %1.\n\n%2").arg(shortName(path), loaded.error.message);
        return {};
    }
    return std::make_shared<const ProjectData>(*std::move(loaded.data));
}

// The merge with every conflict decided: as the user decided, the rest (for the list of
// changes only; Merge waits for the user's decisions) as mine.
compare::MergeResult mergeForList(const ProjectData &base, const ProjectData &mine, const ProjectData &theirs,
                                  const compare::Decisions &decisions, QList<compare::Conflict> &conflicts,
                                  bool &baseUnrelated)
{
    compare::MergeResult r = compare::merge(base, mine, theirs, decisions);
    conflicts = r.conflicts;
    baseUnrelated = r.baseUnrelated;
    compare::Decisions filled = decisions;
    for (int round = 0; round < 4 && r.undecided() > 0; ++round) {
        for (const compare::Conflict &c : r.conflicts) {
            if (!c.decidedFor)
                filled.insert(c.decisionKey(), Side::Ours);
        }
        r = compare::merge(base, mine, theirs, filled);
    }
    return r;
}

QString conflictText(const compare::Conflict &c)
{
    const QString what = c.subject == compare::Subject::Project ? MergeDialog::tr("Project details")
                                                                : MergeDialog::tr("%1 “%2”").arg(c.kindName(), c.name);
    switch (c.type) {
    case compare::ConflictType::BothChanged: return MergeDialog::tr("%1 — %2").arg(c.label, what);
    case compare::ConflictType::RemovedAndChanged:
        return c.removedBy == Side::Ours ? MergeDialog::tr("%1: removed in mine, changed in theirs").arg(what)
                                         : MergeDialog::tr("%1: changed in mine, removed in theirs").arg(what);
    case compare::ConflictType::RemovedAndReferenced:
        return c.removedBy == Side::Ours
                   ? MergeDialog::tr("%1: removed in mine, but “%2” in theirs refers to it").arg(what, c.referencedBy)
                   : MergeDialog::tr("%1: removed in theirs, but “%2” in mine refers to it").arg(what, c.referencedBy);
    }
    return what;
}

QString sideValue(const compare::Conflict &c, Side side)
{
    if (c.type == compare::ConflictType::BothChanged) {
        const QString text = side == Side::Ours ? c.oursText : c.theirsText;
        return text.isEmpty() ? MergeDialog::tr("(not stated)") : text;
    }
    return c.removedBy == side ? MergeDialog::tr("remove it") : MergeDialog::tr("keep it");
}

} // namespace

MergeDialog::MergeDialog(Project *project, Dialogs *dialogs, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_dialogs(dialogs)
    , m_job(std::make_unique<LatestJob>())
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge changes"));
    resize(1040, 700);

    m_theirsLabel = new QLabel(this);
    m_theirsLabel->setObjectName(QStringLiteral("mergeTheirs"));
    auto *chooseTheirs = new QPushButton(tr("C&hoose…"), this);
    connect(chooseTheirs, &QPushButton::clicked, this, &MergeDialog::chooseTheirs);
    m_baseBox = new QCheckBox(tr("I have the version we both started from"), this);
    m_baseBox->setObjectName(QStringLiteral("mergeHasBase"));
    m_baseBox->setToolTip(tr("With the version both copies started from, Ropa takes everything only they changed "
                             "and asks only about what both of you changed."));
    m_baseLabel = new QLabel(this);
    m_baseLabel->setObjectName(QStringLiteral("mergeBase"));
    m_chooseBase = new QPushButton(tr("Ch&oose…"), this);
    connect(m_chooseBase, &QPushButton::clicked, this, &MergeDialog::chooseBase);
    connect(m_baseBox, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_basePath.isEmpty()) {
            chooseBase();
            return;
        }
        recompute();
    });
    auto *files = new QGridLayout;
    files->addWidget(new QLabel(tr("Their copy:"), this), 0, 0);
    files->addWidget(m_theirsLabel, 0, 1);
    files->addWidget(chooseTheirs, 0, 2);
    files->addWidget(m_baseBox, 1, 0);
    files->addWidget(m_baseLabel, 1, 1);
    files->addWidget(m_chooseBase, 1, 2);
    files->setColumnStretch(1, 1);

    m_conflictsTitle = new QLabel(this);
    m_conflicts = new QTreeWidget(this);
    m_conflicts->setObjectName(QStringLiteral("mergeConflicts"));
    m_conflicts->setHeaderLabels({tr("Conflict"), tr("Mine"), tr("Theirs"), tr("Take")});
    m_conflicts->setRootIsDecorated(false);
    m_conflicts->setWordWrap(true);
    m_conflicts->header()->resizeSection(0, 380);
    m_conflicts->header()->resizeSection(1, 230);
    m_conflicts->header()->resizeSection(2, 230);
    auto *conflictsBox = new QWidget(this);
    auto *conflictsLayout = new QVBoxLayout(conflictsBox);
    conflictsLayout->setContentsMargins(0, 0, 0, 0);
    conflictsLayout->addWidget(m_conflictsTitle);
    conflictsLayout->addWidget(m_conflicts);

    m_changesTitle = new QLabel(this);
    m_tree = new ChangesTree(this);
    m_tree->setSideTitles(tr("Mine"), tr("Theirs"), tr("your copy"), tr("their copy"));
    connect(m_tree, &ChangesTree::tickedChanged, this, [this] {
        rememberTicks();
        updateState();
    });
    auto *all = new QPushButton(tr("Tick &all"), this);
    auto *none = new QPushButton(tr("Tick &none"), this);
    connect(all, &QPushButton::clicked, this, [this] { m_tree->setAllTicked(true); });
    connect(none, &QPushButton::clicked, this, [this] { m_tree->setAllTicked(false); });
    auto *changesBox = new QWidget(this);
    auto *changesLayout = new QVBoxLayout(changesBox);
    changesLayout->setContentsMargins(0, 0, 0, 0);
    auto *changesHead = new QHBoxLayout;
    changesHead->addWidget(m_changesTitle, 1);
    changesHead->addWidget(all);
    changesHead->addWidget(none);
    changesLayout->addLayout(changesHead);
    changesLayout->addWidget(m_tree);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(conflictsBox);
    split->addWidget(changesBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("mergeStatus"));
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("mergeApply"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(files);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    updateState();
}

MergeDialog::~MergeDialog() = default;

bool MergeDialog::isBusy() const
{
    return m_job->isBusy();
}

int MergeDialog::undecided() const
{
    int n = 0;
    for (const compare::Conflict &c : m_conflictList)
        n += m_decisions.contains(c.decisionKey()) ? 0 : 1;
    return n;
}

void MergeDialog::setFiles(const QString &theirs, const QString &base)
{
    if (theirs != m_theirsPath)
        m_theirs.reset();
    if (base != m_basePath)
        m_base.reset();
    m_theirsPath = theirs;
    m_basePath = base;
    m_decisions.clear();
    m_edits.clear();
    m_ticks.clear();
    const QSignalBlocker block(m_baseBox);
    m_baseBox->setChecked(!base.isEmpty());
    recompute();
}

void MergeDialog::recompute()
{
    const bool withBase = m_baseBox->isChecked() && !m_basePath.isEmpty();
    m_theirsLabel->setText(m_theirsPath.isEmpty() ? tr("(none)") : shortName(m_theirsPath));
    m_baseLabel->setText(withBase ? shortName(m_basePath) : QString());
    m_error.clear();
    m_target.reset();
    m_status->setText(tr("Comparing…"));
    updateState();
    if (!m_project || m_theirsPath.isEmpty())
        return;
    m_job->start<Outcome>(
        [mine = m_project->snapshot(), theirsPath = m_theirsPath, basePath = withBase ? m_basePath : QString(),
         theirs = m_theirs, base = m_base, decisions = m_decisions, edits = m_edits](const LatestJob::Cancelled &) {
            Outcome o;
            o.theirs = readCopy(theirsPath, theirs, o.error);
            if (!o.theirs)
                return o;
            if (basePath.isEmpty()) {
                o.target = o.theirs;
                o.diff = compare::diff(*mine, *o.theirs);
                return o;
            }
            o.base = readCopy(basePath, base, o.error);
            if (!o.base)
                return o;
            compare::MergeResult r = mergeForList(*o.base, *mine, *o.theirs, decisions, o.conflicts, o.baseUnrelated);
            o.problems = r.problems;
            if (r.merged) {
                // The user's own texts replace mine where they decided so.
                for (const compare::Conflict &c : std::as_const(r.conflicts)) {
                    if (const auto edit = edits.constFind(c.decisionKey()); edit != edits.cend())
                        compare::applyEdit(*r.merged, c, *edit);
                }
                o.target = std::make_shared<const ProjectData>(*std::move(r.merged));
                o.diff = compare::diff(*mine, *o.target);
            }
            return o;
        },
        [this](Outcome outcome) { arrived(outcome); });
}

void MergeDialog::arrived(const Outcome &o)
{
    m_error = o.error;
    if (o.theirs)
        m_theirs = o.theirs;
    if (o.base)
        m_base = o.base;
    m_target = o.target;
    m_problems = o.problems;
    m_baseUnrelated = o.baseUnrelated;
    m_conflictList = o.conflicts;
    fillConflicts();
    // With a base, what the merge takes is ticked; without, the user ticks what to take.
    const bool withBase = m_base && m_baseBox->isChecked();
    QSet<QString> ticked;
    for (const compare::Change &c : o.diff.changes) {
        for (const compare::Pick &p : compare::picksOf(c)) {
            if (m_ticks.value(p.key(), withBase))
                ticked.insert(p.key());
        }
    }
    m_tree->setDiff(o.diff, true, ticked);
    updateState();
}

void MergeDialog::fillConflicts()
{
    m_conflicts->clear();
    for (int row = 0; row < m_conflictList.size(); ++row) {
        const compare::Conflict &c = m_conflictList.at(row);
        auto *item = new QTreeWidgetItem(m_conflicts);
        item->setText(0, conflictText(c));
        item->setText(1, sideValue(c, Side::Ours));
        item->setText(2, sideValue(c, Side::Theirs));
        for (int column = 0; column < 3; ++column)
            item->setToolTip(column, item->text(column));
        auto *choice = new QWidget(m_conflicts);
        auto *layout = new QHBoxLayout(choice);
        layout->setContentsMargins(2, 0, 2, 0);
        auto *mine = new QRadioButton(tr("Mine"), choice);
        mine->setObjectName(QStringLiteral("keepMine"));
        auto *theirs = new QRadioButton(tr("Theirs"), choice);
        theirs->setObjectName(QStringLiteral("takeTheirs"));
        layout->addWidget(mine);
        layout->addWidget(theirs);
        QRadioButton *own = nullptr;
        if (compare::canEdit(c)) {
            own = new QRadioButton(tr("Edit…"), choice);
            own->setObjectName(QStringLiteral("editValue"));
            own->setToolTip(tr("Write the value yourself"));
            layout->addWidget(own);
            connect(own, &QRadioButton::clicked, this, [this, row] { editRow(row); });
        }
        layout->addStretch(1);
        const auto decided = m_decisions.constFind(c.decisionKey());
        if (const auto edit = m_edits.constFind(c.decisionKey()); edit != m_edits.cend() && own) {
            own->setChecked(true);
            item->setText(0, tr("%1 → your text: “%2”").arg(conflictText(c), *edit));
            item->setToolTip(0, item->text(0));
        } else if (decided != m_decisions.cend()) {
            (*decided == Side::Ours ? mine : theirs)->setChecked(true);
        }
        connect(mine, &QRadioButton::clicked, this, [this, row] { decide(row, Side::Ours); });
        connect(theirs, &QRadioButton::clicked, this, [this, row] { decide(row, Side::Theirs); });
        m_conflicts->setItemWidget(item, 3, choice);
    }
}

bool MergeDialog::decide(int row, compare::Side side)
{
    if (row < 0 || row >= m_conflictList.size())
        return false;
    m_decisions.insert(m_conflictList.at(row).decisionKey(), side);
    m_edits.remove(m_conflictList.at(row).decisionKey());
    recompute();
    return true;
}

bool MergeDialog::decideWithText(int row, const QString &text)
{
    if (row < 0 || row >= m_conflictList.size() || !compare::canEdit(m_conflictList.at(row)))
        return false;
    const QString key = m_conflictList.at(row).decisionKey();
    m_decisions.insert(key, Side::Ours); // the merge takes mine, which the text then replaces
    m_edits.insert(key, text);
    recompute();
    return true;
}

bool MergeDialog::editRow(int row)
{
    // The list is filled again later (queued): this runs from one of its radio buttons.
    if (row < 0 || row >= m_conflictList.size() || !compare::canEdit(m_conflictList.at(row))) {
        QMetaObject::invokeMethod(this, &MergeDialog::fillConflicts, Qt::QueuedConnection);
        return false;
    }
    const compare::Conflict &c = m_conflictList.at(row);
    const QString key = c.decisionKey();
    const QString start = m_edits.contains(key)                                ? m_edits.value(key)
                          : m_decisions.value(key, Side::Ours) == Side::Theirs ? c.theirsText
                                                                               : c.oursText;
    const std::optional<QString> text =
        m_dialogs->askText(this, tr("Your value"),
                           tr("%1\n\nMine: %2\nTheirs: %3\n\nThe value to keep:")
                               .arg(conflictText(c), c.oursText.isEmpty() ? tr("(not stated)") : c.oursText,
                                    c.theirsText.isEmpty() ? tr("(not stated)") : c.theirsText),
                           start);
    if (!text) { // the radio buttons show the decision as it was
        QMetaObject::invokeMethod(this, &MergeDialog::fillConflicts, Qt::QueuedConnection);
        return false;
    }
    return decideWithText(row, *text);
}

void MergeDialog::rememberTicks()
{
    const QSet<QString> ticked = m_tree->tickedKeys();
    for (const compare::Change &c : m_tree->diff().changes) {
        for (const compare::Pick &p : compare::picksOf(c))
            m_ticks.insert(p.key(), ticked.contains(p.key()));
    }
}

void MergeDialog::updateState()
{
    const bool withBase = m_baseBox->isChecked() && !m_basePath.isEmpty();
    m_chooseBase->setEnabled(m_baseBox->isChecked());
    m_conflictsTitle->parentWidget()->setVisible(withBase && !m_conflictList.isEmpty());
    m_conflictsTitle->setText(
        tr("%n conflict(s): both of you changed these; choose whose to keep, or write your own where it is a text.",
           nullptr, int(m_conflictList.size())));
    m_changesTitle->setText(withBase ? tr("Changes the merge takes from their copy (take a tick off to leave one out):")
                                     : tr("Differences between your copy and theirs: tick the ones to take."));
    const int ticked = int(m_tree->tickedPicks().size());
    const int open = undecided();
    QString status;
    if (isBusy())
        status = tr("Comparing…");
    else if (!m_error.isEmpty())
        status = m_error;
    else if (!m_problems.isEmpty())
        status = tr("The merged project would not be valid:") + u'\n' + m_problems.join(u'\n');
    else if (open > 0)
        status = tr("Decide %n conflict(s) to merge.", nullptr, open);
    else if (m_target)
        status = tr("%n change(s) ticked.", nullptr, ticked);
    if (m_baseUnrelated && !isBusy())
        status += u'\n' + tr("The base shares no entity with one of the copies: it is not the version both started "
                             "from, so most changes show as conflicts or additions.");
    m_status->setText(status.trimmed());
    const bool editable = m_project && !isBusy() && m_error.isEmpty() && m_target;
    m_merge->setEnabled(editable && open == 0 && ticked > 0);
}

bool MergeDialog::apply()
{
    if (!m_project || !m_target || isBusy() || undecided() > 0)
        return false;
    const ProjectData result = compare::applyPicks(m_project->data(), *m_target, m_tree->tickedPicks());
    const QStringList problems = compare::problemsOf(result);
    if (!problems.isEmpty()) {
        const QString text = tr("Nothing was merged: with these changes the project would not be valid.");
        m_status->setText(text + u'\n' + problems.join(u'\n'));
        m_dialogs->showError(
            this, text, tr("Tick the changes these depend on too, or leave these out:") + u'\n' + problems.join(u'\n'));
        return false;
    }
    if (!compare::applyAsOneStep(*m_project, result, tr("Merge changes from %1").arg(shortName(m_theirsPath)))) {
        m_status->setText(tr("These changes are already in your project."));
        return false;
    }
    accept();
    return true;
}

void MergeDialog::chooseTheirs()
{
    const QString path = m_dialogs->openFileName(this, tr("Merge changes from"), QFileInfo(m_theirsPath).absolutePath(),
                                                 tr("Ropa projects (*.ropa *.json);;All files (*)"));
    if (!path.isEmpty())
        setFiles(path, m_baseBox->isChecked() ? m_basePath : QString());
}

void MergeDialog::chooseBase()
{
    const QString path = m_dialogs->openFileName(this, tr("The version both copies started from"),
                                                 QFileInfo(m_theirsPath).absolutePath(),
                                                 tr("Ropa projects (*.ropa *.json);;All files (*)"));
    if (path.isEmpty()) {
        if (m_basePath.isEmpty()) {
            const QSignalBlocker block(m_baseBox);
            m_baseBox->setChecked(false);
        }
        updateState();
        return;
    }
    setFiles(m_theirsPath, path);
}

} // namespace ropa
