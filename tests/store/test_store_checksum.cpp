// The content digest (issue #17): a file changed outside Ropa, in its bytes or its rows, or
// without its digest, opens read-only with a message that names what changed.
//
// Every fixture is generated at test time with the SQLite C API, in a QTemporaryDir, from a
// file written by saveProject: nothing opaque is committed (storefixture.h).

#include "storefixture.h"

#include "store/projectstore.h"

#include <QTest>

using namespace ropa;
using namespace ropa::store;
using namespace ropa::test;

class TestStoreChecksum : public StoreTest
{
    Q_OBJECT

private Q_SLOTS:
    // Silent damage (issue #17, item 4): a letter changed in the bytes of the file, where
    // SQLite's own check sees nothing, opens with the flag and names the table; the file is
    // still readable.
    void changedBytesAreNamed()
    {
        ProjectData data = fullProject();
        data.info.notes = QStringLiteral("checksum probe ABCDEFGH");
        const QString p = makeValid(QStringLiteral("x.ropa"), data);
        const OpenResult clean = openProject(p);
        QVERIFY2(clean.data, qPrintable(clean.error.message));
        QVERIFY2(!clean.damaged, qPrintable(clean.damage));

        QByteArray bytes = readBytes(p);
        const qsizetype at = bytes.indexOf("ABCDEFGH");
        QVERIFY(at > 0);
        bytes[at] = 'X';
        QVERIFY(writeBytes(p, bytes));
        const OpenResult r = openProject(p);
        QVERIFY2(r.data, qPrintable(r.error.message));
        QVERIFY(r.damaged);
        QCOMPARE(r.data->info.notes, QStringLiteral("checksum probe XBCDEFGH"));
        QCOMPARE(r.damage, QStringLiteral(
                               "\u201cx.ropa\u201d was changed or damaged outside Ropa: its content no longer matches "
                               "the checksum of its last save (changed: \u201cproject\u201d). It was opened read-only: "
                               "check it, or open a backup copy."));
    }

    void changedRowsAndMissingDigestAreDamage_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        const QString changed = QStringLiteral("\u201cx.ropa\u201d was changed or damaged outside Ropa: its content no "
                                               "longer matches the checksum of its last save (changed: %1). It was "
                                               "opened read-only: check it, or open a backup copy.");
        QTest::newRow("a text changed") << QStringLiteral("UPDATE parties SET name = name || '.'")
                                        << changed.arg(QStringLiteral("\u201cparties\u201d"));
        QTest::newRow("a list row removed and a document changed")
            << QStringLiteral("DELETE FROM activity_purposes WHERE pos = (SELECT max(pos) FROM "
                              "activity_purposes); UPDATE documents SET text = text || ' '")
            << changed.arg(QStringLiteral("\u201cactivity_purposes\u201d, \u201cdocuments\u201d"));
        QTest::newRow("digest removed")
            << QStringLiteral("DELETE FROM content_digest")
            << QStringLiteral("\u201cx.ropa\u201d was changed outside Ropa: the checksum that Ropa stores with every "
                              "save is missing, so its content cannot be confirmed. It was opened read-only: check "
                              "it, or open a backup copy.");
    }

    void changedRowsAndMissingDigestAreDamage()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        const QString p = makeValid(QStringLiteral("x.ropa"));
        QVERIFY(tamper(p, sql));
        const OpenResult r = openProject(p);
        QVERIFY2(r.data, qPrintable(r.error.message));
        QVERIFY(r.damaged);
        QCOMPARE(r.damage, expected);
    }
};

QTEST_GUILESS_MAIN(TestStoreChecksum)
#include "test_store_checksum.moc"
