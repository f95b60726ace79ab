#include "activitysection.h"

#include <QFormLayout>
#include <QLabel>

namespace ropa {

ActivitySection::ActivitySection(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setVerticalSpacing(6);
}

void ActivitySection::addRow(const QString &label, QWidget *field)
{
    auto *l = new QLabel(label, this);
    l->setBuddy(field);
    l->setMinimumHeight(field->sizeHint().height() > 40 ? 0 : field->sizeHint().height());
    l->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_form->addRow(l, field);
}

void ActivitySection::change(const ActivityChange &f, MergeId mergeId, EditStep step)
{
    Q_EMIT changed(f, mergeId, step);
}

} // namespace ropa
