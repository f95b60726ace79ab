#pragma once

// The Records view: the Article 30 record of the open project, live. Choose the record
// (controller, Art. 30(1); processor, Art. 30(2)), the scope and the language; the preview
// follows every edit of the project. Export... writes any format; Print... prints the paged
// layout the PDF uses. The widget stands alone so a main window can embed it anywhere.

#include "reports/report.h"
#include "reports/writers.h"

#include <QPointer>
#include <QTextBrowser>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPagedPaintDevice;
class QPushButton;
class QTimer;

namespace ropa {

class Project;
struct ProjectData;

namespace reports {
class SafeTextDocument;
}

// A QTextBrowser that loads no resource at all (no file:, no network, no relative path) and
// follows only anchors inside the record. Overriding QTextBrowser::loadResource is not
// enough: when it returns nothing, QTextDocument::loadResource reads the local file itself.
// So the browser's document is a reports::SafeTextDocument, and the browser refuses too.
class SafeTextBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);
    QVariant loadResource(int type, const QUrl &name) override;
    // The URLs asked for and refused.
    QStringList refused() const;

private:
    reports::SafeTextDocument *m_document = nullptr;
    QStringList m_refused;
};

class RecordsView : public QWidget
{
    Q_OBJECT

public:
    explicit RecordsView(QWidget *parent = nullptr);
    ~RecordsView() override;

    // Follows the project's changes until it is destroyed or another one is set.
    void setProject(const Project *project);
    // Shows a fixed snapshot (no project to follow).
    void setProjectData(const ProjectData &data);

    reports::Options options() const;
    const reports::Report &report() const { return m_report; }

    // The widgets, for embedding and for tests.
    QComboBox *recordSelector() const { return m_record; }
    QComboBox *scopeSelector() const { return m_scope; }
    QComboBox *languageSelector() const { return m_language; }
    SafeTextBrowser *preview() const { return m_preview; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *printButton() const { return m_print; }

    // Without dialogs: write the record in a format (returns an error or empty), lay it out on
    // a printer or any paged device.
    QString exportTo(const QString &path, reports::Format format, const reports::WriteOptions &options = {});
    QString printTo(QPagedPaintDevice *device);

public Q_SLOTS:
    // Rebuilds the record and the preview now.
    void refresh();
    void exportRecord();
    void printRecord();

Q_SIGNALS:
    // After every rebuild; text for a status bar.
    void recordChanged(const QString &summary);

private:
    const ProjectData *data() const;
    void fillScopes();
    void scheduleRefresh();

    QPointer<const Project> m_project;
    std::unique_ptr<ProjectData> m_snapshot;
    reports::Report m_report;

    QComboBox *m_record = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_summary = nullptr;
    SafeTextBrowser *m_preview = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_print = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace ropa
