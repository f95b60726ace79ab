#pragma once

// Accepted findings: a DPO decides that a finding is known and justified ("the DPF
// certification was checked by phone") and it no longer counts as open.
//
// Until the domain stores them (requested: a list in ProjectData, JSON key "accepted_findings",
// store table accepted_finding), they live here: a plain value (Acceptances) that can be
// written to and read from JSON, and an AcceptanceStore that belongs to one open project and
// changes only through undo commands pushed on that project's undo stack.

#include "checks/finding.h"

#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QString>

class QUndoStack;

namespace ropa::checks {

struct Acceptance
{
    QString ruleId;
    Id entity;
    QString detail;         // as in Finding::detail
    QString justification;  // why the finding is accepted; required
    QDate date;             // when it was accepted
    QString key() const { return ruleId + u'|' + idToString(entity) + u'|' + detail; }
    friend bool operator==(const Acceptance &, const Acceptance &) = default;
};

class Acceptances
{
public:
    const QList<Acceptance> &items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }
    const Acceptance *find(const QString &key) const;
    // Adds or replaces the acceptance with the same key. Refuses an empty justification,
    // rule id or entity.
    bool put(const Acceptance &acceptance);
    bool remove(const QString &key);

    // Marks the findings these acceptances cover as accepted (and the others as open).
    void apply(FindingList &findings) const;

    // [{"rule": ..., "entity": ..., "detail": ..., "justification": ..., "date": "YYYY-MM-DD"}]
    QJsonArray toJson() const;
    // Reads what toJson() writes; returns an error text (empty when fine) and reads nothing on error.
    static QString fromJson(const QJsonArray &array, Acceptances &out);

    friend bool operator==(const Acceptances &, const Acceptances &) = default;

private:
    QList<Acceptance> m_items;
};

// The acceptances of one open project. Views read it; accept() and revoke() push undo
// commands on the given stack (the project's), so accepting is undoable like any edit.
class AcceptanceStore : public QObject
{
    Q_OBJECT

public:
    explicit AcceptanceStore(QUndoStack *undoStack, QObject *parent = nullptr);

    const Acceptances &acceptances() const { return m_acceptances; }
    // Replaces all (after opening a project); not undoable.
    void reset(const Acceptances &acceptances);

    // Push an undo command; false when nothing would change or the input is refused.
    bool accept(const Finding &finding, const QString &justification, const QDate &date = QDate::currentDate());
    bool revoke(const Finding &finding);

Q_SIGNALS:
    void changed();

private:
    friend class AcceptanceCommand;
    void set(const Acceptances &acceptances);

    QUndoStack *m_undoStack;
    Acceptances m_acceptances;
};

} // namespace ropa::checks
