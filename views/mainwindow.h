#pragma once

// The main window: a read-only viewer of one project for now (editing comes with the
// desktop application). A navigator of the kinds of entity on the left, a table of the
// selected kind in the middle, the selected entity's details on the right.
//
// Opening is all or nothing: a file that does not read leaves the current project as it
// was and reports the error (a message box, or only errorOccurred() when message boxes
// are switched off for tests and --screenshot).

#include "domain/projectdata.h"
#include "entitytablemodel.h"

#include <QMainWindow>

#include <optional>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTextBrowser;
class QListWidget;

namespace ropa {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The navigator's items carry their section (int) and the count they show (int).
    enum NavigatorRoles { SectionRole = Qt::UserRole + 1, CountRole };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The example shipped with the program.
    static QString examplePath();

    // Opens a .ropa project or a .json interchange file. On failure the current project
    // stays, lastError() says why, and the error is shown (see setErrorDialogsEnabled).
    bool openFile(const QString &path);
    bool hasProject() const { return m_data.has_value(); }
    const ProjectData *projectData() const { return m_data ? &*m_data : nullptr; }
    QString filePath() const { return m_filePath; }
    QString lastError() const { return m_lastError; }

    // Off: errors are only stored and signalled, never shown in a modal box.
    void setErrorDialogsEnabled(bool enabled) { m_errorDialogs = enabled; }

    Section currentSection() const;
    void showSection(Section section);
    // Shows the entity in its section and selects it; false when there is no such entity.
    bool selectEntity(const Id &id);
    Id selectedEntity() const;
    // Selects the row of the current section whose first column reads name.
    bool selectByName(const QString &name);

    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void projectOpened(const QString &path);
    void errorOccurred(const QString &message);

private:
    void createActions();
    void createWidgets();
    void setProject(ProjectData data, const QString &path);
    void reportError(const QString &message);
    void updateNavigator();
    void updateStatus();
    void updateDetails();
    void resizeColumns();
    void onSectionChanged();
    void onLinkActivated(const QUrl &url);
    void chooseFile();

    std::optional<ProjectData> m_data;
    QString m_filePath;
    QString m_lastError;
    bool m_errorDialogs = true;

    EntityTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QListWidget *m_navigator = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_statusCounts = nullptr;
};

} // namespace ropa
