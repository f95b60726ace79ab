#pragma once

// Item models over a list of findings (Qt Core only, so they can be tested without widgets):
// FindingsModel, one row per finding, and FindingsFilter, the filtering and sorting proxy a
// findings view puts in front of it.

#include "checks/finding.h"

#include <QAbstractTableModel>
#include <QRegularExpression>
#include <QSortFilterProxyModel>

#include <optional>

namespace ropa::checks {

class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, RuleColumn, EntityColumn, MessageColumn, StatusColumn, ColumnCount };
    enum Roles {
        SeverityRole = Qt::UserRole + 1, // int: 0 low .. 2 high; also the sort role of the severity column
        RuleIdRole,                      // QString
        EntityKindRole,                  // int (ropa::EntityKind)
        EntityIdRole,                    // QUuid
        AcceptedRole,                    // bool
        KeyRole,                         // QString: Finding::key()
        HintRole,                        // QString: the rule's hint, translated
        ReferenceRole,                   // QString: the rule's legal reference
        NoLongerAppliesRole,             // bool: an acceptance whose finding no longer occurs
        JustificationRole,               // QString: why it was accepted (empty when open)
        // What a finding with one cause affects (Finding::affects), in order; empty lists for
        // most findings.
        AffectedNamesRole, // QStringList: the entities' names
        AffectedIdsRole,   // QVariantList of QUuid
        AffectedKindsRole, // QVariantList of int (ropa::EntityKind)
    };

    explicit FindingsModel(QObject *parent = nullptr);

    // Replaces the findings. Rows whose key stays keep their place in views (a reset is used
    // only when the set of keys changes).
    void setFindings(const FindingList &findings);
    const FindingList &findings() const { return m_findings; }
    const Finding *finding(int row) const;
    // "Affected (11):" and one line per affected entity (the message's tooltip).
    static QString affectsText(const Finding &finding);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    FindingList m_findings;
};

// Filters on severity (at or above), rule, entity kind, accepted state and free text (rule id,
// entity name, message, the names of what the finding affects; case-insensitive); sorts
// severity by rank, other columns by text.
class FindingsFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FindingsFilter(QObject *parent = nullptr);

    void setMinimumSeverity(Severity severity);
    Severity minimumSeverity() const { return m_minimum; }
    // Only this severity (the dashboard's "click a slice"); nullopt: use the minimum.
    void setExactSeverity(std::optional<Severity> severity);
    void setRuleFilter(const QString &ruleIdPrefix); // "XFER-" keeps every transfer rule
    void setKindFilter(std::optional<EntityKind> kind);
    void setShowAccepted(bool show);
    bool showAccepted() const { return m_showAccepted; }
    void setText(const QString &text);
    void clearFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Severity m_minimum = Severity::Low;
    std::optional<Severity> m_exact;
    QString m_rulePrefix;
    std::optional<EntityKind> m_kind;
    bool m_showAccepted = true;
    QString m_text;
};

} // namespace ropa::checks
