#pragma once

// The inventory: the table of the section chosen in the navigator (the data categories as a
// tree), a filter box above it, and beside it the selected entity's editor and overview.
// Add, duplicate and remove act on the selection here; each is one undo step.

#include "pages/projectpage.h"
#include "pages/sectiontables.h"

class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QUrl;

namespace ropa {

class CategoryTreeView;
class Dialogs;
class EntityEditor;
class IdleWork;

class SectionsPage : public ProjectPage
{
    Q_OBJECT

public:
    explicit SectionsPage(QWidget *parent = nullptr);
    ~SectionsPage() override;

    QString title() const override;
    void attach(ProjectSession *session) override;
    void setShown(bool shown) override;
    Id selectedEntity() const override;

    // The questions Remove asks (the window's, replaceable by tests).
    void setDialogs(Dialogs *dialogs) { m_dialogs = dialogs; }
    // An action that acts on the selection (Remove): available in the views' context menus.
    void addViewAction(QAction *action);
    // Read-only: the editor takes no input and the names cannot be edited in place.
    void setReadOnly(bool readOnly);

    Section section() const { return m_section; }
    void showSection(Section section);
    // The section an entity is shown in: parties of the own organisation stay there while it
    // is the section shown.
    Section sectionOf(const Id &id) const;
    // Selects the entity in the section shown; false when it is not in it.
    bool selectInSection(const Id &id);
    // Selects the row of the section shown whose first column reads `name`.
    bool selectByName(const QString &name);

    // The entity another page has selected (the graph's party or transfer): the editor shows
    // it while this page is not in front.
    void showElsewhereSelected(const Id &id);

    Id addEntity();
    Id duplicateSelected();
    bool deleteSelected();

    QLineEdit *filterBox() const { return m_filter; }
    // Queues the idle-time work of a project just opened (SectionTables::prepare, and the
    // editors with their lists of choices).
    void prepare(IdleWork &idle);
    // The splitter's sizes once it is shown at the window's width (it was laid out hidden).
    void fitSplitter(int width);

Q_SIGNALS:
    // A link in the overview or the editor: the window shows the entity in its section.
    void linkActivated(const QUuid &id);
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createViews();
    void useTable(SectionTables::Table &table);
    bool showsTree() const { return m_section == Section::DataCategories; }
    void updateDetails();
    void onLinkActivated(const QUrl &url);
    void scheduleDetails();
    void scheduleColumnFit(bool *pending);

    ProjectSession *m_session = nullptr;
    Project *m_project = nullptr;
    Dialogs *m_dialogs = nullptr;
    Section m_section = Section::Activities;
    bool m_shown = false;
    bool m_readOnly = false;
    bool m_detailsPending = false;
    bool m_tableFitPending = false;
    bool m_treeFitPending = false;
    Id m_elsewhere; // showElsewhereSelected()
    SectionTables *m_tables = nullptr;
    SectionTables::Table *m_current = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    CategoryTreeView *m_tree = nullptr;
    QStackedWidget *m_views = nullptr;
    QTabWidget *m_detailPane = nullptr;
    QTextBrowser *m_details = nullptr;
    EntityEditor *m_editor = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace ropa
