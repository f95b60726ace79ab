#include "store/projectwriter.h"

#include "store/projectstore.h"
#include "store/rowbatch.h"
#include "store/snapshotstore.h"
#include "store/storemessages.h"

#include <sqlite3.h>

#include <condition_variable>
#include <deque>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace ropa::store {

namespace {

// An id as the file stores it (idToString), formatted without a QString.
struct IdText
{
    IdText() = default;
    explicit IdText(const Id &id)
    {
        if (id.isNull())
            return;
        sql::formatId(id, m_text);
        m_size = 36;
    }
    // Binds the text, or NULL for the null id; the IdText must outlive the execution.
    void bind(sql::Statement &st, int index) const
    {
        if (m_size == 0)
            st.bindNull(index);
        else
            st.bindStaticUtf8(index, m_text, m_size);
    }
    // A required id: a null one is bound as '' (as bindText does with an empty string).
    void bindRequired(sql::Statement &st, int index) const { st.bindStaticUtf8(index, m_text, m_size); }

private:
    char m_text[36] = {};
    int m_size = 0;
};

class Writer
{
public:
    Writer(sql::Database &db, contentdigest::BatchFeed *feed)
        : m_db(db)
        , m_feed(feed)
    {
    }

    QString error() const { return m_error; }

    bool writeAll(const ProjectData &data)
    {
        if (QString why; !sql::registerRowSource(m_db, &why)) {
            m_error = Tr::tr("SQLite reports: %1").arg(why);
            return false;
        }
        {
            sql::Statement &st = statement("INSERT INTO project (id, name, language, notes) VALUES (1, ?1, ?2, ?3)");
            st.bindText(1, data.info.name);
            st.bindText(2, data.info.language);
            st.bindText(3, data.info.notes);
            if (!run(st))
                return false;
        }
        // The rows are collected on a second thread and inserted here as each group of
        // batches is complete: SQLite's work (most of a save) overlaps the reading of the
        // project. The groups are inserted in the order they were collected, so the file is
        // the same as when one thread does both.
        std::future<bool> collected = std::async(std::launch::async, [this, &data] {
            struct Done
            {
                Writer *w;
                ~Done()
                {
                    {
                        const std::lock_guard lock(w->m_queueMutex);
                        w->m_collectDone = true;
                    }
                    w->m_queueChanged.notify_all();
                }
            } done{this};
            return collect(data);
        });
        const bool inserted = insertCollected();
        if (!inserted) {
            {
                const std::lock_guard lock(m_queueMutex);
                m_stop = true;
            }
            m_queueChanged.notify_all();
        }
        const bool collectedAll = collected.get();
        if (!inserted)
            return false;
        if (!collectedAll) {
            m_error = m_collectError;
            return false;
        }
        for (const AcceptedFinding &a : data.acceptedFindings) {
            sql::Statement &st = statement("INSERT INTO accepted_findings (rule, entity, detail, justification, date) "
                                           "VALUES (?1, ?2, ?3, ?4, ?5)");
            st.bindText(1, a.rule);
            const IdText entity(a.entity);
            entity.bindRequired(st, 2);
            st.bindText(3, a.detail);
            st.bindText(4, a.justification);
            bindDate(st, 5, std::optional<QDate>(a.date));
            if (!run(st))
                return false;
        }
        // Format 8: vendors' subprocessor lists and notice periods (snapshotstore.h).
        if (QString why; !snapshotstore::write(m_db, data, &why)) {
            m_error = why;
            return false;
        }
        return true;
    }

private:
    // Runs on the collecting thread: every row of every entity table and link table goes
    // into a batch (one statement per table), handed over after each kind and whenever
    // WriterBatchRows rows are waiting. Reads `data` only.
    bool collect(const ProjectData &data)
    {
        for (const auto &[id, d] : data.documents) {
            sql::RowBatch &b =
                batch("INSERT INTO documents (id, title, url, date, text, kind) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
            b.addRequiredId(d.id);
            b.addText(d.title);
            b.addNullableText(d.url);
            addDate(b, d.date);
            b.addNullableText(d.text);
            addEnum(b, d.kind);
            if (!rowsAdded(1))
                return false;
        }
        if (!flush())
            return false;
        for (const auto &[id, p] : data.parties) {
            sql::RowBatch &b = batch(
                "INSERT INTO parties (id, name, kind, named, own, country, address, contact_name, contact_email, "
                "contact_phone, dpo_name, dpo_email, dpo_phone, representative_name, representative_email, "
                "representative_phone, website, dpa_signed, dpf_certified, notes, contact_function, dpo_function, "
                "representative_function, dpa_in_place, dpa_document, dpo_not_required) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, "
                "?21, ?22, ?23, ?24, ?25, ?26)");
            b.addRequiredId(p.id);
            b.addText(p.name);
            addEnum(b, p.kind);
            b.addInt(p.named ? 1 : 0);
            b.addInt(p.own ? 1 : 0);
            b.addNullableText(p.country);
            b.addText(p.address);
            b.addText(p.contact.name);
            b.addText(p.contact.email);
            b.addText(p.contact.phone);
            addContact(b, p.dpo);
            addContact(b, p.representative);
            b.addNullableText(p.website);
            addDate(b, p.dpaSigned);
            addBool(b, p.dpfCertified);
            b.addText(p.notes);
            b.addText(p.contact.function);
            addNullableText(b, p.dpo ? std::optional<QString>(p.dpo->function) : std::nullopt);
            addNullableText(b, p.representative ? std::optional<QString>(p.representative->function) : std::nullopt);
            addBool(b, p.dpaInPlace);
            b.addId(p.dpaDocument);
            b.addNullableText(p.dpoNotRequired);
            const qsizetype rows =
                1 +
                idList("INSERT INTO party_documents (party, pos, document) VALUES (?1, ?2, ?3)", p.id, p.documents) +
                textList("INSERT INTO party_locations (party, pos, country) VALUES (?1, ?2, ?3)", p.id, p.locations) +
                textList("INSERT INTO party_certifications (party, pos, certification) VALUES (?1, ?2, ?3)", p.id,
                         p.certifications) +
                evidence("INSERT INTO party_evidence (party, pos, document, quote) VALUES (?1, ?2, ?3, ?4)", p.id,
                         p.evidence);
            if (!rowsAdded(rows))
                return false;
        }
        if (!flush())
            return false;
        for (const auto &[id, c] : data.dataCategories) {
            sql::RowBatch &b =
                batch("INSERT INTO data_categories (id, name, parent, description, special, criminal, us_category) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
            b.addRequiredId(c.id);
            b.addText(c.name);
            b.addId(c.parent);
            b.addText(c.description);
            addEnum(b, c.special);
            b.addInt(c.criminal ? 1 : 0);
            addEnum(b, c.usCategory);
            const qsizetype rows =
                1 +
                textList("INSERT INTO data_category_examples (data_category, pos, example) VALUES (?1, ?2, ?3)", c.id,
                         c.examples) +
                evidence("INSERT INTO data_category_evidence (data_category, pos, document, quote) "
                         "VALUES (?1, ?2, ?3, ?4)",
                         c.id, c.evidence);
            if (!rowsAdded(rows))
                return false;
        }
        if (!flush())
            return false;
        for (const auto &[id, s] : data.dataSubjects) {
            sql::RowBatch &b = batch("INSERT INTO data_subjects (id, name, description) VALUES (?1, ?2, ?3)");
            b.addRequiredId(s.id);
            b.addText(s.name);
            b.addText(s.description);
            const qsizetype rows =
                1 + evidence("INSERT INTO data_subject_evidence (data_subject, pos, document, quote) "
                             "VALUES (?1, ?2, ?3, ?4)",
                             s.id, s.evidence);
            if (!rowsAdded(rows))
                return false;
        }
        if (!flush())
            return false;
        for (const auto &[id, s] : data.sources) {
            sql::RowBatch &b = batch("INSERT INTO sources (id, name, kind) VALUES (?1, ?2, ?3)");
            b.addRequiredId(s.id);
            b.addText(s.name);
            addEnum(b, s.kind);
            const qsizetype rows =
                1 + evidence("INSERT INTO source_evidence (source, pos, document, quote) VALUES (?1, ?2, ?3, ?4)", s.id,
                             s.evidence);
            if (!rowsAdded(rows))
                return false;
        }
        if (!flush())
            return false;
        for (const auto &[id, m] : data.securityMeasures) {
            sql::RowBatch &b =
                batch("INSERT INTO security_measures (id, name, kind, description) VALUES (?1, ?2, ?3, ?4)");
            b.addRequiredId(m.id);
            b.addText(m.name);
            addEnum(b, m.kind);
            b.addText(m.description);
            const qsizetype rows =
                1 + evidence("INSERT INTO security_measure_evidence (security_measure, pos, document, quote) "
                             "VALUES (?1, ?2, ?3, ?4)",
                             m.id, m.evidence);
            if (!rowsAdded(rows))
                return false;
        }
        if (!flush())
            return false;
        for (const auto &[id, y] : data.systems) {
            sql::RowBatch &b =
                batch("INSERT INTO systems (id, name, description, hosting_party, notes) VALUES (?1, ?2, ?3, ?4, ?5)");
            b.addRequiredId(y.id);
            b.addText(y.name);
            b.addText(y.description);
            b.addId(y.hostingParty);
            b.addText(y.notes);
            const qsizetype rows =
                1 +
                textList("INSERT INTO system_locations (system, pos, country) VALUES (?1, ?2, ?3)", y.id, y.locations) +
                evidence("INSERT INTO system_evidence (system, pos, document, quote) VALUES (?1, ?2, ?3, ?4)", y.id,
                         y.evidence);
            if (!rowsAdded(rows))
                return false;
        }
        if (!flush())
            return false;
        for (const auto &[id, a] : data.activities) {
            if (!rowsAdded(writeActivity(a)))
                return false;
        }
        if (!flush())
            return false;
        for (const auto &[id, t] : data.transfers) {
            sql::RowBatch &b = batch(
                "INSERT INTO transfers (id, from_party, to_party, role, purpose, mechanism, scc_module, derogation, "
                "tia_done, occasional, suitable_safeguards, all_categories) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
            b.addRequiredId(t.id);
            b.addId(t.from);
            b.addId(t.to);
            addEnum(b, t.role);
            b.addText(t.purpose);
            addEnum(b, t.mechanism);
            if (t.sccModule)
                b.addInt(*t.sccModule);
            else
                b.addNull();
            addEnum(b, t.derogation);
            addDate(b, t.tiaDone);
            addBool(b, t.occasional);
            b.addText(t.suitableSafeguards);
            b.addInt(t.allCategories ? 1 : 0);
            const qsizetype rows =
                1 +
                idList("INSERT INTO transfer_activities (transfer, pos, activity) VALUES (?1, ?2, ?3)", t.id,
                       t.activities) +
                idList("INSERT INTO transfer_data_categories (transfer, pos, data_category) VALUES (?1, ?2, ?3)", t.id,
                       t.dataCategories) +
                textList("INSERT INTO transfer_countries (transfer, pos, country) VALUES (?1, ?2, ?3)", t.id,
                         t.countries) +
                evidence("INSERT INTO transfer_evidence (transfer, pos, document, quote) VALUES (?1, ?2, ?3, ?4)", t.id,
                         t.evidence);
            if (!rowsAdded(rows))
                return false;
        }
        return flush();
    }

    // The activity's row and the rows of its lists; returns how many rows were added.
    qsizetype writeActivity(const Activity &a)
    {
        sql::RowBatch &b =
            batch("INSERT INTO activities (id, name, organisation, role, on_behalf_of, lawful_basis, art9_condition, "
                  "art10_basis, dpia_required, dpia_done, owner, last_reviewed, notes, consent_condition_of_service, "
                  "balancing_test_date, balancing_test_note, large_scale, reference, status, record_version, created, "
                  "last_changed, department, contact_name, contact_function, contact_email, contact_phone, "
                  "adm_present, adm_profiling, adm_logic, adm_significance, dpia_performed, dpia_document, "
                  "screening_on_authority_list, screening_high_risk, screening_outcome, screening_report) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, "
                  "?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37)");
        b.addRequiredId(a.id);
        b.addText(a.name);
        b.addId(a.organisation);
        addEnum(b, a.role);
        b.addId(a.onBehalfOf);
        addEnum(b, a.lawfulBasis);
        addEnum(b, a.art9Condition);
        b.addNullableText(a.art10Basis);
        addBool(b, a.dpia.required);
        addDate(b, a.dpia.done);
        b.addText(a.owner);
        addDate(b, a.lastReviewed);
        b.addText(a.notes);
        addBool(b, a.consentConditionOfService);
        addDate(b, a.balancingTest.date);
        b.addText(a.balancingTest.note);
        addBool(b, a.largeScale);
        b.addNullableText(a.reference);
        addEnum(b, a.status);
        b.addNullableText(a.recordVersion);
        addDate(b, a.created);
        addDate(b, a.lastChanged);
        b.addNullableText(a.department);
        b.addText(a.contactPerson.name);
        b.addText(a.contactPerson.function);
        b.addText(a.contactPerson.email);
        b.addText(a.contactPerson.phone);
        addBool(b, a.automatedDecisions.present);
        addBool(b, a.automatedDecisions.profiling);
        b.addText(a.automatedDecisions.logic);
        b.addText(a.automatedDecisions.significance);
        addBool(b, a.dpia.performed);
        b.addId(a.dpia.document);
        addBool(b, a.dpiaScreening.onAuthorityList);
        addBool(b, a.dpiaScreening.highRisk);
        b.addText(a.dpiaScreening.outcome);
        b.addId(a.dpiaScreening.report);
        qsizetype rows =
            1 +
            textList("INSERT INTO activity_purposes (activity, pos, purpose) VALUES (?1, ?2, ?3)", a.id, a.purposes) +
            idList("INSERT INTO activity_data_subjects (activity, pos, data_subject) VALUES (?1, ?2, ?3)", a.id,
                   a.dataSubjects) +
            idList("INSERT INTO activity_data_categories (activity, pos, data_category) VALUES (?1, ?2, ?3)", a.id,
                   a.dataCategories) +
            idList("INSERT INTO activity_sources (activity, pos, source) VALUES (?1, ?2, ?3)", a.id, a.sources) +
            idList("INSERT INTO activity_security_measures (activity, pos, security_measure) VALUES (?1, ?2, ?3)", a.id,
                   a.securityMeasures) +
            idList("INSERT INTO activity_systems (activity, pos, system) VALUES (?1, ?2, ?3)", a.id, a.systems) +
            idList("INSERT INTO activity_documents (activity, pos, document) VALUES (?1, ?2, ?3)", a.id, a.documents) +
            writeDataItems(a);
        QStringList criteria;
        for (const DpiaCriterion c : a.dpiaScreening.criteria)
            criteria.append(enumToString(c));
        rows += textList("INSERT INTO activity_dpia_criteria (activity, pos, criterion) VALUES (?1, ?2, ?3)", a.id,
                         criteria);
        for (qsizetype i = 0; i < a.retention.size(); ++i) {
            const RetentionRule &r = a.retention.at(i);
            sql::RowBatch &rs =
                batch("INSERT INTO activity_retention (activity, pos, duration, trigger, legal_reference, text) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
            rs.addRequiredId(a.id);
            rs.addInt(i);
            rs.addNullableText(r.duration);
            rs.addNullableText(r.trigger);
            rs.addText(r.legalReference);
            rs.addText(r.text);
            sql::RowBatch &cs =
                batch("INSERT INTO activity_retention_categories (activity, rule_pos, pos, data_category) "
                      "VALUES (?1, ?2, ?3, ?4)");
            for (qsizetype j = 0; j < r.categories.size(); ++j) {
                cs.addRequiredId(a.id);
                cs.addInt(i);
                cs.addInt(j);
                cs.addRequiredId(r.categories.at(j));
            }
            rows += 1 + r.categories.size();
        }
        return rows + evidence("INSERT INTO activity_evidence (activity, pos, document, quote) VALUES (?1, ?2, ?3, ?4)",
                               a.id, a.evidence);
    }

    // The rows of an activity's data items and of their sources; returns how many.
    qsizetype writeDataItems(const Activity &a)
    {
        qsizetype rows = 0;
        for (qsizetype i = 0; i < a.dataItems.size(); ++i) {
            const DataItem &item = a.dataItems.at(i);
            sql::RowBatch &b = batch("INSERT INTO activity_data_items (activity, pos, data_category, data_subject, "
                                     "purpose, retention, retention_text, obligation, consequence) "
                                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
            b.addRequiredId(a.id);
            b.addInt(i);
            b.addRequiredId(item.category);
            b.addId(item.subject);
            b.addText(item.purpose);
            b.addNullableText(item.retention);
            b.addText(item.retentionText);
            addEnum(b, item.obligation);
            b.addText(item.consequence);
            sql::RowBatch &sources = batch("INSERT INTO activity_data_item_sources (activity, item_pos, pos, source) "
                                           "VALUES (?1, ?2, ?3, ?4)");
            for (qsizetype j = 0; j < item.sources.size(); ++j) {
                sources.addRequiredId(a.id);
                sources.addInt(i);
                sources.addInt(j);
                sources.addRequiredId(item.sources.at(j));
            }
            rows += 1 + item.sources.size();
        }
        return rows;
    }

    static void addNullableText(sql::RowBatch &b, const std::optional<QString> &text)
    {
        if (text)
            b.addText(*text);
        else
            b.addNull();
    }

    sql::Statement &statement(const char *sql)
    {
        auto &slot = m_statements[sql];
        if (!slot) {
            slot = std::make_unique<sql::Statement>();
            slot->prepare(m_db, sql);
        }
        return *slot;
    }

    bool run(sql::Statement &st)
    {
        if (m_badDate) {
            st.reset();
            m_error = badDateMessage();
            return false;
        }
        // Every statement of the writer binds all its parameters before each run.
        if (!st.isValid() || !st.executeKeepingBindings()) {
            m_error = Tr::tr("SQLite reports: %1").arg(m_db.errorText());
            return false;
        }
        return true;
    }

    // A stated date must be one the file can hold (YYYY-MM-DD, years 1 to 9999); it is never
    // silently dropped.
    void bindDate(sql::Statement &st, int index, const std::optional<QDate> &date)
    {
        if (!date) {
            st.bindNull(index);
            return;
        }
        char text[10];
        if (!formatDate(*date, text)) {
            m_badDate = true;
            st.bindNull(index);
            return;
        }
        st.bindText(index, QString::fromLatin1(text, 10));
    }

    // A stated date that the file cannot hold is never silently dropped (see bindDate).
    void addDate(sql::RowBatch &b, const std::optional<QDate> &date)
    {
        char text[10];
        if (!date) {
            b.addNull();
        } else if (!formatDate(*date, text)) {
            m_badDate = true;
            b.addNull();
        } else {
            b.addAscii(text, 10);
        }
    }

    static void addBool(sql::RowBatch &b, const std::optional<bool> &value)
    {
        if (value)
            b.addInt(*value ? 1 : 0);
        else
            b.addNull();
    }

    // The format name of an enum value (enumToString without a QString).
    template <typename E> static void addEnum(sql::RowBatch &b, E value)
    {
        for (const auto &entry : enumNames<E>()) {
            if (entry.value == value) {
                b.addAscii(entry.name);
                return;
            }
        }
        b.addAscii("", 0); // as enumToString: an unknown value is ''
    }

    template <typename E> static void addEnum(sql::RowBatch &b, const std::optional<E> &value)
    {
        if (value)
            addEnum(b, *value);
        else
            b.addNull();
    }

    static void addContact(sql::RowBatch &b, const std::optional<Contact> &c)
    {
        if (c) {
            b.addText(c->name);
            b.addText(c->email);
            b.addText(c->phone);
        } else {
            b.addNull();
            b.addNull();
            b.addNull();
        }
    }

    // YYYY-MM-DD: the years 1 to 9999 are exactly those with four digits. False for a date
    // the file cannot hold.
    static bool formatDate(const QDate &date, char *text)
    {
        if (!date.isValid() || date.year() < 1 || date.year() > 9999)
            return false;
        int year = 0, month = 0, day = 0;
        date.getDate(&year, &month, &day);
        const int parts[3] = {year, month, day};
        const int at[3] = {0, 5, 8}, width[3] = {4, 2, 2};
        for (int p = 0; p < 3; ++p) {
            int value = parts[p];
            for (int i = width[p] - 1; i >= 0; --i, value /= 10)
                text[at[p] + i] = char('0' + value % 10);
        }
        text[4] = text[7] = '-';
        return true;
    }

    static void bindBool(sql::Statement &st, int index, const std::optional<bool> &value)
    {
        if (value)
            st.bindInt(index, *value ? 1 : 0);
        else
            st.bindNull(index);
    }

    // The rows of a link table are collected in a batch per table (keyed by the one-row
    // statement, from which the table and its columns are read) and inserted by one statement
    // per table when flush() runs: after each kind of entity, so that only one kind's links
    // are held in memory at a time.
    struct Batch
    {
        QByteArray table;
        QByteArray columns;
        sql::RowBatch rows;
    };

    sql::RowBatch &batch(const char *sql)
    {
        auto &slot = m_batches[sql];
        if (!slot) {
            // "INSERT INTO <table> (<columns>) VALUES ..."
            const QByteArray text(sql);
            const qsizetype open = text.indexOf('(');
            const qsizetype close = text.indexOf(')', open);
            const QByteArray table = text.mid(12, open - 12).trimmed();
            const QByteArray columns = text.mid(open + 1, close - open - 1);
            slot = std::make_unique<Batch>(Batch{table, columns, sql::RowBatch(int(columns.count(',')) + 1)});
        }
        return slot->rows;
    }

    static QString badDateMessage()
    {
        return Tr::tr("a date in the project is not a valid calendar date between the years 1 and 9999");
    }

    // Rows waiting in batches are inserted once there are MaxPendingRows of them (and after
    // each kind of entity), which bounds the memory the batches take during a save.
    bool rowsAdded(qsizetype rows)
    {
        m_pendingRows += rows;
        return m_pendingRows < detail::WriterBatchRows || flush();
    }

    // On the collecting thread: hands the batches collected so far to the inserting thread
    // (waiting while a group is queued already) and goes on with an emptied group.
    bool flush()
    {
        m_pendingRows = 0;
        if (std::all_of(m_batches.begin(), m_batches.end(), [](const auto &b) { return b.second->rows.isEmpty(); }))
            return true;
        if (m_badDate) {
            m_collectError = badDateMessage();
            return false;
        }
        if (m_feed) { // here, while the inserting thread is busy with the group before
            for (const auto &[sql, b] : m_batches)
                m_feed->add(b->table, b->columns, b->rows);
        }
        std::unique_lock lock(m_queueMutex);
        m_queueChanged.wait(lock, [this] { return m_queue.size() < MaxQueuedGroups || m_stop; });
        if (m_stop)
            return false;
        m_queue.push_back(std::move(m_batches));
        m_batches.clear(); // a moved-from map: make it empty
        if (!m_free.empty()) {
            m_batches = std::move(m_free.back());
            m_free.pop_back();
        }
        lock.unlock();
        m_queueChanged.notify_all();
        return true;
    }

    // On the thread that owns the database: inserts each group of batches as it comes, in
    // order, until the collecting thread is done. False with m_error when SQLite fails.
    bool insertCollected()
    {
        for (;;) {
            Group group;
            {
                std::unique_lock lock(m_queueMutex);
                m_queueChanged.wait(lock, [this] { return !m_queue.empty() || m_collectDone; });
                if (m_queue.empty())
                    return true;
                group = std::move(m_queue.front());
                m_queue.pop_front();
            }
            m_queueChanged.notify_all();
            for (auto &[sql, b] : group) {
                if (b->rows.isEmpty())
                    continue;
                QString why;
                if (!sql::insertBatch(m_db, b->table.constData(), b->columns.constData(), b->rows, &why)) {
                    m_error = Tr::tr("SQLite reports: %1").arg(why);
                    return false;
                }
                b->rows.clear(); // keeps its capacity for the next use
            }
            const std::lock_guard lock(m_queueMutex);
            m_free.push_back(std::move(group));
        }
    }

    // Adds the rows of a list; returns how many.
    qsizetype textList(const char *sql, const Id &owner, const QStringList &values)
    {
        if (values.isEmpty())
            return 0;
        sql::RowBatch &rows = batch(sql);
        for (qsizetype i = 0; i < values.size(); ++i) {
            rows.addRequiredId(owner);
            rows.addInt(i);
            rows.addText(values.at(i));
        }
        return values.size();
    }

    // Adds the rows of a list; returns how many.
    qsizetype idList(const char *sql, const Id &owner, const IdList &values)
    {
        if (values.isEmpty())
            return 0;
        sql::RowBatch &rows = batch(sql);
        for (qsizetype i = 0; i < values.size(); ++i) {
            rows.addRequiredId(owner);
            rows.addInt(i);
            rows.addRequiredId(values.at(i));
        }
        return values.size();
    }

    // Adds the rows of a list; returns how many.
    qsizetype evidence(const char *sql, const Id &owner, const EvidenceList &values)
    {
        if (values.isEmpty())
            return 0;
        sql::RowBatch &rows = batch(sql);
        for (qsizetype i = 0; i < values.size(); ++i) {
            rows.addRequiredId(owner);
            rows.addInt(i);
            rows.addRequiredId(values.at(i).document);
            rows.addText(values.at(i).quote);
        }
        return values.size();
    }

    sql::Database &m_db;
    contentdigest::BatchFeed *m_feed; // collecting thread
    // The batches of one group, by their one-row statement (the order in which they are
    // inserted).
    using Group = std::map<const char *, std::unique_ptr<Batch>>;
    // At most this many complete groups wait for the inserting thread (besides the one being
    // inserted and the one being collected), which bounds the memory of a save.
    static constexpr size_t MaxQueuedGroups = 1;

    std::map<const char *, std::unique_ptr<sql::Statement>> m_statements; // inserting thread
    QString m_error;                                                      // inserting thread
    // The collecting thread's own state.
    Group m_batches;
    qsizetype m_pendingRows = 0;
    bool m_badDate = false;
    QString m_collectError;
    // Shared, under m_queueMutex.
    std::mutex m_queueMutex;
    std::condition_variable m_queueChanged;
    std::deque<Group> m_queue; // complete groups, oldest first
    std::vector<Group> m_free; // inserted groups, emptied, for reuse
    bool m_collectDone = false;
    bool m_stop = false; // the inserting thread failed: stop collecting
};

} // namespace

bool writeRows(sql::Database &db, const ProjectData &data, QString *why, contentdigest::BatchFeed *feed)
{
    Writer writer(db, feed);
    if (writer.writeAll(data))
        return true;
    *why = writer.error();
    return false;
}

} // namespace ropa::store
