#pragma once

// A heading that folds the fields under it away: the activity editor's long parts (the
// record's identity, data items, automated decisions, the DPIA) open when they hold something
// and stay out of the way when they do not. A click on the heading opens or closes it. Disabled
// (a read-only project), it shows its fields whatever its state: the heading takes no click
// then, and nothing may be out of reach.

#include <QWidget>

class QToolButton;

namespace ropa {

class CollapsibleSection : public QWidget
{
    Q_OBJECT

public:
    CollapsibleSection(const QString &title, QWidget *body, QWidget *parent = nullptr);

    void setExpanded(bool expanded);
    bool isExpanded() const;
    QToolButton *header() const { return m_header; }
    QWidget *body() const { return m_body; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateBody();

    QToolButton *m_header;
    QWidget *m_body;
    QWidget *m_bodyFrame;
};

} // namespace ropa
