#include "findingsview.h"
#include "itemmodels/labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ropa {

namespace {

QColor severityColor(checks::Severity s)
{
    switch (s) {
    case checks::Severity::High: return QColor(0xc6, 0x28, 0x28);
    case checks::Severity::Medium: return QColor(0xef, 0x8f, 0x00);
    case checks::Severity::Low: break;
    }
    return QColor(0x60, 0x7d, 0x8b);
}

QIcon severityIcon(checks::Severity s)
{
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(severityColor(s));
    p.drawEllipse(1, 1, 10, 10);
    return QIcon(pm);
}

// Adds a coloured dot to the severity column and greys accepted findings.
class DecoratedFindings : public checks::FindingsModel
{
public:
    using FindingsModel::FindingsModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        const checks::Finding *f = index.isValid() ? finding(index.row()) : nullptr;
        if (f && role == Qt::DecorationRole && index.column() == SeverityColumn)
            return severityIcon(f->severity);
        if (f && role == Qt::ForegroundRole && f->accepted)
            return QColor(Qt::gray);
        return FindingsModel::data(index, role);
    }
};

} // namespace

FindingsView::FindingsView(Project *project, checks::AcceptanceStore *acceptances, QWidget *parent)
    : QWidget(parent)
    , m_runner(new checks::CheckRunner(project, this))
    , m_acceptances(acceptances)
{
    build();
    m_runner->checkNow();
}

FindingsView::FindingsView(checks::CheckRunner *runner, checks::AcceptanceStore *acceptances, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_acceptances(acceptances)
{
    build();
    refresh();
}

void FindingsView::build()
{
    m_model = new DecoratedFindings(this);
    m_filter = new checks::FindingsFilter(this);
    m_filter->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Filter by rule, entity or message"));
    m_search->setClearButtonEnabled(true);
    m_severity = new QComboBox(this);
    m_severity->addItem(tr("All severities"), -1);
    m_severity->addItem(tr("High"), static_cast<int>(checks::Severity::High));
    m_severity->addItem(tr("Medium and high"), static_cast<int>(checks::Severity::Medium) + 10);
    m_severity->addItem(tr("Medium"), static_cast<int>(checks::Severity::Medium));
    m_severity->addItem(tr("Low"), static_cast<int>(checks::Severity::Low));
    m_showAccepted = new QCheckBox(tr("Show accepted"), this);
    m_showAccepted->setChecked(true);
    m_accept = new QPushButton(tr("Accept\u2026"), this);
    m_accept->setToolTip(tr("Accept the selected finding with a justification"));
    m_reopen = new QPushButton(tr("Reopen"), this);
    m_busy = new QLabel(this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_severity);
    bar->addWidget(m_showAccepted);
    bar->addWidget(m_accept);
    bar->addWidget(m_reopen);

    m_table = new QTableView(this);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(checks::FindingsModel::SeverityColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    // The columns sized to their contents measure the rows shown and 100 more, not the first
    // 1,000 (Qt's default): a large project has tens of thousands of findings, and every
    // layout of the page (each show) measured 3,000 cells.
    header->setResizeContentsPrecision(100);
    header->setSectionResizeMode(checks::FindingsModel::SeverityColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(checks::FindingsModel::RuleColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(checks::FindingsModel::EntityColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(checks::FindingsModel::MessageColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(checks::FindingsModel::StatusColumn, QHeaderView::ResizeToContents);
    header->resizeSection(checks::FindingsModel::EntityColumn, 200);

    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setMinimumHeight(m_detail->fontMetrics().height() * 4);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_counts = new QLabel(this);

    auto *foot = new QHBoxLayout;
    foot->addWidget(m_counts, 1);
    foot->addWidget(m_busy);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addLayout(foot);

    connect(m_search, &QLineEdit::textChanged, m_filter, &checks::FindingsFilter::setText);
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_severity->currentData().toInt();
        m_filter->setExactSeverity(v < 0 || v >= 10 ? std::nullopt : std::optional(static_cast<checks::Severity>(v)));
        m_filter->setMinimumSeverity(v >= 10 ? static_cast<checks::Severity>(v - 10) : checks::Severity::Low);
    });
    connect(m_showAccepted, &QCheckBox::toggled, m_filter, &checks::FindingsFilter::setShowAccepted);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const checks::Finding *f = findingAt(index.row()))
            Q_EMIT entityActivated(f->kind, f->entity);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FindingsView::updateButtons);
    connect(m_accept, &QPushButton::clicked, this, &FindingsView::acceptCurrent);
    connect(m_reopen, &QPushButton::clicked, this, [this] { reopenRow(m_table->currentIndex().row()); });
    connect(m_runner, &checks::CheckRunner::findingsChanged, this, &FindingsView::refresh);
    connect(m_runner, &checks::CheckRunner::busyChanged, this,
            [this](bool busy) { m_busy->setText(busy ? tr("Checking\u2026") : QString()); });
    updateButtons();
}

void FindingsView::refresh()
{
    m_stale = true;
    // The page shown (or that would be, once its window is): now.
    if (isVisibleTo(window()))
        catchUp();
    m_counts->setText(countsText());
    Q_EMIT countsChanged(countsText());
}

void FindingsView::catchUp()
{
    if (!m_stale)
        return;
    m_stale = false;
    m_model->setFindings(m_runner->findings());
    updateButtons();
}

void FindingsView::showEvent(QShowEvent *event)
{
    catchUp();
    QWidget::showEvent(event);
}

QString FindingsView::countsText() const
{
    const checks::SeverityCounts c = m_runner->counts();
    if (c.open() == 0 && c.accepted == 0 && c.noLongerApplies == 0)
        return tr("No findings");
    if (c.noLongerApplies > 0)
        return tr("%1 high \u00b7 %2 medium \u00b7 %3 low \u00b7 %4 accepted \u00b7 %5 no longer applies")
            .arg(c.high)
            .arg(c.medium)
            .arg(c.low)
            .arg(c.accepted)
            .arg(c.noLongerApplies);
    return tr("%1 high \u00b7 %2 medium \u00b7 %3 low \u00b7 %4 accepted")
        .arg(c.high)
        .arg(c.medium)
        .arg(c.low)
        .arg(c.accepted);
}

const checks::Finding *FindingsView::findingAt(int viewRow) const
{
    const QModelIndex source = m_filter->mapToSource(m_filter->index(viewRow, 0));
    return source.isValid() ? m_model->finding(source.row()) : nullptr;
}

void FindingsView::updateButtons()
{
    const checks::Finding *f = findingAt(m_table->currentIndex().row());
    m_accept->setEnabled(m_acceptances && f && !f->accepted && !f->noLongerApplies);
    m_reopen->setEnabled(m_acceptances && f && f->accepted);
    if (!f) {
        m_detail->clear();
        return;
    }
    const checks::Rule *rule = f->rule();
    QString text = f->message;
    if (rule)
        text += u'\n' + tr("%1 (%2). How to fix: %3").arg(rule->titleText(), rule->referenceString(), rule->hintText());
    if (f->accepted)
        text += u'\n' + tr("Accepted on %1: %2").arg(Labels::date(f->acceptedOn), f->justification);
    m_detail->setText(text);
}

bool FindingsView::acceptRow(int row, const QString &justification)
{
    catchUp();
    const checks::Finding *f = findingAt(row);
    return m_acceptances && f && m_acceptances->accept(*f, justification);
}

bool FindingsView::reopenRow(int row)
{
    catchUp();
    const checks::Finding *f = findingAt(row);
    return m_acceptances && f && m_acceptances->revoke(*f);
}

void FindingsView::acceptCurrent()
{
    const int row = m_table->currentIndex().row();
    const checks::Finding *f = findingAt(row);
    if (!f)
        return;
    bool ok = false;
    const QString justification = QInputDialog::getMultiLineText(
        this, tr("Accept finding"),
        tr("Why is \u201c%1\u201d acceptable? The justification is kept with the project.").arg(f->message), {}, &ok);
    if (ok)
        acceptRow(row, justification);
}

void FindingsView::showSeverity(checks::Severity severity)
{
    m_severity->setCurrentIndex(m_severity->findData(static_cast<int>(severity)));
}

void FindingsView::showRulePrefix(const QString &prefix)
{
    m_filter->setRuleFilter(prefix);
}

void FindingsView::clearFilters()
{
    m_search->clear();
    m_severity->setCurrentIndex(0);
    m_showAccepted->setChecked(true);
    m_filter->clearFilters();
}

} // namespace ropa
