#pragma once

// The record's own identity in a register (the Dutch register's "Registratie", the ICO's
// "Record" columns): its reference, status, version, created and last-changed dates, the
// department that keeps it, and a contact person with a function.

#include "activitysection.h"

namespace ropa {

class ChoiceCombo;
class DateField;
class TextField;

class ActivityIdentitySection : public ActivitySection
{
    Q_OBJECT

public:
    explicit ActivityIdentitySection(QWidget *parent = nullptr);
    void load(const Activity &activity, const ProjectData &data, bool force) override;
    bool hasContent(const Activity &activity) const override;

private:
    TextField *m_reference;
    ChoiceCombo *m_status;
    TextField *m_version;
    DateField *m_created;
    DateField *m_lastChanged;
    TextField *m_department;
    QWidget *m_contact;
    TextField *m_contactName;
    TextField *m_contactFunction;
    TextField *m_contactEmail;
    TextField *m_contactPhone;
};

} // namespace ropa
