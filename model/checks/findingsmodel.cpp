#include "findingsmodel.h"

#include "checks/checker.h"

#include <algorithm>

namespace ropa::checks {

namespace {

// The first line of a text, at most 60 characters.
QString shortText(const QString &text)
{
    QString line = text.section(u'\n', 0, 0).simplified();
    if (line.size() > 60)
        line = line.left(59) + u'\u2026';
    return line;
}

} // namespace

QString FindingsModel::affectsText(const Finding &finding)
{
    QStringList lines;
    for (const AffectedEntity &a : finding.affects)
        lines.append(QStringLiteral("\u2022 ") + a.name);
    const int n = static_cast<int>(finding.affects.size());
    const QString heading = tr("Affected (%n):", nullptr, n);
    return heading + u'\n' + lines.join(u'\n');
}

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FindingsModel::setFindings(const FindingList &findings)
{
    bool sameKeys = findings.size() == m_findings.size();
    for (qsizetype i = 0; sameKeys && i < findings.size(); ++i)
        sameKeys = findings[i].key() == m_findings[i].key();
    if (!sameKeys) {
        beginResetModel();
        m_findings = findings;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < findings.size(); ++i) {
        if (!(findings[i] == m_findings[i])) {
            m_findings[i] = findings[i];
            Q_EMIT dataChanged(index(static_cast<int>(i), 0), index(static_cast<int>(i), ColumnCount - 1));
        }
    }
}

const Finding *FindingsModel::finding(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings[row] : nullptr;
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    const Finding *f = index.isValid() ? finding(index.row()) : nullptr;
    if (!f)
        return {};
    const Rule *rule = f->rule();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return severityLabel(f->severity);
        case RuleColumn: return f->ruleId;
        case EntityColumn: return f->entityName;
        case MessageColumn: return f->message;
        case StatusColumn:
            if (!f->accepted)
                return tr("Open");
            // The justification, on one line and short; the tooltip has all of it.
            return (f->noLongerApplies ? tr("No longer applies: %1") : tr("Accepted: %1"))
                .arg(shortText(f->justification));
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && f->noLongerApplies)
            return tr("Accepted on %1: %2\n\nThis finding no longer occurs; the acceptance is kept with the project.")
                .arg(findingDate(f->acceptedOn), f->justification);
        if (index.column() == StatusColumn && f->accepted)
            return tr("Accepted on %1: %2").arg(findingDate(f->acceptedOn), f->justification);
        if (index.column() == MessageColumn) {
            QString text = f->message;
            if (!f->affects.isEmpty())
                text += u'\n' + affectsText(*f);
            return rule ? tr("%1\n\nHow to fix: %2").arg(text, rule->hintText()) : text;
        }
        if (rule)
            return tr("%1\n%2\nHow to fix: %3").arg(rule->titleText(), rule->referenceString(), rule->hintText());
        return {};
    case SeverityRole: return static_cast<int>(f->severity);
    case RuleIdRole: return f->ruleId;
    case EntityKindRole: return static_cast<int>(f->kind);
    case EntityIdRole: return f->entity;
    case AcceptedRole: return f->accepted;
    case KeyRole: return f->key();
    case HintRole: return rule ? rule->hintText() : QString();
    case ReferenceRole: return rule ? rule->referenceString() : QString();
    case NoLongerAppliesRole: return f->noLongerApplies;
    case JustificationRole: return f->justification;
    case AffectedNamesRole: {
        QStringList names;
        for (const AffectedEntity &a : f->affects)
            names.append(a.name);
        return names;
    }
    case AffectedIdsRole: {
        QVariantList ids;
        for (const AffectedEntity &a : f->affects)
            ids.append(QVariant::fromValue(a.id));
        return ids;
    }
    case AffectedKindsRole: {
        QVariantList kinds;
        for (const AffectedEntity &a : f->affects)
            kinds.append(static_cast<int>(a.kind));
        return kinds;
    }
    default: return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case RuleColumn: return tr("Rule");
    case EntityColumn: return tr("Entity");
    case MessageColumn: return tr("Message");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

FindingsFilter::FindingsFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void FindingsFilter::setMinimumSeverity(Severity severity)
{
    m_minimum = severity;
    invalidateFilter();
}

void FindingsFilter::setExactSeverity(std::optional<Severity> severity)
{
    m_exact = severity;
    invalidateFilter();
}

void FindingsFilter::setRuleFilter(const QString &ruleIdPrefix)
{
    m_rulePrefix = ruleIdPrefix;
    invalidateFilter();
}

void FindingsFilter::setKindFilter(std::optional<EntityKind> kind)
{
    m_kind = kind;
    invalidateFilter();
}

void FindingsFilter::setShowAccepted(bool show)
{
    m_showAccepted = show;
    invalidateFilter();
}

void FindingsFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void FindingsFilter::clearFilters()
{
    m_minimum = Severity::Low;
    m_exact.reset();
    m_rulePrefix.clear();
    m_kind.reset();
    m_showAccepted = true;
    m_text.clear();
    invalidateFilter();
}

bool FindingsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const FindingsModel *>(sourceModel());
    const Finding *f = model && !sourceParent.isValid() ? model->finding(sourceRow) : nullptr;
    if (!f)
        return false;
    if (m_exact ? f->severity != *m_exact : f->severity < m_minimum)
        return false;
    if (!m_rulePrefix.isEmpty() && !f->ruleId.startsWith(m_rulePrefix, Qt::CaseInsensitive))
        return false;
    if (m_kind && f->kind != *m_kind)
        return false;
    if (!m_showAccepted && f->accepted)
        return false;
    if (!m_text.isEmpty() && !f->ruleId.contains(m_text, Qt::CaseInsensitive) &&
        !f->entityName.contains(m_text, Qt::CaseInsensitive) && !f->message.contains(m_text, Qt::CaseInsensitive) &&
        std::none_of(f->affects.cbegin(), f->affects.cend(),
                     [this](const AffectedEntity &a) { return a.name.contains(m_text, Qt::CaseInsensitive); }))
        return false;
    return true;
}

bool FindingsFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == FindingsModel::SeverityColumn) {
        // From the findings themselves (asking the model for a role per comparison took
        // most of a second to sort tens of thousands of findings).
        const auto *model = qobject_cast<const FindingsModel *>(sourceModel());
        const Finding *l = model ? model->finding(left.row()) : nullptr;
        const Finding *r = model ? model->finding(right.row()) : nullptr;
        if (l && r && l->severity != r->severity)
            return l->severity < r->severity;
        return left.row() > right.row(); // keep the checker's order within a severity
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace ropa::checks
