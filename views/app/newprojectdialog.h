#pragma once

// File › New: one short form for what every record starts with: the project's name, the own
// organisation (the controller) and its country, and its data protection officer.

#include "commands/newentity.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace ropa {

class NewProjectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewProjectDialog(QWidget *parent = nullptr);

    edit::NewProjectDetails details() const;

private:
    QLineEdit *m_name;
    QLineEdit *m_organisation;
    QComboBox *m_country;
    QLineEdit *m_dpoName;
    QLineEdit *m_dpoEmail;
};

} // namespace ropa
