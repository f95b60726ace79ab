#pragma once

// The project at a glance (Qt Charts): open findings by severity, data categories by
// sensitivity, activities by lawful basis, transfers by mechanism, retention periods,
// completeness of the Art. 30 record, and destinations coloured EEA / adequate / safeguarded /
// weak. Updates when its CheckRunner delivers. Clicking a slice or bar emits a filter request
// the main window routes to the list behind it. Each chart exports to PNG and SVG (context
// menu, or exportChart() for reports).

#include "checks/checkrunner.h"
#include "checks/dashboardstats.h"

#include <QPicture>
#include <QWidget>

#include <array>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace ropa {

class DashboardWidget : public QWidget
{
    Q_OBJECT

public:
    enum ChartId { Severity, Sensitivity, LawfulBasis, Mechanisms, Retention, Completeness, Destinations, ChartCount };

    // Shows what `runner` computes (the runner stays owned by the caller).
    explicit DashboardWidget(checks::CheckRunner *runner, QWidget *parent = nullptr);
    // Without a runner: call setStats().
    explicit DashboardWidget(QWidget *parent = nullptr);

    void setStats(const checks::DashboardStats &stats);
    // Brought up to date first (a hidden dashboard computes its statistics when next shown).
    const checks::DashboardStats &stats()
    {
        if (m_stale)
            recompute();
        return m_stats;
    }

    QChart *chart(ChartId id) const;
    QChartView *chartView(ChartId id) const;
    // Writes one chart as PNG or SVG (by the file's suffix) at the given size (default: its
    // size on screen). The SVG title is escaped; false when the file cannot be written.
    bool exportChart(ChartId id, const QString &path, QSize size = {}) const;
    // The chart as an image.
    QImage renderChart(ChartId id, QSize size) const;
    // The chart as a vector picture of the given size (its bounding rectangle), for the PDF
    // record's appendix: text stays text. Works on a dashboard that is not shown.
    QPicture renderPicture(ChartId id, QSize size) const;
    static QString chartTitle(ChartId id);

Q_SIGNALS:
    // A click on a slice or bar: which chart and the key of the part ("high", "consent",
    // "scc", "US", "retention"...). The findings list can filter on severities.
    void filterRequested(ropa::DashboardWidget::ChartId chart, const QString &key);
    void severityClicked(ropa::checks::Severity severity);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void build();
    void refresh();
    void recompute();
    void catchUp() const;
    void rebuild();
    void exportWithDialog(ChartId id);

    checks::CheckRunner *m_runner = nullptr;
    bool m_stale = false; // the statistics are older than the runner's findings
    checks::DashboardStats m_stats;
    std::array<QChartView *, ChartCount> m_views{};
};

} // namespace ropa
