// The exposure table's model: a well-behaved item model (QAbstractItemModelTester), rows for
// each category and destination country with their chains and weakest hop, narrowed by the
// page's country and hop filters.

#include "graph/graphexport.h"
#include "graphbuilder.h"
#include "itemmodels/exposuremodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ropa;
using namespace ropa::graph;
using ropa::test::GraphBuilder;

namespace {

// Own (NL) sends health data to a processor in Ireland under the EEA, which sends it on to a
// US subprocessor without a mechanism; contact data goes only to Ireland.
GraphBuilder smallGraph()
{
    GraphBuilder b;
    b.own(QStringLiteral("Own"))
        .party(QStringLiteral("Processor"), QStringLiteral("IE"))
        .party(QStringLiteral("Sub"), QStringLiteral("US"), false)
        .category(QStringLiteral("Health"))
        .category(QStringLiteral("Contact"));
    b.transfer(QStringLiteral("Own"), QStringLiteral("Processor"), Mechanism::Eea,
               {QStringLiteral("Health"), QStringLiteral("Contact")})
        .transfer(QStringLiteral("Processor"), QStringLiteral("Sub"), Mechanism::None, {QStringLiteral("Health")});
    return b;
}

QStringList column(const ExposureModel &model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(model.index(row, column).data().toString());
    return texts;
}

} // namespace

class TestExposureModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsOfTheGraph()
    {
        const GraphBuilder b = smallGraph();
        const TransferGraph g(b.data());
        ExposureModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 4);

        model.setRows(ExposureModel::rowsFor(g, g.exposure()));
        // Health to Ireland and the US, contact data to Ireland.
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.headerData(ExposureModel::Category, Qt::Horizontal).toString(), QStringLiteral("Data category"));
        QCOMPARE(model.headerData(ExposureModel::Weakest, Qt::Horizontal).toString(), QStringLiteral("Weakest"));
        QCOMPARE(column(model, ExposureModel::Category).count(QStringLiteral("Health")), 2);
        QCOMPARE(column(model, ExposureModel::Category).count(QStringLiteral("Contact")), 1);
        QVERIFY(column(model, ExposureModel::Country).contains(countryText(QStringLiteral("US"))));
        for (int row = 0; row < model.rowCount(); ++row) {
            const bool us =
                model.index(row, ExposureModel::Country).data().toString() == countryText(QStringLiteral("US"));
            // The chain to the US is as weak as its hop without a mechanism.
            const Strength weakest = us ? Strength::None : Strength::Eea;
            QCOMPARE(model.index(row, ExposureModel::Weakest).data().toString(), strengthTitle(weakest));
            QCOMPARE(model.index(row, ExposureModel::Weakest).data(ExposureModel::StrengthRole).toInt(), int(weakest));
            QCOMPARE(model.index(row, ExposureModel::Chains).data().toString(), QStringLiteral("1"));
            QCOMPARE(model.index(row, ExposureModel::Chains).data(Qt::TextAlignmentRole).toInt(),
                     int(Qt::AlignRight | Qt::AlignVCenter));
        }
        QVERIFY(!model.index(0, ExposureModel::Category).data(Qt::ForegroundRole).isValid()); // no colours
    }

    void filters()
    {
        const GraphBuilder b = smallGraph();
        const TransferGraph g(b.data());
        const QList<ExposureCell> cells = g.exposure();
        ExposureModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(ExposureModel::rowsFor(g, cells, QStringLiteral("US")));
        QCOMPARE(column(model, ExposureModel::Category), QStringList{QStringLiteral("Health")});
        // Only chains whose weakest hop is no stronger than "no mechanism": the one to the US.
        model.setRows(ExposureModel::rowsFor(g, cells, {}, Strength::None));
        QCOMPARE(column(model, ExposureModel::Country), QStringList{countryText(QStringLiteral("US"))});
        model.setRows(ExposureModel::rowsFor(g, cells, {}, Strength::Adequate));
        QCOMPARE(model.rowCount(), 1);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestExposureModel)
#include "test_exposuremodel.moc"
