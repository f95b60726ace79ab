#include "collapsiblesection.h"

#include <QEvent>
#include <QToolButton>
#include <QVBoxLayout>

namespace ropa {

CollapsibleSection::CollapsibleSection(const QString &title, QWidget *body, QWidget *parent)
    : QWidget(parent)
    , m_header(new QToolButton(this))
    , m_body(body)
{
    m_header->setText(title);
    m_header->setCheckable(true);
    m_header->setChecked(true);
    m_header->setAutoRaise(true);
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->setArrowType(Qt::DownArrow);
    m_header->setToolTip(tr("Show or hide these fields"));
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_header->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_header->setStyleSheet(QStringLiteral("QToolButton { border: none; text-align: left; }"));

    m_bodyFrame = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(m_bodyFrame);
    bodyLayout->setContentsMargins(16, 0, 0, 4); // under the heading's text, past its arrow
    bodyLayout->addWidget(body);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(m_bodyFrame);
    connect(m_header, &QToolButton::toggled, this, &CollapsibleSection::updateBody);
}

void CollapsibleSection::updateBody()
{
    const bool open = m_header->isChecked() || !isEnabled();
    m_header->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    m_bodyFrame->setVisible(open);
}

void CollapsibleSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::EnabledChange)
        updateBody();
    QWidget::changeEvent(event);
}

void CollapsibleSection::setExpanded(bool expanded)
{
    m_header->setChecked(expanded);
}

bool CollapsibleSection::isExpanded() const
{
    return m_header->isChecked();
}

} // namespace ropa
