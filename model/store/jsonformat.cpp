#include "jsonformat.h"

#include "domain/validation.h"
#include "store/jsonsnapshots.h"
#include "store/legacymeaning.h"
#include "store/strictjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace ropa::json {

// Messages a user reads when opening, saving or importing: translated (context "ropa::json");
// the English texts are the source texts, unchanged.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::json)
};

namespace {

// ---------------------------------------------------------------------------------------
// Reading.

constexpr int MaxProblems = 50;

class Reader
{
public:
    ReadResult read(const QByteArray &bytes)
    {
        // What QJsonDocument would let through silently (a key twice, a raw control
        // character, U+0000, a lone surrogate, a version of 1.0) is refused first.
        if (const QString strict = strictProblem(bytes); !strict.isEmpty()) {
            fail(strict);
            return finish();
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const TextPosition at = textPosition(bytes, parseError.offset);
            fail(Tr::tr("The file is not valid JSON: %1 at line %2, column %3.")
                     .arg(parseError.errorString())
                     .arg(at.line)
                     .arg(at.column));
            return finish();
        }
        if (!doc.isObject()) {
            fail(Tr::tr("The file is not a Ropa project: its JSON is not an object."));
            return finish();
        }
        readRoot(doc.object());
        return finish();
    }

private:
    ReadResult finish()
    {
        ReadResult r;
        if (m_problems.isEmpty()) {
            const QList<Problem> problems = validateProject(m_data);
            for (const Problem &p : problems) {
                if (m_problems.size() >= MaxProblems)
                    break;
                m_problems.append(p.describe());
            }
        }
        if (m_problems.isEmpty()) {
            r.data = std::move(m_data);
            return r;
        }
        r.problems = m_problems;
        r.error = m_problems.first();
        if (m_problems.size() > 1)
            r.error += Tr::tr(" (and %n more problem(s))", nullptr, int(m_problems.size() - 1));
        return r;
    }

    void fail(const QString &message)
    {
        if (m_problems.size() < MaxProblems)
            m_problems.append(message);
    }

    // The place being read, for messages: "party 3f2a… (“HubSpot”)" or "parties[3]".
    struct Where
    {
        QString text;
    };

    void problem(const Where &where, const QString &key, const QString &message)
    {
        fail(Tr::tr("%1, key “%2”: %3").arg(where.text, key, message));
    }

    static QString typeName(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Null: return QStringLiteral("null");
        case QJsonValue::Bool: return Tr::tr("a boolean");
        case QJsonValue::Double: return Tr::tr("a number");
        case QJsonValue::String: return Tr::tr("a text");
        case QJsonValue::Array: return Tr::tr("a list");
        case QJsonValue::Object: return Tr::tr("an object");
        case QJsonValue::Undefined: return Tr::tr("missing");
        }
        return {};
    }

    // Refuses unknown keys (a typo is never lost silently) and reports missing required ones.
    void checkKeys(const QJsonObject &o, const Where &where, std::initializer_list<const char *> allowed,
                   std::initializer_list<const char *> required)
    {
        QSet<QString> known;
        for (const char *k : allowed)
            known.insert(QString::fromLatin1(k));
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                problem(where, it.key(), Tr::tr("unknown key (check its spelling against the format)"));
        }
        for (const char *k : required) {
            if (!o.contains(QLatin1StringView(k)))
                problem(where, QString::fromLatin1(k), Tr::tr("required key is missing"));
        }
    }

    QString text(const QJsonObject &o, const char *key, const Where &where)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            problem(where, QString::fromLatin1(key), Tr::tr("expected a text, found %1").arg(typeName(v)));
            return {};
        }
        return v.toString();
    }

    bool boolean(const QJsonObject &o, const char *key, const Where &where, bool fallback)
    {
        const auto v = optionalBool(o, key, where);
        return v.value_or(fallback);
    }

    std::optional<bool> optionalBool(const QJsonObject &o, const char *key, const Where &where)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isBool()) {
            problem(where, QString::fromLatin1(key), Tr::tr("expected true or false, found %1").arg(typeName(v)));
            return std::nullopt;
        }
        return v.toBool();
    }

    std::optional<QDate> date(const QJsonObject &o, const char *key, const Where &where)
    {
        const QString s = text(o, key, where);
        if (s.isEmpty())
            return std::nullopt;
        return parseDate(s, QString::fromLatin1(key), where);
    }

    std::optional<QDate> parseDate(const QString &s, const QString &key, const Where &where)
    {
        static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!re.match(s).hasMatch() || !d.isValid()) {
            problem(where, key, Tr::tr("“%1” is not a date in the form YYYY-MM-DD").arg(s.left(40)));
            return std::nullopt;
        }
        return d;
    }

    Id id(const QJsonObject &o, const char *key, const Where &where, bool required)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull()) {
            if (required && !v.isUndefined()) // a missing key was already reported by checkKeys
                problem(where, QString::fromLatin1(key), Tr::tr("is required"));
            return {};
        }
        return parseId(v, QString::fromLatin1(key), where);
    }

    Id parseId(const QJsonValue &v, const QString &key, const Where &where)
    {
        if (!v.isString()) {
            problem(where, key, Tr::tr("expected an id, found %1").arg(typeName(v)));
            return {};
        }
        const Id parsed = idFromString(v.toString());
        if (parsed.isNull())
            problem(where, key,
                    Tr::tr("“%1” is not an id (a lower-case UUID such as "
                           "3f2a8c1e-5b7d-4e21-9c0a-1d2e3f4a5b6c)")
                        .arg(v.toString().left(40)));
        return parsed;
    }

    QJsonArray array(const QJsonObject &o, const char *key, const Where &where)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            problem(where, QString::fromLatin1(key), Tr::tr("expected a list, found %1").arg(typeName(v)));
            return {};
        }
        return v.toArray();
    }

    QStringList strings(const QJsonObject &o, const char *key, const Where &where)
    {
        QStringList out;
        for (const QJsonValue &v : array(o, key, where)) {
            if (!v.isString()) {
                problem(where, QString::fromLatin1(key),
                        Tr::tr("expected a list of texts, found %1 in it").arg(typeName(v)));
                continue;
            }
            out.append(v.toString());
        }
        return out;
    }

    IdList ids(const QJsonObject &o, const char *key, const Where &where)
    {
        IdList out;
        for (const QJsonValue &v : array(o, key, where)) {
            const Id parsed = parseId(v, QString::fromLatin1(key), where);
            if (!parsed.isNull())
                out.append(parsed);
        }
        return out;
    }

    template <typename E> std::optional<E> enumValue(const QJsonObject &o, const char *key, const Where &where)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isString()) {
            problem(where, QString::fromLatin1(key), Tr::tr("expected a text, found %1").arg(typeName(v)));
            return std::nullopt;
        }
        const auto e = enumFromString<E>(v.toString());
        if (!e)
            problem(where, QString::fromLatin1(key),
                    Tr::tr("“%1” is not one of: %2")
                        .arg(v.toString().left(40), enumAllNames<E>().join(QStringLiteral(", "))));
        return e;
    }

    template <typename E> E requiredEnum(const QJsonObject &o, const char *key, const Where &where, E fallback)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isNull())
            problem(where, QString::fromLatin1(key), Tr::tr("is required"));
        return enumValue<E>(o, key, where).value_or(fallback);
    }

    std::optional<Contact> contact(const QJsonObject &o, const char *key, const Where &where)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isObject()) {
            problem(where, QString::fromLatin1(key), Tr::tr("expected an object, found %1").arg(typeName(v)));
            return std::nullopt;
        }
        const QJsonObject c = v.toObject();
        const Where inner{QStringLiteral("%1, %2").arg(where.text, QString::fromLatin1(key))};
        if (m_version >= 2)
            checkKeys(c, inner, {"name", "function", "email", "phone"}, {});
        else
            checkKeys(c, inner, {"name", "email", "phone"}, {});
        return Contact{text(c, "name", inner), text(c, "email", inner), text(c, "phone", inner),
                       text(c, "function", inner)};
    }

    EvidenceList evidence(const QJsonObject &o, const Where &where)
    {
        EvidenceList out;
        for (const QJsonValue &v : array(o, "evidence", where)) {
            if (!v.isObject()) {
                problem(where, QStringLiteral("evidence"),
                        Tr::tr("expected a list of objects, found %1 in it").arg(typeName(v)));
                continue;
            }
            const QJsonObject e = v.toObject();
            const Where inner{QStringLiteral("%1, evidence").arg(where.text)};
            checkKeys(e, inner, {"document", "quote"}, {"document"});
            out.append(Evidence{id(e, "document", inner, true), text(e, "quote", inner)});
        }
        return out;
    }

    // Reads one array of entities; `parse` fills an entity from its object.
    template <typename T>
    void readTable(const QJsonObject &root, EntityKind kind,
                   const std::function<void(const QJsonObject &, const Where &, T &)> &parse)
    {
        const QString key = entityKindKey(kind);
        const QJsonValue v = root.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isArray()) {
            fail(Tr::tr("Key “%1”: expected a list, found %2").arg(key, typeName(v)));
            return;
        }
        const QJsonArray items = v.toArray();
        auto &table = m_data.table<T>();
        for (qsizetype k = 0; k < items.size(); ++k) {
            if (m_problems.size() >= MaxProblems)
                return;
            Where where{QStringLiteral("%1[%2]").arg(key).arg(k)};
            if (!items[k].isObject()) {
                fail(Tr::tr("%1: expected an object, found %2").arg(where.text, typeName(items[k])));
                continue;
            }
            const QJsonObject o = items[k].toObject();
            T entity;
            const QJsonValue idValue = o.value(QLatin1StringView("id"));
            if (idValue.isUndefined() || idValue.isNull()) {
                problem(where, QStringLiteral("id"), Tr::tr("required key is missing"));
                continue;
            }
            entity.id = parseId(idValue, QStringLiteral("id"), where);
            if (entity.id.isNull())
                continue;
            const char *nameKey = kind == EntityKind::Document   ? "title"
                                  : kind == EntityKind::Transfer ? "purpose"
                                                                 : "name";
            const QString name = o.value(QLatin1StringView(nameKey)).toString();
            where.text = describeEntity(kind, entity.id, name);
            parse(o, where, entity);
            if (table.contains(entity.id)) {
                problem(where, QStringLiteral("id"),
                        Tr::tr("duplicate id: another %1 has the same id").arg(entityKindNoun(kind)));
                continue;
            }
            table.emplace(entity.id, std::move(entity));
        }
    }

    void readRoot(const QJsonObject &root)
    {
        const Where top{Tr::tr("The project")};
        const QJsonValue format = root.value(QLatin1StringView("format"));
        if (format.toString() != QLatin1StringView("ropa-project")) {
            fail(Tr::tr("This JSON file is not a Ropa project: its “format” is not “ropa-project”."));
            return;
        }
        const QJsonValue version = root.value(QLatin1StringView("version"));
        if (!version.isDouble() || version.toDouble() != static_cast<double>(version.toInt())) {
            fail(Tr::tr("The project's “version” must be a whole number (this version of Ropa reads version %1).")
                     .arg(FormatVersion));
            return;
        }
        if (version.toInt() > FormatVersion) {
            fail(Tr::tr("This file was made by a newer Ropa (format %1; this version reads up to %2). "
                        "Update Ropa to open it.")
                     .arg(version.toInt())
                     .arg(FormatVersion));
            return;
        }
        if (version.toInt() < 1) {
            fail(Tr::tr("The project's “version” %1 is not a Ropa format version.").arg(version.toInt()));
            return;
        }
        m_version = version.toInt();
        if (m_version >= 2)
            checkKeys(root, top,
                      {"format", "version", "project", "documents", "parties", "data_categories", "data_subjects",
                       "sources", "security_measures", "systems", "activities", "transfers", "accepted_findings",
                       "subprocessor_lists"},
                      {"project"});
        else
            checkKeys(root, top,
                      {"format", "version", "project", "documents", "parties", "data_categories", "data_subjects",
                       "sources", "security_measures", "activities", "transfers", "accepted_findings"},
                      {"project"});
        const QJsonValue project = root.value(QLatin1StringView("project"));
        if (project.isObject()) {
            const QJsonObject p = project.toObject();
            const Where where{Tr::tr("The project")};
            checkKeys(p, where, {"name", "language", "notes"}, {"name"});
            m_data.info.name = text(p, "name", where);
            m_data.info.language = text(p, "language", where);
            if (m_data.info.language.isEmpty())
                m_data.info.language = QStringLiteral("en");
            m_data.info.notes = text(p, "notes", where);
        } else if (!project.isUndefined()) {
            problem(top, QStringLiteral("project"), Tr::tr("expected an object, found %1").arg(typeName(project)));
        }

        readTable<Document>(root, EntityKind::Document, [this](const QJsonObject &o, const Where &w, Document &d) {
            if (m_version >= 2)
                checkKeys(o, w, {"id", "title", "kind", "url", "date", "text"}, {"id", "title"});
            else
                checkKeys(o, w, {"id", "title", "url", "date", "text"}, {"id", "title"});
            d.kind = enumValue<DocumentKind>(o, "kind", w);
            d.title = text(o, "title", w);
            d.url = text(o, "url", w);
            d.date = date(o, "date", w);
            d.text = text(o, "text", w);
        });
        readTable<Party>(root, EntityKind::Party, [this](const QJsonObject &o, const Where &w, Party &p) {
            if (m_version >= 2)
                checkKeys(o, w,
                          {"id",
                           "name",
                           "kind",
                           "named",
                           "own",
                           "country",
                           "locations",
                           "address",
                           "contact",
                           "dpo",
                           "dpo_not_required",
                           "representative",
                           "website",
                           "dpa",
                           "dpf_certified",
                           "certifications",
                           "documents",
                           "notes",
                           "evidence",
                           "subprocessor_notice"},
                          {"id", "name"});
            else
                checkKeys(o, w,
                          {"id", "name", "kind", "named", "own", "country", "locations", "address", "contact", "dpo",
                           "representative", "website", "dpa_signed", "dpf_certified", "certifications", "notes",
                           "evidence"},
                          {"id", "name"});
            p.name = text(o, "name", w);
            p.kind = enumValue<PartyKind>(o, "kind", w).value_or(PartyKind::Organisation);
            p.named = boolean(o, "named", w, true);
            p.own = boolean(o, "own", w, false);
            p.country = text(o, "country", w);
            p.locations = strings(o, "locations", w);
            p.address = text(o, "address", w);
            p.contact = contact(o, "contact", w).value_or(Contact{});
            p.dpo = contact(o, "dpo", w);
            if (m_version >= 2)
                p.dpoNotRequired = text(o, "dpo_not_required", w);
            // Every party of a file written since "not_stated" exists carries the key.
            if (!o.contains(QLatin1StringView("dpo_not_required")))
                m_writtenBeforeFormat6 = true;
            p.representative = contact(o, "representative", w);
            p.website = text(o, "website", w);
            if (m_version >= 2) {
                const QJsonObject dpa = object(o, "dpa", w);
                const Where inner{QStringLiteral("%1, dpa").arg(w.text)};
                checkKeys(dpa, inner, {"in_place", "date", "document"}, {});
                p.dpaInPlace = optionalBool(dpa, "in_place", inner);
                p.dpaSigned = date(dpa, "date", inner);
                p.dpaDocument = id(dpa, "document", inner, false);
                p.documents = ids(o, "documents", w);
                readNotice(o, w, p);
            } else {
                // Version 1 knew only the date: a date says the DPA is in place.
                p.dpaSigned = date(o, "dpa_signed", w);
                if (p.dpaSigned)
                    p.dpaInPlace = true;
            }
            p.dpfCertified = optionalBool(o, "dpf_certified", w);
            p.certifications = strings(o, "certifications", w);
            p.notes = text(o, "notes", w);
            p.evidence = evidence(o, w);
            if (m_writtenBeforeFormat6)
                store::legacy::applyOldMeaning(p);
        });
        readTable<DataCategory>(root, EntityKind::DataCategory,
                                [this](const QJsonObject &o, const Where &w, DataCategory &c) {
                                    checkKeys(o, w,
                                              {"id", "name", "parent", "description", "examples", "special", "criminal",
                                               "us_category", "evidence"},
                                              {"id", "name"});
                                    c.name = text(o, "name", w);
                                    c.parent = id(o, "parent", w, false);
                                    c.description = text(o, "description", w);
                                    c.examples = strings(o, "examples", w);
                                    c.special = enumValue<SpecialCategory>(o, "special", w);
                                    c.criminal = boolean(o, "criminal", w, false);
                                    c.usCategory = enumValue<UsCategory>(o, "us_category", w);
                                    c.evidence = evidence(o, w);
                                });
        readTable<DataSubject>(root, EntityKind::DataSubject,
                               [this](const QJsonObject &o, const Where &w, DataSubject &s) {
                                   checkKeys(o, w, {"id", "name", "description", "evidence"}, {"id", "name"});
                                   s.name = text(o, "name", w);
                                   s.description = text(o, "description", w);
                                   s.evidence = evidence(o, w);
                               });
        readTable<Source>(root, EntityKind::Source, [this](const QJsonObject &o, const Where &w, Source &s) {
            checkKeys(o, w, {"id", "name", "kind", "evidence"}, {"id", "name"});
            s.name = text(o, "name", w);
            s.kind = enumValue<SourceKind>(o, "kind", w).value_or(SourceKind::Other);
            s.evidence = evidence(o, w);
        });
        readTable<SecurityMeasure>(
            root, EntityKind::SecurityMeasure, [this](const QJsonObject &o, const Where &w, SecurityMeasure &m) {
                checkKeys(o, w, {"id", "name", "kind", "description", "evidence"}, {"id", "name"});
                m.name = text(o, "name", w);
                m.kind = enumValue<MeasureKind>(o, "kind", w).value_or(MeasureKind::Other);
                m.description = text(o, "description", w);
                m.evidence = evidence(o, w);
            });
        readTable<System>(root, EntityKind::System, [this](const QJsonObject &o, const Where &w, System &y) {
            checkKeys(o, w, {"id", "name", "description", "hosting_party", "locations", "notes", "evidence"},
                      {"id", "name"});
            y.name = text(o, "name", w);
            y.description = text(o, "description", w);
            y.hostingParty = id(o, "hosting_party", w, false);
            y.locations = strings(o, "locations", w);
            y.notes = text(o, "notes", w);
            y.evidence = evidence(o, w);
        });
        readTable<Activity>(root, EntityKind::Activity, [this](const QJsonObject &o, const Where &w, Activity &a) {
            if (m_version >= 2)
                checkKeys(o, w,
                          {"id",
                           "name",
                           "reference",
                           "status",
                           "record_version",
                           "created",
                           "last_changed",
                           "department",
                           "contact_person",
                           "organisation",
                           "role",
                           "on_behalf_of",
                           "purposes",
                           "lawful_basis",
                           "art9_condition",
                           "art10_basis",
                           "consent_condition_of_service",
                           "balancing_test",
                           "data_subjects",
                           "data_categories",
                           "sources",
                           "data_items",
                           "security_measures",
                           "systems",
                           "retention",
                           "automated_decisions",
                           "dpia",
                           "dpia_screening",
                           "large_scale",
                           "owner",
                           "last_reviewed",
                           "documents",
                           "notes",
                           "evidence"},
                          {"id", "name", "organisation", "role"});
            else
                checkKeys(o, w,
                          {"id",
                           "name",
                           "organisation",
                           "role",
                           "on_behalf_of",
                           "purposes",
                           "lawful_basis",
                           "art9_condition",
                           "art10_basis",
                           "data_subjects",
                           "data_categories",
                           "sources",
                           "security_measures",
                           "retention",
                           "dpia",
                           "owner",
                           "last_reviewed",
                           "notes",
                           "evidence",
                           "consent_condition_of_service",
                           "balancing_test",
                           "large_scale"},
                          {"id", "name", "organisation", "role"});
            a.name = text(o, "name", w);
            a.organisation = id(o, "organisation", w, true);
            a.role = requiredEnum<Role>(o, "role", w, Role::Controller);
            a.onBehalfOf = id(o, "on_behalf_of", w, false);
            a.purposes = strings(o, "purposes", w);
            a.lawfulBasis = enumValue<LawfulBasis>(o, "lawful_basis", w);
            a.art9Condition = enumValue<Art9Condition>(o, "art9_condition", w);
            a.art10Basis = text(o, "art10_basis", w);
            a.consentConditionOfService = optionalBool(o, "consent_condition_of_service", w);
            const QJsonValue balancing = o.value(QLatin1StringView("balancing_test"));
            if (balancing.isObject()) {
                const QJsonObject b = balancing.toObject();
                const Where inner{QStringLiteral("%1, balancing_test").arg(w.text)};
                checkKeys(b, inner, {"date", "note"}, {});
                a.balancingTest.date = date(b, "date", inner);
                a.balancingTest.note = text(b, "note", inner);
            } else if (!balancing.isUndefined() && !balancing.isNull()) {
                problem(w, QStringLiteral("balancing_test"),
                        Tr::tr("expected an object {\"date\", \"note\"}, found %1").arg(typeName(balancing)));
            }
            a.dataSubjects = ids(o, "data_subjects", w);
            a.dataCategories = ids(o, "data_categories", w);
            a.sources = ids(o, "sources", w);
            a.securityMeasures = ids(o, "security_measures", w);
            for (const QJsonValue &v : array(o, "retention", w)) {
                if (!v.isObject()) {
                    problem(w, QStringLiteral("retention"),
                            Tr::tr("expected a list of objects, found %1 in it").arg(typeName(v)));
                    continue;
                }
                const QJsonObject r = v.toObject();
                const Where inner{QStringLiteral("%1, retention").arg(w.text)};
                checkKeys(r, inner, {"categories", "duration", "trigger", "legal_reference", "text"}, {});
                a.retention.append(RetentionRule{ids(r, "categories", inner), text(r, "duration", inner),
                                                 text(r, "trigger", inner), text(r, "legal_reference", inner),
                                                 text(r, "text", inner)});
            }
            const QJsonObject dpia = object(o, "dpia", w);
            const Where inDpia{QStringLiteral("%1, dpia").arg(w.text)};
            if (m_version >= 2) {
                checkKeys(dpia, inDpia, {"required", "performed", "date", "document"}, {});
                a.dpia.required = optionalBool(dpia, "required", inDpia);
                a.dpia.performed = optionalBool(dpia, "performed", inDpia);
                a.dpia.done = date(dpia, "date", inDpia);
                a.dpia.document = id(dpia, "document", inDpia, false);
                readActivityVersion2(o, w, a);
            } else {
                // Version 1 knew only the date: a date says the DPIA was performed.
                checkKeys(dpia, inDpia, {"required", "done"}, {});
                a.dpia.required = optionalBool(dpia, "required", inDpia);
                a.dpia.done = date(dpia, "done", inDpia);
                if (a.dpia.done)
                    a.dpia.performed = true;
            }
            a.largeScale = optionalBool(o, "large_scale", w);
            a.owner = text(o, "owner", w);
            a.lastReviewed = date(o, "last_reviewed", w);
            a.notes = text(o, "notes", w);
            a.evidence = evidence(o, w);
        });
        readTable<Transfer>(root, EntityKind::Transfer, [this](const QJsonObject &o, const Where &w, Transfer &t) {
            if (m_version >= 2)
                checkKeys(o, w,
                          {"id", "from", "to", "role", "activities", "all_categories", "data_categories", "purpose",
                           "countries", "mechanism", "scc_module", "derogation", "occasional", "suitable_safeguards",
                           "tia_done", "evidence"},
                          {"id", "from", "to", "role", "mechanism"});
            else
                checkKeys(o, w,
                          {"id", "from", "to", "role", "activities", "data_categories", "purpose", "countries",
                           "mechanism", "scc_module", "derogation", "tia_done", "evidence", "occasional",
                           "suitable_safeguards"},
                          {"id", "from", "to", "role", "mechanism"});
            t.from = id(o, "from", w, true);
            t.to = id(o, "to", w, true);
            t.role = requiredEnum<Role>(o, "role", w, Role::Processor);
            t.activities = ids(o, "activities", w);
            t.dataCategories = ids(o, "data_categories", w);
            // Version 1 read an empty list as "all categories of the activity".
            t.allCategories = m_version >= 2 ? boolean(o, "all_categories", w, false) : t.dataCategories.isEmpty();
            t.purpose = text(o, "purpose", w);
            t.countries = strings(o, "countries", w);
            t.mechanism = requiredEnum<Mechanism>(o, "mechanism", w, Mechanism::None);
            const QJsonValue module = o.value(QLatin1StringView("scc_module"));
            if (module.isDouble() && module.toDouble() == static_cast<double>(module.toInt()))
                t.sccModule = module.toInt();
            else if (!module.isUndefined() && !module.isNull())
                problem(w, QStringLiteral("scc_module"),
                        Tr::tr("expected a module number 1 to 4, found %1").arg(typeName(module)));
            t.derogation = enumValue<Derogation>(o, "derogation", w);
            t.occasional = optionalBool(o, "occasional", w);
            t.suitableSafeguards = text(o, "suitable_safeguards", w);
            t.tiaDone = date(o, "tia_done", w);
            t.evidence = evidence(o, w);
            // Before "not_stated" existed, "none" was the one value for both (legacymeaning.h).
            if (m_version < 2 || m_writtenBeforeFormat6)
                store::legacy::applyOldMeaning(t);
        });
        readAcceptedFindings(root);
        if (m_problems.isEmpty()) {
            QStringList problems;
            readSnapshots(root.value(QLatin1StringView("subprocessor_lists")), m_data, problems);
            for (const QString &p : std::as_const(problems))
                fail(p);
        }
    }

    // Optional (issue 20): the DPA's notice period to object to a new subprocessor, and the date
    // the last change notice was received.
    void readNotice(const QJsonObject &o, const Where &w, Party &p)
    {
        if (!o.contains(QLatin1StringView("subprocessor_notice")))
            return;
        const QJsonObject n = object(o, "subprocessor_notice", w);
        const Where inner{QStringLiteral("%1, subprocessor_notice").arg(w.text)};
        checkKeys(n, inner, {"period_days", "received"}, {});
        const QJsonValue days = n.value(QLatin1StringView("period_days"));
        if (days.isDouble() && days.toDouble() == days.toInt() && days.toInt() >= 0 && days.toInt() <= 3650)
            p.noticePeriodDays = days.toInt();
        else if (!days.isUndefined() && !days.isNull())
            problem(inner, QStringLiteral("period_days"), Tr::tr("expected a number of days from 0 to 3650"));
        p.changeNoticeReceived = date(n, "received", inner);
    }

    // Optional; the validator checks what the entries refer to, the justification and duplicates.
    void readAcceptedFindings(const QJsonObject &root)
    {
        const QString key = QStringLiteral("accepted_findings");
        const QJsonValue v = root.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isArray()) {
            fail(Tr::tr("Key “%1”: expected a list, found %2").arg(key, typeName(v)));
            return;
        }
        const QJsonArray items = v.toArray();
        for (qsizetype k = 0; k < items.size(); ++k) {
            if (m_problems.size() >= MaxProblems)
                return;
            const Where where{QStringLiteral("%1[%2]").arg(key).arg(k)};
            if (!items[k].isObject()) {
                fail(Tr::tr("%1: expected an object, found %2").arg(where.text, typeName(items[k])));
                continue;
            }
            const QJsonObject o = items[k].toObject();
            checkKeys(o, where, {"rule", "entity", "detail", "justification", "date"},
                      {"rule", "entity", "justification", "date"});
            AcceptedFinding a;
            a.rule = text(o, "rule", where);
            a.entity = id(o, "entity", where, true);
            a.detail = text(o, "detail", where);
            a.justification = text(o, "justification", where);
            const QJsonValue date = o.value(QLatin1StringView("date"));
            if (date.isNull())
                problem(where, QStringLiteral("date"), Tr::tr("is required"));
            a.date = this->date(o, "date", where).value_or(QDate());
            m_data.acceptedFindings.append(a);
        }
        sortAcceptedFindings(m_data.acceptedFindings);
    }

    // An optional object (absent or null: empty).
    QJsonObject object(const QJsonObject &o, const char *key, const Where &where)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isObject())
            return v.toObject();
        if (!v.isUndefined() && !v.isNull())
            problem(where, QString::fromLatin1(key), Tr::tr("expected an object, found %1").arg(typeName(v)));
        return {};
    }

    // The keys of an activity that version 2 added (docs/json-format.md).
    void readActivityVersion2(const QJsonObject &o, const Where &w, Activity &a)
    {
        a.reference = text(o, "reference", w);
        a.status = enumValue<RecordStatus>(o, "status", w);
        a.recordVersion = text(o, "record_version", w);
        a.created = date(o, "created", w);
        a.lastChanged = date(o, "last_changed", w);
        a.department = text(o, "department", w);
        a.contactPerson = contact(o, "contact_person", w).value_or(Contact{});
        a.systems = ids(o, "systems", w);
        a.documents = ids(o, "documents", w);
        for (const QJsonValue &v : array(o, "data_items", w)) {
            if (!v.isObject()) {
                problem(w, QStringLiteral("data_items"),
                        Tr::tr("expected a list of objects, found %1 in it").arg(typeName(v)));
                continue;
            }
            const QJsonObject i = v.toObject();
            const Where inner{QStringLiteral("%1, data_items").arg(w.text)};
            checkKeys(i, inner,
                      {"data_category", "data_subject", "sources", "purpose", "retention", "retention_text",
                       "obligation", "consequence"},
                      {"data_category"});
            DataItem item;
            item.category = id(i, "data_category", inner, true);
            item.subject = id(i, "data_subject", inner, false);
            item.sources = ids(i, "sources", inner);
            item.purpose = text(i, "purpose", inner);
            item.retention = text(i, "retention", inner);
            item.retentionText = text(i, "retention_text", inner);
            item.obligation = enumValue<Obligation>(i, "obligation", inner);
            item.consequence = text(i, "consequence", inner);
            a.dataItems.append(item);
        }
        const QJsonObject adm = object(o, "automated_decisions", w);
        const Where inAdm{QStringLiteral("%1, automated_decisions").arg(w.text)};
        checkKeys(adm, inAdm, {"present", "profiling", "logic", "significance"}, {});
        a.automatedDecisions.present = optionalBool(adm, "present", inAdm);
        a.automatedDecisions.profiling = optionalBool(adm, "profiling", inAdm);
        a.automatedDecisions.logic = text(adm, "logic", inAdm);
        a.automatedDecisions.significance = text(adm, "significance", inAdm);
        const QJsonObject screening = object(o, "dpia_screening", w);
        const Where inScreening{QStringLiteral("%1, dpia_screening").arg(w.text)};
        checkKeys(screening, inScreening, {"criteria", "on_authority_list", "high_risk", "outcome", "report"}, {});
        for (const QJsonValue &v : array(screening, "criteria", inScreening)) {
            const auto c = v.isString() ? enumFromString<DpiaCriterion>(v.toString()) : std::nullopt;
            if (!c)
                problem(inScreening, QStringLiteral("criteria"),
                        Tr::tr("“%1” is not one of: %2")
                            .arg(v.toString().left(40), enumAllNames<DpiaCriterion>().join(QStringLiteral(", "))));
            else
                a.dpiaScreening.criteria.append(*c);
        }
        a.dpiaScreening.onAuthorityList = optionalBool(screening, "on_authority_list", inScreening);
        a.dpiaScreening.highRisk = optionalBool(screening, "high_risk", inScreening);
        a.dpiaScreening.outcome = text(screening, "outcome", inScreening);
        a.dpiaScreening.report = id(screening, "report", inScreening, false);
    }

    ProjectData m_data;
    QStringList m_problems;
    int m_version = FormatVersion;
    // A file written before "not_stated" and "dpo_not_required" existed (a party without the
    // key): its "none" and its notes keep their meaning (legacymeaning.h).
    bool m_writtenBeforeFormat6 = false;
};

} // namespace

ReadResult readProject(const QByteArray &json)
{
    if (json.size() > MaxInputBytes) {
        ReadResult r;
        r.error = Tr::tr("The file is too large to be a Ropa project (over %1 MB).").arg(MaxInputBytes / (1024 * 1024));
        r.problems = {r.error};
        return r;
    }
    return Reader().read(json);
}

} // namespace ropa::json
