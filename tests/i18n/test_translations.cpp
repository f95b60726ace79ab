// The translations stay complete as the program grows: lupdate reads the same sources as the
// update_translations target (translations/CMakeLists.txt) into a temporary copy of each .ts
// file, and every message the sources have must be in the committed file, finished, not
// empty, and use the source's %1/%n placeholders. A second test proves the check fails on a
// deliberately broken file; a third finds \u escapes that lupdate misreads.

#include "tsfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ropa::test;

namespace {

QStringList cmakeList(const char *value)
{
    return QString::fromUtf8(value).split(u'|', Qt::SkipEmptyParts);
}

// Runs lupdate over the sources of translations/CMakeLists.txt into the given .ts files, as
// the update_translations target does (pluralOnly: as it does for ropa_en.ts). Returns an
// error message, or an empty string.
QString runLupdate(const QStringList &tsFiles, bool pluralOnly = false)
{
    QStringList args{u"@"_s + QStringLiteral(ROPA_I18N_SOURCE_LIST)};
    for (const QString &dir : cmakeList(ROPA_I18N_INCLUDE_DIRS))
        args << u"-I"_s + dir;
    if (pluralOnly)
        args << u"-pluralonly"_s;
    args << u"-locations"_s << u"none"_s << u"-no-obsolete"_s << u"-silent"_s << u"-ts"_s << tsFiles;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(ROPA_LUPDATE_PATH), args);
    if (!lupdate.waitForFinished(300000))
        return u"lupdate did not finish: "_s + lupdate.errorString();
    if (lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0)
        return u"lupdate failed (%1): %2"_s.arg(lupdate.exitCode()).arg(QString::fromUtf8(lupdate.readAll()));
    return {};
}

// Copies each .ts file into dir, brings the copies up to date and judges them.
QStringList checkTsFiles(const QStringList &tsFiles, const QTemporaryDir &dir, bool pluralOnly = false)
{
    QStringList copies;
    for (const QString &ts : tsFiles) {
        const QString copy = dir.filePath(QFileInfo(ts).fileName());
        QFile::remove(copy);
        if (!QFile::copy(ts, copy))
            return {u"cannot copy %1 to %2"_s.arg(ts, copy)};
        QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        copies.append(copy);
    }
    const QString error = runLupdate(copies, pluralOnly);
    if (!error.isEmpty())
        return {error};
    QStringList problems;
    for (qsizetype i = 0; i < tsFiles.size(); ++i)
        problems += tsProblems(QFileInfo(tsFiles.at(i)).fileName(), readTs(tsFiles.at(i)), readTs(copies.at(i)));
    return problems;
}

// Replaces the first occurrence of from by to in text; false when it is not there.
bool replaceOnce(QString &text, const QString &from, const QString &to)
{
    const qsizetype at = text.indexOf(from);
    if (at < 0)
        return false;
    text.replace(at, from.size(), to);
    return true;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(QStringLiteral(ROPA_LUPDATE_PATH)), ROPA_LUPDATE_PATH);
        QVERIFY(QFileInfo::exists(QStringLiteral(ROPA_I18N_SOURCE_LIST)));
        QCOMPARE(cmakeList(ROPA_TS_FILES).size(), 2);
    }

    // Both languages, every message of the sources.
    void everyMessageIsTranslated()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList problems = checkTsFiles(cmakeList(ROPA_TS_FILES), dir);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"%1 problem(s) in the translations:\n"_s.arg(problems.size()) + problems.join(u'\n')));
        // The check read what it should: all of the file, in the language it claims.
        for (const QString &ts : cmakeList(ROPA_TS_FILES)) {
            const TsFile file = readTs(ts);
            QVERIFY2(file.messages.size() > 1000, qPrintable(ts));
            QVERIFY(ts.endsWith(u"ropa_"_s + file.language.left(2) + u".ts"_s));
        }
    }

    // English: every %n message of the sources has its forms ("%n party", "%n parties") in
    // ropa_en.ts, and the file holds nothing else.
    void everyPluralHasItsEnglishForms()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ts = QStringLiteral(ROPA_TS_PLURALS_FILE);
        const QStringList problems = checkTsFiles({ts}, dir, true);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"%1 problem(s) in ropa_en.ts:\n"_s.arg(problems.size()) + problems.join(u'\n')));
        const TsFile file = readTs(ts);
        QCOMPARE(file.language, u"en"_s);
        QVERIFY(file.messages.size() >= 30);
        for (const TsMessage &m : file.messages)
            QVERIFY2(m.numerus, qPrintable(m.source));
    }

    // The check fails, naming each message, on a copy of ropa_nl.ts with one message marked
    // unfinished, one removed, one emptied and one with a wrong placeholder.
    void catchesAnIncompleteFile()
    {
        const QString original = cmakeList(ROPA_TS_FILES).constFirst();
        QVERIFY(original.endsWith(u"ropa_nl.ts"_s));
        QFile in(original);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(in.readAll());
        in.close();

        // 1. unfinished
        QVERIFY(
            replaceOnce(text, u"<source>Categories of data subjects</source>\n        <translation>"_s,
                        u"<source>Categories of data subjects</source>\n        <translation type=\"unfinished\">"_s));
        // 2. missing: the whole message is gone
        const QRegularExpression purposes(
            u"\\s*<message>\\s*<source>Purposes of the processing</source>.*?</message>"_s,
            QRegularExpression::DotMatchesEverythingOption);
        QVERIFY(text.contains(purposes));
        text.remove(purposes);
        // 3. empty
        const QRegularExpression retention(
            u"(<source>Retention \\(f\\)</source>\\s*<translation>)[^<]*(</translation>)"_s);
        QVERIFY(text.contains(retention));
        text.replace(retention, u"\\1\\2"_s);
        // 4. a placeholder lost: %1 -> %2
        QVERIFY(replaceOnce(text, u"<translation>Activiteit “%1” heeft geen doel.</translation>"_s,
                            u"<translation>Activiteit “%2” heeft geen doel.</translation>"_s));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString broken = dir.filePath(u"ropa_nl.ts"_s);
        QFile out(broken);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
        out.close();
        QTemporaryDir work;
        QVERIFY(work.isValid());

        const QStringList problems = checkTsFiles({broken}, work);
        const QString all = problems.join(u'\n');
        QCOMPARE(problems.size(), 4);
        QVERIFY2(all.contains(u"[ropa::reports::Record] “Categories of data subjects”: unfinished"_s), qPrintable(all));
        QVERIFY2(all.contains(u"[ropa::reports::Record] “Purposes of the processing”: missing"_s), qPrintable(all));
        QVERIFY2(all.contains(u"“Retention (f)”: empty translation"_s), qPrintable(all));
        QVERIFY2(all.contains(u"“Activity “%1” has no purpose.”: placeholders %2 in"_s), qPrintable(all));
        QVERIFY2(all.contains(u"the source has %1"_s), qPrintable(all));
    }

    // Placeholders of plural forms, and Qt's %L1.
    void placeholderRules()
    {
        TsMessage m;
        m.source = u"%n activities; %1% stated"_s;
        m.numerus = true;
        m.forms = {u"%n activiteit; %L1% vermeld"_s, u"%n activiteiten; %1% vermeld"_s};
        QVERIFY(messageProblems(m).isEmpty());
        m.forms = {u"één activiteit; %1% vermeld"_s, u"%n activiteiten; %1% vermeld"_s};
        QCOMPARE(messageProblems(m).size(), 1);
        m.forms = {u"%n activiteit"_s, u"%n activiteiten"_s};
        QCOMPARE(messageProblems(m).size(), 2);
        m.forms = {u"%n activiteit; %1%"_s, u""_s};
        QCOMPARE(messageProblems(m), QStringList{u"empty translation"_s});
    }

    // German quotes „so“ (U+201E … U+201C), never the English “so” (U+201C … U+201D); each
    // opening mark has its closing one. Dutch keeps “…”, as Dutch typesetting does.
    void germanQuotationMarks()
    {
        QString german;
        for (const QString &ts : cmakeList(ROPA_TS_FILES)) {
            if (ts.endsWith(u"ropa_de.ts"_s))
                german = ts;
        }
        QVERIFY(!german.isEmpty());
        const TsFile file = readTs(german);
        QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
        QStringList wrong;
        qsizetype quoting = 0;
        for (const TsMessage &m : file.messages) {
            if (m.retired())
                continue;
            for (const QString &form : m.forms) {
                // The separator between two quoted names closes one quote and opens the next.
                const bool separator = m.source == u"”, “"_s;
                const qsizetype opening = form.count(u'„');
                const qsizetype closing = form.count(u'“');
                if (form.contains(u'”') || (!separator && opening != closing))
                    wrong.append(m.label() + u": "_s + form);
                quoting += opening;
            }
        }
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(u"German translations with English quotation marks:\n"_s + wrong.join(u'\n')));
        QVERIFY2(quoting > 100, "the German file quotes names in its findings and messages");
    }

    // lupdate reads "\u201cas" as one character U+01CA (it takes every hex digit that follows),
    // the compiler as "“as": the message then never matches its translation. Write such
    // characters literally (the sources are UTF-8).
    void noEscapesLupdateMisreads()
    {
        static const QRegularExpression misread(u"\\\\u[0-9a-fA-F]{4}[0-9a-fA-F]"_s);
        QFile list(QStringLiteral(ROPA_I18N_SOURCE_LIST));
        QVERIFY(list.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList sources = QString::fromUtf8(list.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(sources.size() > 50);
        QStringList found;
        for (const QString &path : sources) {
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (lines.at(i).contains(misread))
                    found.append(u"%1:%2: %3"_s.arg(path).arg(i + 1).arg(lines.at(i).trimmed()));
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(u"\\u escapes followed by a hex digit (write the character itself):\n"_s +
                                             found.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
