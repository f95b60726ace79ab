#include "import/importplan.h"

#include "import/resolvevalues.h"
#include "subprocessors/resolve.h"

#include <QHash>

namespace ropa::importer {

namespace {

struct SpecialWords
{
    SpecialCategory category;
    const char *words; // folded, '|'-separated, matched anywhere
};

constexpr SpecialWords specialWords[] = {
    {SpecialCategory::Health, "health|gezondheid|medisch|medical|gesundheit|sante|medic"},
    {SpecialCategory::RacialEthnicOrigin, "racial|ethnic|ras|etnisch|rasse|ethnisch|raciale|ethnique"},
    {SpecialCategory::PoliticalOpinions, "politic|politiek|politisch|politique"},
    {SpecialCategory::ReligiousBeliefs, "religio|belief|levensovertuiging|godsdienst|weltanschau|conviction"},
    {SpecialCategory::TradeUnion, "trade union|vakbond|vakvereniging|gewerkschaft|syndica"},
    {SpecialCategory::Genetic, "genetic|genetisch|genetique"},
    {SpecialCategory::Biometric, "biometric|biometrisch|biometrique"},
    {SpecialCategory::SexLifeOrientation, "sex|seksue|sexuel|sexual"},
};

std::optional<SpecialCategory> specialCategoryOf(const QString &value)
{
    const QString folded = subprocessors::foldText(value);
    for (const SpecialWords &s : specialWords) {
        for (const QString &w : QString::fromLatin1(s.words).split(u'|')) {
            if (folded.contains(w))
                return s.category;
        }
    }
    return std::nullopt;
}

class Planner
{
public:
    Planner(const Sheet &sheet, const Mapping &mapping, const PlanOptions &options)
        : m_sheet(sheet)
        , m_mapping(mapping)
        , m_options(options)
    {
    }

    ImportPlan run()
    {
        if (m_mapping.headingRow < 0) {
            m_plan.error = Tr::tr("no row of the sheet “%1” has the headings of a register; give the heading row "
                                  "and the columns in a mapping")
                               .arg(m_sheet.name);
            return m_plan;
        }
        for (int r = m_mapping.firstDataRow(); r < m_sheet.rows.size(); ++r)
            readRow(r);
        QList<UnresolvedValue> list;
        for (const QString &key : std::as_const(m_unresolvedOrder))
            list.append(m_unresolved.value(key));
        m_plan.unresolved = list;
        return m_plan;
    }

private:
    QString cellText(int row, Field field) const
    {
        QStringList texts;
        for (const int c : m_mapping.columnsOf(field)) {
            const QString t = m_sheet.text(row, c).trimmed();
            if (!t.isEmpty() && !texts.contains(t))
                texts.append(t);
        }
        return texts.join(u'\n');
    }

    QStringList values(int row, Field field) const { return splitCell(cellText(row, field), m_mapping.split); }

    // The value as the user said it reads (Mapping::values), else as written.
    QString as(Field field, const QString &value) const { return m_mapping.valueFor(field, value).value_or(value); }

    void unresolved(Field field, const QString &value, int row)
    {
        const QString key = fieldKey(field) + u'\x1f' + subprocessors::foldText(value);
        if (!m_unresolved.contains(key)) {
            m_unresolved.insert(key, {field, value, {}});
            m_unresolvedOrder.append(key);
        }
        QList<int> &rows = m_unresolved[key].rows;
        if (!rows.contains(row))
            rows.append(row);
    }

    bool rowIsEmpty(int r) const
    {
        for (const ColumnField &c : m_mapping.columns) {
            if (c.field != Field::Ignore && !m_sheet.text(r, c.column).trimmed().isEmpty())
                return false;
        }
        return true;
    }

    void readRow(int r)
    {
        if (rowIsEmpty(r))
            return;
        const int row = r + 1;
        ActivityDraft a;
        a.row = row;
        a.purposes = splitCell(cellText(r, Field::Purpose), {true, false, false, true});
        a.name = cellText(r, Field::Name).simplified();
        if (a.name.isEmpty())
            a.name = a.purposes.value(0);
        if (a.name.isEmpty())
            a.name = cellText(r, Field::Department).simplified();
        if (a.name.isEmpty()) {
            m_plan.notes.append(Tr::tr("row %1: no name, purpose or department; skipped").arg(row));
            return;
        }
        a.reference = cellText(r, Field::Reference).simplified();
        a.department = cellText(r, Field::Department).simplified();
        if (const QString basis = cellText(r, Field::LawfulBasis); !basis.isEmpty()) {
            a.lawfulBasis = resolveLawfulBasis(as(Field::LawfulBasis, basis.simplified()));
            if (!a.lawfulBasis)
                unresolved(Field::LawfulBasis, basis.simplified(), row);
        }
        a.legitimateInterests = cellText(r, Field::LegitimateInterests);
        if (const QString art9 = cellText(r, Field::Art9Condition); !art9.isEmpty() && resolveYesNo(art9) != false) {
            a.art9Condition = resolveArt9Condition(as(Field::Art9Condition, art9.simplified()));
            if (!a.art9Condition)
                unresolved(Field::Art9Condition, art9.simplified(), row);
        }
        a.dataSubjects = values(r, Field::DataSubjects);
        a.dataCategories = values(r, Field::DataCategories);
        for (const QString &v : values(r, Field::SpecialCategories)) {
            if (resolveYesNo(v) == false)
                continue;
            const std::optional<SpecialCategory> kind = specialCategoryOf(as(Field::SpecialCategories, v));
            if (!kind)
                unresolved(Field::SpecialCategories, v, row);
            a.specialCategories.append({v, kind});
        }
        a.recipients = values(r, Field::Recipients);
        a.processors = values(r, Field::Processors);
        a.jointControllers = values(r, Field::JointController);
        if (const QString countries = cellText(r, Field::ThirdCountries); !countries.isEmpty()) {
            const ResolvedCountries rc = resolveCountries(countries);
            a.countries = rc.codes;
            for (const QString &u : rc.unresolved) {
                const std::optional<QString> said = m_mapping.valueFor(Field::ThirdCountries, u);
                if (!said) {
                    unresolved(Field::ThirdCountries, u, row);
                    continue;
                }
                const ResolvedCountries mapped = resolveCountries(*said); // an empty `as`: no country
                for (const QString &code : mapped.codes) {
                    if (!a.countries.contains(code))
                        a.countries.append(code);
                }
                for (const QString &still : mapped.unresolved)
                    unresolved(Field::ThirdCountries, still, row);
            }
        }
        a.safeguards = cellText(r, Field::Safeguards);
        const QStringList retention = m_options.retentionPerLine
                                          ? splitCell(cellText(r, Field::Retention), {true, false, false, true})
                                          : QStringList{cellText(r, Field::Retention)};
        for (const QString &line : retention) {
            RetentionDraft rule{line.simplified(), {}, {}};
            if (rule.text.isEmpty())
                continue;
            const ResolvedRetention rr = resolveRetention(as(Field::Retention, rule.text));
            rule.duration = rr.duration;
            rule.trigger = rr.trigger;
            if (rr.duration.isEmpty())
                unresolved(Field::Retention, rule.text, row);
            if (a.retentionText.isEmpty()) {
                a.retentionText = rule.text;
                a.retentionDuration = rule.duration;
                a.retentionTrigger = rule.trigger;
            } else {
                a.moreRetention.append(rule);
            }
        }
        a.securityMeasures = values(r, Field::SecurityMeasures);
        a.sources = values(r, Field::Sources);
        a.systems = values(r, Field::Systems);
        if (const QString dpia = cellText(r, Field::Dpia); !dpia.isEmpty()) {
            a.dpiaRequired = resolveYesNo(as(Field::Dpia, dpia.simplified()));
            if (!a.dpiaRequired)
                unresolved(Field::Dpia, dpia.simplified(), row);
        }
        if (const QString automated = cellText(r, Field::AutomatedDecisions); !automated.isEmpty()) {
            a.automatedDecisions = resolveYesNo(as(Field::AutomatedDecisions, automated.simplified()));
            if (!a.automatedDecisions)
                unresolved(Field::AutomatedDecisions, automated.simplified(), row);
        }
        a.controller = cellText(r, Field::Controller).simplified();
        a.contactPerson = cellText(r, Field::ContactPerson).simplified();
        if (const QString date = cellText(r, Field::LastReviewed); !date.isEmpty()) {
            const QDate d = QDate::fromString(as(Field::LastReviewed, date).left(10), Qt::ISODate);
            if (d.isValid())
                a.lastReviewed = d;
            else
                unresolved(Field::LastReviewed, date, row);
        }
        a.notes = cellText(r, Field::Notes);
        m_plan.activities.append(a);
    }

    const Sheet &m_sheet;
    const Mapping &m_mapping;
    const PlanOptions m_options;
    ImportPlan m_plan;
    QHash<QString, UnresolvedValue> m_unresolved;
    QStringList m_unresolvedOrder;
};

} // namespace

ImportPlan planImport(const Sheet &sheet, const Mapping &mapping, const PlanOptions &options)
{
    return Planner(sheet, mapping, options).run();
}

} // namespace ropa::importer
