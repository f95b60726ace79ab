#include "acceptance.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>
#include <QUndoCommand>
#include <QUndoStack>

namespace ropa::checks {

const Acceptance *Acceptances::find(const QString &key) const
{
    for (const Acceptance &a : m_items) {
        if (a.key() == key)
            return &a;
    }
    return nullptr;
}

bool Acceptances::put(const Acceptance &acceptance)
{
    if (acceptance.ruleId.isEmpty() || acceptance.entity.isNull() || acceptance.justification.trimmed().isEmpty())
        return false;
    for (Acceptance &a : m_items) {
        if (a.key() == acceptance.key()) {
            a = acceptance;
            return true;
        }
    }
    m_items.append(acceptance);
    return true;
}

bool Acceptances::remove(const QString &key)
{
    return m_items.removeIf([&](const Acceptance &a) { return a.key() == key; }) > 0;
}

void Acceptances::apply(FindingList &findings) const
{
    QHash<QString, const Acceptance *> byKey;
    for (const Acceptance &a : m_items)
        byKey.insert(a.key(), &a);
    for (Finding &f : findings) {
        const Acceptance *a = byKey.value(f.key());
        f.accepted = a != nullptr;
        f.justification = a ? a->justification : QString();
        f.acceptedOn = a ? a->date : QDate();
    }
}

QJsonArray Acceptances::toJson() const
{
    QJsonArray array;
    for (const Acceptance &a : m_items) {
        QJsonObject o;
        o.insert(QStringLiteral("rule"), a.ruleId);
        o.insert(QStringLiteral("entity"), idToString(a.entity));
        o.insert(QStringLiteral("detail"), a.detail);
        o.insert(QStringLiteral("justification"), a.justification);
        o.insert(QStringLiteral("date"), a.date.isValid() ? QJsonValue(a.date.toString(Qt::ISODate)) : QJsonValue());
        array.append(o);
    }
    return array;
}

QString Acceptances::fromJson(const QJsonArray &array, Acceptances &out)
{
    Acceptances result;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        Acceptance a;
        a.ruleId = o.value(QStringLiteral("rule")).toString();
        a.entity = idFromString(o.value(QStringLiteral("entity")).toString());
        a.detail = o.value(QStringLiteral("detail")).toString();
        a.justification = o.value(QStringLiteral("justification")).toString();
        const QJsonValue date = o.value(QStringLiteral("date"));
        if (!date.isNull() && !date.isUndefined()) {
            a.date = QDate::fromString(date.toString(), Qt::ISODate);
            if (!a.date.isValid())
                return QCoreApplication::translate("ropa::checks", "accepted finding %1: “date” is not a YYYY-MM-DD date").arg(i + 1);
        }
        if (!findRule(a.ruleId))
            return QCoreApplication::translate("ropa::checks", "accepted finding %1: unknown rule \u201c%2\u201d").arg(i + 1).arg(a.ruleId);
        if (a.entity.isNull())
            return QCoreApplication::translate("ropa::checks", "accepted finding %1: “entity” is not an id").arg(i + 1);
        if (!result.put(a))
            return QCoreApplication::translate("ropa::checks", "accepted finding %1: a justification is required").arg(i + 1);
    }
    out = result;
    return {};
}

// Swaps the whole set: small, and undo/redo are exact.
class AcceptanceCommand : public QUndoCommand
{
public:
    AcceptanceCommand(AcceptanceStore *store, Acceptances before, Acceptances after, const QString &text)
        : QUndoCommand(text)
        , m_store(store)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void undo() override
    {
        if (m_store)
            m_store->set(m_before);
    }
    void redo() override
    {
        if (m_store)
            m_store->set(m_after);
    }

private:
    QPointer<AcceptanceStore> m_store;
    Acceptances m_before;
    Acceptances m_after;
};

AcceptanceStore::AcceptanceStore(QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_undoStack(undoStack)
{
}

void AcceptanceStore::reset(const Acceptances &acceptances)
{
    set(acceptances);
}

void AcceptanceStore::set(const Acceptances &acceptances)
{
    if (m_acceptances == acceptances)
        return;
    m_acceptances = acceptances;
    Q_EMIT changed();
}

bool AcceptanceStore::accept(const Finding &finding, const QString &justification, const QDate &date)
{
    Acceptances after = m_acceptances;
    if (!after.put({finding.ruleId, finding.entity, finding.detail, justification.trimmed(), date}) || after == m_acceptances)
        return false;
    const QString text = QCoreApplication::translate("ropa::checks", "Accept finding %1 on \u201c%2\u201d")
                             .arg(finding.ruleId, finding.entityName);
    auto *command = new AcceptanceCommand(this, m_acceptances, after, text);
    if (m_undoStack)
        m_undoStack->push(command);
    else {
        command->redo();
        delete command;
    }
    return true;
}

bool AcceptanceStore::revoke(const Finding &finding)
{
    Acceptances after = m_acceptances;
    if (!after.remove(finding.key()))
        return false;
    const QString text = QCoreApplication::translate("ropa::checks", "Reopen finding %1 on \u201c%2\u201d")
                             .arg(finding.ruleId, finding.entityName);
    auto *command = new AcceptanceCommand(this, m_acceptances, after, text);
    if (m_undoStack)
        m_undoStack->push(command);
    else {
        command->redo();
        delete command;
    }
    return true;
}

} // namespace ropa::checks
