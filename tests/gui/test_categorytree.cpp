// The data categories as a tree (model/itemmodels/categorytreemodel): the structure of the
// demo project, a filter that keeps the ancestors of a match, moving a category under another
// (by the function and by drag and drop) with undo and redo, and moves that would make a
// category its own ancestor, which are refused with a reason. Model only: no widgets.

#include "commands/edits.h"
#include "domain/project.h"
#include "itemmodels/categorytreemodel.h"
#include "store/jsonformat.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <memory>

using namespace ropa;

namespace {

std::unique_ptr<Project> demoProject()
{
    json::ReadResult read = json::readProjectFile(QStringLiteral(":/examples/demo-contact-centre.json"));
    if (!read.data)
        return nullptr;
    return std::make_unique<Project>(std::move(*read.data));
}

Id categoryNamed(const Project &project, const QString &name)
{
    for (const auto &[id, c] : project.data().dataCategories) {
        if (c.name == name)
            return id;
    }
    return {};
}

QStringList namesUnder(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names.append(model.index(row, 0, parent).data().toString());
    names.sort();
    return names;
}

// "Communications data/Transcripts": the path of names from the top.
QString pathOf(const QModelIndex &index)
{
    QStringList parts;
    for (QModelIndex at = index; at.isValid(); at = at.parent())
        parts.prepend(at.siblingAtColumn(0).data().toString());
    return parts.join(u'/');
}

int countAll(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    int n = model.rowCount(parent);
    for (int row = 0; row < model.rowCount(parent); ++row)
        n += countAll(model, model.index(row, 0, parent));
    return n;
}

} // namespace

class TestCategoryTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void treeOfTheDemoProject()
    {
        auto project = demoProject();
        QVERIFY(project);
        CategoryTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(project.get());

        const ProjectData &data = project->data();
        QCOMPARE(countAll(model), int(data.dataCategories.size()));
        // Every category sits under the parent the project gives it.
        for (const auto &[id, c] : data.dataCategories) {
            const QModelIndex index = model.indexOf(id);
            QVERIFY(index.isValid());
            QCOMPARE(index.data().toString(), c.name);
            QCOMPARE(model.idAt(index.parent()), c.parent);
        }
        const QModelIndex communications =
            model.indexOf(categoryNamed(*project, QStringLiteral("Communications data")));
        QCOMPARE(namesUnder(model, communications),
                 (QStringList{QStringLiteral("Call detail records"), QStringLiteral("Call recordings"),
                              QStringLiteral("Transcripts")}));
        QVERIFY(namesUnder(model).contains(QStringLiteral("Communications data")));
        QVERIFY(!namesUnder(model).contains(QStringLiteral("Transcripts")));
        // The columns a reader checks: special category and US category.
        const QModelIndex health =
            model.indexOf(categoryNamed(*project, QStringLiteral("Health data mentioned in calls")));
        QCOMPARE(health.siblingAtColumn(CategoryTreeModel::SpecialColumn).data().toString(),
                 QStringLiteral("Art. 9: Health"));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
    }

    void filterKeepsTheAncestorsOfAMatch()
    {
        auto project = demoProject();
        QVERIFY(project);
        CategoryTreeModel model;
        model.setProject(project.get());
        QSortFilterProxyModel proxy; // configured as the main window does
        proxy.setSourceModel(&model);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterKeyColumn(-1);
        proxy.setRecursiveFilteringEnabled(true);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        proxy.setFilterFixedString(QStringLiteral("transcr"));
        QCOMPARE(namesUnder(proxy), QStringList{QStringLiteral("Communications data")});
        QCOMPARE(namesUnder(proxy, proxy.index(0, 0)), QStringList{QStringLiteral("Transcripts")});

        // A match in another column (the US category) counts too.
        proxy.setFilterFixedString(QStringLiteral("sensory"));
        QCOMPARE(namesUnder(proxy), QStringList{QStringLiteral("Communications data")});
        QCOMPARE(namesUnder(proxy, proxy.index(0, 0)), QStringList{QStringLiteral("Call recordings")});

        proxy.setFilterFixedString(QString());
        QCOMPARE(countAll(proxy), int(project->data().dataCategories.size()));
    }

    void reparentWithUndoAndRedo()
    {
        auto project = demoProject();
        QVERIFY(project);
        CategoryTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(project.get());
        const Id billing = categoryNamed(*project, QStringLiteral("Billing data"));
        const Id crm = categoryNamed(*project, QStringLiteral("CRM data"));
        const Id communications = categoryNamed(*project, QStringLiteral("Communications data"));
        const Id recordings = categoryNamed(*project, QStringLiteral("Call recordings"));

        QString why;
        QVERIFY(reparentCategory(*project, billing, crm, &why));
        QVERIFY(why.isEmpty());
        QCOMPARE(project->find<DataCategory>(billing)->parent, crm);
        QCOMPARE(pathOf(model.indexOf(billing)), QStringLiteral("CRM data/Billing data"));
        QCOMPARE(project->undoStack()->undoText(),
                 QStringLiteral("Move data category “Billing data” under “CRM data”"));
        QVERIFY(project->isModified());

        project->undoStack()->undo();
        QVERIFY(project->find<DataCategory>(billing)->parent.isNull());
        QCOMPARE(pathOf(model.indexOf(billing)), QStringLiteral("Billing data"));
        QVERIFY(!project->isModified());
        project->undoStack()->redo();
        QCOMPARE(pathOf(model.indexOf(billing)), QStringLiteral("CRM data/Billing data"));

        // Already there: nothing to do, nothing pushed.
        const int steps = project->undoStack()->count();
        QVERIFY(!reparentCategory(*project, billing, crm, &why));
        QVERIFY(why.isEmpty());
        QCOMPARE(project->undoStack()->count(), steps);

        // A whole branch moves: Communications data (with its three children) under CRM data.
        QVERIFY(reparentCategory(*project, communications, crm, &why));
        QCOMPARE(pathOf(model.indexOf(recordings)), QStringLiteral("CRM data/Communications data/Call recordings"));
        // To the top level.
        QVERIFY(reparentCategory(*project, recordings, Id(), &why));
        QCOMPARE(project->undoStack()->undoText(),
                 QStringLiteral("Move data category “Call recordings” to the top level"));
        QCOMPARE(pathOf(model.indexOf(recordings)), QStringLiteral("Call recordings"));
        // Undo everything: the tree is the demo's again.
        while (project->undoStack()->canUndo())
            project->undoStack()->undo();
        QCOMPARE(pathOf(model.indexOf(recordings)), QStringLiteral("Communications data/Call recordings"));
        QCOMPARE(pathOf(model.indexOf(billing)), QStringLiteral("Billing data"));
        QCOMPARE(countAll(model), int(project->data().dataCategories.size()));
    }

    void aCategoryNeverBecomesItsOwnAncestor()
    {
        auto project = demoProject();
        QVERIFY(project);
        CategoryTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(project.get());
        const Id communications = categoryNamed(*project, QStringLiteral("Communications data"));
        const Id transcripts = categoryNamed(*project, QStringLiteral("Transcripts"));
        const ProjectData before = project->data();

        QVERIFY(!canBeCategoryParent(project->data(), communications, transcripts));
        QVERIFY(!canBeCategoryParent(project->data(), communications, communications));
        QVERIFY(canBeCategoryParent(project->data(), transcripts, Id()));

        QString why;
        QVERIFY(!reparentCategory(*project, communications, transcripts, &why));
        QVERIFY2(why.contains(QStringLiteral("Communications data")) && why.contains(QStringLiteral("Transcripts")),
                 qPrintable(why));
        QVERIFY(!reparentCategory(*project, communications, communications, &why));
        QVERIFY2(why.contains(QStringLiteral("itself")), qPrintable(why));
        // Nothing changed, nothing on the undo stack.
        QCOMPARE(project->undoStack()->count(), 0);
        QVERIFY(project->data() == before);
        QCOMPARE(pathOf(model.indexOf(transcripts)), QStringLiteral("Communications data/Transcripts"));

        // An unknown parent is refused too.
        QVERIFY(!reparentCategory(*project, transcripts, QUuid::createUuid(), &why));
        QVERIFY(!why.isEmpty());
    }

    void dragAndDropMovesAndRefuses()
    {
        auto project = demoProject();
        QVERIFY(project);
        CategoryTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(project.get());
        QSignalSpy refused(&model, &CategoryTreeModel::moveRefused);
        const Id billing = categoryNamed(*project, QStringLiteral("Billing data"));
        const Id crm = categoryNamed(*project, QStringLiteral("CRM data"));
        const Id communications = categoryNamed(*project, QStringLiteral("Communications data"));
        const Id recordings = categoryNamed(*project, QStringLiteral("Call recordings"));

        // Billing data dropped on CRM data: under it.
        std::unique_ptr<QMimeData> mime(model.mimeData({model.indexOf(billing)}));
        QVERIFY(mime);
        QVERIFY(model.canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, model.indexOf(crm)));
        model.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, model.indexOf(crm));
        QCOMPARE(project->find<DataCategory>(billing)->parent, crm);
        QCOMPARE(refused.count(), 0);
        // ... and dropped on the empty area: top level again.
        model.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, QModelIndex());
        QVERIFY(project->find<DataCategory>(billing)->parent.isNull());
        QCOMPARE(project->undoStack()->count(), 2);

        // Communications data dropped on its own child: refused, with the reason.
        mime.reset(model.mimeData({model.indexOf(communications)}));
        model.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, model.indexOf(recordings));
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.at(0).at(0).toString().contains(QStringLiteral("Call recordings")));
        QVERIFY(project->find<DataCategory>(communications)->parent.isNull());
        QCOMPARE(project->undoStack()->count(), 2);
        // Something that is not a category is not accepted at all.
        QMimeData text;
        text.setText(QStringLiteral("Billing data"));
        QVERIFY(!model.canDropMimeData(&text, Qt::MoveAction, -1, -1, QModelIndex()));
    }

    void followsRemovalAndItsUndo()
    {
        auto project = demoProject();
        QVERIFY(project);
        CategoryTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(project.get());
        const Id communications = categoryNamed(*project, QStringLiteral("Communications data"));
        const Id transcripts = categoryNamed(*project, QStringLiteral("Transcripts"));
        const int all = countAll(model);

        // Removing a parent moves its children up (edits.h); the tree follows, and back.
        QVERIFY(edit::remove(*project, EntityKind::DataCategory, communications));
        QCOMPARE(countAll(model), all - 1);
        QVERIFY(!model.indexOf(communications).isValid());
        QCOMPARE(pathOf(model.indexOf(transcripts)), QStringLiteral("Transcripts"));
        project->undoStack()->undo();
        QCOMPARE(countAll(model), all);
        QCOMPARE(pathOf(model.indexOf(transcripts)), QStringLiteral("Communications data/Transcripts"));
        project->undoStack()->redo();
        QCOMPARE(pathOf(model.indexOf(transcripts)), QStringLiteral("Transcripts"));

        // Adding a child of an existing category puts it there; renaming updates the row.
        DataCategory voice;
        voice.id = QUuid::createUuid();
        voice.name = QStringLiteral("Voice prints");
        voice.parent = transcripts;
        QVERIFY(edit::add(*project, voice));
        QCOMPARE(pathOf(model.indexOf(voice.id)), QStringLiteral("Transcripts/Voice prints"));
        QVERIFY(model.setData(model.indexOf(voice.id), QStringLiteral("Voiceprints")));
        QCOMPARE(pathOf(model.indexOf(voice.id)), QStringLiteral("Transcripts/Voiceprints"));

        // A reset (opening another file) rebuilds it.
        model.setProject(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestCategoryTree)
#include "test_categorytree.moc"
