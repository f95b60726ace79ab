#include "fields.h"

#include "itemmodels/labels.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ropa {

namespace {

// The minimum of a DateField's QDateEdit stands for "not set".
const QDate NotSetDate(1900, 1, 1);

int lineHeight(const QWidget *widget, int lines)
{
    const QFontMetrics metrics(widget->font());
    return metrics.lineSpacing() * lines + 2 * 6 + 4;
}

} // namespace

// ---- HintLabel ----

HintLabel::HintLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    setFont(small);
    hide();
}

void HintLabel::setHint(const QString &text)
{
    QPalette p = palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    setPalette(p);
    setText(text);
    setVisible(!text.isEmpty());
}

void HintLabel::setNote(const QString &text)
{
    setPalette(QPalette());
    setText(text);
    setVisible(!text.isEmpty());
}

// ---- TextField ----

TextField::TextField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_hint(new HintLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_hint);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &TextField::onTextEdited);
}

void TextField::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void TextField::setValue(const QString &value, bool force)
{
    if (!force && value == m_loaded)
        return;
    m_loaded = value;
    if (m_edit->text() != value) {
        const int cursor = m_edit->cursorPosition();
        m_edit->setText(value);
        m_edit->setCursorPosition(std::min(cursor, int(value.size())));
    }
    m_hint->setHint(m_check ? m_check(value) : QString());
}

QString TextField::text() const
{
    return m_edit->text();
}

QString TextField::hint() const
{
    return m_hint->isVisibleTo(this) ? m_hint->text() : QString();
}

void TextField::onTextEdited(const QString &text)
{
    const QString problem = m_check ? m_check(text) : QString();
    m_hint->setHint(problem);
    if (!problem.isEmpty())
        return;
    m_loaded = text;
    Q_EMIT edited(text);
}

// ---- TextAreaField ----

TextAreaField::TextAreaField(int lines, QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setMinimumHeight(lineHeight(this, std::min(lines, 2)));
    setMaximumHeight(lines > 8 ? QWIDGETSIZE_MAX : lineHeight(this, lines));
    if (lines > 8)
        setMinimumHeight(lineHeight(this, 8));
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_loaded = toPlainText();
        Q_EMIT edited(m_loaded);
    });
}

void TextAreaField::setValue(const QString &value, bool force)
{
    if (!force && value == m_loaded)
        return;
    m_loaded = value;
    if (toPlainText() == value)
        return;
    m_loading = true;
    const int cursor = textCursor().position();
    setPlainText(value);
    QTextCursor c = textCursor();
    c.setPosition(std::min(cursor, int(value.size())));
    setTextCursor(c);
    m_loading = false;
}

// ---- ListField ----

ListField::ListField(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setPlaceholderText(tr("One a line"));
    setMinimumHeight(lineHeight(this, 2));
    setMaximumHeight(lineHeight(this, 4));
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        const QStringList now = value();
        if (now == m_loaded)
            return;
        m_loaded = now;
        Q_EMIT edited(now);
    });
}

QStringList ListField::value() const
{
    QStringList items;
    const QStringList lines = toPlainText().split(u'\n');
    for (const QString &line : lines) {
        const QString item = line.trimmed();
        if (!item.isEmpty())
            items.append(item);
    }
    return items;
}

void ListField::setValue(const QStringList &value, bool force)
{
    if (!force && value == m_loaded)
        return;
    m_loaded = value;
    if (this->value() == value && !force)
        return;
    m_loading = true;
    const int cursor = textCursor().position();
    const QString text = value.join(u'\n');
    setPlainText(text);
    QTextCursor c = textCursor();
    c.setPosition(std::min(cursor, int(text.size())));
    setTextCursor(c);
    m_loading = false;
}

// ---- ChoiceCombo ----

ChoiceCombo::ChoiceCombo(QWidget *parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited(currentData());
    });
}

namespace {

constexpr int MaxFittedChoices = 60;
constexpr int MaxFittedCharacters = 60;

} // namespace

int ChoiceCombo::fittedWidth() const
{
    if (m_fittedWidth >= 0)
        return m_fittedWidth;
    m_fittedWidth = 0;
    if (!m_fitToChoices || count() > MaxFittedChoices)
        return m_fittedWidth;
    const QFontMetrics metrics = fontMetrics();
    int widest = 0;
    for (int i = 0; i < count(); ++i)
        widest = std::max(widest, metrics.horizontalAdvance(itemText(i)));
    widest = std::min(widest, metrics.averageCharWidth() * MaxFittedCharacters);
    QStyleOptionComboBox option;
    initStyleOption(&option);
    m_fittedWidth =
        style()->sizeFromContents(QStyle::CT_ComboBox, &option, QSize(widest, metrics.height()), this).width();
    return m_fittedWidth;
}

void ChoiceCombo::setFitToChoices(bool fit)
{
    m_fitToChoices = fit;
    m_fittedWidth = -1;
    updateGeometry();
}

QSize ChoiceCombo::minimumSizeHint() const
{
    QSize size = QComboBox::minimumSizeHint();
    size.setWidth(std::max(size.width(), fittedWidth()));
    return size;
}

QSize ChoiceCombo::sizeHint() const
{
    QSize size = QComboBox::sizeHint();
    size.setWidth(std::max(size.width(), fittedWidth()));
    return size;
}

void ChoiceCombo::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_fittedWidth = -1;
        updateGeometry();
    }
    QComboBox::changeEvent(event);
}

void ChoiceCombo::addChoice(const QString &text, const QVariant &value, const QString &toolTip)
{
    m_fittedWidth = -1;
    updateGeometry();
    m_loading = true;
    addItem(text, value);
    if (!toolTip.isEmpty())
        setItemData(count() - 1, toolTip, Qt::ToolTipRole);
    m_loading = false;
}

void ChoiceCombo::clearChoices()
{
    m_fittedWidth = -1;
    updateGeometry();
    m_loading = true;
    clear();
    m_loading = false;
}

void ChoiceCombo::setValue(const QVariant &value)
{
    int index = -1;
    for (int i = 0; i < count(); ++i) {
        if (itemData(i) == value) {
            index = i;
            break;
        }
    }
    m_loading = true;
    setCurrentIndex(index);
    // The selected item's tooltip explains the current value.
    setToolTip(index >= 0 ? itemData(index, Qt::ToolTipRole).toString() : QString());
    m_loading = false;
}

void ChoiceCombo::addYesNoUnknown()
{
    addChoice(tr("not stated"), QVariant());
    addChoice(tr("Yes"), true);
    addChoice(tr("No"), false);
}

// ---- DateField ----

DateField::DateField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QDateEdit(this))
    , m_clear(new QToolButton(this))
{
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(Labels::dateFormat()); // the user's own, as in the tables
    m_edit->setMinimumDate(NotSetDate);
    m_edit->setMaximumDate(QDate(9999, 12, 31));
    m_edit->setSpecialValueText(tr("not set"));
    m_edit->setKeyboardTracking(false);
    m_edit->setMinimumWidth(
        m_edit->fontMetrics().horizontalAdvance(QLocale().toString(QDate(2000, 12, 28), Labels::dateFormat())) + 48);
    m_edit->calendarWidget()->installEventFilter(this);
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Set to “not set”"));
    m_clear->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_clear);
    layout->addStretch(1);
    setFocusProxy(m_edit);

    // A date is committed when the user is done: a day picked in the calendar, Enter, or
    // leaving the field; not at every keystroke of a date being typed.
    connect(m_edit, &QDateEdit::editingFinished, this, &DateField::commit);
    connect(m_edit->calendarWidget(), &QCalendarWidget::clicked, this, [this] {
        // The date edit takes the clicked date after this signal.
        QMetaObject::invokeMethod(this, &DateField::commit, Qt::QueuedConnection);
    });
    connect(m_clear, &QToolButton::clicked, this, [this] {
        show(std::nullopt);
        commit();
    });
}

std::optional<QDate> DateField::value() const
{
    const QDate date = m_edit->date();
    if (date == NotSetDate || !date.isValid())
        return std::nullopt;
    return date;
}

void DateField::show(const std::optional<QDate> &value)
{
    m_loading = true;
    m_edit->setDate(value && value->isValid() ? *value : NotSetDate);
    m_clear->setEnabled(value.has_value());
    m_loading = false;
}

void DateField::setValue(const std::optional<QDate> &value, bool force)
{
    if (!force && value == m_loaded)
        return;
    m_loaded = value;
    show(value);
}

void DateField::commit()
{
    if (m_loading)
        return;
    const auto now = value();
    m_clear->setEnabled(now.has_value());
    if (now == m_loaded)
        return;
    m_loaded = now;
    Q_EMIT edited(now);
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    // A calendar opened on a date that is not set starts at today, not in 1900.
    if (watched == m_edit->calendarWidget() && event->type() == QEvent::Show && !value()) {
        const QDate today = QDate::currentDate();
        m_edit->calendarWidget()->setCurrentPage(today.year(), today.month());
    }
    return QWidget::eventFilter(watched, event);
}

void fitListHeight(QListWidget *list, int minRows, int maxRows)
{
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setTextElideMode(Qt::ElideRight);
    const int row = list->count() > 0 ? std::max(list->sizeHintForRow(0), 1) : list->fontMetrics().height() + 4;
    const int rows = std::clamp(int(list->count()), minRows, maxRows);
    list->setFixedHeight(rows * row + 2 * list->frameWidth() + 2);
}

QLabel *sectionHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setContentsMargins(0, 8, 0, 2);
    return label;
}

} // namespace ropa
