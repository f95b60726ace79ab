// ropa-bench: how fast the .ropa store and the JSON format are on a large project.
//
// Generates a deterministic synthetic inventory (10,000 activities, 5,000 parties, 50,000
// transfers, ...; --quick for a tenth of that), checks that it validates, and then times,
// several runs each: store save (new file and over an existing one), store open (with all of
// its checks), JSON export and JSON import; it also opens the saved file in a fresh process,
// which is what the application does, to see the memory an open project needs.
// With --records it times the Article 30 records instead: the controller record of the
// generated project built, then written as XLSX, PDF, ODT, HTML and Markdown.
// It prints figures; it is not a test and never fails on time (ARCHITECTURE.md, "Testing").
// It fails (exit code 3) only when something is wrong: the generated project does not
// validate, a save or open fails, or a round trip does not give the same project back.
//
//   ropa-bench [--quick] [--runs N] [--seed N] [--json] [--store-only]
//              [--records [--formats xlsx,pdf,...] [--pdf-threads N]]
//
// See docs/performance.md for the figures and how to read them.

#include "domain/projectdata.h"
#include "domain/validation.h"
#include "reference/reference.h"
#include "reports/reportbuilder.h"
#include "reports/writers.h"
#include "store/jsonformat.h"
#include "store/projectstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

#ifndef ROPA_BENCH_BUILD_TYPE
#define ROPA_BENCH_BUILD_TYPE "unknown"
#endif

namespace ropa::bench {
namespace {

// ---------------------------------------------------------------------------------------
// Sizes.

struct Sizes
{
    int documents;
    int parties;
    int ownParties;
    int dataCategories;
    int dataSubjects;
    int sources;
    int securityMeasures;
    int activities;
    int transfers;
};

constexpr Sizes FullSizes{500, 5000, 5, 2000, 300, 200, 300, 10000, 50000};
constexpr Sizes QuickSizes{50, 500, 3, 200, 30, 20, 30, 1000, 5000};

// The targets (docs/performance.md). Not checked as pass/fail; printed beside the figures.
constexpr double TargetOpenMs = 1000.0;
constexpr double TargetSaveMs = 1000.0;
constexpr double TargetXlsxMs = 1000.0; // Article 30 records, 1,000 activities
constexpr double TargetPdfMs = 10000.0;
constexpr double TargetRssMb = 300.0;

// ---------------------------------------------------------------------------------------
// Randomness: SplitMix64, so that a seed gives the same project with any standard library.

class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    // lo..hi, both included.
    int range(int lo, int hi) { return lo + static_cast<int>(next() % static_cast<quint64>(hi - lo + 1)); }
    int index(qsizetype n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
    bool chance(double p) { return static_cast<double>(next() >> 11) * 0x1.0p-53 < p; }

    template <std::size_t N> QString pick(const char *const (&words)[N])
    {
        return QString::fromUtf8(words[index(static_cast<qsizetype>(N))]);
    }

    // k distinct indices of 0..n-1 (k is small), in the order drawn.
    QList<int> distinct(int n, int k)
    {
        k = std::min(k, n);
        QList<int> out;
        out.reserve(k);
        while (out.size() < k) {
            const int candidate = index(n);
            if (!out.contains(candidate))
                out.append(candidate);
        }
        return out;
    }

    template <typename E> E enumValue()
    {
        const auto names = enumNames<E>();
        return names[static_cast<std::size_t>(index(static_cast<qsizetype>(names.size())))].value;
    }

    QDate date(int fromYear, int years) { return QDate(fromYear, 1, 1).addDays(range(0, years * 365 - 1)); }

private:
    quint64 m_state;
};

// Version-4 UUIDs from their own stream, so the ids depend on the seed alone.
class IdMaker
{
public:
    explicit IdMaker(quint64 seed)
        : m_rng(seed ^ 0x1D5EED1D5EED1D5Eull)
    {
    }

    Id make()
    {
        const quint64 a = m_rng.next();
        const quint64 b = m_rng.next();
        return QUuid(static_cast<uint>(a >> 32), static_cast<ushort>(a >> 16),
                     static_cast<ushort>((a & 0x0FFF) | 0x4000), static_cast<uchar>(((b >> 56) & 0x3F) | 0x80),
                     static_cast<uchar>(b >> 48), static_cast<uchar>(b >> 40), static_cast<uchar>(b >> 32),
                     static_cast<uchar>(b >> 24), static_cast<uchar>(b >> 16), static_cast<uchar>(b >> 8),
                     static_cast<uchar>(b));
    }

private:
    Rng m_rng;
};

// ---------------------------------------------------------------------------------------
// Vocabulary.

const char *const Words[] = {
    "personal",
    "data",
    "processing",
    "controller",
    "processor",
    "purpose",
    "retention",
    "customer",
    "account",
    "service",
    "contract",
    "consent",
    "legitimate",
    "interest",
    "security",
    "measures",
    "transfer",
    "third",
    "countries",
    "safeguards",
    "standard",
    "contractual",
    "clauses",
    "recipient",
    "categories",
    "information",
    "request",
    "access",
    "erasure",
    "rectification",
    "portability",
    "objection",
    "marketing",
    "analytics",
    "cookies",
    "device",
    "identifiers",
    "billing",
    "payment",
    "support",
    "employees",
    "applicants",
    "suppliers",
    "visitors",
    "newsletter",
    "website",
    "backup",
    "encryption",
    "logging",
    "audit",
    "incident",
    "breach",
    "notification",
    "authority",
    "supervisory",
    "period",
    "years",
    "months",
    "statutory",
    "obligation",
    "tax",
    "accounting",
    "records",
    "storage",
    "hosting",
    "cloud",
    "infrastructure",
    "subprocessor",
    "agreement",
    "instructions",
    "confidentiality",
    "training",
    "review",
    "assessment",
    "impact",
    "risk",
    "rights",
    "freedoms",
    "natural",
    "persons",
    "the",
    "of",
    "and",
    "to",
    "for",
    "in",
    "with",
    "on",
    "by",
    "we",
    "our",
    "your",
    "may",
    "will",
    "is",
    "are",
    "be",
    "as",
    "or",
    "such",
    "any",
    "all",
    "other",
    "where",
    "when",
    "which",
    "this",
    "that",
    "under",
    "within",
    "after",
    "before",
    "including",
    "necessary",
    "appropriate",
    "technical",
    "organisational",
    "reasonable",
    "applicable",
    "law",
    "European",
    "Union",
    "Article",
    "GDPR",
    "email",
    "address",
    "name",
    "telephone",
    "number",
    "location",
    "usage",
    "logs",
    "session",
    "profile",
    "preferences",
    "order",
    "history",
    "invoice",
    "delivery",
    "fraud",
    "prevention",
    "verification",
    "identity",
    "Schrems",
    "Datenschutz",
    "données",
    "traitement",
    "durée",
};

const char *const CompanyPrefixes[] = {
    "Northwind", "Bluefin",    "Acme",        "Globex",      "Initech",    "Umbrella", "Cyberdyne", "Soylent",
    "Hooli",     "Vandelay",   "Tyrell",      "Aperture",    "Pied Piper", "Dunder",   "Oscorp",    "Nakatomi",
    "Monarch",   "Sterling",   "Zenith",      "Pinnacle",    "Vertex",     "Horizon",  "Summit",    "Keystone",
    "Evergreen", "Silverline", "Redwood",     "Lighthouse",  "Harbor",     "Atlas",    "Orion",     "Polaris",
    "Nimbus",    "Müller",     "Søndergaard", "Łukasiewicz", "Café Olé",
};
const char *const CompanyTrades[] = {
    "Analytics", "Cloud",    "Payments",   "Logistics", "Hosting", "Mail",        "CRM",        "Security",
    "Data",      "Software", "Consulting", "Telecom",   "Media",   "Health",      "Insurance",  "HR Services",
    "Marketing", "Support",  "Backup",     "Identity",  "Print",   "Translation", "Recruiting", "Ads",
};
const char *const CompanyForms[] = {
    "GmbH", "Ltd", "Inc.", "SAS", "B.V.", "AB", "S.p.A.", "LLC", "Oy", "A/S", "SE", "Sp. z o.o.",
};
const char *const RecipientCategories[] = {
    "Marketing partners",   "Payment providers",    "Courier services",
    "Advertising networks", "Public authorities",   "Auditors",
    "Legal advisers",       "Insurance companies",  "Banks",
    "Affiliated companies", "IT service providers", "Credit agencies",
};
const char *const FirstNames[] = {
    "Anna",  "Ben",  "Chloé", "David", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas",
    "Kasia", "Luca", "Maja",  "Noah",  "Olga", "Pablo", "Quinn", "Rosa", "Sven", "Tara",
};
const char *const LastNames[] = {
    "Schmidt",  "Dubois",    "Rossi", "García",       "Nowak", "Jansen", "Larsen",   "Smith",
    "Kowalski", "Andersson", "Novák", "Papadopoulos", "Silva", "Murphy", "Virtanen", "Horvat",
};
const char *const Certifications[] = {
    "ISO/IEC 27001", "ISO/IEC 27701", "SOC 2 Type II", "C5", "TISAX", "PCI DSS", "HDS", "CSA STAR",
};
const char *const CategoryBases[] = {
    "Contact details",  "Identification data", "Financial data",      "Payment data",
    "Location data",    "Usage data",          "Device data",         "Communication content",
    "Employment data",  "Education data",      "Health data",         "Biometric data",
    "Images and video", "Audio recordings",    "Authentication data", "Transaction history",
    "Preferences",      "Social media data",   "Support records",     "Contract data",
    "Tax data",         "Family data",         "Criminal records",    "Vehicle data",
    "Travel data",
};
const char *const CategoryQualifiers[] = {
    "of customers",        "of employees", "of prospects", "of suppliers", "collected online", "from partners",
    "from public sources", "historical",   "derived",      "aggregated",   "in logs",
};
const char *const SubjectBases[] = {
    "Customers",
    "Prospects",
    "Employees",
    "Applicants",
    "Former employees",
    "Contractors",
    "Suppliers' contacts",
    "Website visitors",
    "App users",
    "Newsletter subscribers",
    "Patients",
    "Students",
    "Members",
    "Children",
    "Shareholders",
    "Event attendees",
    "Survey participants",
};
const char *const Regions[] = {
    "Germany",
    "France",
    "Italy",
    "Spain",
    "Poland",
    "the Netherlands",
    "Sweden",
    "the EU",
    "the United Kingdom",
    "the United States",
    "worldwide",
    "Switzerland",
    "Japan",
    "Brazil",
};
const char *const SourceNames[] = {
    "The data subject", "Customer CRM",    "Web forms", "Mobile app telemetry", "Credit agency", "Public registers",
    "Partner feeds",    "Social networks", "HR system", "Payment provider",     "Call centre",   "Recruiting portal",
    "Point of sale",
};
const char *const MeasureNames[] = {
    "Encryption at rest",
    "TLS in transit",
    "Role-based access control",
    "Two-factor authentication",
    "Daily backups",
    "Pseudonymisation of identifiers",
    "Central audit logging",
    "Network segmentation",
    "Badge access to premises",
    "Confidentiality agreements",
    "Privacy training",
    "Vulnerability scanning",
    "Penetration tests",
    "Data minimisation review",
};
const char *const Processes[] = {
    "Payroll",          "Recruiting",          "Customer onboarding", "Newsletter",         "Order fulfilment",
    "Customer support", "Fraud detection",     "Web analytics",       "Access control",     "Video surveillance",
    "Accounting",       "Contract management", "Supplier management", "Event registration", "Loyalty programme",
    "Debt collection",  "IT operations",       "Backup and recovery", "Whistleblowing",     "Health and safety",
};
const char *const Durations[] = {
    "P30D", "P90D", "P6M", "P1Y", "P2Y", "P3Y", "P6Y", "P10Y", "P2Y6M", "PT72H", "P4W",
};
const char *const Triggers[] = {
    "end of contract",       "account closure",         "last login", "end of employment", "end of the financial year",
    "withdrawal of consent", "completion of the order",
};
const char *const LegalReferences[] = {
    "§ 147 AO", "§ 257 HGB", "Art. 17(3)(b) GDPR", "Art. L123-22 Code de commerce", "§ 26 BDSG",
};
const char *const DocumentKinds[] = {
    "Privacy policy",          "Data processing agreement", "Subprocessor list",          "Cookie notice",
    "Employee privacy notice", "Security whitepaper",       "Transfer impact assessment",
};
const char *const CommonCountries[] = {
    "US", "DE", "IE", "GB", "NL", "FR", "IN", "CH", "JP", "CA", "PL", "SE",
};

// ---------------------------------------------------------------------------------------
// The generator.

class Generator
{
public:
    Generator(quint64 seed, const Sizes &sizes)
        : m_rng(seed)
        , m_ids(seed)
        , m_sizes(sizes)
    {
        for (const Country &c : Reference::instance().countries())
            m_countries.append(c.code);
        m_countries.append(QStringLiteral("EU"));
    }

    ProjectData run()
    {
        m_data.info.name = QStringLiteral("Synthetic benchmark project");
        m_data.info.language = QStringLiteral("en");
        m_data.info.notes = QStringLiteral("Generated by ropa-bench; every value is made up.");
        makeDocuments();
        makeParties();
        makeCategories();
        makeSubjects();
        makeSources();
        makeMeasures();
        makeActivities();
        makeTransfers();
        return std::move(m_data);
    }

private:
    QString words(int minChars, int maxChars)
    {
        const int target = m_rng.range(minChars, maxChars);
        QString s;
        s.reserve(target + 20);
        while (s.size() < target) {
            if (!s.isEmpty())
                s += u' ';
            s += m_rng.pick(Words);
        }
        s.truncate(maxChars);
        return s;
    }

    QString sentence(int minChars, int maxChars)
    {
        QString s = words(std::max(1, minChars - 1), std::max(1, maxChars - 1));
        s[0] = s[0].toUpper();
        s += u'.';
        return s;
    }

    QString person() { return m_rng.pick(FirstNames) + u' ' + m_rng.pick(LastNames); }

    Contact contact()
    {
        const QString first = m_rng.pick(FirstNames);
        const QString last = m_rng.pick(LastNames);
        return Contact{first + u' ' + last,
                       first.toLower() + u'.' + QString::number(m_rng.range(1, 999)) + QStringLiteral("@example.com"),
                       QStringLiteral("+49 30 %1").arg(m_rng.range(1000000, 9999999))};
    }

    QStringList countries(int lo, int hi)
    {
        const int n = m_rng.range(lo, hi);
        QStringList out;
        while (out.size() < n) {
            const QString c =
                m_rng.chance(0.6) ? m_rng.pick(CommonCountries) : m_countries[m_rng.index(m_countries.size())];
            if (!out.contains(c))
                out.append(c);
        }
        return out;
    }

    template <typename T> IdList pickIds(const QList<Id> &pool, int lo, int hi)
    {
        IdList out;
        for (int k : m_rng.distinct(static_cast<int>(pool.size()), m_rng.range(lo, hi)))
            out.append(pool[k]);
        return out;
    }

    // About 30 % of entities cite a document, with a quote taken from its text.
    EvidenceList evidence()
    {
        EvidenceList out;
        if (!m_rng.chance(0.3))
            return out;
        const int n = m_rng.chance(0.8) ? 1 : 2;
        for (int k = 0; k < n; ++k) {
            const Document &doc = m_data.documents.at(m_documentIds[m_rng.index(m_documentIds.size())]);
            const int length = m_rng.range(100, 300);
            const qsizetype start = doc.text.indexOf(u' ', m_rng.index(doc.text.size() - 400)) + 1;
            out.append(Evidence{doc.id, doc.text.mid(start, length)});
        }
        return out;
    }

    void makeDocuments()
    {
        for (int k = 0; k < m_sizes.documents; ++k) {
            Document d;
            d.id = m_ids.make();
            const QString company = m_rng.pick(CompanyPrefixes);
            d.title = m_rng.pick(DocumentKinds) + QStringLiteral(" \u2013 ") + company;
            if (m_rng.chance(0.9))
                d.url = QStringLiteral("https://www.example-%1.com/legal/%2").arg(k).arg(m_rng.range(1, 99));
            if (m_rng.chance(0.8))
                d.date = m_rng.date(2018, 7);
            // A few KB of text in paragraphs.
            const int target = m_rng.range(2048, 6144);
            d.text.reserve(target + 400);
            while (d.text.size() < target) {
                for (int s = m_rng.range(3, 7); s > 0; --s) {
                    d.text += sentence(40, 200);
                    d.text += u' ';
                }
                d.text += QStringLiteral("\n\n");
            }
            m_documentIds.append(d.id);
            m_data.documents.emplace(d.id, std::move(d));
        }
    }

    void makeParties()
    {
        for (int k = 0; k < m_sizes.parties; ++k) {
            Party p;
            p.id = m_ids.make();
            const bool own = k < m_sizes.ownParties;
            const bool unnamed = !own && m_rng.chance(0.04);
            p.own = own;
            if (unnamed) {
                p.named = false;
                p.name = m_rng.pick(RecipientCategories);
                p.notes = sentence(30, 120);
                p.evidence = evidence();
                m_recipientIds.append(p.id);
                m_data.parties.emplace(p.id, std::move(p));
                continue;
            }
            p.name = m_rng.pick(CompanyPrefixes) + u' ' + m_rng.pick(CompanyTrades) + u' ' + m_rng.pick(CompanyForms);
            p.kind = m_rng.chance(0.95) ? PartyKind::Organisation : m_rng.enumValue<PartyKind>();
            p.country = own ? QStringLiteral("DE") : countries(1, 1).constFirst();
            if (m_rng.chance(0.6))
                p.locations = countries(1, 4);
            p.address = QStringLiteral("%1 Street %2, %3")
                            .arg(m_rng.pick(LastNames))
                            .arg(m_rng.range(1, 200))
                            .arg(m_rng.range(10000, 99999));
            p.contact = contact();
            if (own || m_rng.chance(0.3))
                p.dpo = contact();
            if (m_rng.chance(0.05))
                p.representative = contact();
            if (m_rng.chance(0.8))
                p.website = QStringLiteral("https://www.example-party-%1.com").arg(k);
            if (!own && m_rng.chance(0.6))
                p.dpaSigned = m_rng.date(2018, 7);
            if (p.country == QLatin1StringView("US"))
                p.dpfCertified = m_rng.chance(0.7);
            for (int c : m_rng.distinct(static_cast<int>(std::size(Certifications)), m_rng.range(0, 3)))
                p.certifications.append(QString::fromUtf8(Certifications[c]));
            if (m_rng.chance(0.4))
                p.notes = sentence(30, 200);
            p.evidence = evidence();
            (own ? m_ownIds : m_recipientIds).append(p.id);
            m_data.parties.emplace(p.id, std::move(p));
        }
    }

    void makeCategories()
    {
        // A forest a few levels deep: parents are always made earlier, so there is no cycle.
        QList<int> depth;
        const int roots = std::max(5, m_sizes.dataCategories / 80);
        for (int k = 0; k < m_sizes.dataCategories; ++k) {
            DataCategory c;
            c.id = m_ids.make();
            int d = 0;
            if (k >= roots) {
                int parent = m_rng.index(k);
                while (depth[parent] >= 3)
                    parent = m_parentIndex[parent];
                c.parent = m_categoryIds[parent];
                d = depth[parent] + 1;
                m_parentIndex.append(parent);
            } else {
                m_parentIndex.append(-1);
            }
            depth.append(d);
            c.name = m_rng.pick(CategoryBases) + u' ' + m_rng.pick(CategoryQualifiers);
            if (m_rng.chance(0.7))
                c.description = sentence(30, 150);
            for (int e = m_rng.range(0, 4); e > 0; --e)
                c.examples.append(words(5, 25));
            if (m_rng.chance(0.03))
                c.special = m_rng.enumValue<SpecialCategory>();
            c.criminal = m_rng.chance(0.005);
            if (m_rng.chance(0.5))
                c.usCategory = m_rng.enumValue<UsCategory>();
            c.evidence = evidence();
            m_categoryIds.append(c.id);
            m_data.dataCategories.emplace(c.id, std::move(c));
        }
    }

    void makeSubjects()
    {
        for (int k = 0; k < m_sizes.dataSubjects; ++k) {
            DataSubject s;
            s.id = m_ids.make();
            s.name = m_rng.pick(SubjectBases) + QStringLiteral(" in ") + m_rng.pick(Regions);
            if (m_rng.chance(0.6))
                s.description = sentence(30, 150);
            s.evidence = evidence();
            m_subjectIds.append(s.id);
            m_data.dataSubjects.emplace(s.id, std::move(s));
        }
    }

    void makeSources()
    {
        for (int k = 0; k < m_sizes.sources; ++k) {
            Source s;
            s.id = m_ids.make();
            s.name = m_rng.pick(SourceNames) + QStringLiteral(" (") + m_rng.pick(Regions) + u')';
            s.kind = m_rng.enumValue<SourceKind>();
            s.evidence = evidence();
            m_sourceIds.append(s.id);
            m_data.sources.emplace(s.id, std::move(s));
        }
    }

    void makeMeasures()
    {
        for (int k = 0; k < m_sizes.securityMeasures; ++k) {
            SecurityMeasure m;
            m.id = m_ids.make();
            m.name = m_rng.pick(MeasureNames) + QStringLiteral(" \u2013 ") + m_rng.pick(Processes);
            m.kind = m_rng.enumValue<MeasureKind>();
            if (m_rng.chance(0.7))
                m.description = sentence(40, 250);
            m.evidence = evidence();
            m_measureIds.append(m.id);
            m_data.securityMeasures.emplace(m.id, std::move(m));
        }
    }

    void makeActivities()
    {
        for (int k = 0; k < m_sizes.activities; ++k) {
            Activity a;
            a.id = m_ids.make();
            a.name = m_rng.pick(Processes) + QStringLiteral(" \u2013 ") + m_rng.pick(Regions) + QStringLiteral(" #") +
                     QString::number(k + 1);
            a.organisation = m_ownIds[m_rng.index(m_ownIds.size())];
            if (m_rng.chance(0.85)) {
                a.role = Role::Controller;
            } else if (m_rng.chance(0.8)) {
                a.role = Role::Processor;
                a.onBehalfOf = m_recipientIds[m_rng.index(m_recipientIds.size())];
            } else {
                a.role = Role::JointController;
            }
            for (int n = m_rng.range(2, 6); n > 0; --n)
                a.purposes.append(sentence(20, 90));
            a.dataSubjects = pickIds<DataSubject>(m_subjectIds, 1, 4);
            a.dataCategories = pickIds<DataCategory>(m_categoryIds, 3, 10);
            a.sources = pickIds<Source>(m_sourceIds, 1, 3);
            a.securityMeasures = pickIds<SecurityMeasure>(m_measureIds, 2, 5);
            bool special = false;
            bool criminal = false;
            for (const Id &c : std::as_const(a.dataCategories)) {
                const DataCategory &cat = m_data.dataCategories.at(c);
                special = special || cat.special.has_value();
                criminal = criminal || cat.criminal;
            }
            if (special || m_rng.chance(0.9))
                a.lawfulBasis = m_rng.enumValue<LawfulBasis>();
            if (special)
                a.art9Condition = m_rng.enumValue<Art9Condition>();
            if (criminal)
                a.art10Basis = QStringLiteral("Authorised by national law (background checks)");
            for (int n = m_rng.range(1, 4); n > 0; --n) {
                RetentionRule r;
                for (int c : m_rng.distinct(static_cast<int>(a.dataCategories.size()), m_rng.range(1, 3)))
                    r.categories.append(a.dataCategories[c]);
                if (m_rng.chance(0.85))
                    r.duration = m_rng.pick(Durations);
                if (m_rng.chance(0.5))
                    r.trigger = m_rng.pick(Triggers);
                if (m_rng.chance(0.3))
                    r.legalReference = m_rng.pick(LegalReferences);
                r.text = sentence(30, 160);
                a.retention.append(r);
            }
            if (m_rng.chance(0.6)) {
                a.dpia.required = m_rng.chance(0.3);
                if (*a.dpia.required && m_rng.chance(0.7))
                    a.dpia.done = m_rng.date(2019, 5);
            }
            if (m_rng.chance(0.8))
                a.owner = person();
            if (m_rng.chance(0.6))
                a.lastReviewed = m_rng.date(2021, 4);
            if (m_rng.chance(0.4))
                a.notes = sentence(30, 300);
            a.evidence = evidence();
            m_activityIds.append(a.id);
            m_data.activities.emplace(a.id, std::move(a));
        }
    }

    void makeTransfers()
    {
        for (int k = 0; k < m_sizes.transfers; ++k) {
            Transfer t;
            t.id = m_ids.make();
            // From one of the own entities to a processor, or onward from a processor to a
            // subprocessor.
            t.from = m_rng.chance(0.4) ? m_ownIds[m_rng.index(m_ownIds.size())]
                                       : m_recipientIds[m_rng.index(m_recipientIds.size())];
            do {
                t.to = m_recipientIds[m_rng.index(m_recipientIds.size())];
            } while (t.to == t.from);
            t.role = m_rng.chance(0.8) ? Role::Processor : m_rng.enumValue<Role>();
            t.activities = pickIds<Activity>(m_activityIds, 1, 3);
            t.dataCategories = pickIds<DataCategory>(m_categoryIds, 2, 8);
            t.purpose = sentence(20, 100);
            t.countries = countries(1, 3);
            const int m = m_rng.range(0, 99);
            t.mechanism = m < 35   ? Mechanism::Scc
                          : m < 55 ? Mechanism::Eea
                          : m < 70 ? Mechanism::Adequacy
                          : m < 85 ? Mechanism::Dpf
                          : m < 90 ? Mechanism::Bcr
                          : m < 93 ? Mechanism::Derogation
                                   : m_rng.enumValue<Mechanism>();
            if (t.mechanism == Mechanism::Scc) {
                t.sccModule = m_rng.range(1, 4);
                if (m_rng.chance(0.5))
                    t.tiaDone = m_rng.date(2021, 4);
            }
            if (t.mechanism == Mechanism::Derogation)
                t.derogation = m_rng.enumValue<Derogation>();
            t.evidence = evidence();
            m_data.transfers.emplace(t.id, std::move(t));
        }
    }

    Rng m_rng;
    IdMaker m_ids;
    Sizes m_sizes;
    ProjectData m_data;
    QStringList m_countries;
    QList<Id> m_documentIds;
    QList<Id> m_ownIds;
    QList<Id> m_recipientIds;
    QList<Id> m_categoryIds;
    QList<int> m_parentIndex;
    QList<Id> m_subjectIds;
    QList<Id> m_sourceIds;
    QList<Id> m_measureIds;
    QList<Id> m_activityIds;
};

// ---------------------------------------------------------------------------------------
// Measuring.

struct Memory
{
    qint64 rssKb = -1;  // VmRSS
    qint64 peakKb = -1; // VmHWM
};

Memory readMemory()
{
    Memory m;
    std::FILE *f = std::fopen("/proc/self/status", "r");
    if (!f)
        return m;
    char line[256];
    while (std::fgets(line, sizeof line, f)) {
        long long value = 0;
        if (std::sscanf(line, "VmHWM: %lld kB", &value) == 1)
            m.peakKb = value;
        else if (std::sscanf(line, "VmRSS: %lld kB", &value) == 1)
            m.rssKb = value;
    }
    std::fclose(f);
    return m;
}

double mb(qint64 kb)
{
    return kb < 0 ? -1.0 : static_cast<double>(kb) / 1024.0;
}

double cpuMsNow(clockid_t clock = CLOCK_PROCESS_CPUTIME_ID)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return static_cast<double>(ts.tv_sec) * 1.0e3 + static_cast<double>(ts.tv_nsec) / 1.0e6;
}

// Wall time (QElapsedTimer) and the CPU time of the process (every thread) in the same run.
// On a busy machine the wall time grows and the CPU time does not; the time spent waiting
// for the disk (fsync) is in the wall time only.
struct Lap
{
    double wallMs = 0;
    double cpuMs = 0;
    double threadCpuMs = 0; // of the thread that runs the phase (its critical path's CPU, load aside)
};

class Stopwatch
{
public:
    void start()
    {
        m_cpuStart = cpuMsNow();
        m_threadCpuStart = cpuMsNow(CLOCK_THREAD_CPUTIME_ID);
        m_wall.start();
    }
    Lap lap() const
    {
        return Lap{static_cast<double>(m_wall.nsecsElapsed()) / 1.0e6, cpuMsNow() - m_cpuStart,
                   cpuMsNow(CLOCK_THREAD_CPUTIME_ID) - m_threadCpuStart};
    }

private:
    QElapsedTimer m_wall;
    double m_cpuStart = 0;
    double m_threadCpuStart = 0;
};

double medianOf(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromLatin1(f.readAll()).section(u' ', 0, 2);
}

struct Phase
{
    QString name;
    QList<double> ms;          // wall time, one per run
    QList<double> cpuMs;       // CPU time of the process, one per run
    QList<double> threadCpuMs; // CPU time of the thread that ran it, one per run
    Memory after;              // after the last run
    double targetMs = -1;      // -1: no target

    void add(const Lap &lap)
    {
        ms.append(lap.wallMs);
        cpuMs.append(lap.cpuMs);
        threadCpuMs.append(lap.threadCpuMs);
    }
    double median() const { return medianOf(ms); }
    double min() const { return ms.isEmpty() ? -1 : *std::min_element(ms.begin(), ms.end()); }
    double cpuMedian() const { return medianOf(cpuMs); }
    double threadCpuMedian() const { return medianOf(threadCpuMs); }
};

Phase makePhase(const QString &name, double targetMs = -1)
{
    Phase p;
    p.name = name;
    p.targetMs = targetMs;
    return p;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

void progress(const QString &message)
{
    err() << "ropa-bench: " << message << Qt::endl;
}

// Names the first entity that differs, for a round trip that does not give the project back.
QString firstDifference(const ProjectData &a, const ProjectData &b)
{
    if (a.info != b.info)
        return QStringLiteral("the project info differs");
    QString out;
    forEachEntityType([&](auto tag) {
        using T = typename decltype(tag)::type;
        if (!out.isEmpty())
            return;
        const EntityKind kind = kindOf<T>();
        const auto &ta = a.table<T>();
        const auto &tb = b.table<T>();
        if (ta.size() != tb.size()) {
            out = QStringLiteral("%1: %2 entities written, %3 read")
                      .arg(entityKindKey(kind))
                      .arg(ta.size())
                      .arg(tb.size());
            return;
        }
        for (auto ia = ta.begin(), ib = tb.begin(); ia != ta.end(); ++ia, ++ib) {
            if (ia->first != ib->first || !(ia->second == ib->second)) {
                out = describeEntity(kind, ia->first, nameOf(AnyEntity(ia->second))) + QStringLiteral(" differs");
                return;
            }
        }
    });
    return out.isEmpty() ? QStringLiteral("the projects differ") : out;
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("model name")) {
            const qsizetype colon = line.indexOf(':');
            return QString::fromUtf8(line.mid(colon + 1).trimmed());
        }
    }
    return {};
}

qint64 memTotalKb()
{
    std::FILE *f = std::fopen("/proc/meminfo", "r");
    if (!f)
        return -1;
    char line[256];
    qint64 total = -1;
    while (std::fgets(line, sizeof line, f)) {
        long long value = 0;
        if (std::sscanf(line, "MemTotal: %lld kB", &value) == 1)
            total = value;
    }
    std::fclose(f);
    return total;
}

// ---------------------------------------------------------------------------------------
// --open-only PATH: what the application does when it opens a file, in a process of its own.

int openOnly(const QString &path, int runs)
{
    const Memory before = readMemory();
    QJsonArray times;
    QJsonArray cpuTimes;
    qint64 openRssKb = -1;
    for (int r = 0; r < runs; ++r) {
        Stopwatch timer;
        timer.start();
        store::OpenResult result = store::openProject(path);
        const Lap lap = timer.lap();
        if (result.error || !result.data) {
            progress(QStringLiteral("open failed: %1").arg(result.error.message));
            return 3;
        }
        times.append(lap.wallMs);
        cpuTimes.append(lap.cpuMs);
        if (r == runs - 1)
            openRssKb = readMemory().rssKb; // with the project held in memory
    }
    const Memory after = readMemory();
    QJsonObject o;
    o.insert(QStringLiteral("runs_ms"), times);
    o.insert(QStringLiteral("cpu_ms"), cpuTimes);
    o.insert(QStringLiteral("rss_before_kb"), before.rssKb);
    o.insert(QStringLiteral("rss_open_kb"), openRssKb);
    o.insert(QStringLiteral("peak_rss_kb"), after.peakKb);
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

struct FreshOpen
{
    bool ok = false;
    Phase phase;
    qint64 rssBeforeKb = -1;
    qint64 rssOpenKb = -1;
    qint64 peakKb = -1;
};

FreshOpen openInFreshProcess(const QString &path, int runs)
{
    FreshOpen f;
    f.phase.name = QStringLiteral("open, fresh process");
    f.phase.targetMs = TargetOpenMs;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--open-only"), path, QStringLiteral("--runs"), QString::number(runs)});
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        progress(QStringLiteral("the fresh-process open failed (exit code %1)").arg(child.exitCode()));
        return f;
    }
    const QJsonObject o = QJsonDocument::fromJson(child.readAllStandardOutput().trimmed()).object();
    for (const QJsonValue &v : o.value(QStringLiteral("runs_ms")).toArray())
        f.phase.ms.append(v.toDouble());
    for (const QJsonValue &v : o.value(QStringLiteral("cpu_ms")).toArray())
        f.phase.cpuMs.append(v.toDouble());
    f.rssBeforeKb = o.value(QStringLiteral("rss_before_kb")).toInteger();
    f.rssOpenKb = o.value(QStringLiteral("rss_open_kb")).toInteger();
    f.peakKb = o.value(QStringLiteral("peak_rss_kb")).toInteger();
    f.phase.after = Memory{f.rssOpenKb, f.peakKb};
    f.ok = !f.phase.ms.isEmpty();
    return f;
}

// ---------------------------------------------------------------------------------------

QString num(double value, int decimals = 1)
{
    return value < 0 ? QStringLiteral("-") : QString::number(value, 'f', decimals);
}

QString pad(const QString &text, int width)
{
    return width < 0 ? text.leftJustified(-width) : text.rightJustified(width);
}

// The Article 30 records of the generated project (issue "Article 30 records", item 6):
// the controller record of every activity, built once per run and written in each format.
// Prints its own table; returns the exit status.
// formats: the formats to write (empty: all); pdfThreads: reports::PagedOptions::layoutThreads.
int records(const ProjectData &data, int runs, const QString &keepDir, const QStringList &formatKeys, int pdfThreads)
{
    QTextStream out(stdout);
    const QString loadStart = loadAverage();
    struct Row
    {
        Phase phase;
        qint64 bytes = 0;
        int pages = 0;
    };
    QList<Row> rows;
    reports::Options options;
    options.type = reports::RecordType::Controller;
    options.date = QDate(2026, 1, 1);

    Row build{makePhase(QStringLiteral("build the report")), 0, 0};
    reports::Report report;
    Stopwatch timer;
    for (int r = 0; r < runs; ++r) {
        timer.start();
        report = reports::buildReport(data, options);
        build.phase.add(timer.lap());
    }
    build.phase.after = readMemory();
    rows.append(build);

    const struct
    {
        reports::Format format;
        double targetMs;
    } formats[] = {{reports::Format::Xlsx, TargetXlsxMs},
                   {reports::Format::Pdf, TargetPdfMs},
                   {reports::Format::Odt, -1},
                   {reports::Format::Html, -1},
                   {reports::Format::Markdown, -1}};
    reports::PagedOptions paged;
    paged.layoutThreads = pdfThreads;
    for (const auto &f : formats) {
        const QString key = reports::formatKey(f.format);
        if (!formatKeys.isEmpty() && !formatKeys.contains(key))
            continue;
        progress(QStringLiteral("writing %1 (%2 runs)").arg(key).arg(runs));
        Row row{makePhase(key, f.targetMs), 0, 0};
        QByteArray bytes;
        for (int r = 0; r < runs; ++r) {
            QString error;
            bytes.clear();
            timer.start();
            switch (f.format) {
            case reports::Format::Xlsx: bytes = reports::toXlsx(report, &error); break;
            case reports::Format::Pdf: bytes = reports::toPdf(report, &error, paged); break;
            case reports::Format::Odt: bytes = reports::toOdt(report, &error); break;
            case reports::Format::Html: bytes = reports::toHtml(report).toUtf8(); break;
            case reports::Format::Markdown: bytes = reports::toMarkdown(report); break;
            case reports::Format::Csv: break;
            }
            const Lap lap = timer.lap();
            if (bytes.isEmpty()) {
                progress(QStringLiteral("WRITING %1 FAILED: %2").arg(key, error));
                return 3;
            }
            row.phase.add(lap);
        }
        row.phase.after = readMemory();
        row.bytes = bytes.size();
        if (f.format == reports::Format::Pdf) {
            // Page objects: "/Type /Page" not followed by "s" (the page tree).
            for (qsizetype at = bytes.indexOf("/Type /Page"); at >= 0; at = bytes.indexOf("/Type /Page", at + 1))
                row.pages += at + 11 < bytes.size() && bytes.at(at + 11) != 's' ? 1 : 0;
        }
        if (!keepDir.isEmpty()) {
            QFile file(QDir(keepDir).filePath(QStringLiteral("record.") + reports::formatSuffix(f.format)));
            if (file.open(QIODevice::WriteOnly))
                file.write(bytes);
        }
        rows.append(row);
    }

    out << "controller record of " << data.activities.size() << " activities (" << report.sections.size()
        << " sections)\n\n";
    out << pad(QStringLiteral("phase"), -22) << pad(QStringLiteral("median ms"), 11)
        << pad(QStringLiteral("min ms"), 10) << pad(QStringLiteral("CPU ms"), 10) << pad(QStringLiteral("runs"), 5)
        << pad(QStringLiteral("peak MB"), 9) << pad(QStringLiteral("size MB"), 9) << pad(QStringLiteral("pages"), 7)
        << pad(QStringLiteral("target"), 10) << "\n";
    for (const Row &row : rows) {
        const Phase &p = row.phase;
        out << pad(p.name, -22) << pad(num(p.median()), 11) << pad(num(p.min()), 10) << pad(num(p.cpuMedian()), 10)
            << pad(QString::number(p.ms.size()), 5) << pad(num(mb(p.after.peakKb)), 9)
            << pad(row.bytes ? num(static_cast<double>(row.bytes) / 1048576.0) : QString(), 9)
            << pad(row.pages ? QString::number(row.pages) : QString(), 7)
            << pad(p.targetMs > 0 ? QStringLiteral("%1 ms").arg(p.targetMs) : QString(), 10) << "\n";
    }
    out << "\nLoad average at the start: " << loadStart << ", at the end: " << loadAverage() << "\n";
    out << "The targets (XLSX <= 1 s, PDF <= 10 s) are for 1,000 activities (--quick).\n";
    return 0;
}

int run(int argc, char **argv)
{
    // PDF and ODT lay text out with fonts: --records needs a QGuiApplication (offscreen).
    bool wantRecords = false;
    for (int i = 1; i < argc; ++i)
        wantRecords = wantRecords || qstrcmp(argv[i], "--records") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (wantRecords) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("ropa-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the .ropa store and the JSON format on a large synthetic project. Prints figures; "
                       "never fails on time."));
    parser.addHelpOption();
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("A tenth of the full size (a smoke run)."));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each measurement (default 5)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the generator (default 20240530)."),
                                        QStringLiteral("N"), QStringLiteral("20240530"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the figures as JSON on stdout."));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep the files written, in DIR."),
                                        QStringLiteral("DIR"));
    QCommandLineOption openOnlyOption(QStringLiteral("open-only"),
                                      QStringLiteral("Internal: open FILE --runs times and print JSON."),
                                      QStringLiteral("FILE"));
    openOnlyOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption storeOnlyOption(QStringLiteral("store-only"),
                                             QStringLiteral("Time the .ropa store only (skip the JSON phases)."));
    const QCommandLineOption recordsOption(
        QStringLiteral("records"),
        QStringLiteral("Time the Article 30 records (controller record to XLSX, PDF, ODT, HTML, Markdown) instead."));
    const QCommandLineOption formatsOption(
        QStringLiteral("formats"),
        QStringLiteral("With --records: only these formats (comma-separated: xlsx,pdf,odt,html,md)."),
        QStringLiteral("LIST"));
    const QCommandLineOption pdfThreadsOption(
        QStringLiteral("pdf-threads"),
        QStringLiteral("With --records: threads that lay out the PDF's text (default 0: one per core, at most 4)."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({quickOption, runsOption, seedOption, jsonOption, keepOption, openOnlyOption, storeOnlyOption,
                       recordsOption, formatsOption, pdfThreadsOption});
    parser.process(*app);

    bool ok = false;
    const int runs = parser.value(runsOption).toInt(&ok);
    if (!ok || runs < 1 || runs > 100) {
        progress(QStringLiteral("--runs must be a number from 1 to 100"));
        return 2;
    }
    const quint64 seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok) {
        progress(QStringLiteral("--seed must be a non-negative number"));
        return 2;
    }
    if (parser.isSet(openOnlyOption))
        return openOnly(parser.value(openOnlyOption), runs);

    const bool quick = parser.isSet(quickOption);
    const bool asJson = parser.isSet(jsonOption);
    const Sizes sizes = quick ? QuickSizes : FullSizes;
    int status = 0;

    if (!Reference::instance().isValid()) {
        progress(QStringLiteral("the reference data does not load: %1").arg(Reference::instance().error()));
        return 3;
    }
    const Memory baseline = readMemory();
    const QString loadStart = loadAverage();
    QList<Phase> phases;

    // Generate.
    progress(QStringLiteral("generating a %1 project (seed %2)")
                 .arg(quick ? QStringLiteral("quick") : QStringLiteral("full"))
                 .arg(seed));
    Phase generate = makePhase(QStringLiteral("generate"));
    Stopwatch timer;
    timer.start();
    const ProjectData data = Generator(seed, sizes).run();
    generate.add(timer.lap());
    generate.after = readMemory();
    phases.append(generate);

    qint64 links = 0;
    qint64 evidenceCount = 0;
    data.forEachEntity([&](const auto &e) {
        using T = std::decay_t<decltype(e)>;
        if constexpr (!std::is_same_v<T, Document>)
            evidenceCount += e.evidence.size();
        if constexpr (std::is_same_v<T, Activity>) {
            links += e.dataSubjects.size() + e.dataCategories.size() + e.sources.size() + e.securityMeasures.size();
            for (const RetentionRule &r : e.retention)
                links += r.categories.size();
        }
        if constexpr (std::is_same_v<T, Transfer>)
            links += e.activities.size() + e.dataCategories.size();
    });

    // Validate: the project must be valid, or every other figure is meaningless.
    Phase validate = makePhase(QStringLiteral("validateProject"));
    for (int r = 0; r < runs; ++r) {
        timer.start();
        const QList<Problem> problems = validateProject(data);
        validate.add(timer.lap());
        if (!problems.isEmpty()) {
            progress(QStringLiteral("THE GENERATED PROJECT DOES NOT VALIDATE (%1 problems):").arg(problems.size()));
            for (qsizetype k = 0; k < std::min<qsizetype>(problems.size(), 10); ++k)
                progress(QStringLiteral("  ") + problems[k].describe());
            return 3;
        }
    }
    validate.after = readMemory();
    phases.append(validate);

    if (parser.isSet(recordsOption)) {
        if (parser.isSet(keepOption))
            QDir().mkpath(parser.value(keepOption));
        const QStringList formatKeys = parser.value(formatsOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &key : formatKeys) {
            if (!reports::formatFromKey(key) || key == QStringLiteral("csv")) {
                progress(QStringLiteral("--formats: unknown format %1 (xlsx, pdf, odt, html, md)").arg(key));
                return 2;
            }
        }
        const int pdfThreads = parser.value(pdfThreadsOption).toInt(&ok);
        if (!ok || pdfThreads < 0 || pdfThreads > 16) {
            progress(QStringLiteral("--pdf-threads must be a number from 0 to 16"));
            return 2;
        }
        return records(data, runs, parser.isSet(keepOption) ? parser.value(keepOption) : QString(), formatKeys,
                       pdfThreads);
    }

    QTemporaryDir tempDir;
    QString dir = tempDir.path();
    if (parser.isSet(keepOption)) {
        dir = parser.value(keepOption);
        QDir().mkpath(dir);
    }
    const QString ropaPath = QDir(dir).filePath(QStringLiteral("bench.ropa"));
    qint64 ropaBytes = -1;
    bool saved = false;

    // Save to a new file.
    progress(QStringLiteral("saving (%1 runs)").arg(runs));
    Phase saveNew = makePhase(QStringLiteral("store save, new file"), TargetSaveMs);
    store::Fingerprint fingerprint;
    for (int r = 0; r < runs; ++r) {
        QFile::remove(ropaPath);
        timer.start();
        const store::SaveResult result = store::saveProject(data, ropaPath);
        const Lap lap = timer.lap();
        if (result.error) {
            progress(QStringLiteral("SAVE FAILED: %1").arg(result.error.message));
            status = 3;
            break;
        }
        saveNew.add(lap);
        fingerprint = result.fingerprint;
        saved = true;
    }
    saveNew.after = readMemory();
    phases.append(saveNew);

    // Save over the file it was opened from (the usual Ctrl+S: the fingerprint is checked).
    if (saved) {
        Phase saveOver = makePhase(QStringLiteral("store save, overwrite"), TargetSaveMs);
        for (int r = 0; r < runs; ++r) {
            store::SaveOptions options;
            options.expected = fingerprint;
            timer.start();
            const store::SaveResult result = store::saveProject(data, ropaPath, options);
            const Lap lap = timer.lap();
            if (result.error) {
                progress(QStringLiteral("SAVE OVER AN EXISTING FILE FAILED: %1").arg(result.error.message));
                status = 3;
                break;
            }
            saveOver.add(lap);
            fingerprint = result.fingerprint;
        }
        saveOver.after = readMemory();
        phases.append(saveOver);
        ropaBytes = QFileInfo(ropaPath).size();

        // One part of both open and save, timed alone: the XXH3-128 fingerprint of the file.
        Phase fingerprintPhase = makePhase(QStringLiteral("fingerprintOf (XXH3-128)"));
        for (int r = 0; r < runs; ++r) {
            timer.start();
            const store::Fingerprint f = store::fingerprintOf(ropaPath);
            fingerprintPhase.add(timer.lap());
            if (f.isNull()) {
                progress(QStringLiteral("fingerprintOf gave no fingerprint"));
                status = 3;
            }
        }
        fingerprintPhase.after = readMemory();
        phases.append(fingerprintPhase);
    }

    // Open, with every check of the hardened sequence and validateProject.
    bool storeRoundTrip = false;
    QString storeDifference;
    if (saved) {
        progress(QStringLiteral("opening (%1 runs)").arg(runs));
        Phase open = makePhase(QStringLiteral("store open"), TargetOpenMs);
        for (int r = 0; r < runs; ++r) {
            timer.start();
            store::OpenResult result = store::openProject(ropaPath);
            const Lap lap = timer.lap();
            if (result.error || !result.data) {
                progress(QStringLiteral("OPEN FAILED: %1").arg(result.error.message));
                status = 3;
                break;
            }
            open.add(lap);
            if (r == 0) {
                storeRoundTrip = *result.data == data;
                if (!storeRoundTrip) {
                    storeDifference = firstDifference(data, *result.data);
                    progress(QStringLiteral("STORE ROUND TRIP DIFFERS: %1").arg(storeDifference));
                    status = 3;
                }
            }
        }
        open.after = readMemory();
        phases.append(open);
    }

    // JSON export and import.
    const bool withJson = !parser.isSet(storeOnlyOption);
    if (withJson)
        progress(QStringLiteral("JSON export and import (%1 runs each)").arg(runs));
    Phase exportJson = makePhase(QStringLiteral("JSON export"));
    QByteArray json;
    for (int r = 0; withJson && r < runs; ++r) {
        json.clear();
        json.squeeze();
        timer.start();
        json = json::writeProject(data);
        exportJson.add(timer.lap());
    }
    exportJson.after = readMemory();
    if (withJson)
        phases.append(exportJson);
    const qint64 jsonBytes = json.size();
    if (parser.isSet(keepOption)) {
        QFile out(QDir(dir).filePath(QStringLiteral("bench.json")));
        if (out.open(QIODevice::WriteOnly))
            out.write(json);
    }

    Phase importJson = makePhase(QStringLiteral("JSON import"));
    bool jsonRoundTrip = false;
    QString jsonDifference;
    for (int r = 0; withJson && r < runs; ++r) {
        timer.start();
        const json::ReadResult result = json::readProject(json);
        const Lap lap = timer.lap();
        if (!result.data) {
            progress(QStringLiteral("JSON IMPORT FAILED: %1").arg(result.error));
            status = 3;
            break;
        }
        importJson.add(lap);
        if (r == 0) {
            jsonRoundTrip = *result.data == data;
            if (!jsonRoundTrip) {
                jsonDifference = firstDifference(data, *result.data);
                progress(QStringLiteral("JSON ROUND TRIP DIFFERS: %1").arg(jsonDifference));
                status = 3;
            }
        }
    }
    importJson.after = readMemory();
    if (withJson)
        phases.append(importJson);
    json.clear();
    json.squeeze();

    // Open in a process of its own: the memory the application needs for this project.
    FreshOpen fresh;
    if (saved) {
        progress(QStringLiteral("opening in a fresh process (%1 runs)").arg(runs));
        fresh = openInFreshProcess(ropaPath, runs);
        if (fresh.ok)
            phases.append(fresh.phase);
        else
            status = 3;
    }

    // Targets.
    auto findPhase = [&](const QString &name) -> const Phase * {
        for (const Phase &p : phases) {
            if (p.name == name)
                return &p;
        }
        return nullptr;
    };
    struct Target
    {
        QString name;
        double limit;
        double measured; // wall time, or MB
        double cpu;      // CPU time; -1 for memory
        QString unit;
    };
    QList<Target> targets;
    auto timeTarget = [&](const QString &name, double limit, const Phase &p) {
        targets.append({name, limit, p.median(), p.cpuMedian(), QStringLiteral("ms")});
    };
    if (const Phase *p = findPhase(QStringLiteral("store open")))
        timeTarget(QStringLiteral("store open (median)"), TargetOpenMs, *p);
    if (fresh.ok)
        timeTarget(QStringLiteral("store open, fresh process (median)"), TargetOpenMs, fresh.phase);
    if (const Phase *p = findPhase(QStringLiteral("store save, new file")))
        timeTarget(QStringLiteral("store save, new file (median)"), TargetSaveMs, *p);
    if (const Phase *p = findPhase(QStringLiteral("store save, overwrite")))
        timeTarget(QStringLiteral("store save, overwrite (median)"), TargetSaveMs, *p);
    if (fresh.ok)
        targets.append({QStringLiteral("peak RSS, fresh process that opens the file"), TargetRssMb, mb(fresh.peakKb),
                        -1, QStringLiteral("MB")});
    targets.append({QStringLiteral("peak RSS, this process (all phases)"), TargetRssMb, mb(readMemory().peakKb), -1,
                    QStringLiteral("MB")});

    const QString buildType = QString::fromLatin1(ROPA_BENCH_BUILD_TYPE);
    if (asJson) {
        QJsonObject o;
        QJsonObject machine;
        machine.insert(QStringLiteral("cpu"), cpuModel());
        machine.insert(QStringLiteral("cores"), QThread::idealThreadCount());
        machine.insert(QStringLiteral("mem_total_kb"), memTotalKb());
        machine.insert(QStringLiteral("os"), QSysInfo::prettyProductName());
        machine.insert(QStringLiteral("qt"), QString::fromLatin1(qVersion()));
        machine.insert(QStringLiteral("compiler"), QString::fromLatin1(__VERSION__));
        machine.insert(QStringLiteral("build_type"), buildType);
        machine.insert(QStringLiteral("load_average_start"), loadStart);
        machine.insert(QStringLiteral("load_average_end"), loadAverage());
        o.insert(QStringLiteral("machine"), machine);
        o.insert(QStringLiteral("size"), quick ? QStringLiteral("quick") : QStringLiteral("full"));
        o.insert(QStringLiteral("seed"), QString::number(seed));
        o.insert(QStringLiteral("runs"), runs);
        QJsonObject counts;
        for (int k = 0; k < EntityKindCount; ++k)
            counts.insert(entityKindKey(static_cast<EntityKind>(k)),
                          static_cast<qint64>(data.count(static_cast<EntityKind>(k))));
        counts.insert(QStringLiteral("links"), links);
        counts.insert(QStringLiteral("evidence"), evidenceCount);
        o.insert(QStringLiteral("counts"), counts);
        QJsonArray list;
        for (const Phase &p : phases) {
            QJsonObject po;
            po.insert(QStringLiteral("name"), p.name);
            QJsonArray times;
            for (double t : p.ms)
                times.append(t);
            po.insert(QStringLiteral("runs_ms"), times);
            QJsonArray cpuTimes;
            for (double t : p.cpuMs)
                cpuTimes.append(t);
            po.insert(QStringLiteral("cpu_ms"), cpuTimes);
            po.insert(QStringLiteral("median_ms"), p.median());
            po.insert(QStringLiteral("cpu_median_ms"), p.cpuMedian());
            po.insert(QStringLiteral("thread_cpu_median_ms"), p.threadCpuMedian());
            po.insert(QStringLiteral("min_ms"), p.min());
            po.insert(QStringLiteral("rss_kb"), p.after.rssKb);
            po.insert(QStringLiteral("peak_rss_kb"), p.after.peakKb);
            list.append(po);
        }
        o.insert(QStringLiteral("phases"), list);
        QJsonObject files;
        files.insert(QStringLiteral("ropa_bytes"), ropaBytes);
        files.insert(QStringLiteral("json_bytes"), jsonBytes);
        o.insert(QStringLiteral("files"), files);
        QJsonObject memory;
        memory.insert(QStringLiteral("baseline_rss_kb"), baseline.rssKb);
        memory.insert(QStringLiteral("fresh_open_rss_before_kb"), fresh.rssBeforeKb);
        memory.insert(QStringLiteral("fresh_open_rss_open_kb"), fresh.rssOpenKb);
        memory.insert(QStringLiteral("fresh_open_peak_kb"), fresh.peakKb);
        o.insert(QStringLiteral("memory"), memory);
        QJsonArray targetList;
        for (const Target &t : targets) {
            QJsonObject to;
            to.insert(QStringLiteral("name"), t.name);
            to.insert(QStringLiteral("limit"), t.limit);
            to.insert(QStringLiteral("measured"), t.measured);
            if (t.cpu >= 0)
                to.insert(QStringLiteral("cpu_ms"), t.cpu);
            to.insert(QStringLiteral("unit"), t.unit);
            to.insert(QStringLiteral("met"), t.measured >= 0 && t.measured <= t.limit);
            targetList.append(to);
        }
        o.insert(QStringLiteral("targets"), targetList);
        QJsonObject roundTrips;
        roundTrips.insert(QStringLiteral("store"), saved ? QJsonValue(storeRoundTrip) : QJsonValue());
        roundTrips.insert(QStringLiteral("json"), jsonRoundTrip);
        o.insert(QStringLiteral("round_trip_equal"), roundTrips);
        QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return status;
    }

    QTextStream out(stdout);
    out << "ropa-bench: " << (quick ? "quick" : "full") << " project, seed " << seed << ", " << runs << " runs, "
        << buildType << " build, Qt " << qVersion() << "\n";
    out << "machine: " << cpuModel() << ", " << QThread::idealThreadCount() << " cores, "
        << num(mb(memTotalKb()) / 1024.0) << " GB RAM\n";
    if (buildType != QLatin1StringView("RelWithDebInfo") && buildType != QLatin1StringView("Release"))
        out << "WARNING: not an optimised build; the figures say little\n";
    out << "entities: ";
    for (int k = 0; k < EntityKindCount; ++k)
        out << (k ? ", " : "") << data.count(static_cast<EntityKind>(k)) << ' '
            << entityKindKey(static_cast<EntityKind>(k));
    out << "\n          " << links << " links, " << evidenceCount << " evidence quotes\n";
    out << "files:    .ropa " << num(static_cast<double>(ropaBytes) / 1048576.0) << " MB, JSON "
        << num(static_cast<double>(jsonBytes) / 1048576.0) << " MB\n\n";

    out << pad(QStringLiteral("phase"), -24) << pad(QStringLiteral("median ms"), 11)
        << pad(QStringLiteral("min ms"), 10) << pad(QStringLiteral("CPU ms"), 10) << pad(QStringLiteral("thread"), 8)
        << pad(QStringLiteral("runs"), 5) << pad(QStringLiteral("RSS MB"), 9) << pad(QStringLiteral("peak MB"), 9)
        << pad(QStringLiteral("target"), 9) << "\n";
    for (const Phase &p : phases) {
        out << pad(p.name, -24) << pad(num(p.median()), 11) << pad(num(p.min()), 10) << pad(num(p.cpuMedian()), 10)
            << pad(p.threadCpuMs.isEmpty() ? QString() : num(p.threadCpuMedian()), 8)
            << pad(QString::number(p.ms.size()), 5) << pad(num(mb(p.after.rssKb)), 9) << pad(num(mb(p.after.peakKb)), 9)
            << pad(p.targetMs < 0 ? QString() : QStringLiteral("%1 ms").arg(p.targetMs, 0, 'f', 0), 9) << "\n";
    }
    out << "\nmedian and min: wall time; CPU ms: median CPU time of the process (the wall time on an idle\n"
           "machine, less any wait for the disk); thread: median CPU time of the thread that ran the\n"
           "phase (without the work it handed to other threads). Load average at the start: "
        << loadStart << ", at the end: " << loadAverage() << ".\n";
    out << "RSS and peak (VmRSS, VmHWM) are read after the last run of each phase; in this process the\n"
           "peak includes the generated project, which stays in memory throughout. Baseline RSS before\n"
           "generating: "
        << num(mb(baseline.rssKb)) << " MB.\n";
    if (fresh.ok)
        out << "Fresh process that only opens the file: RSS " << num(mb(fresh.rssBeforeKb)) << " MB before, "
            << num(mb(fresh.rssOpenKb)) << " MB with the project open, peak " << num(mb(fresh.peakKb)) << " MB.\n";
    out << "\ntargets:\n";
    for (const Target &t : targets) {
        const bool met = t.measured >= 0 && t.measured <= t.limit;
        out << "  " << pad(t.name, -45) << pad(num(t.measured), 9) << ' ' << t.unit << "  (<= " << t.limit << ' '
            << t.unit << ")  " << (met ? "met" : "MISSED");
        if (t.cpu >= 0)
            out << "  [CPU " << num(t.cpu) << " ms: " << (t.cpu <= t.limit ? "within" : "over") << "]";
        out << "\n";
    }
    const QString storeTrip = !saved           ? QStringLiteral("not run")
                              : storeRoundTrip ? QStringLiteral("equal")
                                               : QString(QStringLiteral("DIFFERENT: ") + storeDifference);
    const QString jsonTrip = !withJson       ? QStringLiteral("not run (--store-only)")
                             : jsonRoundTrip ? QStringLiteral("equal")
                                             : QString(QStringLiteral("DIFFERENT: ") + jsonDifference);
    out << "\nround trips: store " << storeTrip << ", JSON " << jsonTrip << "\n";
    return status;
}

} // namespace
} // namespace ropa::bench

int main(int argc, char **argv)
{
    return ropa::bench::run(argc, argv);
}
