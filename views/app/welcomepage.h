#pragma once

// What the window shows when no project is open: start a new project, open one, reopen a
// recent one, or look around in an example.

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QLabel;

namespace ropa {

class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &files);
    QListWidget *recentList() const { return m_recent; }
    QListWidget *exampleList() const { return m_examples; }

    // The examples built into the program (":/examples/*.json").
    static QStringList examplePaths();
    // "Demo contact centre" for ":/examples/demo-contact-centre.json".
    static QString exampleTitle(const QString &path);

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void fileRequested(const QString &path);

private:
    void activate(QListWidgetItem *item);

    QListWidget *m_recent = nullptr;
    QListWidget *m_examples = nullptr;
    QLabel *m_noRecent = nullptr;
};

} // namespace ropa
