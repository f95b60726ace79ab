// The party editor's notice period and change notice (issue 20): typed in, they give the vendor
// its objection deadline, shown on the party while it is open; each edit is an undo step.

#include "applyproject.h"

#include "domain/project.h"
#include "editors/entityeditor.h"
#include "editors/fields.h"
#include "editors/kindeditor.h"

#include <QDateEdit>
#include <QLabel>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

using namespace ropa;
using I = ropa::test::ApplyIds;

class TestSubprocessorsPartyGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noticeGivesTheDeadline()
    {
        ProjectData d = test::applyProject();
        Party vendor = *d.find<Party>(I::vendor());
        vendor.noticePeriodDays.reset();
        d.put(vendor);
        Project project(d);
        EntityEditor editor(&project);
        editor.show();
        editor.setEntity(EntityKind::Party, I::vendor());
        KindEditor *kind = editor.currentEditor();
        QVERIFY(kind);
        auto *days = kind->findChild<QSpinBox *>(QStringLiteral("noticePeriodDays"));
        auto *received = kind->findChild<DateField *>(QStringLiteral("changeNoticeReceived"));
        auto *deadline = kind->findChild<QLabel *>(QStringLiteral("objectionDeadline"));
        QVERIFY(days && received && deadline);
        QCOMPARE(days->value(), -1); // not stated
        QVERIFY(deadline->isHidden());

        days->setValue(30);
        Q_EMIT days->editingFinished();
        QCOMPARE(project.find<Party>(I::vendor())->noticePeriodDays, std::optional<int>(30));
        const QDate notice = QDate::currentDate().addDays(-9);
        received->dateEdit()->setDate(notice);
        Q_EMIT received->dateEdit()->editingFinished();
        QCOMPARE(project.find<Party>(I::vendor())->changeNoticeReceived, std::optional<QDate>(notice));
        QTRY_VERIFY(!deadline->isHidden());
        QVERIFY(deadline->text().contains(notice.addDays(30).toString(Qt::ISODate)));

        project.undoStack()->undo();
        QVERIFY(!project.find<Party>(I::vendor())->changeNoticeReceived);
        QTRY_VERIFY(deadline->isHidden());
        project.undoStack()->undo();
        QVERIFY(!project.find<Party>(I::vendor())->noticePeriodDays);
    }
};

QTEST_MAIN(TestSubprocessorsPartyGui)
#include "test_subprocessors_party_gui.moc"
