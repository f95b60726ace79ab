#include "entitydetails.h"

#include "entitytablemodel.h"
#include "labels.h"

#include <QCollator>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace ropa {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::EntityDetails)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Lists that grow with the inventory (an own organisation's activities, a processor's
// transfers) show this many entries, then "… and N more".
constexpr qsizetype MaxListed = 100;

// The positions of the first min(size, MaxListed) names in the user's order (case-insensitive,
// numbers by value), in that order: one sort key per name instead of a collation per
// comparison, and only the first ones sorted.
QList<qsizetype> firstByName(const QStringList &names)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::vector<std::pair<QCollatorSortKey, qsizetype>> keys;
    keys.reserve(static_cast<size_t>(names.size()));
    for (qsizetype i = 0; i < names.size(); ++i)
        keys.emplace_back(collator.sortKey(names.at(i).toCaseFolded()), i); // folded: the C locale's keys are bytes
    const auto shown = static_cast<std::ptrdiff_t>(std::min(names.size(), MaxListed));
    std::partial_sort(keys.begin(), keys.begin() + shown, keys.end(), [](const auto &a, const auto &b) {
        const int order = a.first.compare(b.first);
        return order != 0 ? order < 0 : a.second < b.second;
    });
    QList<qsizetype> order;
    order.reserve(shown);
    for (std::ptrdiff_t i = 0; i < shown; ++i)
        order.append(keys[static_cast<size_t>(i)].second);
    return order;
}

QString moreHtml(qsizetype more)
{
    return QStringLiteral("<span class=\"muted\">%1</span>")
        .arg(esc(Tr::tr("… and %n more", nullptr, static_cast<int>(more))));
}

// Builds the page: a title, a subtitle and rows of "label: value", then free sections.
class Page
{
public:
    explicit Page(const ProjectData &data)
        : m_data(data)
    {
    }

    void title(const QString &title, const QString &subtitle)
    {
        m_html += QStringLiteral("<h2>%1</h2><p class=\"subtitle\">%2</p>").arg(esc(title), esc(subtitle));
    }

    // A row whose value is plain text; an empty value shows "not stated" unless skipped.
    void row(const QString &label, const QString &value, bool skipEmpty = false)
    {
        if (value.isEmpty() && skipEmpty)
            return;
        rowHtml(label, value.isEmpty() ? notStatedHtml() : esc(value).replace(u'\n', QStringLiteral("<br>")));
    }

    void rowHtml(const QString &label, const QString &html)
    {
        openTable();
        m_html += QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>").arg(esc(label), html);
    }

    // Lists derived from the data (not ordered by the user) are sorted by name. An own
    // organisation of a large inventory has thousands of activities: the first MaxListed are
    // shown and a line says how many more there are (the tables list them all).
    void sortedLinks(const QString &label, const IdList &ids, bool skipEmpty = false)
    {
        if (ids.isEmpty() && skipEmpty)
            return;
        QStringList names;
        names.reserve(ids.size());
        for (const Id &id : ids)
            names.append(nameOfId(id));
        QStringList html;
        for (const qsizetype i : firstByName(names))
            html.append(link(ids.at(i)));
        if (ids.size() > MaxListed)
            html.append(moreHtml(ids.size() - MaxListed));
        rowHtml(label, html.isEmpty() ? notStatedHtml() : html.join(QStringLiteral("<br>")));
    }

    // The name of any entity (a transfer's "from → to") without copying it.
    QString nameOfId(const Id &id) const
    {
        const auto kind = m_data.kindOfId(id);
        if (!kind)
            return {};
        QString name;
        forEachEntityType([&](auto tag) {
            using T = typename decltype(tag)::type;
            if (kindOf<T>() != *kind)
                return;
            if (const T *e = m_data.find<T>(id)) {
                if constexpr (std::is_same_v<T, Transfer>)
                    name = transferName(*e);
                else if constexpr (std::is_same_v<T, Document>)
                    name = e->title;
                else
                    name = e->name;
            }
        });
        return name.isEmpty() ? Tr::tr("(unnamed)") : name;
    }

    void links(const QString &label, const IdList &ids, bool skipEmpty = false)
    {
        if (ids.isEmpty() && skipEmpty)
            return;
        QStringList items;
        for (const Id &id : ids)
            items.append(link(id));
        rowHtml(label, items.isEmpty() ? notStatedHtml() : items.join(QStringLiteral("<br>")));
    }

    void list(const QString &label, const QStringList &values, bool skipEmpty = false)
    {
        if (values.isEmpty() && skipEmpty)
            return;
        QStringList items;
        for (const QString &value : values)
            items.append(esc(value));
        rowHtml(label, items.isEmpty() ? notStatedHtml() : items.join(QStringLiteral("<br>")));
    }

    void contact(const QString &label, const std::optional<Contact> &contact, bool skipEmpty = false)
    {
        if ((!contact || contact->isEmpty()) && skipEmpty)
            return;
        if (!contact || contact->isEmpty()) {
            rowHtml(label, notStatedHtml());
            return;
        }
        QStringList parts;
        for (const QString &part : {contact->name, contact->email, contact->phone}) {
            if (!part.isEmpty())
                parts.append(esc(part));
        }
        rowHtml(label, parts.join(QStringLiteral("<br>")));
    }

    void heading(const QString &text)
    {
        closeTable();
        m_html += QStringLiteral("<h3>%1</h3>").arg(esc(text));
    }

    void paragraph(const QString &text)
    {
        closeTable();
        m_html += QStringLiteral("<p>%1</p>").arg(esc(text).replace(u'\n', QStringLiteral("<br>")));
    }

    void rawParagraph(const QString &html)
    {
        closeTable();
        m_html += QStringLiteral("<p>%1</p>").arg(html);
    }

    void evidence(const EvidenceList &evidence)
    {
        if (evidence.isEmpty())
            return;
        heading(Tr::tr("Evidence"));
        for (const Evidence &e : evidence) {
            m_html += QStringLiteral("<p class=\"quote\">%1</p><p class=\"source\">%2</p>")
                          .arg(Tr::tr("“%1”", "a quote in quotation marks").arg(esc(e.quote)),
                               Tr::tr("— %1").arg(link(e.document)));
        }
    }

    QString link(const Id &id) const
    {
        const auto kind = m_data.kindOfId(id);
        if (!kind)
            return QStringLiteral("<span class=\"missing\">%1</span>")
                .arg(esc(Tr::tr("missing: %1").arg(idToString(id))));
        const auto entity = m_data.entity(*kind, id);
        QString name = entity ? displayName(*entity) : QString();
        return QStringLiteral("<a href=\"ropa:%1\">%2</a>").arg(idToString(id), esc(name));
    }

    QString displayName(const AnyEntity &entity) const
    {
        if (const auto *t = std::get_if<Transfer>(&entity))
            return transferName(*t);
        const QString name = nameOf(entity);
        return name.isEmpty() ? Tr::tr("(unnamed)") : name;
    }

    QString transferName(const Transfer &t) const
    {
        const Party *from = m_data.find<Party>(t.from);
        const Party *to = m_data.find<Party>(t.to);
        return Tr::tr("%1 → %2").arg(from ? from->name : Labels::notStated(), to ? to->name : Labels::notStated());
    }

    QString notStatedHtml() const
    {
        return QStringLiteral("<span class=\"missing\">%1</span>").arg(esc(Labels::notStated()));
    }

    QString html()
    {
        closeTable();
        return m_html;
    }

private:
    void openTable()
    {
        if (!m_inTable)
            m_html += QStringLiteral("<table class=\"fields\" cellspacing=\"0\" cellpadding=\"3\">");
        m_inTable = true;
    }
    void closeTable()
    {
        if (m_inTable)
            m_html += QStringLiteral("</table>");
        m_inTable = false;
    }

    const ProjectData &m_data;
    QString m_html;
    bool m_inTable = false;
};

template <typename T, typename Pred> IdList idsWhere(const EntityMap<T> &table, Pred &&pred)
{
    IdList ids;
    for (const auto &[id, entity] : table) {
        if (pred(entity))
            ids.append(id);
    }
    return ids;
}

IdList activitiesUsing(const ProjectData &data, IdList Activity::*member, const Id &id)
{
    return idsWhere(data.activities, [&](const Activity &a) { return (a.*member).contains(id); });
}

bool cites(const EvidenceList &evidence, const Id &document)
{
    return std::any_of(evidence.begin(), evidence.end(), [&](const Evidence &e) { return e.document == document; });
}

// One transfer as a link named by whoever is at the other end, with where the data goes and
// under which mechanism: "CallCabinet (US, DPF)".
QString transferItemHtml(const Transfer &t, const QString &name)
{
    QString where = t.countries.join(Tr::tr(", "));
    const QString mechanism = Labels::mechanismShort(t.mechanism, t.sccModule);
    where = where.isEmpty() ? mechanism : Tr::tr("%1, %2").arg(where, mechanism);
    return QStringLiteral("<a href=\"ropa:%1\">%2</a> <span class=\"muted\">(%3)</span>")
        .arg(idToString(t.id), esc(name), esc(where));
}

QString partyNameOf(const ProjectData &data, const Id &id)
{
    const Party *party = data.find<Party>(id);
    return party ? party->name : Labels::notStated();
}

// Art. 30(1)(d)/(e): the transfers that list the activity. A transfer from an own party is
// named by its recipient; an onward transfer by "processor → subprocessor".
QString recipientsHtml(const Page &page, const ProjectData &data, const Activity &a)
{
    QStringList items;
    for (const auto &[id, t] : data.transfers) {
        if (!t.activities.contains(a.id))
            continue;
        const Party *from = data.find<Party>(t.from);
        const QString name = from && from->own ? partyNameOf(data, t.to) : page.displayName(t);
        items.append(transferItemHtml(t, name));
    }
    return items.isEmpty() ? page.notStatedHtml() : items.join(QStringLiteral("<br>"));
}

// The transfers that reach (incoming) or leave a party, each named by the party at the other end.
QString partyTransfersHtml(const ProjectData &data, const Party &p, bool incoming)
{
    QList<const Transfer *> transfers;
    QStringList names;
    for (const auto &[id, t] : data.transfers) {
        if ((incoming ? t.to : t.from) != p.id)
            continue;
        transfers.append(&t);
        names.append(partyNameOf(data, incoming ? t.from : t.to));
    }
    QStringList html;
    for (const qsizetype i : firstByName(names))
        html.append(transferItemHtml(*transfers.at(i), names.at(i)));
    if (names.size() > MaxListed)
        html.append(moreHtml(names.size() - MaxListed));
    return html.join(QStringLiteral("<br>"));
}

void writeParty(Page &page, const ProjectData &data, const Party &p)
{
    QString subtitle = Labels::partyKind(p.kind);
    if (p.own)
        subtitle = Tr::tr("%1 · own organisation").arg(subtitle);
    if (!p.named)
        subtitle = Tr::tr("%1 · category of recipients").arg(subtitle);
    page.title(p.name, subtitle);
    page.row(Tr::tr("Country"), Labels::country(p.country));
    page.row(Tr::tr("Processing locations"), p.locations.isEmpty() ? QString() : Labels::countries(p.locations));
    page.row(Tr::tr("Address"), p.address, true);
    page.contact(Tr::tr("Contact"), p.contact, true);
    page.contact(Tr::tr("Data protection officer"), p.dpo, !p.own);
    page.contact(Tr::tr("Representative (Art. 27)"), p.representative, true);
    if (!p.website.isEmpty())
        page.rowHtml(Tr::tr("Website"), QStringLiteral("<a href=\"%1\">%1</a>").arg(esc(p.website)));
    if (!p.own) {
        page.row(Tr::tr("DPA signed"), Labels::date(p.dpaSigned));
        page.row(Tr::tr("DPF certified"), Labels::yesNoUnknown(p.dpfCertified));
    }
    page.list(Tr::tr("Certifications"), p.certifications, true);
    const QString incoming = partyTransfersHtml(data, p, true);
    if (!incoming.isEmpty())
        page.rowHtml(Tr::tr("Receives data from"), incoming);
    const QString outgoing = partyTransfersHtml(data, p, false);
    if (!outgoing.isEmpty())
        page.rowHtml(p.own ? Tr::tr("Transfers data to") : Tr::tr("Passes data on to"), outgoing);
    if (p.own)
        page.sortedLinks(Tr::tr("Processing activities"),
                         idsWhere(data.activities, [&](const Activity &a) { return a.organisation == p.id; }), true);
    if (!p.notes.isEmpty()) {
        page.heading(Tr::tr("Notes"));
        page.paragraph(p.notes);
    }
    page.evidence(p.evidence);
}

void writeActivity(Page &page, const ProjectData &data, const Activity &a)
{
    page.title(a.name, Tr::tr("Processing activity · %1").arg(Labels::role(a.role)));
    page.links(Tr::tr("Organisation"), {a.organisation});
    if (a.role != Role::Controller || !a.onBehalfOf.isNull())
        page.links(Tr::tr("On behalf of"), a.onBehalfOf.isNull() ? IdList() : IdList{a.onBehalfOf});
    page.list(Tr::tr("Purposes"), a.purposes);
    page.row(Tr::tr("Lawful basis"), a.lawfulBasis ? Tr::tr("%1 (%2)").arg(Labels::lawfulBasis(*a.lawfulBasis),
                                                                           Labels::lawfulBasisReference(*a.lawfulBasis))
                                                   : QString());
    const bool special = std::any_of(a.dataCategories.begin(), a.dataCategories.end(), [&](const Id &id) {
        const DataCategory *c = data.find<DataCategory>(id);
        return c && c->special;
    });
    if (special || a.art9Condition)
        page.row(Tr::tr("Art. 9 condition"), a.art9Condition ? Labels::art9Condition(*a.art9Condition) : QString());
    page.row(Tr::tr("Art. 10 basis"), a.art10Basis, true);
    const auto yesNo = [](const std::optional<bool> &v) { return v ? (*v ? Tr::tr("Yes") : Tr::tr("No")) : QString(); };
    if (a.lawfulBasis == LawfulBasis::Consent || a.consentConditionOfService)
        page.row(Tr::tr("Consent is a condition of the service"), yesNo(a.consentConditionOfService));
    if (a.lawfulBasis == LawfulBasis::LegitimateInterests || !a.balancingTest.isEmpty()) {
        QString balancing = a.balancingTest.note.trimmed();
        if (a.balancingTest.date)
            balancing = balancing.isEmpty() ? Tr::tr("Done %1").arg(Labels::date(a.balancingTest.date))
                                            : Tr::tr("Done %1: %2").arg(Labels::date(a.balancingTest.date), balancing);
        page.row(Tr::tr("Balancing test"), balancing);
    }
    page.links(Tr::tr("Data subjects"), a.dataSubjects);
    page.links(Tr::tr("Data categories"), a.dataCategories);
    page.links(Tr::tr("Sources"), a.sources, true);
    page.rowHtml(Tr::tr("Recipients"), recipientsHtml(page, data, a));
    page.links(Tr::tr("Security measures"), a.securityMeasures);
    QString dpia = a.dpia.required ? (*a.dpia.required ? Tr::tr("Required") : Tr::tr("Not required")) : QString();
    if (a.dpia.done)
        dpia = Tr::tr("%1, done %2").arg(dpia.isEmpty() ? Tr::tr("Done") : dpia, Labels::date(a.dpia.done));
    else if (a.dpia.required.value_or(false))
        dpia = Tr::tr("Required, not done");
    page.row(Tr::tr("DPIA"), dpia);
    page.row(Tr::tr("Large-scale processing"), yesNo(a.largeScale), true);
    page.row(Tr::tr("Owner"), a.owner);
    page.row(Tr::tr("Last reviewed"), a.lastReviewed ? Labels::date(a.lastReviewed) : QString());

    page.heading(Tr::tr("Retention"));
    if (a.retention.isEmpty())
        page.rawParagraph(page.notStatedHtml());
    for (const RetentionRule &rule : a.retention) {
        QStringList names;
        for (const Id &id : rule.categories)
            names.append(page.link(id));
        QString period;
        if (!rule.duration.isEmpty() && !rule.trigger.isEmpty())
            period = Tr::tr("%1 after %2").arg(Labels::duration(rule.duration), rule.trigger);
        else if (!rule.duration.isEmpty())
            period = Labels::duration(rule.duration);
        else if (!rule.trigger.isEmpty())
            period = Tr::tr("until %1").arg(rule.trigger);
        QString html = names.join(Tr::tr(", ")) + QStringLiteral(": ");
        html += period.isEmpty()
                    ? QStringLiteral("<span class=\"missing\">%1</span>").arg(esc(Tr::tr("no period stated")))
                    : QStringLiteral("<b>%1</b>").arg(esc(period));
        if (!rule.legalReference.isEmpty())
            html += QStringLiteral(" (%1)").arg(esc(rule.legalReference));
        if (!rule.text.isEmpty())
            html += QStringLiteral("<br><span class=\"quote\">%1</span>")
                        .arg(Tr::tr("“%1”", "a quote in quotation marks").arg(esc(rule.text)));
        page.rawParagraph(html);
    }
    if (!a.notes.isEmpty()) {
        page.heading(Tr::tr("Notes"));
        page.paragraph(a.notes);
    }
    page.evidence(a.evidence);
}

void writeTransfer(Page &page, const ProjectData &data, const Transfer &t)
{
    const Party *from = data.find<Party>(t.from);
    const bool onward = from && !from->own;
    page.title(page.displayName(t), onward ? Tr::tr("Onward transfer") : Tr::tr("Transfer"));
    page.links(Tr::tr("From"), {t.from});
    page.links(Tr::tr("To"), {t.to});
    page.row(Tr::tr("Recipient acts as"), Labels::role(t.role));
    page.row(Tr::tr("Purpose"), t.purpose);
    page.row(Tr::tr("Countries"), Labels::countries(t.countries));
    page.row(Tr::tr("Mechanism"), Labels::mechanism(t.mechanism, t.sccModule));
    if (t.derogation)
        page.row(Tr::tr("Derogation"), Labels::derogation(*t.derogation));
    if (t.mechanism == Mechanism::Derogation || t.occasional)
        page.row(Tr::tr("Occasional"), t.occasional ? (*t.occasional ? Tr::tr("Yes") : Tr::tr("No")) : QString());
    if (t.derogation == Derogation::CompellingInterests || !t.suitableSafeguards.isEmpty())
        page.row(Tr::tr("Suitable safeguards"), t.suitableSafeguards.trimmed());
    if (t.mechanism == Mechanism::Scc || t.mechanism == Mechanism::Bcr || t.tiaDone)
        page.row(Tr::tr("Transfer impact assessment"),
                 t.tiaDone ? Tr::tr("Done %1").arg(Labels::date(t.tiaDone)) : QString());
    page.links(Tr::tr("Activities"), t.activities);
    page.links(Tr::tr("Data categories"), t.dataCategories);
    page.evidence(t.evidence);
}

void writeDataCategory(Page &page, const ProjectData &data, const DataCategory &c)
{
    page.title(c.name, Tr::tr("Data category"));
    if (!c.parent.isNull())
        page.links(Tr::tr("Part of"), {c.parent});
    page.sortedLinks(Tr::tr("Includes"),
                     idsWhere(data.dataCategories, [&](const DataCategory &d) { return d.parent == c.id; }), true);
    page.row(Tr::tr("Description"), c.description, true);
    page.list(Tr::tr("Examples"), c.examples, true);
    if (c.special)
        page.row(Tr::tr("Special category (Art. 9)"), Labels::special(*c.special));
    if (c.criminal)
        page.row(Tr::tr("Criminal data (Art. 10)"), Labels::yesNo(true));
    page.row(Tr::tr("US state-law category"), c.usCategory ? Labels::usCategory(*c.usCategory) : QString(), true);
    page.sortedLinks(Tr::tr("Processing activities"), activitiesUsing(data, &Activity::dataCategories, c.id));
    page.sortedLinks(Tr::tr("Transfers"),
                     idsWhere(data.transfers, [&](const Transfer &t) { return t.dataCategories.contains(c.id); }),
                     true);
    page.evidence(c.evidence);
}

void writeDocument(Page &page, const ProjectData &data, const Document &d)
{
    page.title(d.title, Tr::tr("Document"));
    if (!d.url.isEmpty())
        page.rowHtml(Tr::tr("Address"), QStringLiteral("<a href=\"%1\">%1</a>").arg(esc(d.url)));
    page.row(Tr::tr("Date"), d.date ? Labels::date(d.date) : QString());
    IdList citing;
    data.forEachEntity([&](const auto &e) {
        if constexpr (!std::is_same_v<std::decay_t<decltype(e)>, Document>) {
            if (cites(e.evidence, d.id))
                citing.append(e.id);
        }
    });
    page.sortedLinks(Tr::tr("Cited by"), citing, true);
    if (!d.text.isEmpty()) {
        page.heading(Tr::tr("Text"));
        page.paragraph(d.text);
    }
}

} // namespace

QString entityDetailsHtml(const ProjectData &data, EntityKind kind, const Id &id)
{
    Page page(data);
    switch (kind) {
    case EntityKind::Party:
        if (const Party *p = data.find<Party>(id))
            writeParty(page, data, *p);
        break;
    case EntityKind::Activity:
        if (const Activity *a = data.find<Activity>(id))
            writeActivity(page, data, *a);
        break;
    case EntityKind::Transfer:
        if (const Transfer *t = data.find<Transfer>(id))
            writeTransfer(page, data, *t);
        break;
    case EntityKind::DataCategory:
        if (const DataCategory *c = data.find<DataCategory>(id))
            writeDataCategory(page, data, *c);
        break;
    case EntityKind::DataSubject:
        if (const DataSubject *s = data.find<DataSubject>(id)) {
            page.title(s->name, Tr::tr("Data subjects"));
            page.row(Tr::tr("Description"), s->description, true);
            page.sortedLinks(Tr::tr("Processing activities"), activitiesUsing(data, &Activity::dataSubjects, id));
            page.evidence(s->evidence);
        }
        break;
    case EntityKind::Source:
        if (const Source *s = data.find<Source>(id)) {
            page.title(s->name, Tr::tr("Source"));
            page.row(Tr::tr("Kind"), Labels::sourceKind(s->kind));
            page.sortedLinks(Tr::tr("Processing activities"), activitiesUsing(data, &Activity::sources, id));
            page.evidence(s->evidence);
        }
        break;
    case EntityKind::SecurityMeasure:
        if (const SecurityMeasure *m = data.find<SecurityMeasure>(id)) {
            page.title(m->name, Tr::tr("Security measure"));
            page.row(Tr::tr("Kind"), Labels::measureKind(m->kind));
            page.row(Tr::tr("Description"), m->description, true);
            page.sortedLinks(Tr::tr("Processing activities"), activitiesUsing(data, &Activity::securityMeasures, id));
            page.evidence(m->evidence);
        }
        break;
    case EntityKind::System:
        if (const System *y = data.find<System>(id)) {
            page.title(y->name, Tr::tr("System"));
            page.row(Tr::tr("Description"), y->description, true);
            page.links(Tr::tr("Hosted by"), y->hostingParty.isNull() ? IdList{} : IdList{y->hostingParty}, true);
            page.row(Tr::tr("Locations"), Labels::countries(y->locations), true);
            page.row(Tr::tr("Notes"), y->notes, true);
            page.sortedLinks(Tr::tr("Processing activities"), activitiesUsing(data, &Activity::systems, id));
            page.evidence(y->evidence);
        }
        break;
    case EntityKind::Document:
        if (const Document *d = data.find<Document>(id))
            writeDocument(page, data, *d);
        break;
    }
    return page.html();
}

QString projectSummaryHtml(const ProjectData &data)
{
    Page page(data);
    page.title(data.info.name.isEmpty() ? Tr::tr("Untitled project") : data.info.name, Tr::tr("Project"));
    for (int i = 0; i < SectionCount; ++i) {
        const auto section = static_cast<Section>(i);
        page.row(sectionTitle(section), QString::number(sectionCount(data, section)));
    }
    if (!data.info.notes.isEmpty()) {
        page.heading(Tr::tr("Notes"));
        page.paragraph(data.info.notes);
    }
    return page.html();
}

Id entityLinkId(const QUrl &url)
{
    if (url.scheme() != u"ropa")
        return {};
    return idFromString(url.path());
}

QString entityDetailsStyleSheet()
{
    // Rich text takes no alpha, so the muted colour is text blended into the background.
    const QPalette palette = QGuiApplication::palette();
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [](int a, int b) { return (a * 55 + b * 45) / 100; };
    const QString muted =
        QColor(mix(text.red(), base.red()), mix(text.green(), base.green()), mix(text.blue(), base.blue())).name();
    return QStringLiteral("h2 { margin-bottom: 0; }"
                          "h3 { margin-top: 14px; margin-bottom: 4px; }"
                          "p.subtitle { color: %1; margin-top: 2px; }"
                          "td.label { color: %1; padding-right: 12px; white-space: nowrap; }"
                          "td { vertical-align: top; }"
                          ".missing { color: %1; font-style: italic; }"
                          ".muted { color: %1; }"
                          ".quote { font-style: italic; }"
                          "p.quote { margin-bottom: 0; }"
                          "p.source { margin-top: 0; color: %1; }"
                          "a { text-decoration: none; }")
        .arg(muted);
}

} // namespace ropa
