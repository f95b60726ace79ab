#include "dashboardwidget.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFileDialog>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QMenu>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ropa {

namespace {

const QColor High(0xc6, 0x28, 0x28);
const QColor Medium(0xef, 0x8f, 0x00);
const QColor Low(0x60, 0x7d, 0x8b);
const QColor Accepted(0xb0, 0xbe, 0xc5);
const QColor CoverageColors[checks::CoverageCount] = {QColor(0x2e, 0x7d, 0x32), QColor(0x15, 0x65, 0xc0),
                                                      QColor(0xf9, 0xa8, 0x25), QColor(0xc6, 0x28, 0x28)};
const QColor Bar(0x39, 0x49, 0xab);

// Strips control characters (they would reach the SVG raw) and escapes markup.
QString svgSafe(const QString &text)
{
    QString clean;
    for (const QChar c : text) {
        if (c.unicode() >= 0x20)
            clean.append(c);
    }
    return clean.toHtmlEscaped();
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont f = chart->titleFont();
    f.setBold(true);
    chart->setTitleFont(f);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(4);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

// A count axis from 0 with ticks on whole numbers (1, 2, 5, 10, 20, 50 … apart, at most
// maxSteps steps: fewer on a short vertical axis, whose labels Qt elides when they crowd): with
// Qt's default five ticks a maximum of 1 or 3 gave labels "0 0 0 1".
void setCountRange(QValueAxis *axis, int max, int maxSteps)
{
    max = std::max(max, 1);
    int step = 0;
    for (int scale = 1; step == 0 && scale <= 100000000; scale *= 10) {
        for (const int m : {1, 2, 5}) {
            if ((max + m * scale - 1) / (m * scale) <= maxSteps) {
                step = m * scale;
                break;
            }
        }
    }
    if (step == 0)
        step = 500000000;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setRange(0, ((max + step - 1) / step) * step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
}

} // namespace

DashboardWidget::DashboardWidget(checks::CheckRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
{
    build();
    if (m_runner) {
        connect(m_runner, &checks::CheckRunner::findingsChanged, this, &DashboardWidget::refresh);
        refresh();
    }
}

DashboardWidget::DashboardWidget(QWidget *parent)
    : DashboardWidget(nullptr, parent)
{
}

QString DashboardWidget::chartTitle(ChartId id)
{
    switch (id) {
    case Severity: return tr("Open findings by severity");
    case Sensitivity: return tr("Data categories by sensitivity");
    case LawfulBasis: return tr("Activities by lawful basis");
    case Mechanisms: return tr("Transfers by mechanism");
    case Retention: return tr("Retention periods (activity \u00d7 category)");
    case Completeness: return tr("Completeness of the Art. 30 record (%)");
    case Destinations: return tr("Transfers by destination");
    case ChartCount: break;
    }
    return {};
}

void DashboardWidget::build()
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setSpacing(6);
    for (int i = 0; i < ChartCount; ++i) {
        auto *view = new QChartView(this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(260, 200);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        const auto id = static_cast<ChartId>(i);
        connect(view, &QWidget::customContextMenuRequested, this, [this, id](const QPoint &) { exportWithDialog(id); });
        m_views[static_cast<size_t>(i)] = view;
    }
    grid->addWidget(m_views[Severity], 0, 0);
    grid->addWidget(m_views[Sensitivity], 0, 1);
    grid->addWidget(m_views[LawfulBasis], 0, 2);
    grid->addWidget(m_views[Mechanisms], 1, 0);
    grid->addWidget(m_views[Retention], 1, 1);
    grid->addWidget(m_views[Completeness], 1, 2);
    grid->addWidget(m_views[Destinations], 2, 0, 1, 3);
    grid->setRowStretch(0, 5);
    grid->setRowStretch(1, 5);
    grid->setRowStretch(2, 4);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);
    rebuild();
}

QChart *DashboardWidget::chart(ChartId id) const
{
    catchUp();
    return m_views[static_cast<size_t>(id)]->chart();
}

QChartView *DashboardWidget::chartView(ChartId id) const
{
    catchUp();
    return m_views[static_cast<size_t>(id)];
}

void DashboardWidget::refresh()
{
    if (!m_runner)
        return;
    // The statistics walk every transfer and finding (a second on a large project): a hidden
    // dashboard makes them when it is shown.
    m_stale = true;
    if (isVisibleTo(window()))
        recompute();
}

void DashboardWidget::recompute()
{
    m_stale = false;
    setStats(m_runner->dashboardStats());
}

void DashboardWidget::catchUp() const
{
    // The charts are the dashboard's state as a reader sees it (a chart of a hidden dashboard
    // drawn into a PDF): made now when they are behind the findings.
    if (m_stale)
        const_cast<DashboardWidget *>(this)->recompute();
}

void DashboardWidget::showEvent(QShowEvent *event)
{
    if (m_stale)
        recompute();
    QWidget::showEvent(event);
}

void DashboardWidget::setStats(const checks::DashboardStats &stats)
{
    m_stats = stats;
    rebuild();
}

void DashboardWidget::rebuild()
{
    const auto install = [this](ChartId id, QChart *chart) {
        QChartView *view = m_views[static_cast<size_t>(id)];
        QChart *old = view->chart();
        view->setChart(chart); // the view owns the new chart
        delete old;
    };

    // Severity: a donut of open findings, accepted ones in grey.
    {
        QChart *chart = newChart(chartTitle(Severity));
        auto *pie = new QPieSeries(chart);
        pie->setHoleSize(0.45);
        const struct
        {
            checks::Severity severity;
            int count;
            QColor color;
        } parts[] = {{checks::Severity::High, m_stats.findings.high, High},
                     {checks::Severity::Medium, m_stats.findings.medium, Medium},
                     {checks::Severity::Low, m_stats.findings.low, Low}};
        for (const auto &part : parts) {
            QPieSlice *slice =
                pie->append(tr("%1: %2").arg(checks::severityLabel(part.severity)).arg(part.count), part.count);
            slice->setColor(part.color);
            slice->setProperty("key", checks::severityKey(part.severity));
            connect(slice, &QPieSlice::clicked, this, [this, s = part.severity] {
                Q_EMIT severityClicked(s);
                Q_EMIT filterRequested(Severity, checks::severityKey(s));
            });
        }
        if (m_stats.findings.accepted > 0) {
            QPieSlice *slice =
                pie->append(tr("Accepted: %1").arg(m_stats.findings.accepted), m_stats.findings.accepted);
            slice->setColor(Accepted);
            slice->setProperty("key", QStringLiteral("accepted"));
        }
        chart->addSeries(pie);
        install(Severity, chart);
    }

    // A pie of labelled counts (zero parts left out, but kept in the legend order).
    const auto pieChart = [this](ChartId id, const QList<checks::LabelledCount> &counts, const QList<QColor> &colors) {
        QChart *chart = newChart(chartTitle(id));
        auto *pie = new QPieSeries(chart);
        for (qsizetype i = 0; i < counts.size(); ++i) {
            const checks::LabelledCount &c = counts[i];
            if (c.count == 0)
                continue;
            QPieSlice *slice = pie->append(tr("%1: %2").arg(c.label).arg(c.count), c.count);
            if (i < colors.size())
                slice->setColor(colors[i]);
            slice->setProperty("key", c.key);
            connect(slice, &QPieSlice::clicked, this, [this, id, key = c.key] { Q_EMIT filterRequested(id, key); });
        }
        chart->addSeries(pie);
        return chart;
    };
    {
        QChart *sensitivity =
            pieChart(Sensitivity, m_stats.sensitivity, {QColor(0x90, 0xa4, 0xae), High, QColor(0x6a, 0x1b, 0x9a)});
        // Its labels ("Special (Art. 9): 12", "Criminal (Art. 10): 3") are too long for a legend
        // beside the pie in a third of the window: below it they have the chart's width.
        sensitivity->legend()->setAlignment(Qt::AlignBottom);
        install(Sensitivity, sensitivity);
    }

    // Horizontal bars of labelled counts (or percentages), categories top to bottom.
    const auto barChart = [this](ChartId id, const QStringList &keys, const QStringList &labels,
                                 const QList<qreal> &values, qreal max, const QColor &color) {
        QChart *chart = newChart(chartTitle(id));
        auto *series = new QHorizontalBarSeries(chart);
        auto *set = new QBarSet(chartTitle(id), series);
        set->setColor(color);
        set->setBorderColor(color);
        // Horizontal bars run bottom to top: reverse, so the first category is on top.
        QStringList categories;
        for (qsizetype i = values.size() - 1; i >= 0; --i) {
            set->append(values[i]);
            categories.append(labels[i]);
        }
        series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
        series->setLabelsFormat(id == Completeness ? QStringLiteral("@value%") : QStringLiteral("@value"));
        set->setLabelColor(Qt::white);
        chart->addSeries(series);
        auto *axisY = new QBarCategoryAxis(chart);
        axisY->append(categories);
        // Qt Charts elides a label taller than its share of the axis to "...": with many
        // categories a smaller font keeps them readable.
        if (categories.size() > 7) {
            QFont small = axisY->labelsFont();
            small.setPointSizeF(small.pointSizeF() * (categories.size() > 8 ? 0.72 : 0.8));
            axisY->setLabelsFont(small);
        }
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        auto *axisX = new QValueAxis(chart);
        if (id == Completeness) {
            axisX->setRange(0, max > 0 ? max : 1);
            axisX->setLabelFormat(QStringLiteral("%d"));
        } else {
            setCountRange(axisX, static_cast<int>(std::ceil(max)), 8);
        }
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        chart->legend()->hide();
        connect(set, &QBarSet::clicked, this, [this, id, keys, n = values.size()](int index) {
            const qsizetype i = n - 1 - index;
            if (i >= 0 && i < keys.size())
                Q_EMIT filterRequested(id, keys[i]);
        });
        return chart;
    };
    const auto counted = [&](ChartId id, const QList<checks::LabelledCount> &counts, bool skipZero,
                             const QColor &color) {
        QStringList keys, labels;
        QList<qreal> values;
        qreal max = 0;
        for (const checks::LabelledCount &c : counts) {
            if (skipZero && c.count == 0)
                continue;
            keys.append(c.key);
            labels.append(c.label);
            values.append(c.count);
            max = std::max<qreal>(max, c.count);
        }
        install(id, barChart(id, keys, labels, values, max, color));
    };
    counted(LawfulBasis, m_stats.lawfulBases, false, Bar);
    counted(Mechanisms, m_stats.mechanisms, true, Bar);
    counted(Retention, m_stats.retention, false, QColor(0x00, 0x83, 0x8f));
    {
        QStringList keys, labels;
        QList<qreal> values;
        for (const checks::CompletenessItem &item : m_stats.completeness) {
            keys.append(item.key);
            labels.append(item.label);
            values.append(qRound(item.percent()));
        }
        install(Completeness, barChart(Completeness, keys, labels, values, 100, QColor(0x2e, 0x7d, 0x32)));
    }

    // Destinations: one stacked column per country, coloured by coverage; the 15 busiest,
    // busiest first (columns leave room for country names).
    {
        QChart *chart = newChart(chartTitle(Destinations));
        auto *series = new QStackedBarSeries(chart);
        const qsizetype shown = std::min<qsizetype>(m_stats.destinations.size(), 15);
        QStringList categories;
        QList<QBarSet *> sets;
        for (int c = 0; c < checks::CoverageCount; ++c) {
            auto *set = new QBarSet(checks::coverageLabel(static_cast<checks::Coverage>(c)), series);
            set->setColor(CoverageColors[c]);
            set->setBorderColor(CoverageColors[c]);
            sets.append(set);
        }
        int max = 0;
        QStringList keys;
        for (qsizetype i = 0; i < shown; ++i) {
            const checks::CountryCount &cc = m_stats.destinations[i];
            categories.append(cc.label);
            keys.append(cc.country);
            for (int c = 0; c < checks::CoverageCount; ++c)
                sets[c]->append(cc.counts[c]);
            max = std::max(max, cc.total());
        }
        for (QBarSet *set : sets) {
            series->append(set);
            connect(set, &QBarSet::clicked, this, [this, keys](int index) {
                if (index >= 0 && index < keys.size())
                    Q_EMIT filterRequested(Destinations, keys[index]);
            });
        }
        chart->addSeries(series);
        auto *axisX = new QBarCategoryAxis(chart);
        axisX->append(categories);
        QFont small = axisX->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        axisX->setLabelsFont(small);
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        auto *axisY = new QValueAxis(chart);
        setCountRange(axisY, max, 4);
        axisY->setTitleText(tr("Transfers"));
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        chart->legend()->setAlignment(Qt::AlignRight);
        install(Destinations, chart);
    }
}

QImage DashboardWidget::renderChart(ChartId id, QSize size) const
{
    QChartView *view = chartView(id);
    if (!size.isValid())
        size = view->size();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), view->viewport()->rect());
    return image;
}

QPicture DashboardWidget::renderPicture(ChartId id, QSize size) const
{
    // The chart itself, not its view: a view that was never shown has no size of its own.
    QChart *c = chart(id);
    c->resize(QSizeF(size));
    QCoreApplication::sendPostedEvents(); // the chart lays itself out on a posted event
    QPicture picture;
    QPainter painter(&picture);
    painter.setRenderHint(QPainter::Antialiasing);
    c->scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), QRectF(c->pos(), QSizeF(size)));
    painter.end();
    picture.setBoundingRect(QRect(QPoint(0, 0), size));
    return picture;
}

bool DashboardWidget::exportChart(ChartId id, const QString &path, QSize size) const
{
    QChartView *view = chartView(id);
    if (!size.isValid())
        size = view->size();
    if (path.endsWith(QLatin1StringView(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(svgSafe(chartTitle(id)));
        svg.setDescription(svgSafe(tr("Ropa dashboard chart")));
        QPainter painter;
        if (!painter.begin(&svg))
            return false;
        view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), view->viewport()->rect());
        return painter.end();
    }
    return renderChart(id, size).save(path, "PNG");
}

void DashboardWidget::exportWithDialog(ChartId id)
{
    QMenu menu(this);
    QAction *png = menu.addAction(tr("Export as PNG\u2026"));
    QAction *svg = menu.addAction(tr("Export as SVG\u2026"));
    QAction *chosen = menu.exec(QCursor::pos());
    if (!chosen)
        return;
    const bool isSvg = chosen == svg;
    Q_UNUSED(png);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"), chartTitle(id) + (isSvg ? QStringLiteral(".svg") : QStringLiteral(".png")),
        isSvg ? tr("SVG image (*.svg)") : tr("PNG image (*.png)"));
    if (!path.isEmpty())
        exportChart(id, path);
}

} // namespace ropa
