#include "welcomepage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

namespace ropa {

namespace {

constexpr int PathRole = Qt::UserRole + 1;

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    return label;
}

QListWidget *fileList(const QString &objectName, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setFrameShape(QFrame::NoFrame);
    list->setTextElideMode(Qt::ElideMiddle);
    list->setSpacing(2);
    list->viewport()->setAutoFillBackground(false);
    return list;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));

    auto *title = new QLabel(tr("Ropa"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle =
        new QLabel(tr("Your data inventory and records of processing activities (GDPR Article 30)."), this);
    subtitle->setWordWrap(true);
    subtitle->setForegroundRole(QPalette::PlaceholderText);

    auto *newButton = new QPushButton(style()->standardIcon(QStyle::SP_FileIcon), tr("&New project"), this);
    newButton->setObjectName(QStringLiteral("welcomeNew"));
    auto *openButton = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open…"), this);
    openButton->setObjectName(QStringLiteral("welcomeOpen"));
    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch();

    m_recent = fileList(QStringLiteral("recentFiles"), this);
    m_noRecent = new QLabel(tr("Projects you open appear here."), this);
    m_noRecent->setForegroundRole(QPalette::PlaceholderText);
    m_noRecent->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_examples = fileList(QStringLiteral("examples"), this);
    for (const QString &path : examplePaths()) {
        auto *item = new QListWidgetItem(exampleTitle(path), m_examples);
        item->setData(PathRole, path);
        item->setToolTip(tr("Open the example %1 (a copy: the example itself never changes)").arg(exampleTitle(path)));
    }
    connect(m_recent, &QListWidget::itemActivated, this, &WelcomePage::activate);
    connect(m_examples, &QListWidget::itemActivated, this, &WelcomePage::activate);
    // One click is enough on a start page.
    connect(m_recent, &QListWidget::itemClicked, this, &WelcomePage::activate);
    connect(m_examples, &QListWidget::itemClicked, this, &WelcomePage::activate);

    // Both columns start at the top, whatever the lists hold.
    auto *recentColumn = new QVBoxLayout;
    recentColumn->addWidget(heading(tr("Recent projects"), this), 0, Qt::AlignTop);
    recentColumn->addWidget(m_noRecent, 0, Qt::AlignTop);
    recentColumn->addWidget(m_recent, 1);
    recentColumn->addStretch(1);
    auto *exampleColumn = new QVBoxLayout;
    exampleColumn->addWidget(heading(tr("Examples"), this), 0, Qt::AlignTop);
    exampleColumn->addWidget(m_examples, 1);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(32);
    columns->addLayout(recentColumn, 3);
    columns->addLayout(exampleColumn, 2);

    auto *content = new QWidget(this);
    content->setMaximumWidth(860);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setSpacing(12);
    contentLayout->addWidget(title);
    contentLayout->addWidget(subtitle);
    contentLayout->addSpacing(12);
    contentLayout->addLayout(buttons);
    contentLayout->addSpacing(20);
    contentLayout->addLayout(columns, 1);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(40, 40, 40, 40);
    outer->addStretch(1);
    outer->addWidget(content, 6);
    outer->addStretch(1);
    setRecentFiles({});
}

void WelcomePage::setRecentFiles(const QStringList &files)
{
    m_recent->clear();
    for (const QString &path : files) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())), m_recent);
        item->setData(PathRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recent->setVisible(!files.isEmpty());
    m_noRecent->setVisible(files.isEmpty());
}

void WelcomePage::activate(QListWidgetItem *item)
{
    if (item)
        Q_EMIT fileRequested(item->data(PathRole).toString());
}

QStringList WelcomePage::examplePaths()
{
    QStringList paths;
    const QDir dir(QStringLiteral(":/examples"));
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        paths.append(dir.filePath(name));
    return paths;
}

QString WelcomePage::exampleTitle(const QString &path)
{
    // The project's own name, read from the file's head ("project": {"name": ...}).
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject project = QJsonDocument::fromJson(file.readAll()).object().value(u"project").toObject();
        const QString name = project.value(u"name").toString();
        // The examples made from a vendor's published policy say so in their name, in the
        // policy's language ("(vendor policy)", "(beleid van de leverancier)"): the list says
        // it in the user's.
        static const QRegularExpression fromPolicy(
            QStringLiteral("^(.*) \\((vendor policy|beleid van de leverancier)\\)$"));
        if (const QRegularExpressionMatch m = fromPolicy.match(name); m.hasMatch())
            return tr("%1 (vendor policy)").arg(m.captured(1));
        if (!name.isEmpty())
            return name;
    }
    QString title = QFileInfo(path).completeBaseName();
    title.replace(u'-', u' ');
    if (!title.isEmpty())
        title[0] = title.at(0).toUpper();
    return title;
}

} // namespace ropa
