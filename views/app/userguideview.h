#pragma once

// The user guide inside the program (Help › User guide, F1): docs/user-guide.md, compiled into
// the program (":/help"), rendered offline as Markdown, in the user's language where the guide
// is translated (user-guide.<lang>.md beside it), else in English. A list of its headings on the
// left (the title, then each part) jumps there; links to headings ("#files") scroll, web links
// open in the web browser.

#include <QString>
#include <QStringList>
#include <QWidget>

class QListWidget;
class QTextBrowser;

namespace ropa {

class UserGuideView : public QWidget
{
    Q_OBJECT
public:
    // Shows the guide window of parent's window (made on first use, raised afterwards), scrolled
    // to the heading anchor ("autosave-and-recovery", see anchorFor) when given.
    static UserGuideView *showGuide(QWidget *parent, const QString &anchor = {});

    // The guide file in dir for the first of languages ("nl", "de-DE", ...) it is translated
    // into, else the English one (dir/user-guide.md).
    static QString guideFile(const QStringList &languages, const QString &dir = QStringLiteral(":/help"));
    // The anchor of a heading, as GitHub makes it: "Autosave and recovery" -> "autosave-and-recovery".
    static QString anchorFor(const QString &heading);

    explicit UserGuideView(const QString &file, QWidget *parent = nullptr);

    QString file() const { return m_file; }
    // The anchors of the guide's headings, in order (the title's first).
    QStringList anchors() const { return m_anchors; }
    // Scrolls so that the heading with this anchor is at the top; false if there is none.
    bool scrollToHeading(const QString &anchor);
    QTextBrowser *browser() const { return m_browser; }
    QListWidget *contents() const { return m_contents; }

private:
    void load();
    void openLink(const QUrl &url);

    QString m_file;
    QStringList m_anchors;
    QListWidget *m_contents;
    QTextBrowser *m_browser;
};

} // namespace ropa
