#include "historypage.h"

#include "history/record.h"
#include "history/summary.h"
#include "session/projectsession.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ropa {

namespace {

enum Column { When, Who, Changes, Comment, Chain, ColumnCount };
constexpr int EntryRole = Qt::UserRole + 1;

} // namespace

HistoryPage::HistoryPage(QWidget *parent)
    : ProjectPage(parent)
    , m_status(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("historyPage"));
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("When"), tr("Who"), tr("Changes"), tr("Comment"), tr("Chain")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(Changes, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(Comment, QHeaderView::Stretch);
    m_details->setObjectName(QStringLiteral("historyDetails"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Choose a save to see its changes."));
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { showSelected(); });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
}

QString HistoryPage::title() const
{
    return tr("History");
}

void HistoryPage::attach(ProjectSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &ProjectSession::historyChanged, this, &HistoryPage::rebuild);
    rebuild();
}

void HistoryPage::rebuild()
{
    m_list->clear();
    m_details->clear();
    const QList<store::HistoryEntry> entries = m_session ? m_session->history() : QList<store::HistoryEntry>();
    const store::HistoryCheck check = m_session ? m_session->historyCheck() : store::HistoryCheck();
    if (entries.isEmpty()) {
        m_status->setText(tr("This project has no history yet. Each save in Ropa records when, who, what changed "
                             "and, with File → Save with Comment…, why."));
        return;
    }
    QString status = history::checkText(entries, check);
    if (!check.ok())
        status = QStringLiteral("<b>%1</b>").arg(status.toHtmlEscaped());
    m_status->setText(status);
    const int firstBad = check.ok() ? int(entries.size()) : check.firstBad;
    const QLocale locale;
    // Newest first: what a user looks for is the last save.
    for (qsizetype i = entries.size() - 1; i >= 0; --i) {
        const store::HistoryEntry &e = entries.at(i);
        auto *item = new QTreeWidgetItem(m_list);
        const QDateTime when = e.when();
        item->setText(When, when.isValid() ? locale.toString(when.toLocalTime(), QLocale::ShortFormat) : e.savedAt);
        item->setToolTip(When, e.savedAt);
        item->setText(Who, e.author);
        item->setText(Changes, history::entryLine(e));
        item->setText(Comment, e.comment);
        item->setToolTip(Comment, e.comment);
        const bool ok = i < firstBad;
        item->setText(Chain, ok ? tr("OK") : tr("Broken"));
        if (!ok)
            item->setForeground(Chain, QBrush(Qt::red));
        item->setData(When, EntryRole, int(i));
    }
    for (int c : {When, Who, Chain})
        m_list->resizeColumnToContents(c);
    m_list->setCurrentItem(m_list->topLevelItem(0));
}

void HistoryPage::showSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !m_session) {
        m_details->clear();
        return;
    }
    const int index = item->data(When, EntryRole).toInt();
    const QList<store::HistoryEntry> &entries = m_session->history();
    if (index < 0 || index >= entries.size())
        return;
    const store::HistoryEntry &e = entries.at(index);
    const QDateTime when = e.when();
    const QString whenText = when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::LongFormat) : e.savedAt;
    QString text = tr("Save %1, %2, by %3").arg(e.seq).arg(whenText, e.author) + u'\n';
    if (!e.comment.isEmpty())
        text += tr("Comment: %1").arg(e.comment) + u'\n';
    text += u'\n' + history::detailText(history::decode(e.changes));
    m_details->setPlainText(text);
}

} // namespace ropa
