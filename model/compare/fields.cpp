#include "fields.h"

#include "commands/edits.h"
#include "itemmodels/labels.h"

#include <QCoreApplication>

#include <type_traits>

namespace ropa::compare {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::compare)
};

template <typename> struct MemberOf;
template <typename C, typename V> struct MemberOf<V C::*>
{
    using Class = C;
    using Value = V;
};

template <typename> inline constexpr bool IsQList = false;
template <typename V> inline constexpr bool IsQList<QList<V>> = true;

template <typename> inline constexpr bool IsOptional = false;
template <typename V> inline constexpr bool IsOptional<std::optional<V>> = true;

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString label(PartyKind v)
{
    return Labels::partyKind(v);
}
QString label(SpecialCategory v)
{
    return Labels::special(v);
}
QString label(UsCategory v)
{
    return Labels::usCategory(v);
}
QString label(SourceKind v)
{
    return Labels::sourceKind(v);
}
QString label(MeasureKind v)
{
    return Labels::measureKind(v);
}
QString label(Role v)
{
    return Labels::role(v);
}
QString label(LawfulBasis v)
{
    return Labels::lawfulBasis(v);
}
QString label(Art9Condition v)
{
    return Labels::art9Condition(v);
}
QString label(Mechanism v)
{
    return Labels::mechanism(v);
}
QString label(Derogation v)
{
    return Labels::derogation(v);
}
QString label(RecordStatus v)
{
    return Labels::recordStatus(v);
}
QString label(DocumentKind v)
{
    return Labels::documentKind(v);
}

QString contactText(const Contact &c)
{
    QStringList parts;
    for (const QString &s : {c.name, c.function, c.email, c.phone}) {
        if (!s.isEmpty())
            parts.append(s);
    }
    return parts.join(QStringLiteral(", "));
}

// The key of a structured item: its parts joined by a character no text field holds.
QString keyOf(const QStringList &parts)
{
    return parts.join(QChar(0x1f));
}

ValueItem one(const QString &key, const QString &text)
{
    return {key, text};
}

// One element of a value (scalar or list item) as an item; the key is the machine form.
template <typename V> ValueItem itemOf(const ProjectData &data, const V &v)
{
    if constexpr (std::is_same_v<V, QString>) {
        return one(v, v);
    } else if constexpr (std::is_same_v<V, Id>) {
        return one(idToString(v), entityName(data, v));
    } else if constexpr (std::is_same_v<V, bool>) {
        return one(v ? QStringLiteral("true") : QStringLiteral("false"), Labels::yesNo(v));
    } else if constexpr (std::is_same_v<V, int>) {
        return one(QString::number(v), QString::number(v));
    } else if constexpr (std::is_same_v<V, QDate>) {
        return one(isoDate(v), isoDate(v));
    } else if constexpr (std::is_enum_v<V>) {
        return one(enumToString(v), label(v));
    } else if constexpr (std::is_same_v<V, Contact>) {
        const QString t = contactText(v);
        return one(keyOf({v.name, v.function, v.email, v.phone}), t);
    } else if constexpr (std::is_same_v<V, Evidence>) {
        return one(keyOf({idToString(v.document), v.quote}),
                   Tr::tr("“%1” (%2)").arg(v.quote, entityName(data, v.document)));
    } else if constexpr (std::is_same_v<V, RetentionRule>) {
        QStringList categories;
        QStringList categoryIds;
        for (const Id &id : v.categories) {
            categories.append(entityName(data, id));
            categoryIds.append(idToString(id));
        }
        // The period as a duration, or as the source words it when no duration is stated.
        QString text = !v.duration.isEmpty() ? Labels::duration(v.duration)
                       : !v.text.isEmpty()   ? Tr::tr("“%1”").arg(v.text)
                                             : Labels::notStated();
        if (!v.trigger.isEmpty())
            text = Tr::tr("%1 (trigger: %2)").arg(text, v.trigger);
        if (!categories.isEmpty())
            text = Tr::tr("%1: %2").arg(categories.join(QStringLiteral(", ")), text);
        if (!v.legalReference.isEmpty())
            text += QStringLiteral(" (%1)").arg(v.legalReference);
        return one(keyOf({categoryIds.join(u','), v.duration, v.trigger, v.legalReference, v.text}), text);
    } else if constexpr (std::is_same_v<V, BalancingTest>) {
        QStringList parts;
        if (v.date)
            parts.append(isoDate(*v.date));
        if (!v.note.isEmpty())
            parts.append(v.note);
        return one(keyOf(parts), parts.join(QStringLiteral(": ")));
    } else if constexpr (std::is_same_v<V, DataItem>) {
        // "Call recordings of Customers, from the caller: why; P6M (“six months”); statutory: consequence"
        QString text = entityName(data, v.category);
        if (!v.subject.isNull())
            text = Tr::tr("%1 of %2").arg(text, entityName(data, v.subject));
        QStringList sources, sourceIds;
        for (const Id &id : v.sources) {
            sources.append(entityName(data, id));
            sourceIds.append(idToString(id));
        }
        if (!sources.isEmpty())
            text = Tr::tr("%1, from %2").arg(text, sources.join(QStringLiteral(", ")));
        QStringList parts;
        for (const QString &p : {v.purpose, v.retention.isEmpty() ? QString() : Labels::duration(v.retention),
                                 v.retentionText.isEmpty() ? QString() : Tr::tr("“%1”").arg(v.retentionText),
                                 v.obligation ? Labels::obligation(*v.obligation) : QString(), v.consequence}) {
            if (!p.isEmpty())
                parts.append(p);
        }
        if (!parts.isEmpty())
            text = Tr::tr("%1: %2").arg(text, parts.join(QStringLiteral("; ")));
        return one(keyOf({idToString(v.category), idToString(v.subject), sourceIds.join(u','), v.purpose, v.retention,
                          v.retentionText, v.obligation ? enumToString(*v.obligation) : QString(), v.consequence}),
                   text);
    } else if constexpr (std::is_same_v<V, AutomatedDecisions>) {
        QStringList parts;
        if (v.present)
            parts.append(*v.present ? Tr::tr("automated decisions") : Tr::tr("no automated decisions"));
        if (v.profiling)
            parts.append(*v.profiling ? Tr::tr("profiling") : Tr::tr("no profiling"));
        if (!v.logic.isEmpty())
            parts.append(Tr::tr("logic: %1").arg(v.logic));
        if (!v.significance.isEmpty())
            parts.append(Tr::tr("significance: %1").arg(v.significance));
        return one(keyOf(parts), parts.join(QStringLiteral("; ")));
    } else if constexpr (std::is_same_v<V, DpiaScreening>) {
        QStringList parts, criteria;
        for (const DpiaCriterion c : v.criteria)
            criteria.append(Labels::dpiaCriterion(c));
        if (!criteria.isEmpty())
            parts.append(criteria.join(QStringLiteral(", ")));
        if (v.onAuthorityList)
            parts.append(*v.onAuthorityList ? Tr::tr("on the authority's list")
                                            : Tr::tr("not on the authority's list"));
        if (v.highRisk)
            parts.append(*v.highRisk ? Tr::tr("high risk") : Tr::tr("no high risk"));
        if (!v.outcome.isEmpty())
            parts.append(v.outcome);
        if (!v.report.isNull())
            parts.append(Tr::tr("report: %1").arg(entityName(data, v.report)));
        return one(keyOf(parts + QStringList{idToString(v.report)}), parts.join(QStringLiteral("; ")));
    } else {
        static_assert(std::is_same_v<V, Dpia>, "a field type without a readable form");
        QStringList parts;
        if (v.required)
            parts.append(*v.required ? Tr::tr("required") : Tr::tr("not required"));
        if (v.performed)
            parts.append(*v.performed ? Tr::tr("performed") : Tr::tr("not performed"));
        if (v.done)
            parts.append(Tr::tr("done %1").arg(isoDate(*v.done)));
        if (!v.document.isNull())
            parts.append(Tr::tr("report: %1").arg(entityName(data, v.document)));
        return one(keyOf(parts + QStringList{idToString(v.document)}), parts.join(QStringLiteral(", ")));
    }
}

// Empty texts, empty ids and unset optionals are "not stated": no item.
template <typename V> ValueItems itemsOf(const ProjectData &data, const V &v)
{
    if constexpr (IsOptional<V>) {
        return v ? itemsOf(data, *v) : ValueItems{};
    } else if constexpr (IsQList<V>) {
        ValueItems items;
        items.reserve(v.size());
        for (const auto &e : v)
            items.append(itemOf(data, e));
        return items;
    } else {
        ValueItem item = itemOf(data, v);
        if (item.text.isEmpty())
            return {};
        return {item};
    }
}

ValueItems countryItems(const ValueItems &codes)
{
    ValueItems items = codes;
    for (ValueItem &i : items)
        i.text = Labels::country(i.key);
    return items;
}

// Theirs' removals and additions applied to ours, when theirs kept the order of what it kept
// from base (ours may reorder). Items are compared whole; duplicates are not expected in these
// lists (the editors refuse them).
template <typename L> bool mergeListValues(L &out, const L &base, const L &ours, const L &theirs)
{
    L keptByTheirs;
    for (const auto &x : theirs) {
        if (base.contains(x))
            keptByTheirs.append(x);
    }
    L baseKept;
    for (const auto &x : base) {
        if (theirs.contains(x))
            baseKept.append(x);
    }
    if (keptByTheirs != baseKept)
        return false;
    L result;
    for (const auto &x : ours) {
        if (!base.contains(x) || theirs.contains(x))
            result.append(x);
    }
    for (const auto &x : theirs) {
        if (!base.contains(x) && !result.contains(x))
            result.append(x);
    }
    out = result;
    return true;
}

template <auto M> Field<typename MemberOf<decltype(M)>::Class> field(const char *key, const char *labelText)
{
    using C = typename MemberOf<decltype(M)>::Class;
    using V = typename MemberOf<decltype(M)>::Value;
    Field<C> f{key,
               labelText,
               IsQList<V>,
               [](const C &a, const C &b) { return a.*M == b.*M; },
               [](C &to, const C &from) { to.*M = from.*M; },
               [](const ProjectData &data, const C &e) { return itemsOf(data, e.*M); },
               nullptr};
    if constexpr (std::is_same_v<V, IdList> || std::is_same_v<V, QStringList>) {
        f.mergeList = [](C &out, const C &b, const C &o, const C &t) {
            return mergeListValues(out.*M, b.*M, o.*M, t.*M);
        };
    }
    if constexpr (std::is_same_v<V, QString>)
        f.setText = [](C &e, const QString &text) { e.*M = text; };
    return f;
}

// A field holding country codes, shown as the countries' names.
template <auto M> Field<typename MemberOf<decltype(M)>::Class> countryField(const char *key, const char *labelText)
{
    using C = typename MemberOf<decltype(M)>::Class;
    Field<C> f = field<M>(key, labelText);
    f.items = [](const ProjectData &data, const C &e) { return countryItems(itemsOf(data, e.*M)); };
    return f;
}

// The labels are marked with QT_TRANSLATE_NOOP itself (not through a macro of ours, which lupdate
// would not see); Field::labelText() translates them in the context "ropa::compare".

// The DPA of a party (JSON key "dpa"): three members compared, copied and shown as one value.
Field<Party> dpaField()
{
    return Field<Party>{"dpa",
                        QT_TRANSLATE_NOOP("ropa::compare", "DPA"),
                        false,
                        [](const Party &a, const Party &b) {
                            return a.dpaInPlace == b.dpaInPlace && a.dpaSigned == b.dpaSigned &&
                                   a.dpaDocument == b.dpaDocument;
                        },
                        [](Party &to, const Party &from) {
                            to.dpaInPlace = from.dpaInPlace;
                            to.dpaSigned = from.dpaSigned;
                            to.dpaDocument = from.dpaDocument;
                        },
                        [](const ProjectData &data, const Party &p) {
                            QStringList parts;
                            if (p.dpaInPlace)
                                parts.append(*p.dpaInPlace ? Tr::tr("in place") : Tr::tr("not in place"));
                            if (p.dpaSigned)
                                parts.append(Tr::tr("signed %1").arg(isoDate(*p.dpaSigned)));
                            if (!p.dpaDocument.isNull())
                                parts.append(entityName(data, p.dpaDocument));
                            if (parts.isEmpty())
                                return ValueItems{};
                            return ValueItems{one(keyOf(parts + QStringList{idToString(p.dpaDocument)}),
                                                  parts.join(QStringLiteral(", ")))};
                        },
                        nullptr};
}

} // namespace

template <typename T> QString Field<T>::labelText() const
{
    return QCoreApplication::translate("ropa::compare", label);
}

template struct Field<Document>;
template struct Field<Party>;
template struct Field<DataCategory>;
template struct Field<DataSubject>;
template struct Field<Source>;
template struct Field<SecurityMeasure>;
template struct Field<System>;
template struct Field<Activity>;
template struct Field<Transfer>;
template struct Field<ProjectInfo>;
template struct Field<AcceptedFinding>;

template <> const std::vector<Field<Document>> &fieldsOf<Document>()
{
    static const std::vector<Field<Document>> fields{
        field<&Document::title>("title", QT_TRANSLATE_NOOP("ropa::compare", "Title")),
        field<&Document::url>("url", QT_TRANSLATE_NOOP("ropa::compare", "Web address")),
        field<&Document::date>("date", QT_TRANSLATE_NOOP("ropa::compare", "Date")),
        field<&Document::text>("text", QT_TRANSLATE_NOOP("ropa::compare", "Text")),
        field<&Document::kind>("kind", QT_TRANSLATE_NOOP("ropa::compare", "Kind")),
    };
    return fields;
}

template <> const std::vector<Field<Party>> &fieldsOf<Party>()
{
    static const std::vector<Field<Party>> fields{
        field<&Party::name>("name", QT_TRANSLATE_NOOP("ropa::compare", "Name")),
        field<&Party::kind>("kind", QT_TRANSLATE_NOOP("ropa::compare", "Kind")),
        field<&Party::named>("named", QT_TRANSLATE_NOOP("ropa::compare", "Named party")),
        field<&Party::own>("own", QT_TRANSLATE_NOOP("ropa::compare", "Own organisation")),
        countryField<&Party::country>("country", QT_TRANSLATE_NOOP("ropa::compare", "Country")),
        countryField<&Party::locations>("locations", QT_TRANSLATE_NOOP("ropa::compare", "Processing locations")),
        field<&Party::address>("address", QT_TRANSLATE_NOOP("ropa::compare", "Address")),
        field<&Party::contact>("contact", QT_TRANSLATE_NOOP("ropa::compare", "Contact")),
        field<&Party::dpo>("dpo", QT_TRANSLATE_NOOP("ropa::compare", "Data protection officer")),
        field<&Party::dpoNotRequired>("dpo_not_required", QT_TRANSLATE_NOOP("ropa::compare", "Why no DPO is required")),
        field<&Party::representative>("representative", QT_TRANSLATE_NOOP("ropa::compare", "Representative")),
        field<&Party::website>("website", QT_TRANSLATE_NOOP("ropa::compare", "Website")),
        dpaField(),
        field<&Party::dpfCertified>("dpf_certified", QT_TRANSLATE_NOOP("ropa::compare", "DPF certified")),
        field<&Party::certifications>("certifications", QT_TRANSLATE_NOOP("ropa::compare", "Certifications")),
        field<&Party::documents>("documents", QT_TRANSLATE_NOOP("ropa::compare", "Documents")),
        field<&Party::notes>("notes", QT_TRANSLATE_NOOP("ropa::compare", "Notes")),
        field<&Party::evidence>("evidence", QT_TRANSLATE_NOOP("ropa::compare", "Evidence")),
    };
    return fields;
}

template <> const std::vector<Field<DataCategory>> &fieldsOf<DataCategory>()
{
    static const std::vector<Field<DataCategory>> fields{
        field<&DataCategory::name>("name", QT_TRANSLATE_NOOP("ropa::compare", "Name")),
        field<&DataCategory::parent>("parent", QT_TRANSLATE_NOOP("ropa::compare", "Parent category")),
        field<&DataCategory::description>("description", QT_TRANSLATE_NOOP("ropa::compare", "Description")),
        field<&DataCategory::examples>("examples", QT_TRANSLATE_NOOP("ropa::compare", "Examples")),
        field<&DataCategory::special>("special", QT_TRANSLATE_NOOP("ropa::compare", "Special category (Art. 9)")),
        field<&DataCategory::criminal>("criminal", QT_TRANSLATE_NOOP("ropa::compare", "Criminal data (Art. 10)")),
        field<&DataCategory::usCategory>("us_category", QT_TRANSLATE_NOOP("ropa::compare", "US category")),
        field<&DataCategory::evidence>("evidence", QT_TRANSLATE_NOOP("ropa::compare", "Evidence")),
    };
    return fields;
}

template <> const std::vector<Field<DataSubject>> &fieldsOf<DataSubject>()
{
    static const std::vector<Field<DataSubject>> fields{
        field<&DataSubject::name>("name", QT_TRANSLATE_NOOP("ropa::compare", "Name")),
        field<&DataSubject::description>("description", QT_TRANSLATE_NOOP("ropa::compare", "Description")),
        field<&DataSubject::evidence>("evidence", QT_TRANSLATE_NOOP("ropa::compare", "Evidence")),
    };
    return fields;
}

template <> const std::vector<Field<Source>> &fieldsOf<Source>()
{
    static const std::vector<Field<Source>> fields{
        field<&Source::name>("name", QT_TRANSLATE_NOOP("ropa::compare", "Name")),
        field<&Source::kind>("kind", QT_TRANSLATE_NOOP("ropa::compare", "Kind")),
        field<&Source::evidence>("evidence", QT_TRANSLATE_NOOP("ropa::compare", "Evidence")),
    };
    return fields;
}

template <> const std::vector<Field<SecurityMeasure>> &fieldsOf<SecurityMeasure>()
{
    static const std::vector<Field<SecurityMeasure>> fields{
        field<&SecurityMeasure::name>("name", QT_TRANSLATE_NOOP("ropa::compare", "Name")),
        field<&SecurityMeasure::kind>("kind", QT_TRANSLATE_NOOP("ropa::compare", "Kind")),
        field<&SecurityMeasure::description>("description", QT_TRANSLATE_NOOP("ropa::compare", "Description")),
        field<&SecurityMeasure::evidence>("evidence", QT_TRANSLATE_NOOP("ropa::compare", "Evidence")),
    };
    return fields;
}

template <> const std::vector<Field<System>> &fieldsOf<System>()
{
    static const std::vector<Field<System>> fields{
        field<&System::name>("name", QT_TRANSLATE_NOOP("ropa::compare", "Name")),
        field<&System::description>("description", QT_TRANSLATE_NOOP("ropa::compare", "Description")),
        field<&System::hostingParty>("hosting_party", QT_TRANSLATE_NOOP("ropa::compare", "Hosted by")),
        countryField<&System::locations>("locations", QT_TRANSLATE_NOOP("ropa::compare", "Locations")),
        field<&System::notes>("notes", QT_TRANSLATE_NOOP("ropa::compare", "Notes")),
        field<&System::evidence>("evidence", QT_TRANSLATE_NOOP("ropa::compare", "Evidence")),
    };
    return fields;
}

template <> const std::vector<Field<Activity>> &fieldsOf<Activity>()
{
    static const std::vector<Field<Activity>> fields{
        field<&Activity::name>("name", QT_TRANSLATE_NOOP("ropa::compare", "Name")),
        field<&Activity::reference>("reference", QT_TRANSLATE_NOOP("ropa::compare", "Reference")),
        field<&Activity::status>("status", QT_TRANSLATE_NOOP("ropa::compare", "Status")),
        field<&Activity::recordVersion>("record_version", QT_TRANSLATE_NOOP("ropa::compare", "Record version")),
        field<&Activity::created>("created", QT_TRANSLATE_NOOP("ropa::compare", "Created")),
        field<&Activity::lastChanged>("last_changed", QT_TRANSLATE_NOOP("ropa::compare", "Last changed")),
        field<&Activity::department>("department", QT_TRANSLATE_NOOP("ropa::compare", "Department")),
        field<&Activity::contactPerson>("contact_person", QT_TRANSLATE_NOOP("ropa::compare", "Contact person")),
        field<&Activity::organisation>("organisation", QT_TRANSLATE_NOOP("ropa::compare", "Organisation")),
        field<&Activity::role>("role", QT_TRANSLATE_NOOP("ropa::compare", "Role")),
        field<&Activity::onBehalfOf>("on_behalf_of", QT_TRANSLATE_NOOP("ropa::compare", "On behalf of")),
        field<&Activity::purposes>("purposes", QT_TRANSLATE_NOOP("ropa::compare", "Purposes")),
        field<&Activity::lawfulBasis>("lawful_basis", QT_TRANSLATE_NOOP("ropa::compare", "Lawful basis")),
        field<&Activity::art9Condition>("art9_condition", QT_TRANSLATE_NOOP("ropa::compare", "Art. 9 condition")),
        field<&Activity::art10Basis>("art10_basis", QT_TRANSLATE_NOOP("ropa::compare", "Art. 10 basis")),
        field<&Activity::consentConditionOfService>(
            "consent_condition_of_service", QT_TRANSLATE_NOOP("ropa::compare", "Consent is a condition of service")),
        field<&Activity::balancingTest>("balancing_test", QT_TRANSLATE_NOOP("ropa::compare", "Balancing test")),
        field<&Activity::dataSubjects>("data_subjects", QT_TRANSLATE_NOOP("ropa::compare", "Data subjects")),
        field<&Activity::dataCategories>("data_categories", QT_TRANSLATE_NOOP("ropa::compare", "Data categories")),
        field<&Activity::sources>("sources", QT_TRANSLATE_NOOP("ropa::compare", "Sources")),
        field<&Activity::dataItems>("data_items", QT_TRANSLATE_NOOP("ropa::compare", "Data items")),
        field<&Activity::securityMeasures>("security_measures",
                                           QT_TRANSLATE_NOOP("ropa::compare", "Security measures")),
        field<&Activity::systems>("systems", QT_TRANSLATE_NOOP("ropa::compare", "Systems")),
        field<&Activity::retention>("retention", QT_TRANSLATE_NOOP("ropa::compare", "Retention")),
        field<&Activity::automatedDecisions>("automated_decisions",
                                             QT_TRANSLATE_NOOP("ropa::compare", "Automated decisions")),
        field<&Activity::dpia>("dpia", QT_TRANSLATE_NOOP("ropa::compare", "DPIA")),
        field<&Activity::dpiaScreening>("dpia_screening", QT_TRANSLATE_NOOP("ropa::compare", "DPIA screening")),
        field<&Activity::largeScale>("large_scale", QT_TRANSLATE_NOOP("ropa::compare", "Large scale")),
        field<&Activity::owner>("owner", QT_TRANSLATE_NOOP("ropa::compare", "Owner")),
        field<&Activity::lastReviewed>("last_reviewed", QT_TRANSLATE_NOOP("ropa::compare", "Last reviewed")),
        field<&Activity::documents>("documents", QT_TRANSLATE_NOOP("ropa::compare", "Documents")),
        field<&Activity::notes>("notes", QT_TRANSLATE_NOOP("ropa::compare", "Notes")),
        field<&Activity::evidence>("evidence", QT_TRANSLATE_NOOP("ropa::compare", "Evidence")),
    };
    return fields;
}

template <> const std::vector<Field<Transfer>> &fieldsOf<Transfer>()
{
    static const std::vector<Field<Transfer>> fields{
        field<&Transfer::from>("from", QT_TRANSLATE_NOOP("ropa::compare", "From")),
        field<&Transfer::to>("to", QT_TRANSLATE_NOOP("ropa::compare", "To")),
        field<&Transfer::role>("role", QT_TRANSLATE_NOOP("ropa::compare", "Recipient's role")),
        field<&Transfer::activities>("activities", QT_TRANSLATE_NOOP("ropa::compare", "Activities")),
        field<&Transfer::allCategories>("all_categories",
                                        QT_TRANSLATE_NOOP("ropa::compare", "All categories of the activities")),
        field<&Transfer::dataCategories>("data_categories", QT_TRANSLATE_NOOP("ropa::compare", "Data categories")),
        field<&Transfer::purpose>("purpose", QT_TRANSLATE_NOOP("ropa::compare", "Purpose")),
        countryField<&Transfer::countries>("countries", QT_TRANSLATE_NOOP("ropa::compare", "Countries")),
        field<&Transfer::mechanism>("mechanism", QT_TRANSLATE_NOOP("ropa::compare", "Transfer mechanism")),
        field<&Transfer::sccModule>("scc_module", QT_TRANSLATE_NOOP("ropa::compare", "SCC module")),
        field<&Transfer::derogation>("derogation", QT_TRANSLATE_NOOP("ropa::compare", "Derogation (Art. 49)")),
        field<&Transfer::occasional>("occasional", QT_TRANSLATE_NOOP("ropa::compare", "Occasional")),
        field<&Transfer::suitableSafeguards>("suitable_safeguards",
                                             QT_TRANSLATE_NOOP("ropa::compare", "Suitable safeguards")),
        field<&Transfer::tiaDone>("tia_done", QT_TRANSLATE_NOOP("ropa::compare", "TIA done")),
        field<&Transfer::evidence>("evidence", QT_TRANSLATE_NOOP("ropa::compare", "Evidence")),
    };
    return fields;
}

template <> const std::vector<Field<ProjectInfo>> &fieldsOf<ProjectInfo>()
{
    static const std::vector<Field<ProjectInfo>> fields{
        field<&ProjectInfo::name>("name", QT_TRANSLATE_NOOP("ropa::compare", "Name")),
        field<&ProjectInfo::language>("language", QT_TRANSLATE_NOOP("ropa::compare", "Language")),
        field<&ProjectInfo::notes>("notes", QT_TRANSLATE_NOOP("ropa::compare", "Notes")),
    };
    return fields;
}

template <> const std::vector<Field<AcceptedFinding>> &fieldsOf<AcceptedFinding>()
{
    static const std::vector<Field<AcceptedFinding>> fields{
        field<&AcceptedFinding::justification>("justification", QT_TRANSLATE_NOOP("ropa::compare", "Justification")),
        field<&AcceptedFinding::date>("date", QT_TRANSLATE_NOOP("ropa::compare", "Date")),
    };
    return fields;
}

QString joinedText(const ValueItems &items)
{
    QStringList texts;
    texts.reserve(items.size());
    for (const ValueItem &i : items)
        texts.append(i.text);
    return texts.join(QStringLiteral("; "));
}

QString entityName(const ProjectData &data, const AnyEntity &entity)
{
    // The whole name (displayName shortens long ones for menus); a transfer's "From → To".
    if (const auto *t = std::get_if<Transfer>(&entity))
        return Tr::tr("%1 → %2").arg(entityName(data, t->from), entityName(data, t->to));
    const QString name = nameOf(entity);
    return name.isEmpty() ? edit::displayName(data, entity) : name;
}

QString entityName(const ProjectData &data, const Id &id)
{
    const auto kind = data.kindOfId(id);
    if (!kind)
        return idToString(id);
    return entityName(data, *data.entity(*kind, id));
}

} // namespace ropa::compare
