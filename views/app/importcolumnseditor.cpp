#include "importcolumnseditor.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSignalBlocker>

namespace ropa {

using namespace importer;

namespace {

// The fields in the order a record reads them (Art. 30(1)).
constexpr Field fieldOrder[] = {
    Field::Ignore,
    Field::Name,
    Field::Reference,
    Field::Department,
    Field::Controller,
    Field::ContactPerson,
    Field::JointController,
    Field::Purpose,
    Field::LawfulBasis,
    Field::LegitimateInterests,
    Field::Art9Condition,
    Field::DataSubjects,
    Field::DataCategories,
    Field::SpecialCategories,
    Field::Sources,
    Field::Recipients,
    Field::Processors,
    Field::ThirdCountries,
    Field::Safeguards,
    Field::Retention,
    Field::SecurityMeasures,
    Field::Systems,
    Field::Dpia,
    Field::AutomatedDecisions,
    Field::LastReviewed,
    Field::Notes,
};

QString firstValue(const Sheet &sheet, const Mapping &mapping, int column)
{
    const int from = std::max(0, mapping.firstDataRow());
    for (int r = from; r < sheet.rows.size() && r < from + 50; ++r) {
        const QString text = sheet.text(r, column).trimmed();
        if (!text.isEmpty())
            return text;
    }
    return {};
}

} // namespace

ImportColumnsEditor::ImportColumnsEditor(QWidget *parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("importColumns"));
    setColumnCount(4);
    setHorizontalHeaderLabels({tr("Column"), tr("Heading"), tr("Goes to"), tr("First value")});
    verticalHeader()->hide();
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    horizontalHeader()->setSectionResizeMode(LetterColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(HeadingColumn, QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::Fixed);
    horizontalHeader()->setStretchLastSection(true);
    setColumnWidth(HeadingColumn, 280);
}

QString ImportColumnsEditor::fieldLabel(Field field)
{
    switch (field) {
    case Field::Ignore: return tr("Ignore");
    case Field::Name: return tr("Name of the activity");
    case Field::Reference: return tr("Reference");
    case Field::Department: return tr("Department");
    case Field::Purpose: return tr("Purposes");
    case Field::LawfulBasis: return tr("Lawful basis");
    case Field::LegitimateInterests: return tr("Legitimate interests");
    case Field::Art9Condition: return tr("Art. 9 condition");
    case Field::DataSubjects: return tr("Data subjects");
    case Field::DataCategories: return tr("Data categories");
    case Field::SpecialCategories: return tr("Special categories");
    case Field::Recipients: return tr("Recipients");
    case Field::Processors: return tr("Processors");
    case Field::JointController: return tr("Joint controllers");
    case Field::ThirdCountries: return tr("Third countries");
    case Field::Safeguards: return tr("Safeguards");
    case Field::Retention: return tr("Retention");
    case Field::SecurityMeasures: return tr("Security measures");
    case Field::Sources: return tr("Sources");
    case Field::Systems: return tr("Systems");
    case Field::Dpia: return tr("DPIA required");
    case Field::AutomatedDecisions: return tr("Automated decisions");
    case Field::Controller: return tr("Controller");
    case Field::ContactPerson: return tr("Contact person");
    case Field::LastReviewed: return tr("Last reviewed");
    case Field::Notes: return tr("Notes");
    }
    return {};
}

void ImportColumnsEditor::setMapping(const Sheet &sheet, const Mapping &mapping)
{
    const int columns = sheet.columnCount();
    setRowCount(columns);
    for (int c = 0; c < columns; ++c) {
        Field field = Field::Ignore;
        QString heading;
        for (const ColumnField &m : mapping.columns) {
            if (m.column == c) {
                field = m.field;
                heading = m.heading;
            }
        }
        if (heading.isEmpty() && mapping.headingRow >= 0)
            heading = sheet.text(mapping.headingRow, c);
        const QString reference = cellReference(0, c);
        setItem(c, LetterColumn, new QTableWidgetItem(reference.left(reference.size() - 1)));
        auto *headingItem = new QTableWidgetItem(QString(heading).replace(u'\n', u' '));
        headingItem->setToolTip(heading);
        setItem(c, HeadingColumn, headingItem);
        const QString example = firstValue(sheet, mapping, c);
        auto *exampleItem = new QTableWidgetItem(QString(example).replace(u'\n', QStringLiteral(" ⏎ ")));
        exampleItem->setToolTip(example);
        setItem(c, ExampleColumn, exampleItem);

        QComboBox *box = fieldBox(c);
        if (!box) {
            box = new QComboBox;
            box->setObjectName(QStringLiteral("importField%1").arg(c));
            for (const Field f : fieldOrder)
                box->addItem(fieldLabel(f), static_cast<int>(f));
            connect(box, &QComboBox::currentIndexChanged, this,
                    [this, box, c] { Q_EMIT fieldChanged(c, static_cast<Field>(box->currentData().toInt())); });
            setCellWidget(c, FieldColumn, box);
            setColumnWidth(FieldColumn, std::max(columnWidth(FieldColumn), box->sizeHint().width()));
        }
        const QSignalBlocker quiet(box); // the mapping's own field is no change
        box->setCurrentIndex(box->findData(static_cast<int>(field)));
    }
}

QComboBox *ImportColumnsEditor::fieldBox(int column) const
{
    return qobject_cast<QComboBox *>(cellWidget(column, FieldColumn));
}

} // namespace ropa
