#include "userguideview.h"

#include <QDesktopServices>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

namespace ropa {

namespace {

QString windowName()
{
    return QStringLiteral("userGuideView");
}

} // namespace

UserGuideView *UserGuideView::showGuide(QWidget *parent, const QString &anchor)
{
    QWidget *owner = parent ? parent->window() : nullptr;
    auto *view = owner ? owner->findChild<UserGuideView *>(windowName(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!view) {
        view = new UserGuideView(guideFile(QLocale().uiLanguages()), owner);
        view->setObjectName(windowName());
        view->setAttribute(Qt::WA_DeleteOnClose);
    }
    view->show();
    view->raise();
    view->activateWindow();
    if (!anchor.isEmpty())
        view->scrollToHeading(anchor);
    return view;
}

QString UserGuideView::guideFile(const QStringList &languages, const QString &dir)
{
    for (const QString &name : languages) {
        const QString language = name.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (language == u"en")
            break;
        const QString translated = dir + QStringLiteral("/user-guide.") + language + QStringLiteral(".md");
        if (QFileInfo::exists(translated))
            return translated;
    }
    return dir + QStringLiteral("/user-guide.md");
}

QString UserGuideView::anchorFor(const QString &heading)
{
    // GitHub's rule: lower case, punctuation dropped, spaces become hyphens.
    static const QRegularExpression punctuation(QStringLiteral("[^\\w\\- ]"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    QString anchor = heading.trimmed().toLower();
    anchor.remove(punctuation);
    anchor.replace(u' ', u'-');
    return anchor;
}

UserGuideView::UserGuideView(const QString &file, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_file(file)
    , m_contents(new QListWidget)
    , m_browser(new QTextBrowser)
{
    m_contents->setObjectName(QStringLiteral("userGuideContents"));
    m_contents->setWordWrap(true);
    m_contents->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_browser->setObjectName(QStringLiteral("userGuideText"));
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &UserGuideView::openLink);
    connect(m_contents, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_anchors.size())
            scrollToHeading(m_anchors.at(row));
    });

    auto *splitter = new QSplitter;
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 680});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    resize(900, 700);
    load();
}

void UserGuideView::load()
{
    QFile in(m_file);
    QString markdown;
    if (in.open(QIODevice::ReadOnly | QIODevice::Text))
        markdown = QString::fromUtf8(in.readAll());
    QTextDocument *document = m_browser->document();
    document->setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    document->setDocumentMargin(12);

    // Name every heading with its anchor, so that links and scrollToAnchor find it, and list
    // them on the left: the title first (the top of the guide), then its parts.
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level <= 0)
            continue;
        const QString anchor = anchorFor(block.text());
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat named;
        named.setAnchor(true);
        named.setAnchorNames({anchor});
        cursor.mergeCharFormat(named);
        if (level == 1 && windowTitle().isEmpty())
            setWindowTitle(block.text());
        m_anchors.append(anchor);
        auto *item = new QListWidgetItem(block.text(), m_contents);
        if (level > 2)
            item->setText(QString(4 * (level - 2), u' ') + block.text());
    }
}

bool UserGuideView::scrollToHeading(const QString &anchor)
{
    if (!m_anchors.contains(anchor))
        return false;
    if (anchor == m_anchors.constFirst())
        m_browser->verticalScrollBar()->setValue(0); // the title: the very top, margin included
    else
        m_browser->scrollToAnchor(anchor);
    return true;
}

void UserGuideView::openLink(const QUrl &url)
{
    if (url.scheme().isEmpty() && url.path().isEmpty() && url.hasFragment())
        scrollToHeading(url.fragment());
    else if (url.scheme() == u"https" || url.scheme() == u"http" || url.scheme() == u"mailto")
        QDesktopServices::openUrl(url);
}

} // namespace ropa
