#include "store/projectreader.h"

#include "store/hardenedopen.h"
#include "store/snapshotstore.h"
#include "store/storemessages.h"

#include <QRegularExpression>

#include <sqlite3.h>

#include <future>
#include <optional>
#include <type_traits>
#include <utility>

namespace ropa::store {

namespace {

const QRegularExpression &dateSyntax()
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    return re;
}

// The value of each byte as a hexadecimal digit (lower case only), or -1.
struct HexDigits
{
    signed char value[256];
};

const HexDigits &hexDigits()
{
    static const HexDigits table = [] {
        HexDigits h{};
        for (int c = 0; c < 256; ++c)
            h.value[c] = c >= '0' && c <= '9' ? char(c - '0') : c >= 'a' && c <= 'f' ? char(c - 'a' + 10) : -1;
        return h;
    }();
    return table;
}

// idFromString on UTF-8 bytes, without a QString: 8-4-4-4-12 lower-case hexadecimal, nothing
// else; the nil UUID is not an id either.
Id parseId(QByteArrayView text)
{
    if (text.size() != 36)
        return {};
    const auto *p = reinterpret_cast<const uchar *>(text.data());
    if (p[8] != '-' || p[13] != '-' || p[18] != '-' || p[23] != '-')
        return {};
    // Where the two digits of each of the 16 bytes are.
    static constexpr unsigned char at[16] = {0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34};
    const HexDigits &hex = hexDigits();
    uchar bytes[16];
    int bad = 0;
    for (int i = 0; i < 16; ++i) {
        const int hi = hex.value[p[at[i]]];
        const int lo = hex.value[p[at[i] + 1]];
        bad |= hi | lo; // negative when either is not a digit
        bytes[i] = uchar((hi << 4) | (lo & 15));
    }
    if (bad < 0)
        return {};
    // The nil UUID comes out null, which is not an id either.
    return Id((uint(bytes[0]) << 24) | uint(bytes[1]) << 16 | uint(bytes[2]) << 8 | uint(bytes[3]),
              ushort(bytes[4] << 8 | bytes[5]), ushort(bytes[6] << 8 | bytes[7]), bytes[8], bytes[9], bytes[10],
              bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]);
}

class Reader
{
public:
    // With a feed, every row read is also fed to it (the content digest, verified after).
    Reader(const QString &path, sql::Database &db, contentdigest::RowFeed *feed)
        : m_path(path)
        , m_db(db)
        , m_feed(feed)
    {
    }

    Error error() const { return m_error; }

    // The tables in the order of the format; the transfers are read apart (on the second core,
    // from a second connection to the same bytes), so the reading comes in three parts:
    // readBeforeTransfers, readTransfersOnly, readAfterTransfers.
    bool readBeforeTransfers(ProjectData *data)
    {
        return readProjectInfo(&data->info) && readDocuments(data) && readParties(data) && readCategories(data) &&
               readSubjects(data) && readSources(data) && readMeasures(data) && readSystems(data) &&
               readActivities(data);
    }
    bool readTransfersOnly(ProjectData *data) { return readTransfers(data); }
    bool readAfterTransfers(ProjectData *data) { return readAcceptedFindings(data); }

private:
    // What the current row belongs to, for messages.
    struct Context
    {
        std::optional<EntityKind> kind;
        Id id;
        QString name;
        // In link tables: the owner's name, read only when a message needs it.
        const QString *namePtr = nullptr;
        QString table;
        QString label; // what the row is, when it is no entity ("accepted finding …")
    };

    bool fail(ErrorCode code, const QString &message)
    {
        m_error = makeError(code, message);
        return false;
    }

    QString where(const char *key) const
    {
        const QString &name = m_ctx.namePtr ? *m_ctx.namePtr : m_ctx.name;
        const QString entity = m_ctx.kind               ? describeEntity(*m_ctx.kind, m_ctx.id, name)
                               : !m_ctx.label.isEmpty() ? m_ctx.label
                                                        : QStringLiteral("project");
        return entity + Tr::tr(", key %1").arg(quoted(fromUtf8(key)));
    }

    bool invalid(const char *key, const QString &what)
    {
        return fail(ErrorCode::InvalidContent,
                    where(key) + QStringLiteral(": ") + what + Tr::tr(". The project was not opened."));
    }

    static QString typeName(int type)
    {
        switch (type) {
        case SQLITE_INTEGER: return Tr::tr("a whole number");
        case SQLITE_FLOAT: return Tr::tr("a decimal number");
        case SQLITE_BLOB: return Tr::tr("binary data");
        case SQLITE_NULL: return Tr::tr("empty (NULL)");
        default: return Tr::tr("text");
        }
    }

    bool stepFailed(sql::Statement &st)
    {
        Q_UNUSED(st);
        m_error = sqliteFailure(m_path, m_db, m_ctx.table);
        return false;
    }

    template <typename T> static const QString &entityName(const T &entity)
    {
        if constexpr (std::is_same_v<T, Document>)
            return entity.title;
        else if constexpr (std::is_same_v<T, Transfer>)
            return entity.purpose;
        else
            return entity.name;
    }

    bool prepare(sql::Statement &st, const char *sql, const char *table)
    {
        m_ctx = Context{};
        m_ctx.table = fromUtf8(table);
        if (!st.prepare(m_db, sql)) {
            m_error = sqliteFailure(m_path, m_db, m_ctx.table);
            return false;
        }
        if (m_feed)
            m_feed->begin(m_db, m_ctx.table, st);
        return true;
    }

    // The next row; fed to the content digest before any of its values is read.
    int step(sql::Statement &st)
    {
        const int rc = st.step();
        if (rc == SQLITE_ROW && m_feed)
            m_feed->add(st);
        return rc;
    }

    // A text column. Nullable: NULL (or '') reads as an empty QString.
    bool text(sql::Statement &st, int column, const char *key, QString *out, bool nullable = false)
    {
        const int type = st.columnType(column);
        if (type == SQLITE_NULL && nullable) {
            *out = QString();
            return true;
        }
        if (type != SQLITE_TEXT)
            return invalid(key, Tr::tr("the value is %1, not text").arg(typeName(type)));
        std::optional<QString> decoded = sql::decodeUtf8(st.columnView(column));
        if (!decoded)
            return invalid(key, Tr::tr("the text is not valid UTF-8"));
        *out = std::move(*decoded);
        return true;
    }

    bool id(sql::Statement &st, int column, const char *key, Id *out, bool nullable = false)
    {
        if (st.columnType(column) == SQLITE_TEXT) {
            // The usual case, without a QString: a well-formed id.
            *out = parseId(st.columnView(column));
            if (!out->isNull())
                return true;
        }
        QString raw;
        if (!text(st, column, key, &raw, nullable))
            return false;
        if (raw.isEmpty() && nullable) {
            *out = Id();
            return true;
        }
        *out = idFromString(raw);
        if (out->isNull()) {
            return invalid(key, Tr::tr("%1 is not an id (a lower-case UUID such as "
                                       "3f2a6c1e-0b7d-4e1a-9c2f-5d8e7a6b4c3d)")
                                    .arg(quoted(raw.left(80))));
        }
        return true;
    }

    bool date(sql::Statement &st, int column, const char *key, std::optional<QDate> *out)
    {
        QString raw;
        if (!text(st, column, key, &raw, true))
            return false;
        if (raw.isEmpty()) {
            out->reset();
            return true;
        }
        const QDate d = dateSyntax().match(raw).hasMatch() ? QDate::fromString(raw, Qt::ISODate) : QDate();
        if (!d.isValid())
            return invalid(key, Tr::tr("%1 is not a valid date in the form YYYY-MM-DD").arg(quoted(raw.left(80))));
        *out = d;
        return true;
    }

    bool optionalBool(sql::Statement &st, int column, const char *key, std::optional<bool> *out)
    {
        const int type = st.columnType(column);
        if (type == SQLITE_NULL) {
            out->reset();
            return true;
        }
        if (type != SQLITE_INTEGER)
            return invalid(key, Tr::tr("the value is %1, not 0 (no) or 1 (yes)").arg(typeName(type)));
        const qint64 v = st.columnInt(column);
        if (v != 0 && v != 1)
            return invalid(key, Tr::tr("%1 is not 0 (no) or 1 (yes)").arg(v));
        *out = v == 1;
        return true;
    }

    bool boolean(sql::Statement &st, int column, const char *key, bool *out)
    {
        if (st.columnType(column) == SQLITE_NULL)
            return invalid(key, Tr::tr("the value is missing; it must be 0 (no) or 1 (yes)"));
        std::optional<bool> v;
        if (!optionalBool(st, column, key, &v))
            return false;
        *out = *v;
        return true;
    }

    bool integer(sql::Statement &st, int column, const char *key, qint64 *out)
    {
        const int type = st.columnType(column);
        if (type != SQLITE_INTEGER)
            return invalid(key, Tr::tr("the value is %1, not a whole number").arg(typeName(type)));
        *out = st.columnInt(column);
        return true;
    }

    template <typename E>
    bool enumeration(sql::Statement &st, int column, const char *key, std::optional<E> *out, bool nullable)
    {
        QString raw;
        if (!text(st, column, key, &raw, nullable))
            return false;
        if (raw.isEmpty() && nullable) {
            out->reset();
            return true;
        }
        *out = enumFromString<E>(raw);
        if (!*out) {
            return invalid(key, Tr::tr("%1 is not one of the values Ropa knows (%2)")
                                    .arg(quoted(raw.left(80)), enumAllNames<E>().join(QStringLiteral(", "))));
        }
        return true;
    }

    template <typename E> bool enumeration(sql::Statement &st, int column, const char *key, E *out)
    {
        std::optional<E> v;
        if (!enumeration(st, column, key, &v, false))
            return false;
        *out = *v;
        return true;
    }

    // Columns 0 and 1 of an entity table: id and name. Sets the context.
    template <typename T> bool entityStart(sql::Statement &st, const EntityMap<T> &map, Id *entityId, QString *name)
    {
        m_ctx.kind = kindOf<T>();
        m_ctx.id = Id();
        m_ctx.name.clear();
        m_ctx.namePtr = nullptr;
        const int type = st.columnType(0);
        *entityId = type == SQLITE_TEXT ? parseId(st.columnView(0)) : Id();
        if (type != SQLITE_TEXT || entityId->isNull()) {
            const QString raw = type == SQLITE_TEXT ? st.columnText(0) : QString();
            return fail(ErrorCode::InvalidContent,
                        // No article before a kind noun: "a activity" in English, and the
                        // table's name says the kind already.
                        Tr::tr("The table %1 has a row whose id %2 is not an id (a lower-case UUID). "
                               "The project was not opened.")
                            .arg(quoted(m_ctx.table), type == SQLITE_TEXT ? quoted(raw.left(80)) : typeName(type)));
        }
        m_ctx.id = *entityId;
        if (!text(st, 1,
                  kindOf<T>() == EntityKind::Document   ? "title"
                  : kindOf<T>() == EntityKind::Transfer ? "purpose"
                                                        : "name",
                  name))
            return false;
        m_ctx.name = *name;
        if (map.contains(*entityId))
            return invalid("id", Tr::tr("the id appears twice in the table %1").arg(quoted(m_ctx.table)));
        return true;
    }

    bool finish(sql::Statement &st, int rc)
    {
        if (rc != SQLITE_DONE)
            return stepFailed(st);
        return true;
    }

    // A link table "owner, pos, values...": calls fn(entity, statement) for each row, in order.
    template <typename T, typename Fn>
    bool readList(EntityMap<T> &map, const char *sql, const char *table, const char *key, Fn &&fn)
    {
        sql::Statement st;
        if (!prepare(st, sql, table))
            return false;
        int rc;
        // Rows arrive sorted by owner: the owner is looked up once per run of rows.
        QByteArray lastOwnerText;
        T *entity = nullptr;
        qint64 expectedPos = 0;
        while ((rc = step(st)) == SQLITE_ROW) {
            const int type = st.columnType(0);
            const QByteArrayView ownerText = type == SQLITE_TEXT ? st.columnView(0) : QByteArrayView();
            if (!entity || type != SQLITE_TEXT || ownerText != QByteArrayView(lastOwnerText)) {
                m_ctx.kind.reset();
                m_ctx.namePtr = nullptr;
                entity = nullptr;
                const Id owner = type == SQLITE_TEXT ? parseId(ownerText) : Id();
                auto it = owner.isNull() ? map.end() : map.find(owner);
                if (it == map.end()) {
                    const QString raw = type == SQLITE_TEXT ? st.columnText(0) : QString();
                    return fail(ErrorCode::InvalidContent,
                                Tr::tr("The table %1 has a row for the %2 %3, which is not in the project: "
                                       "the file is damaged or was changed by another program, so it was "
                                       "not opened.")
                                    .arg(quoted(m_ctx.table), entityKindNoun(kindOf<T>()),
                                         type == SQLITE_TEXT ? quoted(raw.left(80)) : typeName(type)));
                }
                entity = &it->second;
                lastOwnerText = ownerText.toByteArray();
                m_ctx.kind = kindOf<T>();
                m_ctx.id = owner;
                m_ctx.namePtr = &entityName(*entity);
                expectedPos = 0;
            }
            qint64 pos = 0;
            if (!integer(st, 1, key, &pos))
                return false;
            if (pos != expectedPos) {
                return invalid(key,
                               Tr::tr("the positions in the table %1 are not 0, 1, 2, …").arg(quoted(m_ctx.table)));
            }
            ++expectedPos;
            if (!fn(*entity, st))
                return false;
        }
        return finish(st, rc);
    }

    // Collects the values of one owner's list and hands them over in one allocation of the
    // exact size when the next owner starts (rows arrive sorted by owner), instead of growing
    // each entity's list value by value.
    template <typename T, typename V> struct ListCollector
    {
        QList<V> T::*member;
        T *owner = nullptr;
        QList<V> values;

        void add(T &entity, V &&value)
        {
            if (&entity != owner) {
                done();
                owner = &entity;
            }
            values.append(std::move(value));
        }
        void done()
        {
            if (owner)
                owner->*member = QList<V>(values.cbegin(), values.cend());
            values.clear(); // keeps its capacity
            owner = nullptr;
        }
    };

    template <typename T>
    bool readTextList(EntityMap<T> &map, const char *sql, const char *table, const char *key, QStringList T::*member)
    {
        ListCollector<T, QString> list{member, nullptr, {}};
        const bool ok = readList(map, sql, table, key, [&](T &e, sql::Statement &st) {
            QString value;
            if (!text(st, 2, key, &value))
                return false;
            list.add(e, std::move(value));
            return true;
        });
        list.done();
        return ok;
    }

    template <typename T>
    bool readIdList(EntityMap<T> &map, const char *sql, const char *table, const char *key, IdList T::*member)
    {
        ListCollector<T, Id> list{member, nullptr, {}};
        const bool ok = readList(map, sql, table, key, [&](T &e, sql::Statement &st) {
            Id value;
            if (!id(st, 2, key, &value))
                return false;
            list.add(e, std::move(value));
            return true;
        });
        list.done();
        return ok;
    }

    template <typename T> bool readEvidence(EntityMap<T> &map, const char *sql, const char *table)
    {
        ListCollector<T, Evidence> list{&T::evidence, nullptr, {}};
        const bool ok = readList(map, sql, table, "evidence", [&](T &e, sql::Statement &st) {
            Evidence ev;
            if (!id(st, 2, "evidence", &ev.document) || !text(st, 3, "evidence", &ev.quote))
                return false;
            list.add(e, std::move(ev));
            return true;
        });
        list.done();
        return ok;
    }

    bool readProjectInfo(ProjectInfo *info)
    {
        sql::Statement st;
        if (!prepare(st, "SELECT id, name, language, notes FROM project", "project"))
            return false;
        int rows = 0;
        int rc;
        while ((rc = step(st)) == SQLITE_ROW) {
            qint64 rowId = 0;
            if (!integer(st, 0, "id", &rowId))
                return false;
            if (rowId != 1 || ++rows > 1) {
                return fail(ErrorCode::InvalidContent,
                            Tr::tr("The table %1 must have exactly one row (id 1), which Ropa always "
                                   "writes: the file is damaged or was changed by another program, so it "
                                   "was not opened.")
                                .arg(quoted(QStringLiteral("project"))));
            }
            if (!text(st, 1, "name", &info->name) || !text(st, 2, "language", &info->language) ||
                !text(st, 3, "notes", &info->notes))
                return false;
        }
        if (!finish(st, rc))
            return false;
        if (rows != 1) {
            return fail(ErrorCode::InvalidContent,
                        Tr::tr("The table %1 is empty, but Ropa always writes one row there: the file is "
                               "damaged or was changed by another program, so it was not opened.")
                            .arg(quoted(QStringLiteral("project"))));
        }
        return true;
    }

    bool readDocuments(ProjectData *data)
    {
        sql::Statement st;
        if (!prepare(st, "SELECT id, title, url, date, text, kind FROM documents ORDER BY id", "documents"))
            return false;
        int rc;
        while ((rc = step(st)) == SQLITE_ROW) {
            Document d;
            if (!entityStart(st, data->documents, &d.id, &d.title) || !text(st, 2, "url", &d.url, true) ||
                !date(st, 3, "date", &d.date) || !text(st, 4, "text", &d.text, true) ||
                !enumeration(st, 5, "kind", &d.kind, true))
                return false;
            data->documents.emplace(d.id, std::move(d));
        }
        return finish(st, rc);
    }

    // The name, e-mail and phone at column, column + 1, column + 2, and the function at
    // functionColumn: all NULL (not stated) or all text.
    bool contact(sql::Statement &st, int column, int functionColumn, const char *key, std::optional<Contact> *out)
    {
        const bool n0 = st.isNull(column), n1 = st.isNull(column + 1), n2 = st.isNull(column + 2),
                   n3 = st.isNull(functionColumn);
        if (n0 && n1 && n2 && n3) {
            out->reset();
            return true;
        }
        if (n0 || n1 || n2 || n3)
            return invalid(key, Tr::tr("the name, function, e-mail and phone must be all stated or all empty (NULL)"));
        Contact c;
        if (!text(st, column, key, &c.name) || !text(st, column + 1, key, &c.email) ||
            !text(st, column + 2, key, &c.phone) || !text(st, functionColumn, key, &c.function))
            return false;
        *out = c;
        return true;
    }

    bool readParties(ProjectData *data)
    {
        sql::Statement st;
        if (!prepare(st,
                     "SELECT id, name, kind, named, own, country, address, contact_name, contact_email, "
                     "contact_phone, dpo_name, dpo_email, dpo_phone, representative_name, representative_email, "
                     "representative_phone, website, dpa_signed, dpf_certified, notes, contact_function, "
                     "dpo_function, representative_function, dpa_in_place, dpa_document, dpo_not_required FROM parties "
                     "ORDER BY id",
                     "parties"))
            return false;
        int rc;
        while ((rc = step(st)) == SQLITE_ROW) {
            Party p;
            if (!entityStart(st, data->parties, &p.id, &p.name) || !enumeration(st, 2, "kind", &p.kind) ||
                !boolean(st, 3, "named", &p.named) || !boolean(st, 4, "own", &p.own) ||
                !text(st, 5, "country", &p.country, true) || !text(st, 6, "address", &p.address) ||
                !text(st, 7, "contact", &p.contact.name) || !text(st, 8, "contact", &p.contact.email) ||
                !text(st, 9, "contact", &p.contact.phone) || !text(st, 20, "contact", &p.contact.function) ||
                !contact(st, 10, 21, "dpo", &p.dpo) || !contact(st, 13, 22, "representative", &p.representative) ||
                !text(st, 16, "website", &p.website, true) || !date(st, 17, "dpa", &p.dpaSigned) ||
                !optionalBool(st, 18, "dpf_certified", &p.dpfCertified) || !text(st, 19, "notes", &p.notes) ||
                !optionalBool(st, 23, "dpa", &p.dpaInPlace) || !id(st, 24, "dpa", &p.dpaDocument, true) ||
                !text(st, 25, "dpo_not_required", &p.dpoNotRequired, true))
                return false;
            data->parties.emplace(p.id, std::move(p));
        }
        return finish(st, rc) &&
               readTextList(data->parties, "SELECT party, pos, country FROM party_locations ORDER BY party, pos",
                            "party_locations", "locations", &Party::locations) &&
               readTextList(data->parties,
                            "SELECT party, pos, certification FROM party_certifications ORDER BY party, pos",
                            "party_certifications", "certifications", &Party::certifications) &&
               readIdList(data->parties, "SELECT party, pos, document FROM party_documents ORDER BY party, pos",
                          "party_documents", "documents", &Party::documents) &&
               readEvidence(data->parties, "SELECT party, pos, document, quote FROM party_evidence ORDER BY party, pos",
                            "party_evidence");
    }

    bool readCategories(ProjectData *data)
    {
        sql::Statement st;
        if (!prepare(st,
                     "SELECT id, name, parent, description, special, criminal, us_category FROM data_categories "
                     "ORDER BY id",
                     "data_categories"))
            return false;
        int rc;
        while ((rc = step(st)) == SQLITE_ROW) {
            DataCategory c;
            if (!entityStart(st, data->dataCategories, &c.id, &c.name) || !id(st, 2, "parent", &c.parent, true) ||
                !text(st, 3, "description", &c.description) || !enumeration(st, 4, "special", &c.special, true) ||
                !boolean(st, 5, "criminal", &c.criminal) || !enumeration(st, 6, "us_category", &c.usCategory, true))
                return false;
            data->dataCategories.emplace(c.id, std::move(c));
        }
        return finish(st, rc) &&
               readTextList(data->dataCategories,
                            "SELECT data_category, pos, example FROM data_category_examples "
                            "ORDER BY data_category, pos",
                            "data_category_examples", "examples", &DataCategory::examples) &&
               readEvidence(data->dataCategories,
                            "SELECT data_category, pos, document, quote FROM data_category_evidence "
                            "ORDER BY data_category, pos",
                            "data_category_evidence");
    }

    bool readSubjects(ProjectData *data)
    {
        sql::Statement st;
        if (!prepare(st, "SELECT id, name, description FROM data_subjects ORDER BY id", "data_subjects"))
            return false;
        int rc;
        while ((rc = step(st)) == SQLITE_ROW) {
            DataSubject s;
            if (!entityStart(st, data->dataSubjects, &s.id, &s.name) || !text(st, 2, "description", &s.description))
                return false;
            data->dataSubjects.emplace(s.id, std::move(s));
        }
        return finish(st, rc) && readEvidence(data->dataSubjects,
                                              "SELECT data_subject, pos, document, quote FROM data_subject_evidence "
                                              "ORDER BY data_subject, pos",
                                              "data_subject_evidence");
    }

    bool readSources(ProjectData *data)
    {
        sql::Statement st;
        if (!prepare(st, "SELECT id, name, kind FROM sources ORDER BY id", "sources"))
            return false;
        int rc;
        while ((rc = step(st)) == SQLITE_ROW) {
            Source s;
            if (!entityStart(st, data->sources, &s.id, &s.name) || !enumeration(st, 2, "kind", &s.kind))
                return false;
            data->sources.emplace(s.id, std::move(s));
        }
        return finish(st, rc) &&
               readEvidence(data->sources,
                            "SELECT source, pos, document, quote FROM source_evidence ORDER BY source, pos",
                            "source_evidence");
    }

    bool readMeasures(ProjectData *data)
    {
        sql::Statement st;
        if (!prepare(st, "SELECT id, name, kind, description FROM security_measures ORDER BY id", "security_measures"))
            return false;
        int rc;
        while ((rc = step(st)) == SQLITE_ROW) {
            SecurityMeasure m;
            if (!entityStart(st, data->securityMeasures, &m.id, &m.name) || !enumeration(st, 2, "kind", &m.kind) ||
                !text(st, 3, "description", &m.description))
                return false;
            data->securityMeasures.emplace(m.id, std::move(m));
        }
        return finish(st, rc) &&
               readEvidence(data->securityMeasures,
                            "SELECT security_measure, pos, document, quote FROM security_measure_evidence "
                            "ORDER BY security_measure, pos",
                            "security_measure_evidence");
    }

    bool readSystems(ProjectData *data)
    {
        sql::Statement st;
        if (!prepare(st, "SELECT id, name, description, hosting_party, notes FROM systems ORDER BY id", "systems"))
            return false;
        int rc;
        while ((rc = step(st)) == SQLITE_ROW) {
            System y;
            if (!entityStart(st, data->systems, &y.id, &y.name) || !text(st, 2, "description", &y.description) ||
                !id(st, 3, "hosting_party", &y.hostingParty, true) || !text(st, 4, "notes", &y.notes))
                return false;
            data->systems.emplace(y.id, std::move(y));
        }
        return finish(st, rc) &&
               readTextList(data->systems, "SELECT system, pos, country FROM system_locations ORDER BY system, pos",
                            "system_locations", "locations", &System::locations) &&
               readEvidence(data->systems,
                            "SELECT system, pos, document, quote FROM system_evidence ORDER BY system, pos",
                            "system_evidence");
    }

    // Columns 17 on of activities: what format 5 added.
    bool activityFormat5(sql::Statement &st, Activity &a)
    {
        return text(st, 17, "reference", &a.reference, true) && enumeration(st, 18, "status", &a.status, true) &&
               text(st, 19, "record_version", &a.recordVersion, true) && date(st, 20, "created", &a.created) &&
               date(st, 21, "last_changed", &a.lastChanged) && text(st, 22, "department", &a.department, true) &&
               text(st, 23, "contact_person", &a.contactPerson.name) &&
               text(st, 24, "contact_person", &a.contactPerson.function) &&
               text(st, 25, "contact_person", &a.contactPerson.email) &&
               text(st, 26, "contact_person", &a.contactPerson.phone) &&
               optionalBool(st, 27, "automated_decisions", &a.automatedDecisions.present) &&
               optionalBool(st, 28, "automated_decisions", &a.automatedDecisions.profiling) &&
               text(st, 29, "automated_decisions", &a.automatedDecisions.logic) &&
               text(st, 30, "automated_decisions", &a.automatedDecisions.significance) &&
               optionalBool(st, 31, "dpia", &a.dpia.performed) && id(st, 32, "dpia", &a.dpia.document, true) &&
               optionalBool(st, 33, "dpia_screening", &a.dpiaScreening.onAuthorityList) &&
               optionalBool(st, 34, "dpia_screening", &a.dpiaScreening.highRisk) &&
               text(st, 35, "dpia_screening", &a.dpiaScreening.outcome) &&
               id(st, 36, "dpia_screening", &a.dpiaScreening.report, true);
    }

    // The data items of the activities and the sources of each (format 5).
    bool readDataItems(EntityMap<Activity> &map)
    {
        if (!readList(map,
                      "SELECT activity, pos, data_category, data_subject, purpose, retention, retention_text, "
                      "obligation, consequence FROM activity_data_items ORDER BY activity, pos",
                      "activity_data_items", "data_items", [&](Activity &a, sql::Statement &row) {
                          DataItem item;
                          if (!id(row, 2, "data_items", &item.category) ||
                              !id(row, 3, "data_items", &item.subject, true) ||
                              !text(row, 4, "data_items", &item.purpose) ||
                              !text(row, 5, "data_items", &item.retention, true) ||
                              !text(row, 6, "data_items", &item.retentionText) ||
                              !enumeration(row, 7, "data_items", &item.obligation, true) ||
                              !text(row, 8, "data_items", &item.consequence))
                              return false;
                          a.dataItems.append(std::move(item));
                          return true;
                      }))
            return false;
        return readSubList(map,
                           "SELECT activity, item_pos, pos, source FROM activity_data_item_sources "
                           "ORDER BY activity, item_pos, pos",
                           "activity_data_item_sources", "data_items", [](Activity &a, qint64 at) -> IdList * {
                               return at >= 0 && at < a.dataItems.size() ? &a.dataItems[at].sources : nullptr;
                           });
    }

    // A list of a list item: rows (activity, item_pos, pos, id), such as the categories of a
    // retention rule. listOf gives the list of the item at item_pos, or nullptr when there is
    // no such item.
    template <typename Fn>
    bool readSubList(EntityMap<Activity> &map, const char *sql, const char *table, const char *key, Fn &&listOf)
    {
        sql::Statement st;
        if (!prepare(st, sql, table))
            return false;
        int rc;
        while ((rc = step(st)) == SQLITE_ROW) {
            m_ctx.kind.reset();
            const Id owner = st.columnType(0) == SQLITE_TEXT ? parseId(st.columnView(0)) : Id();
            const auto it = owner.isNull() ? map.end() : map.find(owner);
            qint64 itemPos = -1;
            if (it != map.end()) {
                m_ctx.kind = EntityKind::Activity;
                m_ctx.id = owner;
                m_ctx.name = it->second.name;
                if (!integer(st, 1, key, &itemPos))
                    return false;
            }
            IdList *list = it == map.end() ? nullptr : listOf(it->second, itemPos);
            if (!list) {
                return fail(ErrorCode::InvalidContent,
                            Tr::tr("The table %1 has a row for an item that is not in the project: the file is "
                                   "damaged or was changed by another program, so it was not opened.")
                                .arg(quoted(m_ctx.table)));
            }
            qint64 pos = 0;
            if (!integer(st, 2, key, &pos))
                return false;
            if (pos != list->size())
                return invalid(key,
                               Tr::tr("the positions in the table %1 are not 0, 1, 2, …").arg(quoted(m_ctx.table)));
            Id value;
            if (!id(st, 3, key, &value))
                return false;
            list->append(value);
        }
        return finish(st, rc);
    }

    bool readCriteria(EntityMap<Activity> &map)
    {
        return readList(map, "SELECT activity, pos, criterion FROM activity_dpia_criteria ORDER BY activity, pos",
                        "activity_dpia_criteria", "dpia_screening", [&](Activity &a, sql::Statement &row) {
                            DpiaCriterion c{};
                            if (!enumeration(row, 2, "dpia_screening", &c))
                                return false;
                            a.dpiaScreening.criteria.append(c);
                            return true;
                        });
    }

    bool readActivities(ProjectData *data)
    {
        sql::Statement st;
        if (!prepare(st,
                     "SELECT id, name, organisation, role, on_behalf_of, lawful_basis, art9_condition, art10_basis, "
                     "dpia_required, dpia_done, owner, last_reviewed, notes, consent_condition_of_service, "
                     "balancing_test_date, balancing_test_note, large_scale, reference, status, record_version, "
                     "created, last_changed, department, contact_name, contact_function, contact_email, "
                     "contact_phone, adm_present, adm_profiling, adm_logic, adm_significance, dpia_performed, "
                     "dpia_document, screening_on_authority_list, screening_high_risk, screening_outcome, "
                     "screening_report FROM activities ORDER BY id",
                     "activities"))
            return false;
        int rc;
        while ((rc = step(st)) == SQLITE_ROW) {
            Activity a;
            if (!entityStart(st, data->activities, &a.id, &a.name) ||
                !id(st, 2, "organisation", &a.organisation, true) || !enumeration(st, 3, "role", &a.role) ||
                !id(st, 4, "on_behalf_of", &a.onBehalfOf, true) ||
                !enumeration(st, 5, "lawful_basis", &a.lawfulBasis, true) ||
                !enumeration(st, 6, "art9_condition", &a.art9Condition, true) ||
                !text(st, 7, "art10_basis", &a.art10Basis, true) || !optionalBool(st, 8, "dpia", &a.dpia.required) ||
                !date(st, 9, "dpia", &a.dpia.done) || !text(st, 10, "owner", &a.owner) ||
                !date(st, 11, "last_reviewed", &a.lastReviewed) || !text(st, 12, "notes", &a.notes) ||
                !optionalBool(st, 13, "consent_condition_of_service", &a.consentConditionOfService) ||
                !date(st, 14, "balancing_test", &a.balancingTest.date) ||
                !text(st, 15, "balancing_test", &a.balancingTest.note) ||
                !optionalBool(st, 16, "large_scale", &a.largeScale) || !activityFormat5(st, a))
                return false;
            data->activities.emplace(a.id, std::move(a));
        }
        if (!finish(st, rc))
            return false;
        auto &map = data->activities;
        if (!readTextList(map, "SELECT activity, pos, purpose FROM activity_purposes ORDER BY activity, pos",
                          "activity_purposes", "purposes", &Activity::purposes) ||
            !readIdList(map, "SELECT activity, pos, data_subject FROM activity_data_subjects ORDER BY activity, pos",
                        "activity_data_subjects", "data_subjects", &Activity::dataSubjects) ||
            !readIdList(map,
                        "SELECT activity, pos, data_category FROM activity_data_categories "
                        "ORDER BY activity, pos",
                        "activity_data_categories", "data_categories", &Activity::dataCategories) ||
            !readIdList(map, "SELECT activity, pos, source FROM activity_sources ORDER BY activity, pos",
                        "activity_sources", "sources", &Activity::sources) ||
            !readIdList(map,
                        "SELECT activity, pos, security_measure FROM activity_security_measures "
                        "ORDER BY activity, pos",
                        "activity_security_measures", "security_measures", &Activity::securityMeasures) ||
            !readIdList(map, "SELECT activity, pos, system FROM activity_systems ORDER BY activity, pos",
                        "activity_systems", "systems", &Activity::systems) ||
            !readIdList(map, "SELECT activity, pos, document FROM activity_documents ORDER BY activity, pos",
                        "activity_documents", "documents", &Activity::documents) ||
            !readDataItems(map) || !readCriteria(map))
            return false;
        if (!readList(map,
                      "SELECT activity, pos, duration, trigger, legal_reference, text FROM activity_retention "
                      "ORDER BY activity, pos",
                      "activity_retention", "retention", [&](Activity &a, sql::Statement &row) {
                          RetentionRule r;
                          if (!text(row, 2, "retention", &r.duration, true) ||
                              !text(row, 3, "retention", &r.trigger, true) ||
                              !text(row, 4, "retention", &r.legalReference) || !text(row, 5, "retention", &r.text))
                              return false;
                          a.retention.append(r);
                          return true;
                      }))
            return false;
        // The categories of each retention rule: (activity, rule_pos, pos, data_category).
        if (!readSubList(map,
                         "SELECT activity, rule_pos, pos, data_category FROM activity_retention_categories "
                         "ORDER BY activity, rule_pos, pos",
                         "activity_retention_categories", "retention", [](Activity &a, qint64 at) -> IdList * {
                             return at >= 0 && at < a.retention.size() ? &a.retention[at].categories : nullptr;
                         }))
            return false;
        return readEvidence(map, "SELECT activity, pos, document, quote FROM activity_evidence ORDER BY activity, pos",
                            "activity_evidence");
    }

    bool readTransfers(ProjectData *data)
    {
        sql::Statement st;
        if (!prepare(st,
                     "SELECT id, purpose, from_party, to_party, role, mechanism, scc_module, derogation, tia_done, "
                     "occasional, suitable_safeguards, all_categories FROM transfers ORDER BY id",
                     "transfers"))
            return false;
        int rc;
        while ((rc = step(st)) == SQLITE_ROW) {
            Transfer t;
            if (!entityStart(st, data->transfers, &t.id, &t.purpose) || !id(st, 2, "from", &t.from, true) ||
                !id(st, 3, "to", &t.to, true) || !enumeration(st, 4, "role", &t.role) ||
                !enumeration(st, 5, "mechanism", &t.mechanism) ||
                !enumeration(st, 7, "derogation", &t.derogation, true) || !date(st, 8, "tia_done", &t.tiaDone) ||
                !optionalBool(st, 9, "occasional", &t.occasional) ||
                !text(st, 10, "suitable_safeguards", &t.suitableSafeguards) ||
                !boolean(st, 11, "all_categories", &t.allCategories))
                return false;
            if (!st.isNull(6)) {
                qint64 module = 0;
                if (!integer(st, 6, "scc_module", &module))
                    return false;
                if (module < 1 || module > 4)
                    return invalid("scc_module", Tr::tr("%1 is not an SCC module (1 to 4)").arg(module));
                t.sccModule = int(module);
            }
            data->transfers.emplace(t.id, std::move(t));
        }
        if (!finish(st, rc))
            return false;
        auto &map = data->transfers;
        return readIdList(map, "SELECT transfer, pos, activity FROM transfer_activities ORDER BY transfer, pos",
                          "transfer_activities", "activities", &Transfer::activities) &&
               readIdList(map,
                          "SELECT transfer, pos, data_category FROM transfer_data_categories ORDER BY transfer, pos",
                          "transfer_data_categories", "data_categories", &Transfer::dataCategories) &&
               readTextList(map, "SELECT transfer, pos, country FROM transfer_countries ORDER BY transfer, pos",
                            "transfer_countries", "countries", &Transfer::countries) &&
               readEvidence(map, "SELECT transfer, pos, document, quote FROM transfer_evidence ORDER BY transfer, pos",
                            "transfer_evidence");
    }

    // Format 2. The rows come in key order; ProjectData keeps its own (canonical) order.
    // validateProject checks the rule id, that the entity exists and the justification.
    bool readAcceptedFindings(ProjectData *data)
    {
        sql::Statement st;
        if (!prepare(st,
                     "SELECT rule, entity, detail, justification, date FROM accepted_findings "
                     "ORDER BY rule, entity, detail",
                     "accepted_findings"))
            return false;
        int rc;
        int row = 0;
        while ((rc = step(st)) == SQLITE_ROW) {
            m_ctx.label = Tr::tr("accepted finding %1 (table %2)").arg(++row).arg(quoted(m_ctx.table));
            AcceptedFinding a;
            std::optional<QDate> date;
            if (!text(st, 0, "rule", &a.rule) || !id(st, 1, "entity", &a.entity) || !text(st, 2, "detail", &a.detail) ||
                !text(st, 3, "justification", &a.justification))
                return false;
            if (st.columnType(4) == SQLITE_NULL)
                return invalid("date", Tr::tr("the date is missing"));
            if (!this->date(st, 4, "date", &date))
                return false;
            if (!date)
                return invalid("date", Tr::tr("the date is missing"));
            a.date = *date;
            data->acceptedFindings.append(std::move(a));
        }
        if (!finish(st, rc))
            return false;
        sortAcceptedFindings(data->acceptedFindings);
        return true;
    }

    QString m_path;
    sql::Database &m_db;
    contentdigest::RowFeed *m_feed;
    Error m_error;
    Context m_ctx;
};

} // namespace

Error readProject(const QString &path, sql::Database &db, QDeadlineTimer *deadline, ProjectData *data,
                  contentdigest::RowFeed *feed)
{
    Reader reader(path, db, feed);
    sql::Database transferDb;
    if (!shareReadOnly(transferDb, db, deadline))
        return sqliteFailure(path, transferDb);
    struct Transfers
    {
        bool ok = false;
        Error error;
        EntityMap<Transfer> map;
    };
    contentdigest::RowFeed transferFeed;
    std::future<Transfers> transfers = std::async(std::launch::async, [&path, &transferDb, &transferFeed, feed] {
        Transfers t;
        ProjectData part;
        Reader transferReader(path, transferDb, feed ? &transferFeed : nullptr);
        t.ok = transferReader.readTransfersOnly(&part);
        t.error = transferReader.error();
        t.map = std::move(part.transfers);
        return t;
    });
    const bool before = reader.readBeforeTransfers(data);
    const bool after = before && reader.readAfterTransfers(data);
    Transfers read = transfers.get();
    transferDb.close();
    if (!before)
        return reader.error();
    if (!read.ok)
        return read.error;
    if (!after)
        return reader.error();
    data->transfers = std::move(read.map);
    if (feed)
        feed->merge(std::move(transferFeed));
    // Format 8 (snapshotstore.h), fed like the rest.
    if (QString why; !snapshotstore::read(db, data, &why, feed))
        return makeError(ErrorCode::InvalidContent, why);
    return {};
}

} // namespace ropa::store
