#include "mainwindow.h"

#include "entitydetails.h"
#include "labels.h"
#include "store/jsonformat.h"
#include "store/projectstore.h"

#include <QAction>
#include <QApplication>
#include <QCollator>
#include <QLocale>
#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QMenuBar>
#include <QMessageBox>
#include <QResizeEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <exception>

namespace ropa {

namespace {

// Columns other than the last are sized to their contents up to this width.
constexpr int MaxColumnWidth = 280;
constexpr int MinColumnWidth = 60;

// A .ropa project is a SQLite file; anything else is read as the JSON interchange format.
bool isProjectStoreFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.compare(u"ropa", Qt::CaseInsensitive) == 0)
        return true;
    if (suffix.compare(u"json", Qt::CaseInsensitive) == 0)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

// Reads the whole project or nothing; the error is a message a user can read.
std::optional<ProjectData> readProject(const QString &path, QString *error)
{
    try {
        if (isProjectStoreFile(path)) {
            store::OpenResult result = store::openProject(path);
            if (result.error || !result.data) {
                *error = result.error.message;
                return std::nullopt;
            }
            return std::move(result.data);
        }
        json::ReadResult result = json::readProjectFile(path);
        if (!result.error.isEmpty() || !result.data) {
            *error = result.error;
            return std::nullopt;
        }
        return std::move(result.data);
    } catch (const std::bad_alloc &) {
        *error = MainWindow::tr("There is not enough memory to open this file.");
    } catch (const std::exception &e) {
        *error = QString::fromLocal8Bit(e.what());
    }
    return std::nullopt;
}

QString displayFileName(const QString &path)
{
    if (path == MainWindow::examplePath())
        return MainWindow::tr("the example project");
    return QFileInfo(path).fileName();
}

// A table view that tells how wide a column's contents are (without resizing it).
class EntityTableView : public QTableView
{
public:
    using QTableView::QTableView;
    int contentWidth(int column) const { return sizeHintForColumn(column); }
};

// Sorts as people expect: case-insensitive, numbers by value, in the user's language.
class EntitySortProxy : public QSortFilterProxyModel
{
public:
    explicit EntitySortProxy(QObject *parent)
        : QSortFilterProxyModel(parent)
    {
        m_collator.setCaseSensitivity(Qt::CaseInsensitive);
        m_collator.setNumericMode(true);
    }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QString a = left.data().toString();
        const QString b = right.data().toString();
        // The C locale's collation is plain code points (upper case first); skip it there.
        if (m_useCollator) {
            if (const int order = m_collator.compare(a, b); order != 0)
                return order < 0;
        }
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    }

private:
    QCollator m_collator;
    bool m_useCollator = QLocale().language() != QLocale::C;
};

// Draws a navigator entry with its count right-aligned, and gives the entries some air.
class NavigatorDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        opt.rect.adjust(Padding, 0, 0, 0);
        // The highlight covers the whole row, the text starts after the padding.
        QStyleOptionViewItem background(option);
        initStyleOption(&background, index);
        background.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
        opt.backgroundBrush = Qt::NoBrush;
        opt.state &= ~QStyle::State_HasFocus;
        const QVariant count = index.data(MainWindow::CountRole);
        if (count.isValid()) {
            const QString text = QString::number(count.toInt());
            const bool selected = option.state & QStyle::State_Selected;
            painter->save();
            painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
            painter->drawText(option.rect.adjusted(0, 0, -Padding, 0), Qt::AlignRight | Qt::AlignVCenter, text);
            painter->restore();
            opt.rect.adjust(0, 0, -(option.fontMetrics.horizontalAdvance(text) + 2 * Padding), 0);
        }
        // Only the text this time: no second highlight.
        opt.state &= ~QStyle::State_Selected;
        if (option.state & QStyle::State_Selected)
            opt.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize size = QStyledItemDelegate::sizeHint(option, index);
        return {size.width() + 6 * Padding, size.height() + Padding};
    }

private:
    static constexpr int Padding = 6;
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    createActions();
    createWidgets();
    setWindowTitle(tr("Ropa"));
    updateNavigator();
    updateStatus();
    updateDetails();
}

MainWindow::~MainWindow()
{
    // The model points into m_data; detach it before the data goes.
    m_model->setProject(nullptr);
}

QString MainWindow::examplePath()
{
    return QStringLiteral(":/examples/demo-contact-centre.json");
}

QSize MainWindow::sizeHint() const
{
    return {1320, 800};
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));

    QAction *open = fileMenu->addAction(tr("&Open…"));
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a Ropa project or a JSON interchange file"));
    connect(open, &QAction::triggered, this, &MainWindow::chooseFile);

    QAction *example = fileMenu->addAction(tr("Open &example"));
    example->setStatusTip(tr("Open the bundled example project (Northwind Contact Centre)"));
    connect(example, &QAction::triggered, this, [this] { openFile(examplePath()); });

    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createWidgets()
{
    m_navigator = new QListWidget(this);
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setItemDelegate(new NavigatorDelegate(m_navigator));
    m_navigator->setUniformItemSizes(true);
    for (int i = 0; i < SectionCount; ++i) {
        auto *item = new QListWidgetItem(sectionTitle(static_cast<Section>(i)), m_navigator);
        item->setData(SectionRole, i);
    }
    m_navigator->setCurrentRow(static_cast<int>(Section::Activities));
    connect(m_navigator, &QListWidget::currentRowChanged, this, &MainWindow::onSectionChanged);

    m_model = new EntityTableModel(this);
    m_model->setSection(Section::Activities);
    m_proxy = new EntitySortProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table = new EntityTableView(this);
    m_table->setObjectName(QStringLiteral("entityTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateDetails);
    m_table->viewport()->installEventFilter(this);

    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->setSpacing(4);
    middleLayout->addWidget(m_filter);
    middleLayout->addWidget(m_table);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setOpenLinks(false);
    m_details->document()->setDefaultStyleSheet(entityDetailsStyleSheet());
    m_details->document()->setDocumentMargin(10);
    connect(m_details, &QTextBrowser::anchorClicked, this, &MainWindow::onLinkActivated);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(middle);
    m_splitter->addWidget(m_details);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({230, 640, 450});
    setCentralWidget(m_splitter);

    m_statusCounts = new QLabel(this);
    m_statusCounts->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->addPermanentWidget(m_statusCounts);
}

bool MainWindow::openFile(const QString &path)
{
    QString error;
    std::optional<ProjectData> data = readProject(path, &error);
    if (!data) {
        if (error.isEmpty())
            error = tr("The file could not be read.");
        reportError(tr("Could not open %1.\n\n%2").arg(displayFileName(path), error));
        return false;
    }
    setProject(*std::move(data), path);
    statusBar()->showMessage(tr("Opened %1").arg(displayFileName(path)), 5000);
    Q_EMIT projectOpened(path);
    return true;
}

void MainWindow::setProject(ProjectData data, const QString &path)
{
    const Section section = currentSection();
    m_model->setProject(nullptr);
    m_data = std::move(data);
    m_filePath = path;
    m_lastError.clear();
    m_model->setProject(&*m_data);

    const QString name = m_data->info.name.isEmpty() ? QFileInfo(path).completeBaseName() : m_data->info.name;
    setWindowTitle(tr("%1 — Ropa").arg(name));
    m_filter->clear();
    updateNavigator();
    updateStatus();
    showSection(section);
}

void MainWindow::reportError(const QString &message)
{
    m_lastError = message;
    Q_EMIT errorOccurred(message);
    if (!m_errorDialogs)
        return;
    const qsizetype split = message.indexOf(QStringLiteral("\n\n"));
    QMessageBox box(QMessageBox::Warning, tr("Ropa"), split < 0 ? message : message.left(split), QMessageBox::Ok,
                    this);
    if (split >= 0)
        box.setInformativeText(message.mid(split + 2));
    box.exec();
}

Section MainWindow::currentSection() const
{
    const QListWidgetItem *item = m_navigator->currentItem();
    return item ? static_cast<Section>(item->data(SectionRole).toInt()) : Section::Activities;
}

void MainWindow::showSection(Section section)
{
    const int row = static_cast<int>(section);
    if (m_navigator->currentRow() != row)
        m_navigator->setCurrentRow(row); // calls onSectionChanged()
    else
        onSectionChanged();
}

void MainWindow::onSectionChanged()
{
    m_model->setSection(currentSection());
    m_table->sortByColumn(0, Qt::AscendingOrder);
    resizeColumns();
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    updateDetails();
}

void MainWindow::resizeColumns()
{
    // Every column but the last gets the width of its contents, capped; when they do not
    // all fit, the widest give way first (the last column stretches into what is left).
    QHeaderView *header = m_table->horizontalHeader();
    const int columns = m_proxy->columnCount();
    if (columns == 0)
        return;
    QList<int> wanted;
    for (int column = 0; column < columns; ++column) {
        const int contents = static_cast<EntityTableView *>(m_table)->contentWidth(column);
        const int hint = std::max(contents, header->sectionSizeHint(column));
        wanted.append(std::min(hint + 12, MaxColumnWidth));
    }
    int available = m_table->viewport()->width();
    if (available <= 0)
        available = 600;
    QList<int> widths = wanted;
    int total = 0;
    for (const int w : widths)
        total += w;
    if (total > available) {
        // Water-filling: find the cap c such that sum(min(wanted, c)) == available.
        QList<int> sorted = wanted;
        std::sort(sorted.begin(), sorted.end());
        int remaining = available;
        int left = static_cast<int>(sorted.size());
        int cap = 0;
        for (const int w : sorted) {
            const int share = remaining / left;
            if (w > share) {
                cap = share;
                break;
            }
            remaining -= w;
            --left;
            cap = w;
        }
        for (int &w : widths)
            w = std::min(w, std::max(cap, MinColumnWidth));
    }
    for (int column = 0; column + 1 < columns; ++column)
        header->resizeSection(column, widths.at(column));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Refit the columns whenever the table gets wider or narrower (window, splitter).
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            resizeColumns();
    }
    return QMainWindow::eventFilter(watched, event);
}

bool MainWindow::selectEntity(const Id &id)
{
    if (!m_data)
        return false;
    const auto kind = m_data->kindOfId(id);
    if (!kind)
        return false;
    Section section = sectionForKind(*kind);
    if (section == Section::Parties && currentSection() == Section::OwnOrganisation) {
        const Party *party = m_data->find<Party>(id);
        if (party && party->own)
            section = Section::OwnOrganisation;
    }
    showSection(section);
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // filtered out
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

bool MainWindow::selectByName(const QString &name)
{
    m_filter->clear();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data().toString().compare(name, Qt::CaseInsensitive) == 0) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

Id MainWindow::selectedEntity() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(EntityTableModel::IdRole).value<QUuid>() : Id();
}

void MainWindow::onLinkActivated(const QUrl &url)
{
    const Id id = entityLinkId(url);
    if (!id.isNull()) {
        selectEntity(id);
        return;
    }
    if (url.scheme() == u"http" || url.scheme() == u"https")
        QDesktopServices::openUrl(url);
}

void MainWindow::chooseFile()
{
    QString dir = QFileInfo(m_filePath).absolutePath();
    if (m_filePath.isEmpty() || m_filePath.startsWith(u':'))
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), dir,
                                                      tr("Ropa projects (*.ropa *.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::updateNavigator()
{
    for (int i = 0; i < SectionCount; ++i) {
        const auto section = static_cast<Section>(i);
        QListWidgetItem *item = m_navigator->item(i);
        if (!m_data) {
            item->setData(CountRole, QVariant());
            item->setData(Qt::AccessibleTextRole, sectionTitle(section));
            continue;
        }
        const int count = sectionCount(*m_data, section);
        item->setData(CountRole, count);
        item->setData(Qt::AccessibleTextRole, tr("%1: %2").arg(sectionTitle(section)).arg(count));
    }
}

void MainWindow::updateStatus()
{
    if (!m_data) {
        m_statusCounts->setText(tr("No project open"));
        return;
    }
    const ProjectData &d = *m_data;
    m_statusCounts->setText(tr("%1 activities · %2 parties · %3 transfers · %4 data categories")
                                .arg(d.activities.size())
                                .arg(d.parties.size())
                                .arg(d.transfers.size())
                                .arg(d.dataCategories.size()));
}

void MainWindow::updateDetails()
{
    if (!m_data) {
        m_details->setHtml(tr("<p>No project is open. Use <b>File › Open…</b> or <b>File › Open example</b>.</p>"));
        return;
    }
    const Id id = selectedEntity();
    if (id.isNull()) {
        m_details->setHtml(projectSummaryHtml(*m_data));
        return;
    }
    m_details->setHtml(entityDetailsHtml(*m_data, sectionKind(currentSection()), id));
}

} // namespace ropa
