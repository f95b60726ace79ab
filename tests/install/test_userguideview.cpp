// Help › User guide: the guide compiled into the program, in the user's language where it is
// translated, with its headings listed and reachable by anchor.

#include "app/userguideview.h"

#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUrl>

using namespace Qt::StringLiterals;
using ropa::UserGuideView;

namespace {

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

} // namespace

class TestUserGuideView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void translatedGuideWhereThereIsOne()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(u"user-guide.md"_s), "# Guide\n"));
        QVERIFY(writeFile(dir.filePath(u"user-guide.nl.md"_s), "# Handleiding\n"));
        const QString english = dir.filePath(u"user-guide.md"_s);
        const QString dutch = dir.filePath(u"user-guide.nl.md"_s);
        QCOMPARE(UserGuideView::guideFile({u"nl-NL"_s}, dir.path()), dutch);
        QCOMPARE(UserGuideView::guideFile({u"nl_BE"_s}, dir.path()), dutch);
        // German is not translated: the next language the user reads.
        QCOMPARE(UserGuideView::guideFile({u"de-DE"_s, u"nl"_s}, dir.path()), dutch);
        // English before Dutch in the user's list: English.
        QCOMPARE(UserGuideView::guideFile({u"en-GB"_s, u"nl"_s}, dir.path()), english);
        QCOMPARE(UserGuideView::guideFile({u"fr"_s}, dir.path()), english);
        QCOMPARE(UserGuideView::guideFile({}, dir.path()), english);
    }

    void anchorsAsGitHubMakesThem()
    {
        QCOMPARE(UserGuideView::anchorFor(u"Autosave and recovery"_s), u"autosave-and-recovery"_s);
        QCOMPARE(UserGuideView::anchorFor(u"Command-line options for scripts"_s),
                 u"command-line-options-for-scripts"_s);
        QCOMPARE(UserGuideView::anchorFor(u"Ropa user guide: the desktop program"_s),
                 u"ropa-user-guide-the-desktop-program"_s);
    }

    // The guide compiled into the program: docs/user-guide.md, whole, with its parts listed.
    void showsTheBuiltInGuide()
    {
        QFile source(QStringLiteral(ROPA_SOURCE_DIR "/docs/user-guide.md"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(source.readAll());

        UserGuideView view(UserGuideView::guideFile({u"en"_s}));
        QCOMPARE(view.file(), u":/help/user-guide.md"_s);
        QCOMPARE(view.windowTitle(), markdown.section(u'\n', 0, 0).mid(2)); // "# Title"
        const QStringList anchors = view.anchors();
        QVERIFY2(anchors.contains(u"autosave-and-recovery"_s), qPrintable(anchors.join(u", ")));
        QVERIFY(anchors.contains(u"editing-and-undo"_s));
        QCOMPARE(qsizetype(view.contents()->count()), anchors.size());
        QCOMPARE(anchors.size(), markdown.count(u"\n## "_s) + 1); // the title and its parts
        QCOMPARE(anchors.constFirst(), UserGuideView::anchorFor(view.windowTitle()));
        // Rendered, not shown as source: the text without the Markdown marks.
        const QString text = view.browser()->toPlainText();
        QVERIFY(text.contains(u"Every change is one step on the undo stack"_s));
        QVERIFY(!text.contains(u"## "_s));
        QVERIFY(!text.contains(u"**"_s));
    }

    void scrollsToAHeading()
    {
        UserGuideView view(UserGuideView::guideFile({u"en"_s}));
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QScrollBar *bar = view.browser()->verticalScrollBar();
        QCOMPARE(bar->value(), 0);
        QVERIFY(view.scrollToHeading(u"preferences"_s));
        QTRY_VERIFY(bar->value() > 0);
        const int atPreferences = bar->value();
        QVERIFY(!view.scrollToHeading(u"no-such-part"_s));
        QCOMPARE(bar->value(), atPreferences);

        // The contents list goes to the part chosen (the first is the title: the top); a link
        // to a heading does too.
        view.contents()->setCurrentRow(1);
        QTRY_VERIFY(bar->value() > 0 && bar->value() < atPreferences);
        view.contents()->setCurrentRow(0);
        QTRY_COMPARE(bar->value(), 0);
        Q_EMIT view.browser()->anchorClicked(QUrl(u"#preferences"_s));
        QTRY_COMPARE(bar->value(), atPreferences);
    }

    // One guide window per main window: asking again raises it, at the part asked for.
    void oneWindowPerParent()
    {
        QWidget parent;
        parent.show();
        UserGuideView *first = UserGuideView::showGuide(&parent);
        QVERIFY(first);
        QVERIFY(first->isVisible());
        QVERIFY(first->isWindow());
        UserGuideView *second = UserGuideView::showGuide(&parent, u"files"_s);
        QCOMPARE(second, first);
        QCOMPARE(parent.findChildren<UserGuideView *>().size(), qsizetype(1));
    }
};

QTEST_MAIN(TestUserGuideView)
#include "test_userguideview.moc"
