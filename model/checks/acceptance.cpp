#include "acceptance.h"

#include "commands/edits.h"
#include "domain/project.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QUndoStack>

#include <algorithm>

namespace ropa::checks {

namespace {

// The acceptance of a grouped finding from those of the findings it stands for: every
// covered thing has an accepted key. The justifications (distinct, in order) and the latest date.
const AcceptedFinding *coveredAcceptance(const Finding &f, const QHash<QString, const AcceptedFinding *> &byKey,
                                         AcceptedFinding *joined)
{
    if (f.coveredKeys.isEmpty())
        return nullptr;
    QStringList justifications;
    QDate latest;
    for (const QStringList &keys : f.coveredKeys) {
        const AcceptedFinding *found = nullptr;
        for (const QString &k : keys) {
            if ((found = byKey.value(k)))
                break;
        }
        if (!found)
            return nullptr;
        if (!justifications.contains(found->justification))
            justifications.append(found->justification);
        if (!latest.isValid() || found->date > latest)
            latest = found->date;
    }
    joined->justification = justifications.join(u'\n');
    joined->date = latest;
    return joined;
}

} // namespace

void applyAcceptances(FindingList &findings, const QList<AcceptedFinding> &accepted)
{
    QHash<QString, const AcceptedFinding *> byKey;
    byKey.reserve(accepted.size());
    for (const AcceptedFinding &a : accepted)
        byKey.insert(a.key(), &a);
    for (Finding &f : findings) {
        if (f.noLongerApplies)
            continue;
        AcceptedFinding joined;
        const AcceptedFinding *a = byKey.isEmpty() ? nullptr : byKey.value(f.key());
        if (!a && !byKey.isEmpty())
            a = coveredAcceptance(f, byKey, &joined);
        f.accepted = a != nullptr;
        f.justification = a ? a->justification : QString();
        f.acceptedOn = a ? a->date : QDate();
    }
}

QList<AcceptedFinding> staleAcceptances(const FindingList &findings, const QList<AcceptedFinding> &accepted)
{
    if (accepted.isEmpty())
        return {};
    QSet<QString> keys;
    keys.reserve(findings.size());
    for (const Finding &f : findings) {
        if (f.noLongerApplies)
            continue;
        keys.insert(f.key());
        // An acceptance of a finding that is now part of a grouped one still applies.
        for (const QStringList &covered : f.coveredKeys) {
            for (const QString &k : covered)
                keys.insert(k);
        }
    }
    QList<AcceptedFinding> stale;
    for (const AcceptedFinding &a : accepted) {
        if (!keys.contains(a.key()))
            stale.append(a);
    }
    return stale;
}

Finding staleFinding(const ProjectData &data, const AcceptedFinding &acceptance)
{
    Finding f;
    f.ruleId = acceptance.rule;
    const Rule *rule = findRule(acceptance.rule);
    f.severity = rule ? rule->severity : Severity::Low;
    f.entity = acceptance.entity;
    f.detail = acceptance.detail;
    if (const auto kind = data.kindOfId(acceptance.entity)) {
        f.kind = *kind;
        f.entityName = edit::displayName(data, *data.entity(*kind, acceptance.entity));
    }
    f.message = rule ? QCoreApplication::translate("ropa::checks",
                                                   "This finding no longer occurs. The acceptance is kept with the "
                                                   "project; reopen it to remove it.")
                     : QCoreApplication::translate("ropa::checks",
                                                   "This version of Ropa does not know the rule %1. The acceptance is "
                                                   "kept with the project; reopen it to remove it.")
                           .arg(acceptance.rule);
    f.accepted = true;
    f.noLongerApplies = true;
    f.justification = acceptance.justification;
    f.acceptedOn = acceptance.date;
    return f;
}

void applyProjectAcceptances(FindingList &findings, const ProjectData &data)
{
    findings.removeIf([](const Finding &f) { return f.noLongerApplies; });
    applyAcceptances(findings, data.acceptedFindings);
    for (const AcceptedFinding &a : staleAcceptances(findings, data.acceptedFindings))
        findings.append(staleFinding(data, a));
}

AcceptanceStore::AcceptanceStore(Project *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
{
    if (project) {
        connect(project, &Project::acceptedFindingsChanged, this, &AcceptanceStore::changed);
        connect(project, &Project::projectReset, this, &AcceptanceStore::changed);
    }
}

QList<AcceptedFinding> AcceptanceStore::acceptedFindings() const
{
    return m_project ? m_project->data().acceptedFindings : QList<AcceptedFinding>();
}

const AcceptedFinding *AcceptanceStore::find(const QString &key) const
{
    if (!m_project)
        return nullptr;
    for (const AcceptedFinding &a : m_project->data().acceptedFindings) {
        if (a.key() == key)
            return &a;
    }
    return nullptr;
}

bool AcceptanceStore::accept(const Finding &finding, const QString &justification, const QDate &date)
{
    return m_project &&
           edit::acceptFinding(*m_project, {finding.ruleId, finding.entity, finding.detail, justification, date});
}

bool AcceptanceStore::revoke(const Finding &finding)
{
    if (!m_project)
        return false;
    if (edit::reopenFinding(*m_project, finding.ruleId, finding.entity, finding.detail))
        return true;
    // A grouped finding accepted through the acceptances of the findings it stands for:
    // reopening it removes those, as one step of the undo history.
    QList<AcceptedFinding> covered;
    for (const AcceptedFinding &a : m_project->data().acceptedFindings) {
        const bool matches = std::any_of(finding.coveredKeys.cbegin(), finding.coveredKeys.cend(),
                                         [&a](const QStringList &keys) { return keys.contains(a.key()); });
        if (matches)
            covered.append(a);
    }
    if (covered.isEmpty())
        return false;
    // The text and context of edit::reopenFinding's own step, so that it shares its translation.
    m_project->undoStack()->beginMacro(
        QCoreApplication::translate("ropa::edit", "Reopen finding %1 on “%2”").arg(finding.ruleId, finding.entityName));
    for (const AcceptedFinding &a : std::as_const(covered))
        edit::reopenFinding(*m_project, a.rule, a.entity, a.detail);
    m_project->undoStack()->endMacro();
    return true;
}

} // namespace ropa::checks
