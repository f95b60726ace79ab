#include "jsonformat.h"

#include <cstdio>
#include <vector>

// Writing the JSON interchange format (jsonformat.h): a tiny ordered tree, serialised in the
// canonical form (docs/json-format.md). Reading is in jsonformat.cpp.

namespace ropa::json {

namespace {

// ---------------------------------------------------------------------------------------
// Writing: a tiny ordered tree, serialised with two-space indent. QJsonDocument sorts keys
// and indents by four, so it cannot produce the canonical form.

struct Node
{
    enum class Type { Null, Bool, Int, String, Array, Object } type = Type::Null;
    bool b = false;
    qint64 i = 0;
    QString s;
    std::vector<Node> items;                       // Array
    std::vector<std::pair<QString, Node>> members; // Object, in order

    static Node null() { return {}; }
    static Node boolean(bool v)
    {
        Node n;
        n.type = Type::Bool;
        n.b = v;
        return n;
    }
    static Node integer(qint64 v)
    {
        Node n;
        n.type = Type::Int;
        n.i = v;
        return n;
    }
    static Node string(const QString &v)
    {
        Node n;
        n.type = Type::String;
        n.s = v;
        return n;
    }
    static Node array()
    {
        Node n;
        n.type = Type::Array;
        return n;
    }
    static Node object()
    {
        Node n;
        n.type = Type::Object;
        return n;
    }

    Node &add(const QString &key, Node value)
    {
        members.emplace_back(key, std::move(value));
        return *this;
    }
    Node &add(const char *key, Node value) { return add(QString::fromLatin1(key), std::move(value)); }
};

void escapeInto(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c < 0x20 || c == 0x7f) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

void serialise(QByteArray &out, const Node &n, int depth)
{
    const QByteArray pad(2 * (depth + 1), ' ');
    const QByteArray closePad(2 * depth, ' ');
    switch (n.type) {
    case Node::Type::Null: out += "null"; break;
    case Node::Type::Bool: out += n.b ? "true" : "false"; break;
    case Node::Type::Int: out += QByteArray::number(n.i); break;
    case Node::Type::String: escapeInto(out, n.s); break;
    case Node::Type::Array:
        if (n.items.empty()) {
            out += "[]";
            break;
        }
        out += "[\n";
        for (std::size_t k = 0; k < n.items.size(); ++k) {
            out += pad;
            serialise(out, n.items[k], depth + 1);
            out += k + 1 < n.items.size() ? ",\n" : "\n";
        }
        out += closePad + ']';
        break;
    case Node::Type::Object:
        if (n.members.empty()) {
            out += "{}";
            break;
        }
        out += "{\n";
        for (std::size_t k = 0; k < n.members.size(); ++k) {
            out += pad;
            escapeInto(out, n.members[k].first);
            out += ": ";
            serialise(out, n.members[k].second, depth + 1);
            out += k + 1 < n.members.size() ? ",\n" : "\n";
        }
        out += closePad + '}';
        break;
    }
}

Node nullableText(const QString &s)
{
    return s.isEmpty() ? Node::null() : Node::string(s);
}
Node idNode(const Id &id)
{
    return id.isNull() ? Node::null() : Node::string(idToString(id));
}
Node dateNode(const std::optional<QDate> &d)
{
    return d ? Node::string(d->toString(Qt::ISODate)) : Node::null();
}
template <typename E> Node enumNode(const std::optional<E> &e)
{
    return e ? Node::string(enumToString(*e)) : Node::null();
}
Node strings(const QStringList &list)
{
    Node a = Node::array();
    for (const QString &s : list)
        a.items.push_back(Node::string(s));
    return a;
}
Node ids(const IdList &list)
{
    Node a = Node::array();
    for (const Id &id : list)
        a.items.push_back(Node::string(idToString(id)));
    return a;
}
Node contactNode(const Contact &c)
{
    return Node::object()
        .add("name", Node::string(c.name))
        .add("function", Node::string(c.function))
        .add("email", Node::string(c.email))
        .add("phone", Node::string(c.phone));
}
Node evidenceNode(const EvidenceList &list)
{
    Node a = Node::array();
    for (const Evidence &e : list)
        a.items.push_back(Node::object().add("document", idNode(e.document)).add("quote", Node::string(e.quote)));
    return a;
}
Node optionalBool(const std::optional<bool> &b)
{
    return b ? Node::boolean(*b) : Node::null();
}

Node toNode(const Document &d)
{
    return Node::object()
        .add("id", idNode(d.id))
        .add("title", Node::string(d.title))
        .add("kind", enumNode(d.kind))
        .add("url", nullableText(d.url))
        .add("date", dateNode(d.date))
        .add("text", nullableText(d.text));
}

Node toNode(const Party &p)
{
    Node n = Node::object();
    n.add("id", idNode(p.id))
        .add("name", Node::string(p.name))
        .add("kind", Node::string(enumToString(p.kind)))
        .add("named", Node::boolean(p.named))
        .add("own", Node::boolean(p.own))
        .add("country", nullableText(p.country))
        .add("locations", strings(p.locations))
        .add("address", Node::string(p.address))
        .add("contact", contactNode(p.contact))
        .add("dpo", p.dpo ? contactNode(*p.dpo) : Node::null())
        .add("dpo_not_required", nullableText(p.dpoNotRequired))
        .add("representative", p.representative ? contactNode(*p.representative) : Node::null())
        .add("website", nullableText(p.website))
        .add("dpa", Node::object()
                        .add("in_place", optionalBool(p.dpaInPlace))
                        .add("date", dateNode(p.dpaSigned))
                        .add("document", idNode(p.dpaDocument)))
        .add("dpf_certified", optionalBool(p.dpfCertified))
        .add("certifications", strings(p.certifications))
        .add("documents", ids(p.documents))
        .add("notes", Node::string(p.notes))
        .add("evidence", evidenceNode(p.evidence));
    // Only when stated (issue 20), so files without it stay as they were.
    if (p.noticePeriodDays || p.changeNoticeReceived)
        n.add("subprocessor_notice",
              Node::object()
                  .add("period_days", p.noticePeriodDays ? Node::integer(*p.noticePeriodDays) : Node::null())
                  .add("received", dateNode(p.changeNoticeReceived)));
    return n;
}

// The versions of vendors' subprocessor lists, in the order they were applied (issue 20).
Node snapshotsNode(const QList<SubprocessorSnapshot> &list)
{
    Node a = Node::array();
    for (const SubprocessorSnapshot &s : list) {
        Node rows = Node::array();
        for (const SnapshotRow &r : s.rows)
            rows.items.push_back(Node::object()
                                     .add("name", Node::string(r.name))
                                     .add("purpose", Node::string(r.purpose))
                                     .add("location", Node::string(r.location))
                                     .add("corporate_location", Node::string(r.corporateLocation))
                                     .add("data_shared", Node::string(r.dataShared))
                                     .add("safeguards", Node::string(r.safeguards))
                                     .add("link", Node::string(r.link))
                                     .add("table", Node::string(r.table))
                                     .add("line", Node::integer(r.line))
                                     .add("countries", strings(r.countries))
                                     .add("party", idNode(r.party)));
        a.items.push_back(Node::object()
                              .add("id", idNode(s.id))
                              .add("vendor", idNode(s.vendor))
                              .add("source", Node::string(s.source))
                              .add("list_updated", dateNode(s.listUpdated))
                              .add("read", dateNode(s.read))
                              .add("notice_received", dateNode(s.noticeReceived))
                              .add("document", idNode(s.document))
                              .add("format", Node::string(s.format))
                              .add("rows", std::move(rows)));
    }
    return a;
}

Node toNode(const DataCategory &c)
{
    return Node::object()
        .add("id", idNode(c.id))
        .add("name", Node::string(c.name))
        .add("parent", idNode(c.parent))
        .add("description", Node::string(c.description))
        .add("examples", strings(c.examples))
        .add("special", enumNode(c.special))
        .add("criminal", Node::boolean(c.criminal))
        .add("us_category", enumNode(c.usCategory))
        .add("evidence", evidenceNode(c.evidence));
}

Node toNode(const DataSubject &s)
{
    return Node::object()
        .add("id", idNode(s.id))
        .add("name", Node::string(s.name))
        .add("description", Node::string(s.description))
        .add("evidence", evidenceNode(s.evidence));
}

Node toNode(const Source &s)
{
    return Node::object()
        .add("id", idNode(s.id))
        .add("name", Node::string(s.name))
        .add("kind", Node::string(enumToString(s.kind)))
        .add("evidence", evidenceNode(s.evidence));
}

Node toNode(const SecurityMeasure &m)
{
    return Node::object()
        .add("id", idNode(m.id))
        .add("name", Node::string(m.name))
        .add("kind", Node::string(enumToString(m.kind)))
        .add("description", Node::string(m.description))
        .add("evidence", evidenceNode(m.evidence));
}

Node toNode(const System &y)
{
    return Node::object()
        .add("id", idNode(y.id))
        .add("name", Node::string(y.name))
        .add("description", Node::string(y.description))
        .add("hosting_party", idNode(y.hostingParty))
        .add("locations", strings(y.locations))
        .add("notes", Node::string(y.notes))
        .add("evidence", evidenceNode(y.evidence));
}

Node dataItemsNode(const QList<DataItem> &items)
{
    Node list = Node::array();
    for (const DataItem &i : items) {
        list.items.push_back(Node::object()
                                 .add("data_category", idNode(i.category))
                                 .add("data_subject", idNode(i.subject))
                                 .add("sources", ids(i.sources))
                                 .add("purpose", Node::string(i.purpose))
                                 .add("retention", nullableText(i.retention))
                                 .add("retention_text", Node::string(i.retentionText))
                                 .add("obligation", enumNode(i.obligation))
                                 .add("consequence", Node::string(i.consequence)));
    }
    return list;
}

Node screeningNode(const DpiaScreening &s)
{
    Node criteria = Node::array();
    for (const DpiaCriterion c : s.criteria)
        criteria.items.push_back(Node::string(enumToString(c)));
    return Node::object()
        .add("criteria", std::move(criteria))
        .add("on_authority_list", optionalBool(s.onAuthorityList))
        .add("high_risk", optionalBool(s.highRisk))
        .add("outcome", Node::string(s.outcome))
        .add("report", idNode(s.report));
}

Node toNode(const Activity &a)
{
    Node retention = Node::array();
    for (const RetentionRule &r : a.retention) {
        retention.items.push_back(Node::object()
                                      .add("categories", ids(r.categories))
                                      .add("duration", nullableText(r.duration))
                                      .add("trigger", nullableText(r.trigger))
                                      .add("legal_reference", Node::string(r.legalReference))
                                      .add("text", Node::string(r.text)));
    }
    const AutomatedDecisions &adm = a.automatedDecisions;
    Node n = Node::object();
    n.add("id", idNode(a.id))
        .add("name", Node::string(a.name))
        .add("reference", nullableText(a.reference))
        .add("status", enumNode(a.status))
        .add("record_version", nullableText(a.recordVersion))
        .add("created", dateNode(a.created))
        .add("last_changed", dateNode(a.lastChanged))
        .add("department", nullableText(a.department))
        .add("contact_person", contactNode(a.contactPerson))
        .add("organisation", idNode(a.organisation))
        .add("role", Node::string(enumToString(a.role)))
        .add("on_behalf_of", idNode(a.onBehalfOf))
        .add("purposes", strings(a.purposes))
        .add("lawful_basis", enumNode(a.lawfulBasis))
        .add("art9_condition", enumNode(a.art9Condition))
        .add("art10_basis", nullableText(a.art10Basis))
        .add("consent_condition_of_service", optionalBool(a.consentConditionOfService))
        .add("balancing_test",
             Node::object().add("date", dateNode(a.balancingTest.date)).add("note", Node::string(a.balancingTest.note)))
        .add("data_subjects", ids(a.dataSubjects))
        .add("data_categories", ids(a.dataCategories))
        .add("sources", ids(a.sources))
        .add("data_items", dataItemsNode(a.dataItems))
        .add("security_measures", ids(a.securityMeasures))
        .add("systems", ids(a.systems))
        .add("retention", std::move(retention))
        .add("automated_decisions", Node::object()
                                        .add("present", optionalBool(adm.present))
                                        .add("profiling", optionalBool(adm.profiling))
                                        .add("logic", Node::string(adm.logic))
                                        .add("significance", Node::string(adm.significance)))
        .add("dpia", Node::object()
                         .add("required", optionalBool(a.dpia.required))
                         .add("performed", optionalBool(a.dpia.performed))
                         .add("date", dateNode(a.dpia.done))
                         .add("document", idNode(a.dpia.document)))
        .add("dpia_screening", screeningNode(a.dpiaScreening))
        .add("large_scale", optionalBool(a.largeScale))
        .add("owner", Node::string(a.owner))
        .add("last_reviewed", dateNode(a.lastReviewed))
        .add("documents", ids(a.documents))
        .add("notes", Node::string(a.notes))
        .add("evidence", evidenceNode(a.evidence));
    return n;
}

Node toNode(const Transfer &t)
{
    return Node::object()
        .add("id", idNode(t.id))
        .add("from", idNode(t.from))
        .add("to", idNode(t.to))
        .add("role", Node::string(enumToString(t.role)))
        .add("activities", ids(t.activities))
        .add("all_categories", Node::boolean(t.allCategories))
        .add("data_categories", ids(t.dataCategories))
        .add("purpose", Node::string(t.purpose))
        .add("countries", strings(t.countries))
        .add("mechanism", Node::string(enumToString(t.mechanism)))
        .add("scc_module", t.sccModule ? Node::integer(*t.sccModule) : Node::null())
        .add("derogation", enumNode(t.derogation))
        .add("occasional", optionalBool(t.occasional))
        .add("suitable_safeguards", Node::string(t.suitableSafeguards))
        .add("tia_done", dateNode(t.tiaDone))
        .add("evidence", evidenceNode(t.evidence));
}

template <typename T> Node tableNode(const EntityMap<T> &table)
{
    Node a = Node::array();
    a.items.reserve(table.size());
    for (const auto &[id, e] : table) // EntityMap is ordered by the id's text
        a.items.push_back(toNode(e));
    return a;
}

} // namespace

QByteArray writeProject(const ProjectData &data)
{
    Node root = Node::object();
    root.add("format", Node::string(QStringLiteral("ropa-project")));
    root.add("version", Node::integer(FormatVersion));
    root.add("project", Node::object()
                            .add("name", Node::string(data.info.name))
                            .add("language", Node::string(data.info.language))
                            .add("notes", Node::string(data.info.notes)));
    root.add("documents", tableNode(data.documents));
    root.add("parties", tableNode(data.parties));
    root.add("data_categories", tableNode(data.dataCategories));
    root.add("data_subjects", tableNode(data.dataSubjects));
    root.add("sources", tableNode(data.sources));
    root.add("security_measures", tableNode(data.securityMeasures));
    root.add("systems", tableNode(data.systems));
    root.add("activities", tableNode(data.activities));
    root.add("transfers", tableNode(data.transfers));
    // Only when there are any (docs/json-format.md).
    if (!data.acceptedFindings.isEmpty()) {
        QList<AcceptedFinding> sorted = data.acceptedFindings;
        sortAcceptedFindings(sorted);
        Node list = Node::array();
        for (const AcceptedFinding &a : sorted) {
            list.items.push_back(
                Node::object()
                    .add("rule", Node::string(a.rule))
                    .add("entity", idNode(a.entity))
                    .add("detail", Node::string(a.detail))
                    .add("justification", Node::string(a.justification))
                    .add("date", a.date.isValid() ? Node::string(a.date.toString(Qt::ISODate)) : Node::null()));
        }
        root.add("accepted_findings", std::move(list));
    }
    if (!data.subprocessorSnapshots.isEmpty())
        root.add("subprocessor_lists", snapshotsNode(data.subprocessorSnapshots));
    QByteArray out;
    serialise(out, root, 0);
    out += '\n';
    return out;
}

} // namespace ropa::json
