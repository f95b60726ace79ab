#pragma once

// The evidence of an entity: which document says so, and the sentence that says it. Each
// entry is a document picker and a quote; "Show" opens the document's text below with the
// quote highlighted, so an auditor's "where does this come from?" has an answer on screen.

#include "commands/mergeid.h"
#include "domain/entities.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class QVBoxLayout;

namespace ropa {

class ChoiceCombo;
class HintLabel;
class Project;
class TextAreaField;

class EvidenceEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EvidenceEditor(Project *project, QWidget *parent = nullptr);

    void setValue(const EvidenceList &evidence, bool force);
    EvidenceList value() const { return m_evidence; }

    int rowCount() const { return int(m_rows.size()); }
    ChoiceCombo *documentCombo(int row) const { return m_rows.at(row).document; }
    TextAreaField *quoteEdit(int row) const { return m_rows.at(row).quote; }
    QPushButton *showButton(int row) const { return m_rows.at(row).show; }
    QPushButton *addButton() const { return m_add; }
    QTextBrowser *viewer() const { return m_viewer; }
    // Shows the document of that entry with its quote highlighted; false when the quote was
    // not found in the document's text.
    bool showDocument(int row);

Q_SIGNALS:
    void edited(const ropa::EvidenceList &evidence, ropa::MergeId mergeId);

private:
    struct Row
    {
        QWidget *frame = nullptr;
        ChoiceCombo *document = nullptr;
        TextAreaField *quote = nullptr;
        QPushButton *show = nullptr;
        QPushButton *remove = nullptr;
    };

    void rebuildRows();
    void fillDocuments(ChoiceCombo *combo) const;
    void loadRows(bool force);
    void addEntry();
    void removeEntry(int row);

    Project *m_project;
    QVBoxLayout *m_rowsLayout;
    QList<Row> m_rows;
    QPushButton *m_add;
    QLabel *m_empty;
    QWidget *m_viewerBox;
    QLabel *m_viewerTitle;
    HintLabel *m_viewerHint;
    QTextBrowser *m_viewer;
    EvidenceList m_evidence;
    bool m_documentsDirty = true;
};

} // namespace ropa
