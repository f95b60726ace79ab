// Applying a subprocessor list as onward transfers from its vendor (applylist.h).

#include "subprocessors/applylist.h"

#include "domain/project.h"
#include "subprocessors/rawtable.h"
#include "subprocessors/resolve.h"

#include <QHash>
#include <QSet>
#include <QUndoStack>

namespace ropa::subprocessors {

namespace {

// One subprocessor of the new list: its rows with the same key, countries merged in order.
struct Group
{
    QString key;
    QList<qsizetype> rows; // indexes into the snapshot's rows
    QStringList countries; // as a transfer records them: "EEA" is recorded as "EU"
};

QList<Group> groupRows(const QList<SnapshotRow> &rows)
{
    QList<Group> groups;
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString key = nameKey(rows[i].name);
        auto it = index.constFind(key);
        if (it == index.cend()) {
            it = index.insert(key, groups.size());
            groups.append(Group{key, {}, {}});
        }
        Group &g = groups[*it];
        g.rows.append(i);
        for (const QString &c : rows[i].countries) {
            // Transfers hold ISO codes and "EU"; the EEA is, like the EU, no third country.
            const QString code = c == u"EEA" ? QStringLiteral("EU") : c;
            if (!g.countries.contains(code))
                g.countries.append(code);
        }
    }
    return groups;
}

bool sameRows(const QList<SnapshotRow> &a, const QList<SnapshotRow> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        SnapshotRow x = a[i];
        x.party = b[i].party;
        if (x != b[i])
            return false;
    }
    return true;
}

template <typename T> void appendMissing(QList<T> &to, const QList<T> &from)
{
    for (const T &v : from) {
        if (!to.contains(v))
            to.append(v);
    }
}

// What the vendor receives: the activities and categories of the transfers to it.
void vendorReceives(const ProjectData &data, const Id &vendor, IdList &activities, IdList &categories, bool &all)
{
    for (const auto &[id, t] : data.transfers) {
        if (t.to != vendor)
            continue;
        appendMissing(activities, t.activities);
        if (t.allCategories)
            all = true;
        appendMissing(categories, t.dataCategories);
    }
    if (all)
        categories.clear();
}

class Planner
{
public:
    Planner(const ProjectData &data, const SubprocessorList &list, const ApplyOptions &options)
        : m_data(data)
        , m_list(list)
        , m_options(options)
    {
    }

    ApplyPlan plan()
    {
        const Party *vendor = m_data.find<Party>(m_options.vendor);
        if (!vendor) {
            m_plan.error = Tr::tr("the vendor is not a party of the project");
            return m_plan;
        }
        m_vendor = *vendor;
        m_plan.vendor = vendor->id;
        if (vendor->own) {
            m_plan.error = Tr::tr("“%1” is the project's own organisation: its subprocessors are not a vendor's "
                                  "onward transfers; choose the vendor whose list this is")
                               .arg(vendor->name);
            return m_plan;
        }
        if (!m_list.ok()) {
            m_plan.error = m_list.error;
            return m_plan;
        }
        if (m_list.rows.isEmpty()) {
            m_plan.error = Tr::tr("the list has no subprocessors");
            return m_plan;
        }
        const QList<const SubprocessorSnapshot *> history = vendorSnapshots(m_data.subprocessorSnapshots, vendor->id);
        m_last = history.isEmpty() ? nullptr : history.last();
        m_plan.firstVersion = !m_last;
        m_plan.diff = diffLists(m_last ? snapshotList(*m_last) : SubprocessorList{}, m_list);
        m_rows = snapshotRows(m_list);
        const bool sameAsLast = m_last && sameRows(m_rows, m_last->rows);

        m_all = false;
        vendorReceives(m_data, vendor->id, m_activities, m_categories, m_all);
        if (m_options.activities)
            m_activities = *m_options.activities;
        if (m_options.categories) {
            m_categories = *m_options.categories;
            m_all = false;
        }

        m_document = sameAsLast ? m_last->document : QUuid::createUuid();
        if (!sameAsLast)
            addDocument();
        indexParties();
        const QList<Group> groups = groupRows(m_rows);
        for (const Group &g : groups)
            applyGroup(g);
        removeDropped();
        if (m_options.noticeReceived && m_vendor.changeNoticeReceived != m_options.noticeReceived) {
            Party after = m_vendor;
            after.changeNoticeReceived = m_options.noticeReceived;
            m_plan.changes.append({EntityKind::Party, m_vendor.id, AnyEntity(m_vendor), AnyEntity(after)});
        }
        if (!sameAsLast)
            addSnapshot();
        return m_plan;
    }

private:
    void addDocument()
    {
        Document d;
        d.id = m_document;
        d.title = Tr::tr("Subprocessor list of %1").arg(m_vendor.name);
        if (m_options.source.startsWith(u"http://") || m_options.source.startsWith(u"https://"))
            d.url = m_options.source;
        d.date = m_options.listUpdated ? m_options.listUpdated : std::optional<QDate>(m_options.read);
        d.text = m_list.text;
        d.kind = DocumentKind::SubprocessorList;
        m_plan.changes.append({EntityKind::Document, d.id, std::nullopt, AnyEntity(d)});
    }

    void indexParties()
    {
        for (const auto &[id, p] : m_data.parties) {
            const QString key = nameKey(p.name);
            if (!key.isEmpty() && !m_byKey.contains(key))
                m_byKey.insert(key, id);
        }
        // A subprocessor renamed since the last version stays the party the old name was applied to.
        if (!m_last)
            return;
        for (const DiffRename &r : m_plan.diff.renamed) {
            for (const SnapshotRow &row : m_last->rows) {
                if (row.name == r.oldName && !row.party.isNull() && m_data.find<Party>(row.party)) {
                    m_renamedTo.insert(nameKey(r.name), row.party);
                    break;
                }
            }
        }
    }

    Evidence evidenceOf(const SnapshotRow &row) const { return Evidence{m_document, row.name}; }

    void applyGroup(const Group &g)
    {
        const SnapshotRow &first = m_rows[g.rows.first()];
        if (g.key.isEmpty()) {
            m_plan.notes.append(
                Tr::tr("line %1: “%2” has no name to match; not applied").arg(first.line).arg(first.name));
            return;
        }
        Id partyId = m_renamedTo.value(g.key);
        if (partyId.isNull())
            partyId = m_byKey.value(g.key);
        if (partyId == m_vendor.id) {
            m_plan.notes.append(
                Tr::tr("line %1: “%2” is the vendor itself; not applied").arg(first.line).arg(first.name));
            return;
        }
        if (const Party *p = m_data.find<Party>(partyId); p && p->own) {
            m_plan.notes.append(
                Tr::tr("line %1: “%2” is the project's own organisation; not applied").arg(first.line).arg(first.name));
            return;
        }
        if (partyId.isNull())
            partyId = addParty(first, g);
        else
            renameParty(partyId, first);
        m_used.insert(partyId);
        for (const qsizetype i : g.rows)
            m_rows[i].party = partyId;
        applyTransfer(partyId, first, g);
    }

    Id addParty(const SnapshotRow &row, const Group &g)
    {
        Party p;
        p.id = QUuid::createUuid();
        p.name = row.name;
        p.locations = g.countries;
        const ResolvedLocation corporate = resolveLocation(row.corporateLocation);
        for (const QString &c : corporate.countries) {
            if (c != u"EEA") {
                p.country = c;
                break;
            }
        }
        if (row.link.startsWith(u"http://") || row.link.startsWith(u"https://"))
            p.website = row.link;
        p.evidence.append(evidenceOf(row));
        m_plan.changes.append({EntityKind::Party, p.id, std::nullopt, AnyEntity(p)});
        m_byKey.insert(g.key, p.id);
        ++m_plan.newParties;
        return p.id;
    }

    // A subprocessor the list now names differently (after an acquisition) takes its new name.
    void renameParty(const Id &id, const SnapshotRow &row)
    {
        const Party *p = m_data.find<Party>(id);
        if (!p || !m_renamedTo.contains(nameKey(row.name)) || p->name == row.name)
            return;
        Party after = *p;
        after.name = row.name;
        m_plan.changes.append({EntityKind::Party, id, AnyEntity(*p), AnyEntity(after)});
    }

    const Transfer *existingTransfer(const Id &to) const
    {
        for (const auto &[id, t] : m_data.transfers) {
            if (t.from == m_vendor.id && t.to == to)
                return &t;
        }
        return nullptr;
    }

    void applyTransfer(const Id &to, const SnapshotRow &row, const Group &g)
    {
        const Transfer *existing = existingTransfer(to);
        if (!existing) {
            Transfer t;
            t.id = QUuid::createUuid();
            t.from = m_vendor.id;
            t.to = to;
            t.role = Role::Processor;
            t.activities = m_activities;
            t.allCategories = m_all;
            t.dataCategories = m_categories;
            t.purpose = row.purpose;
            t.countries = g.countries;
            t.evidence.append(evidenceOf(row));
            m_plan.changes.append({EntityKind::Transfer, t.id, std::nullopt, AnyEntity(t)});
            ++m_plan.newTransfers;
            return;
        }
        Transfer t = *existing;
        // The list says where the subprocessor processes the data now; a location not stated
        // ("Global", empty) leaves what the transfer records.
        if (!g.countries.isEmpty())
            t.countries = g.countries;
        appendMissing(t.activities, m_activities);
        if (m_all && t.dataCategories.isEmpty())
            t.allCategories = true;
        else if (!t.allCategories)
            appendMissing(t.dataCategories, m_categories);
        if (t.purpose.isEmpty())
            t.purpose = row.purpose;
        const Evidence e = evidenceOf(row);
        if (!t.evidence.contains(e))
            t.evidence.append(e);
        if (t == *existing)
            return;
        m_plan.changes.append({EntityKind::Transfer, t.id, AnyEntity(*existing), AnyEntity(t)});
        ++m_plan.changedTransfers;
    }

    // A subprocessor the last version named and this one does not: the vendor no longer sends
    // it data, so its transfer goes (the party stays: it may be used otherwise).
    void removeDropped()
    {
        if (!m_last)
            return;
        QSet<Id> removed;
        for (const SnapshotRow &row : m_last->rows) {
            if (row.party.isNull() || m_used.contains(row.party) || removed.contains(row.party))
                continue;
            removed.insert(row.party);
            if (const Transfer *t = existingTransfer(row.party)) {
                m_plan.changes.append({EntityKind::Transfer, t->id, AnyEntity(*t), std::nullopt});
                ++m_plan.removedTransfers;
            }
        }
    }

    void addSnapshot()
    {
        SubprocessorSnapshot s;
        s.id = QUuid::createUuid();
        s.vendor = m_vendor.id;
        s.source = m_options.source;
        s.listUpdated = m_options.listUpdated;
        s.read = m_options.read;
        s.noticeReceived = m_options.noticeReceived;
        s.document = m_document;
        s.format = m_list.format;
        s.rows = m_rows;
        SnapshotChange change{m_data.subprocessorSnapshots, m_data.subprocessorSnapshots};
        change.after.append(s);
        m_plan.snapshots = std::move(change);
    }

    const ProjectData &m_data;
    const SubprocessorList &m_list;
    const ApplyOptions &m_options;
    ApplyPlan m_plan;
    Party m_vendor;
    const SubprocessorSnapshot *m_last = nullptr;
    QList<SnapshotRow> m_rows;
    IdList m_activities;
    IdList m_categories;
    bool m_all = false;
    Id m_document;
    QHash<QString, Id> m_byKey;
    QHash<QString, Id> m_renamedTo;
    QSet<Id> m_used;
};

} // namespace

ApplyPlan planApply(const ProjectData &data, const SubprocessorList &list, const ApplyOptions &options)
{
    return Planner(data, list, options).plan();
}

ProjectData appliedData(const ProjectData &data, const ApplyPlan &plan)
{
    ProjectData after = data;
    for (const EntityChange &c : plan.changes) {
        if (c.after)
            after.put(*c.after);
        else
            after.remove(c.kind, c.id);
    }
    if (plan.snapshots)
        after.subprocessorSnapshots = plan.snapshots->after;
    return after;
}

bool applyPlan(Project &project, const ApplyPlan &plan)
{
    if (!plan.ok() || plan.isEmpty())
        return false;
    const Party *vendor = project.find<Party>(plan.vendor);
    const QString name = vendor ? vendor->name : QString();
    auto *command =
        new ChangeSetCommand(&project, Tr::tr("Apply the subprocessor list of “%1”").arg(name), plan.changes);
    if (plan.snapshots)
        command->setSnapshotChange(*plan.snapshots);
    project.undoStack()->push(command);
    return true;
}

SubprocessorList snapshotList(const SubprocessorSnapshot &snapshot)
{
    SubprocessorList list;
    list.format = snapshot.format;
    for (const SnapshotRow &r : snapshot.rows) {
        SubprocessorRow row;
        row.name = r.name;
        row.purpose = r.purpose;
        row.location = r.location;
        row.corporateLocation = r.corporateLocation;
        row.dataShared = r.dataShared;
        row.safeguards = r.safeguards;
        row.link = r.link;
        row.table = r.table;
        row.line = r.line;
        row.key = nameKey(r.name);
        row.countries = r.countries;
        row.locationNotStated = r.countries.isEmpty();
        list.rows.append(row);
    }
    return list;
}

QList<SnapshotRow> snapshotRows(const SubprocessorList &list)
{
    QList<SnapshotRow> rows;
    rows.reserve(list.rows.size());
    for (const SubprocessorRow &r : list.rows)
        rows.append(SnapshotRow{r.name, r.purpose, r.location, r.corporateLocation, r.dataShared, r.safeguards, r.link,
                                r.table, r.line, r.countries, Id()});
    return rows;
}

} // namespace ropa::subprocessors
