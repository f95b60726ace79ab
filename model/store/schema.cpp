#include "store/schema.h"

#include "store/migrations.h"
#include "store/projectstore.h"

namespace ropa::store::schema {

namespace {

// Every reference is checked when the transaction commits, so rows can be written in any
// order (a data category may name a parent written after it).
#define ROPA_REF(table) " REFERENCES " table "(id) DEFERRABLE INITIALLY DEFERRED"

// A link table: an ordered list of values that belong to one entity. WITHOUT ROWID: the
// primary key (owner, pos) is the table itself, not a second b-tree repeating the key.
#define ROPA_LIST(name, owner, ownerTable, valueColumns)                                                               \
    "CREATE TABLE " name " (\n"                                                                                        \
    "  " owner " TEXT NOT NULL" ROPA_REF(ownerTable) ",\n"                                                             \
                                                     "  pos INTEGER NOT NULL,\n" valueColumns "  PRIMARY KEY (" owner  \
                                                     ", pos)\n"                                                        \
                                                     ") WITHOUT ROWID"

#define ROPA_EVIDENCE(name, owner, ownerTable)                                                                         \
    ROPA_LIST(name, owner, ownerTable,                                                                                 \
              "  document TEXT NOT NULL" ROPA_REF("documents") ",\n"                                                   \
                                                               "  quote TEXT NOT NULL,\n")

const char *const Version1[] = {
    "CREATE TABLE project (\n"
    "  id INTEGER PRIMARY KEY CHECK (id = 1),\n"
    "  name TEXT NOT NULL,\n"
    "  language TEXT NOT NULL,\n"
    "  notes TEXT NOT NULL\n"
    ")",

    "CREATE TABLE documents (\n"
    "  id TEXT NOT NULL PRIMARY KEY,\n"
    "  title TEXT NOT NULL,\n"
    "  url TEXT,\n"
    "  date TEXT,\n"
    "  text TEXT\n"
    ")",

    "CREATE TABLE parties (\n"
    "  id TEXT NOT NULL PRIMARY KEY,\n"
    "  name TEXT NOT NULL,\n"
    "  kind TEXT NOT NULL,\n"
    "  named INTEGER NOT NULL CHECK (named IN (0, 1)),\n"
    "  own INTEGER NOT NULL CHECK (own IN (0, 1)),\n"
    "  country TEXT,\n"
    "  address TEXT NOT NULL,\n"
    "  contact_name TEXT NOT NULL,\n"
    "  contact_email TEXT NOT NULL,\n"
    "  contact_phone TEXT NOT NULL,\n"
    "  dpo_name TEXT,\n"
    "  dpo_email TEXT,\n"
    "  dpo_phone TEXT,\n"
    "  representative_name TEXT,\n"
    "  representative_email TEXT,\n"
    "  representative_phone TEXT,\n"
    "  website TEXT,\n"
    "  dpa_signed TEXT,\n"
    "  dpf_certified INTEGER CHECK (dpf_certified IN (0, 1)),\n"
    "  notes TEXT NOT NULL\n"
    ")",
    ROPA_LIST("party_locations", "party", "parties", "  country TEXT NOT NULL,\n"),
    ROPA_LIST("party_certifications", "party", "parties", "  certification TEXT NOT NULL,\n"),
    ROPA_EVIDENCE("party_evidence", "party", "parties"),

    "CREATE TABLE data_categories (\n"
    "  id TEXT NOT NULL PRIMARY KEY,\n"
    "  name TEXT NOT NULL,\n"
    "  parent TEXT" ROPA_REF("data_categories") ",\n"
                                                "  description TEXT NOT NULL,\n"
                                                "  special TEXT,\n"
                                                "  criminal INTEGER NOT NULL CHECK (criminal IN (0, 1)),\n"
                                                "  us_category TEXT\n"
                                                ")",
    ROPA_LIST("data_category_examples", "data_category", "data_categories", "  example TEXT NOT NULL,\n"),
    ROPA_EVIDENCE("data_category_evidence", "data_category", "data_categories"),

    "CREATE TABLE data_subjects (\n"
    "  id TEXT NOT NULL PRIMARY KEY,\n"
    "  name TEXT NOT NULL,\n"
    "  description TEXT NOT NULL\n"
    ")",
    ROPA_EVIDENCE("data_subject_evidence", "data_subject", "data_subjects"),

    "CREATE TABLE sources (\n"
    "  id TEXT NOT NULL PRIMARY KEY,\n"
    "  name TEXT NOT NULL,\n"
    "  kind TEXT NOT NULL\n"
    ")",
    ROPA_EVIDENCE("source_evidence", "source", "sources"),

    "CREATE TABLE security_measures (\n"
    "  id TEXT NOT NULL PRIMARY KEY,\n"
    "  name TEXT NOT NULL,\n"
    "  kind TEXT NOT NULL,\n"
    "  description TEXT NOT NULL\n"
    ")",
    ROPA_EVIDENCE("security_measure_evidence", "security_measure", "security_measures"),

    "CREATE TABLE activities (\n"
    "  id TEXT NOT NULL PRIMARY KEY,\n"
    "  name TEXT NOT NULL,\n"
    "  organisation TEXT" ROPA_REF(
        "parties") ",\n"
                   "  role TEXT NOT NULL,\n"
                   "  on_behalf_of TEXT" ROPA_REF(
                       "parties") ",\n"
                                  "  lawful_basis TEXT,\n"
                                  "  art9_condition TEXT,\n"
                                  "  art10_basis TEXT,\n"
                                  "  dpia_required INTEGER CHECK (dpia_required IN (0, 1)),\n"
                                  "  dpia_done TEXT,\n"
                                  "  owner TEXT NOT NULL,\n"
                                  "  last_reviewed TEXT,\n"
                                  "  notes TEXT NOT NULL\n"
                                  ")",
    ROPA_LIST("activity_purposes", "activity", "activities", "  purpose TEXT NOT NULL,\n"),
    ROPA_LIST("activity_data_subjects", "activity", "activities",
              "  data_subject TEXT NOT NULL" ROPA_REF("data_subjects") ",\n"),
    ROPA_LIST("activity_data_categories", "activity", "activities",
              "  data_category TEXT NOT NULL" ROPA_REF("data_categories") ",\n"),
    ROPA_LIST("activity_sources", "activity", "activities", "  source TEXT NOT NULL" ROPA_REF("sources") ",\n"),
    ROPA_LIST("activity_security_measures", "activity", "activities",
              "  security_measure TEXT NOT NULL" ROPA_REF("security_measures") ",\n"),
    ROPA_LIST("activity_retention", "activity", "activities",
              "  duration TEXT,\n"
              "  trigger TEXT,\n"
              "  legal_reference TEXT NOT NULL,\n"
              "  text TEXT NOT NULL,\n"),
    "CREATE TABLE activity_retention_categories (\n"
    "  activity TEXT NOT NULL,\n"
    "  rule_pos INTEGER NOT NULL,\n"
    "  pos INTEGER NOT NULL,\n"
    "  data_category TEXT NOT NULL" ROPA_REF(
        "data_categories") ",\n"
                           "  PRIMARY KEY (activity, rule_pos, pos),\n"
                           "  FOREIGN KEY (activity, rule_pos) REFERENCES activity_retention(activity, pos)"
                           " DEFERRABLE INITIALLY DEFERRED\n"
                           ") WITHOUT ROWID",
    ROPA_EVIDENCE("activity_evidence", "activity", "activities"),

    "CREATE TABLE transfers (\n"
    "  id TEXT NOT NULL PRIMARY KEY,\n"
    "  from_party TEXT" ROPA_REF("parties") ",\n"
                                            "  to_party TEXT" ROPA_REF("parties") ",\n"
                                                                                  "  role TEXT NOT NULL,\n"
                                                                                  "  purpose TEXT NOT NULL,\n"
                                                                                  "  mechanism TEXT NOT NULL,\n"
                                                                                  "  scc_module INTEGER,\n"
                                                                                  "  derogation TEXT,\n"
                                                                                  "  tia_done TEXT\n"
                                                                                  ")",
    ROPA_LIST("transfer_activities", "transfer", "transfers", "  activity TEXT NOT NULL" ROPA_REF("activities") ",\n"),
    ROPA_LIST("transfer_data_categories", "transfer", "transfers",
              "  data_category TEXT NOT NULL" ROPA_REF("data_categories") ",\n"),
    ROPA_LIST("transfer_countries", "transfer", "transfers", "  country TEXT NOT NULL,\n"),
    ROPA_EVIDENCE("transfer_evidence", "transfer", "transfers"),
};

// Added in format 2. The entity may be of any kind, so it has no REFERENCES; open() checks
// that it exists (validateProject). The primary key makes a duplicate impossible.
const char *const AddedInVersion2[] = {
    "CREATE TABLE accepted_findings (\n"
    "  rule TEXT NOT NULL,\n"
    "  entity TEXT NOT NULL,\n"
    "  detail TEXT NOT NULL,\n"
    "  justification TEXT NOT NULL,\n"
    "  date TEXT NOT NULL,\n"
    "  PRIMARY KEY (rule, entity, detail)\n"
    ") WITHOUT ROWID",
};

// Format 3 rebuilds these two tables with the explicit facts that rules used to read from
// notes (docs/findings.md): Art. 7(4) consent as a condition of the service, the Art. 6(1)(f)
// balancing test, large-scale processing (Art. 35(3)); the occasional nature of a derogation
// transfer and the documentation of Art. 49(1) second-subparagraph safeguards (Art. 30(1)(e)).
const char *const ReplacedInVersion3[] = {
    "CREATE TABLE activities (\n"
    "  id TEXT NOT NULL PRIMARY KEY,\n"
    "  name TEXT NOT NULL,\n"
    "  organisation TEXT" ROPA_REF(
        "parties") ",\n"
                   "  role TEXT NOT NULL,\n"
                   "  on_behalf_of TEXT" ROPA_REF(
                       "parties") ",\n"
                                  "  lawful_basis TEXT,\n"
                                  "  art9_condition TEXT,\n"
                                  "  art10_basis TEXT,\n"
                                  "  consent_condition_of_service INTEGER CHECK (consent_condition_of_service IN (0, "
                                  "1)),\n"
                                  "  balancing_test_date TEXT,\n"
                                  "  balancing_test_note TEXT NOT NULL,\n"
                                  "  dpia_required INTEGER CHECK (dpia_required IN (0, 1)),\n"
                                  "  dpia_done TEXT,\n"
                                  "  large_scale INTEGER CHECK (large_scale IN (0, 1)),\n"
                                  "  owner TEXT NOT NULL,\n"
                                  "  last_reviewed TEXT,\n"
                                  "  notes TEXT NOT NULL\n"
                                  ")",

    "CREATE TABLE transfers (\n"
    "  id TEXT NOT NULL PRIMARY KEY,\n"
    "  from_party TEXT" ROPA_REF("parties") ",\n"
                                            "  to_party TEXT" ROPA_REF(
                                                "parties") ",\n"
                                                           "  role TEXT NOT NULL,\n"
                                                           "  purpose TEXT NOT NULL,\n"
                                                           "  mechanism TEXT NOT NULL,\n"
                                                           "  scc_module INTEGER,\n"
                                                           "  derogation TEXT,\n"
                                                           "  occasional INTEGER CHECK (occasional IN (0, 1)),\n"
                                                           "  suitable_safeguards TEXT NOT NULL,\n"
                                                           "  tia_done TEXT\n"
                                                           ")",
};

// Added in format 4: the project's own checksum, one XXH3-128 per table over its rows
// (store/contentdigest.h). Written by every save; a file migrated from an older format has
// none until it is saved.
const char *const AddedInVersion4[] = {
    "CREATE TABLE content_digest (\n"
    "  table_name TEXT NOT NULL PRIMARY KEY,\n"
    "  xxh3_128 BLOB NOT NULL CHECK (typeof(xxh3_128) = 'blob' AND length(xxh3_128) = 16)\n"
    ") WITHOUT ROWID",
};

// Format 5 (issue 18, what real registers carry) rebuilds these four tables with new columns:
// a document's kind; a contact's function, the DPA as yes/no/not stated with its document;
// an activity's record identity, automated decisions, the DPIA as performed yes/no/not stated
// with its document, and the DPIA screening; a transfer's "all categories of its activities".
const char *const ReplacedInVersion5[] = {
    "CREATE TABLE documents (\n"
    "  id TEXT NOT NULL PRIMARY KEY,\n"
    "  title TEXT NOT NULL,\n"
    "  kind TEXT,\n"
    "  url TEXT,\n"
    "  date TEXT,\n"
    "  text TEXT\n"
    ")",

    "CREATE TABLE parties (\n"
    "  id TEXT NOT NULL PRIMARY KEY,\n"
    "  name TEXT NOT NULL,\n"
    "  kind TEXT NOT NULL,\n"
    "  named INTEGER NOT NULL CHECK (named IN (0, 1)),\n"
    "  own INTEGER NOT NULL CHECK (own IN (0, 1)),\n"
    "  country TEXT,\n"
    "  address TEXT NOT NULL,\n"
    "  contact_name TEXT NOT NULL,\n"
    "  contact_function TEXT NOT NULL,\n"
    "  contact_email TEXT NOT NULL,\n"
    "  contact_phone TEXT NOT NULL,\n"
    "  dpo_name TEXT,\n"
    "  dpo_function TEXT,\n"
    "  dpo_email TEXT,\n"
    "  dpo_phone TEXT,\n"
    "  representative_name TEXT,\n"
    "  representative_function TEXT,\n"
    "  representative_email TEXT,\n"
    "  representative_phone TEXT,\n"
    "  website TEXT,\n"
    "  dpa_in_place INTEGER CHECK (dpa_in_place IN (0, 1)),\n"
    "  dpa_signed TEXT,\n"
    "  dpa_document TEXT" ROPA_REF("documents") ",\n"
                                                "  dpf_certified INTEGER CHECK (dpf_certified IN (0, 1)),\n"
                                                "  notes TEXT NOT NULL\n"
                                                ")",

    "CREATE TABLE activities (\n"
    "  id TEXT NOT NULL PRIMARY KEY,\n"
    "  name TEXT NOT NULL,\n"
    "  reference TEXT,\n"
    "  status TEXT,\n"
    "  record_version TEXT,\n"
    "  created TEXT,\n"
    "  last_changed TEXT,\n"
    "  department TEXT,\n"
    "  contact_name TEXT NOT NULL,\n"
    "  contact_function TEXT NOT NULL,\n"
    "  contact_email TEXT NOT NULL,\n"
    "  contact_phone TEXT NOT NULL,\n"
    "  organisation TEXT" ROPA_REF(
        "parties") ",\n"
                   "  role TEXT NOT NULL,\n"
                   "  on_behalf_of TEXT" ROPA_REF(
                       "parties") ",\n"
                                  "  lawful_basis TEXT,\n"
                                  "  art9_condition TEXT,\n"
                                  "  art10_basis TEXT,\n"
                                  "  consent_condition_of_service INTEGER CHECK (consent_condition_of_service IN (0, "
                                  "1)),\n"
                                  "  balancing_test_date TEXT,\n"
                                  "  balancing_test_note TEXT NOT NULL,\n"
                                  "  adm_present INTEGER CHECK (adm_present IN (0, 1)),\n"
                                  "  adm_profiling INTEGER CHECK (adm_profiling IN (0, 1)),\n"
                                  "  adm_logic TEXT NOT NULL,\n"
                                  "  adm_significance TEXT NOT NULL,\n"
                                  "  dpia_required INTEGER CHECK (dpia_required IN (0, 1)),\n"
                                  "  dpia_performed INTEGER CHECK (dpia_performed IN (0, 1)),\n"
                                  "  dpia_done TEXT,\n"
                                  "  dpia_document TEXT" ROPA_REF(
                                      "documents") ",\n"
                                                   "  screening_on_authority_list INTEGER CHECK "
                                                   "(screening_on_authority_list IN (0, 1)),\n"
                                                   "  screening_high_risk INTEGER CHECK (screening_high_risk IN (0, "
                                                   "1)),\n"
                                                   "  screening_outcome TEXT NOT NULL,\n"
                                                   "  screening_report TEXT" ROPA_REF(
                                                       "documents") ",\n"
                                                                    "  large_scale INTEGER CHECK (large_scale IN (0, "
                                                                    "1)),\n"
                                                                    "  owner TEXT NOT NULL,\n"
                                                                    "  last_reviewed TEXT,\n"
                                                                    "  notes TEXT NOT NULL\n"
                                                                    ")",

    "CREATE TABLE transfers (\n"
    "  id TEXT NOT NULL PRIMARY KEY,\n"
    "  from_party TEXT" ROPA_REF(
        "parties") ",\n"
                   "  to_party TEXT" ROPA_REF(
                       "parties") ",\n"
                                  "  role TEXT NOT NULL,\n"
                                  "  all_categories INTEGER NOT NULL CHECK (all_categories IN (0, 1)),\n"
                                  "  purpose TEXT NOT NULL,\n"
                                  "  mechanism TEXT NOT NULL,\n"
                                  "  scc_module INTEGER,\n"
                                  "  derogation TEXT,\n"
                                  "  occasional INTEGER CHECK (occasional IN (0, 1)),\n"
                                  "  suitable_safeguards TEXT NOT NULL,\n"
                                  "  tia_done TEXT\n"
                                  ")",
};

// Added in format 5: systems, and the new lists of parties and activities.
const char *const AddedInVersion5[] = {
    "CREATE TABLE systems (\n"
    "  id TEXT NOT NULL PRIMARY KEY,\n"
    "  name TEXT NOT NULL,\n"
    "  description TEXT NOT NULL,\n"
    "  hosting_party TEXT" ROPA_REF("parties") ",\n"
                                               "  notes TEXT NOT NULL\n"
                                               ")",
    ROPA_LIST("system_locations", "system", "systems", "  country TEXT NOT NULL,\n"),
    ROPA_EVIDENCE("system_evidence", "system", "systems"),
    ROPA_LIST("party_documents", "party", "parties", "  document TEXT NOT NULL" ROPA_REF("documents") ",\n"),
    ROPA_LIST("activity_systems", "activity", "activities", "  system TEXT NOT NULL" ROPA_REF("systems") ",\n"),
    ROPA_LIST("activity_documents", "activity", "activities", "  document TEXT NOT NULL" ROPA_REF("documents") ",\n"),
    ROPA_LIST("activity_dpia_criteria", "activity", "activities", "  criterion TEXT NOT NULL,\n"),
    ROPA_LIST("activity_data_items", "activity", "activities",
              "  data_category TEXT NOT NULL" ROPA_REF(
                  "data_categories") ",\n"
                                     "  data_subject TEXT" ROPA_REF("data_subjects") ",\n"
                                                                                     "  purpose TEXT NOT NULL,\n"
                                                                                     "  retention TEXT,\n"
                                                                                     "  retention_text TEXT NOT NULL,\n"
                                                                                     "  obligation TEXT,\n"
                                                                                     "  consequence TEXT NOT NULL,\n"),
    "CREATE TABLE activity_data_item_sources (\n"
    "  activity TEXT NOT NULL,\n"
    "  item_pos INTEGER NOT NULL,\n"
    "  pos INTEGER NOT NULL,\n"
    "  source TEXT NOT NULL" ROPA_REF(
        "sources") ",\n"
                   "  PRIMARY KEY (activity, item_pos, pos),\n"
                   "  FOREIGN KEY (activity, item_pos) REFERENCES activity_data_items(activity, pos)"
                   " DEFERRABLE INITIALLY DEFERRED\n"
                   ") WITHOUT ROWID",
};

// Format 6 (decision 0022) rebuilds the parties with why no DPO is required (Art. 37(1)).
const char *const ReplacedInVersion6[] = {
    "CREATE TABLE parties (\n"
    "  id TEXT NOT NULL PRIMARY KEY,\n"
    "  name TEXT NOT NULL,\n"
    "  kind TEXT NOT NULL,\n"
    "  named INTEGER NOT NULL CHECK (named IN (0, 1)),\n"
    "  own INTEGER NOT NULL CHECK (own IN (0, 1)),\n"
    "  country TEXT,\n"
    "  address TEXT NOT NULL,\n"
    "  contact_name TEXT NOT NULL,\n"
    "  contact_function TEXT NOT NULL,\n"
    "  contact_email TEXT NOT NULL,\n"
    "  contact_phone TEXT NOT NULL,\n"
    "  dpo_name TEXT,\n"
    "  dpo_function TEXT,\n"
    "  dpo_email TEXT,\n"
    "  dpo_phone TEXT,\n"
    "  dpo_not_required TEXT,\n"
    "  representative_name TEXT,\n"
    "  representative_function TEXT,\n"
    "  representative_email TEXT,\n"
    "  representative_phone TEXT,\n"
    "  website TEXT,\n"
    "  dpa_in_place INTEGER CHECK (dpa_in_place IN (0, 1)),\n"
    "  dpa_signed TEXT,\n"
    "  dpa_document TEXT" ROPA_REF("documents") ",\n"
                                                "  dpf_certified INTEGER CHECK (dpf_certified IN (0, 1)),\n"
                                                "  notes TEXT NOT NULL\n"
                                                ")",
};

// Added in format 7 (decision 0027): the file's history, one row per save. File metadata, not
// project content: it is not covered by the content digest, each entry is chained to the one
// before it by its hash (store/filehistory.h).
const char *const AddedInVersion7[] = {
    "CREATE TABLE history (\n"
    "  seq INTEGER PRIMARY KEY CHECK (seq >= 1),\n"
    "  saved_at TEXT NOT NULL,\n"
    "  author TEXT NOT NULL,\n"
    "  comment TEXT NOT NULL,\n"
    "  changes TEXT NOT NULL,\n"
    "  content_digest BLOB NOT NULL CHECK (typeof(content_digest) = 'blob' AND length(content_digest) = 16),\n"
    "  hash BLOB NOT NULL CHECK (typeof(hash) = 'blob' AND length(hash) = 32)\n"
    ")",
};

// Added in format 8 (issue 20, decision 0028): a vendor's notice period to object to a new
// subprocessor, and the versions of vendors' subprocessor lists with their rows as read. A
// list's vendor, document and a row's party have no REFERENCES: a list is a record of what
// was read and stays when they are removed (as an accepted finding's entity).
const char *const AddedInVersion8[] = {
    "CREATE TABLE party_subprocessor_notice (\n"
    "  party TEXT NOT NULL PRIMARY KEY" ROPA_REF(
        "parties") ",\n"
                   "  period_days INTEGER CHECK (period_days BETWEEN 0 AND 3650),\n"
                   "  received TEXT\n"
                   ") WITHOUT ROWID",
    "CREATE TABLE subprocessor_lists (\n"
    "  id TEXT NOT NULL PRIMARY KEY,\n"
    "  pos INTEGER NOT NULL UNIQUE,\n"
    "  vendor TEXT NOT NULL,\n"
    "  source TEXT NOT NULL,\n"
    "  list_updated TEXT,\n"
    "  read_on TEXT NOT NULL,\n"
    "  notice_received TEXT,\n"
    "  document TEXT,\n"
    "  format TEXT NOT NULL\n"
    ") WITHOUT ROWID",
    ROPA_LIST("subprocessor_list_rows", "list", "subprocessor_lists",
              "  name TEXT NOT NULL,\n"
              "  purpose TEXT NOT NULL,\n"
              "  location TEXT NOT NULL,\n"
              "  corporate_location TEXT NOT NULL,\n"
              "  data_shared TEXT NOT NULL,\n"
              "  safeguards TEXT NOT NULL,\n"
              "  link TEXT NOT NULL,\n"
              "  table_title TEXT NOT NULL,\n"
              "  line INTEGER NOT NULL,\n"
              "  countries TEXT NOT NULL,\n"
              "  party TEXT,\n"),
};

#undef ROPA_EVIDENCE
#undef ROPA_LIST
#undef ROPA_REF

QString tableOf(const QString &statement)
{
    static const QString prefix = QStringLiteral("CREATE TABLE ");
    if (!statement.startsWith(prefix))
        return {};
    return statement.mid(prefix.size()).section(u' ', 0, 0);
}

} // namespace

const QStringList &version1()
{
    static const QStringList statements = [] {
        QStringList list;
        for (const char *sql : Version1)
            list.append(QString::fromUtf8(sql));
        return list;
    }();
    return statements;
}

const QStringList &version2()
{
    static const QStringList statements = [] {
        QStringList list = version1();
        for (const char *sql : AddedInVersion2)
            list.append(QString::fromUtf8(sql));
        return list;
    }();
    return statements;
}

const QStringList &version3()
{
    static const QStringList statements = [] {
        QStringList list = version2();
        for (const char *sql : ReplacedInVersion3) {
            const QString statement = QString::fromUtf8(sql);
            for (QString &old : list) {
                if (tableOf(old) == tableOf(statement))
                    old = statement;
            }
        }
        return list;
    }();
    return statements;
}

const QStringList &version4()
{
    static const QStringList statements = [] {
        QStringList list = version3();
        for (const char *sql : AddedInVersion4)
            list.append(QString::fromUtf8(sql));
        return list;
    }();
    return statements;
}

const QStringList &version5()
{
    static const QStringList statements = [] {
        QStringList list = version4();
        for (const char *sql : ReplacedInVersion5) {
            const QString statement = QString::fromUtf8(sql);
            for (QString &old : list) {
                if (tableOf(old) == tableOf(statement))
                    old = statement;
            }
        }
        for (const char *sql : AddedInVersion5)
            list.append(QString::fromUtf8(sql));
        return list;
    }();
    return statements;
}

const QStringList &version6()
{
    static const QStringList statements = [] {
        QStringList list = version5();
        for (const char *sql : ReplacedInVersion6) {
            const QString statement = QString::fromUtf8(sql);
            for (QString &old : list) {
                if (tableOf(old) == tableOf(statement))
                    old = statement;
            }
        }
        return list;
    }();
    return statements;
}

const QStringList &version7()
{
    static const QStringList statements = [] {
        QStringList list = version6();
        for (const char *sql : AddedInVersion7)
            list.append(QString::fromUtf8(sql));
        return list;
    }();
    return statements;
}

const QStringList &version8()
{
    static const QStringList statements = [] {
        QStringList list = version7();
        for (const char *sql : AddedInVersion8)
            list.append(QString::fromUtf8(sql));
        return list;
    }();
    return statements;
}

const QStringList &current()
{
    static_assert(FormatVersion == 8, "current() must return the schema of FormatVersion");
    return version8();
}

QStringList forVersion(int version)
{
    if (version == FormatVersion)
        return current();
    return migrations::schemaOf(version);
}

QString createStatement(const QString &table)
{
    const QString prefix = QStringLiteral("CREATE TABLE ") + table + QStringLiteral(" (");
    for (const QString &sql : current()) {
        if (sql.startsWith(prefix))
            return sql;
    }
    return {};
}

} // namespace ropa::store::schema
