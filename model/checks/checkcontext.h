#pragma once

// What the rules of the checker share (checker.cpp, transferrules.cpp): the project indexed
// once, the findings collected so far, and the small texts the messages are made of. Internal
// to model/checks. The messages' tr() is a free function in namespace ropa::checks so that
// lupdate gives them that context (docs/translations.md).

#include "checks/checker.h"
#include "checks/onward.h"
#include "commands/edits.h"

#include <QHash>
#include <QSet>

#include <initializer_list>

namespace ropa::checks {

// The messages' translation context, "ropa::checks". With n (a plural message, "%n"), the
// English "(s)" is resolved when no translation replaced it.
QString tr(const char *text, const char *comment = nullptr, int n = -1);
// A name as a message shows it: "(no name)" for an empty one.
QString quoted(const QString &name);
// In the language of the user interface; "the EU" for "EU".
QString countryName(const QString &code);
QString countryNames(const QStringList &codes);
// Whether a title is written in lower case inside a sentence (not in German).
bool lowerCaseInSentence(const QString &language);
// A transfer mechanism as a message names it ("standard contractual clauses").
QString mechanismTitle(Mechanism m);
bool containsAny(const QString &text, std::initializer_list<const char16_t *> needles);
inline bool isControllerActivity(const Activity &a)
{
    return a.role != Role::Processor;
}

// Everything the rules look at, indexed once.
class Context
{
public:
    Context(const ProjectData &data, const CheckOptions &options)
        : m_data(data)
        , m_options(options)
    {
        for (const auto &[id, c] : data.dataCategories) {
            if (!c.parent.isNull())
                m_children[c.parent].append(id);
        }
    }

    const ProjectData &data() const { return m_data; }
    const CheckOptions &options() const { return m_options; }

    const DataCategory *category(const Id &id) const { return m_data.find<DataCategory>(id); }
    QString categoryName(const Id &id) const
    {
        const DataCategory *c = category(id);
        return c ? quoted(c->name) : idToString(id);
    }
    QString partyName(const Id &id) const
    {
        const Party *p = m_data.find<Party>(id);
        return p ? quoted(p->name) : idToString(id);
    }
    QString transferName(const Transfer &t) const { return edit::displayName(m_data, t); }

    // The category and its descendants (guarded against cycles): listing a category means
    // processing all of it.
    QList<const DataCategory *> subtree(const Id &root) const
    {
        QList<const DataCategory *> result;
        QSet<Id> seen;
        QList<Id> stack{root};
        while (!stack.isEmpty()) {
            const Id id = stack.takeLast();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            if (const DataCategory *c = category(id))
                result.append(c);
            for (const Id &child : m_children.value(id))
                stack.append(child);
        }
        return result;
    }

    bool isAncestorOrSelf(const Id &ancestor, Id id) const
    {
        for (int guard = 0; !id.isNull() && guard < 64; ++guard) {
            if (id == ancestor)
                return true;
            const DataCategory *c = category(id);
            id = c ? c->parent : Id();
        }
        return false;
    }

    const QHash<Id, IdList> &children() const { return m_children; }

    Finding &add(const char *ruleId, EntityKind kind, const Id &id, const QString &name, const QString &message,
                 const QString &detail = {})
    {
        const Rule *rule = findRule(QString::fromLatin1(ruleId));
        Q_ASSERT(rule);
        Finding f;
        f.ruleId = QString::fromLatin1(ruleId);
        f.severity = rule ? rule->severity : Severity::Low;
        f.kind = kind;
        f.entity = id;
        f.entityName = name;
        f.detail = detail;
        f.message = message;
        m_findings.append(std::move(f));
        return m_findings.last();
    }

    FindingList takeFindings() { return std::move(m_findings); }

    // The subprocessors whose chain lacks a DPA at a direct processor, by that processor:
    // PROC-DPA-MISSING lists them as what its cause affects (set by checkOnward()).
    QHash<Id, QList<SubprocessorGap>> dpaDependents;

private:
    const ProjectData &m_data;
    const CheckOptions &m_options;
    QHash<Id, IdList> m_children;
    FindingList m_findings;
};

// Chapter V (transferrules.cpp): the XFER-* rules over every transfer, and the ONWARD-* rules
// over the transfer graph. checkOnward() fills Context::dpaDependents.
void checkTransfers(Context &ctx);
void checkOnward(Context &ctx);

// What real registers carry (registerrules.cpp): ART22-LOGIC-MISSING, DPIA-SCREENING-NO-DPIA,
// SYSTEM-TRANSFER-MISSING, DATA-ITEM-RETENTION-MISSING.
void checkRegister(Context &ctx);
// A vendor's open change notice adds a subprocessor in a third country without adequacy or
// stated safeguards (objectionrules.cpp): SUBPROC-OBJECTION-OPEN.
void checkObjections(Context &ctx);
// Two or more EDPB/WP248 criteria met: DPIA-SCREENING-NO-DPIA speaks for the missing DPIA.
bool screeningCallsForDpia(const Activity &activity);
// A data item states a retention (a duration or the text as written).
bool hasRetention(const DataItem &item);

} // namespace ropa::checks
