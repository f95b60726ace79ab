#include "import/icolayout.h"

#include "subprocessors/resolve.h"

#include <QRegularExpression>

namespace ropa::importer::ico {

namespace {

// Lower case, accents and brackets' asides dropped, spaces collapsed: "Retention schedule (if
// possible)" and "retention  schedule" are one heading.
QString headingKey(const QString &heading)
{
    static const QRegularExpression aside(QStringLiteral("\\([^)]*\\)"));
    QString t = heading;
    t.remove(aside);
    t = subprocessors::foldText(t);
    t.replace(u'?', u' ');
    return t.simplified();
}

} // namespace

const QList<Column> &columns()
{
    static const QList<Column> list = [] {
        const auto c = [](const char *heading, Field field) { return Column{QString::fromUtf8(heading), field}; };
        return QList<Column>{
            c("Business function", Field::Name),
            c("Purpose of processing", Field::Purpose),
            c("Name and contact details of joint controller (if applicable)", Field::JointController),
            c("Categories of individuals", Field::DataSubjects),
            c("Categories of personal data", Field::DataCategories),
            c("Categories of recipients", Field::Recipients),
            c("Link to contract with processor", Field::Ignore),
            c("Names of third countries or international organisations that personal data are transferred to (if "
              "applicable)",
              Field::ThirdCountries),
            c("Safeguards for exceptional transfers of personal data to third countries or international "
              "organisations (if applicable)",
              Field::Safeguards),
            c("Retention schedule (if possible)", Field::Retention),
            c("General description of technical and organisational security measures (if possible)",
              Field::SecurityMeasures),
            c("Article 6 lawful basis for processing personal data", Field::LawfulBasis),
            c("Article 9 condition for processing special category data", Field::Art9Condition),
            c("Legitimate interests for the processing (if applicable)", Field::LegitimateInterests),
            c("Link to record of legitimate interests assessment (if applicable)", Field::Ignore),
            c("Rights available to individuals", Field::Ignore),
            c("Existence of automated decision-making, including profiling (if applicable)", Field::AutomatedDecisions),
            c("The source of the personal data (if applicable)", Field::Sources),
            c("Link to record of consent", Field::Ignore),
            c("Location of personal data", Field::Systems),
            c("Data Protection Impact Assessment required?", Field::Dpia),
            c("Data Protection Impact Assessment progress", Field::Ignore),
            c("Link to Data Protection Impact Assessment", Field::Ignore),
            c("Has a personal data breach occurred?", Field::Ignore),
            c("Link to record of personal data breach", Field::Ignore),
            c("Data Protection Act 2018 Schedule 1 Condition for processing", Field::Ignore),
            // The Art. 6 basis of the Schedule 1 part: the first lawful-basis column is the one read.
            c("GDPR Article 6 lawful basis for processing", Field::Ignore),
            c("Link to retention and erasure policy document", Field::Ignore),
            c("Is personal data retained and erased in accordance with the policy document?", Field::Ignore),
            c("Reasons for not adhering to policy document (if applicable)", Field::Ignore),
        };
    }();
    return list;
}

QString blockRowLabel(BlockRow row)
{
    switch (row) {
    case BlockRow::Controller: return QStringLiteral("Controller");
    case BlockRow::Dpo: return QStringLiteral("Data Protection Officer");
    case BlockRow::Representative: return QStringLiteral("Representative");
    }
    return {};
}

QStringList blockDetailLabels()
{
    return {QStringLiteral("Name"), QStringLiteral("Address"), QStringLiteral("Email"), QStringLiteral("Telephone")};
}

int columnOfHeading(const QString &heading)
{
    const QString key = headingKey(heading);
    if (key.isEmpty())
        return -1;
    const QList<Column> &list = columns();
    for (int i = 0; i < list.size(); ++i) {
        if (headingKey(list.at(i).heading) == key)
            return i;
    }
    return -1;
}

} // namespace ropa::importer::ico
