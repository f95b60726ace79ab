#include "countrypicker.h"
#include "itemmodels/labels.h"

#include "fields.h"
#include "reference/reference.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace ropa {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::CountryPicker)
};

// In the language of the user interface (iso-codes' translation, English without one).
QString countryName(const QString &code)
{
    const QString name = Reference::instance().countryName(code);
    return name.isEmpty() ? code : name;
}

// The choices in the order a user scans them: the EU first, then countries by name.
QStringList choiceCodes()
{
    static const QStringList codes = [] {
        QList<const Country *> countries;
        for (const Country &c : Reference::instance().countries())
            countries.append(&c);
        std::sort(countries.begin(), countries.end(), [](const Country *a, const Country *b) {
            return QString::localeAwareCompare(countryName(a->code), countryName(b->code)) < 0;
        });
        QStringList result{QStringLiteral("EU")};
        for (const Country *c : countries) {
            if (c->code != u"EU")
                result.append(c->code);
        }
        return result;
    }();
    return codes;
}

} // namespace

QString countryStatus(const QString &code)
{
    const Reference &ref = Reference::instance();
    if (ref.isEea(code))
        return Tr::tr("EEA");
    if (const AdequacyDecision *decision = ref.adequacy(code)) {
        // Only "partly": the scope itself is too long for a field's width (it is clipped in
        // the box); the tooltip and the hint under the field spell it out.
        if (decision->partial)
            return Tr::tr("partly adequate");
        return Tr::tr("adequate");
    }
    return Tr::tr("third country");
}

QString countryChoiceLabel(const QString &code)
{
    return Tr::tr("%1 (%2) — %3").arg(countryName(code), code, countryStatus(code));
}

QString countryStatusDetails(const QString &code)
{
    const Reference &ref = Reference::instance();
    if (code.isEmpty() || !ref.isCountryCode(code))
        return {};
    if (ref.isEea(code))
        return Tr::tr("In the EEA: not a transfer under Chapter V.");
    if (const AdequacyDecision *decision = ref.adequacy(code)) {
        const QString date = Labels::date(decision->date);
        const QString language = Reference::displayLanguage();
        if (decision->partial)
            return Tr::tr("Adequacy decision of %1 (%2), partial: only for %3. Check that the recipient is covered.")
                .arg(date, decision->referenceIn(language), decision->scopeIn(language));
        return Tr::tr("Adequacy decision of %1 (%2): %3.")
            .arg(date, decision->referenceIn(language), decision->scopeIn(language));
    }
    return Tr::tr("Third country without an adequacy decision: a transfer there needs safeguards (Art. 46) or a "
                  "derogation (Art. 49).");
}

QString countryFromInput(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    const Reference &ref = Reference::instance();
    if (text.size() == 2 && ref.isCountryCode(text.toUpper()))
        return text.toUpper();
    for (const QString &code : choiceCodes()) {
        if (text.compare(countryName(code), Qt::CaseInsensitive) == 0 || text == countryChoiceLabel(code))
            return code;
        // The English name is understood in every language.
        const Country *c = ref.country(code);
        if (c && text.compare(c->name, Qt::CaseInsensitive) == 0)
            return code;
    }
    return {};
}

// ---- CountryField ----

CountryField::CountryField(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_hint(new HintLabel(this))
{
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(16);
    m_combo->lineEdit()->setPlaceholderText(tr("Type a country or a code"));
    auto *completer = new QCompleter(m_combo->model(), m_combo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_combo->setCompleter(completer);
    // The combo's own handling of an activated completion maps the completer's row to a combo
    // row after the add box may have been emptied, and picked another country (the EU) as well
    // as the one chosen. The field handles the completer itself (onCompletionActivated).
    disconnect(completer, nullptr, m_combo, nullptr);
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &CountryField::onCompletionActivated);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_combo);
    layout->addWidget(m_hint);
    setFocusProxy(m_combo);

    fill();
    connect(m_combo, &QComboBox::currentIndexChanged, this, &CountryField::onIndexChanged);
    connect(m_combo->lineEdit(), &QLineEdit::editingFinished, this, &CountryField::onTextEntered);
}

void CountryField::fill()
{
    m_loading = true;
    m_combo->clear();
    if (m_allowEmpty)
        m_combo->addItem(tr("not stated"), QString());
    for (const QString &code : choiceCodes()) {
        m_combo->addItem(countryChoiceLabel(code), code);
        m_combo->setItemData(m_combo->count() - 1, countryStatusDetails(code), Qt::ToolTipRole);
    }
    m_combo->setCurrentIndex(-1);
    m_loading = false;
}

void CountryField::setAllowEmpty(bool allow)
{
    if (allow == m_allowEmpty)
        return;
    m_allowEmpty = allow;
    fill();
    setValue(m_loaded, true);
}

QString CountryField::hint() const
{
    return m_hint->isVisibleTo(this) ? m_hint->text() : QString();
}

void CountryField::setValue(const QString &code, bool force)
{
    if (!force && code == m_loaded)
        return;
    m_loaded = code;
    m_loading = true;
    const int index = m_combo->findData(code);
    m_combo->setCurrentIndex(index);
    if (index < 0)
        m_combo->setEditText(code);            // a code the reference does not know; the hint says so
    m_combo->lineEdit()->setCursorPosition(0); // the name, not the end of a long label
    m_loading = false;
    if (!code.isEmpty() && index < 0) {
        m_hint->setHint(tr("“%1” is not an ISO 3166-1 country code.").arg(code));
        fitToText();
    } else {
        showStatus(code);
    }
}

void CountryField::fitToText()
{
    // At least as wide as the country shown ("Verenigde Staten (US) — deels passend
    // beschermingsniveau"), so that the form puts the field below its label when it does not
    // fit beside it, instead of cutting it. Never wider than a pane of the default window.
    QStyleOptionComboBox option;
    option.initFrom(m_combo);
    option.editable = true;
    const QFontMetrics metrics = m_combo->fontMetrics();
    const QSize text(metrics.horizontalAdvance(m_combo->currentText()), metrics.height());
    const int width = m_combo->style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, m_combo).width();
    m_combo->setMinimumWidth(std::min(width, metrics.averageCharWidth() * 70));
}

void CountryField::showStatus(const QString &code)
{
    fitToText();
    m_combo->setToolTip(countryStatusDetails(code));
    // The partial decisions need a second look; the others say it all in the item text.
    const AdequacyDecision *decision = code.isEmpty() ? nullptr : Reference::instance().adequacy(code);
    m_hint->setNote(decision && decision->partial ? countryStatusDetails(code) : QString());
}

void CountryField::onIndexChanged(int index)
{
    if (m_loading || index < 0)
        return;
    const QString code = m_combo->itemData(index).toString();
    showStatus(code);
    if (code == m_loaded)
        return;
    m_loaded = code;
    Q_EMIT edited(code);
}

void CountryField::onCompletionActivated(const QModelIndex &index)
{
    if (m_loading)
        return;
    choose(index.data(Qt::UserRole).toString());
}

void CountryField::choose(const QString &code)
{
    if (code.isEmpty())
        return;
    m_hint->setHint({});
    m_loading = true;
    m_combo->setCurrentIndex(m_combo->findData(code));
    m_combo->lineEdit()->setCursorPosition(0);
    m_loading = false;
    showStatus(code);
    if (code == m_loaded)
        return;
    m_loaded = code;
    Q_EMIT edited(code);
}

void CountryField::onTextEntered()
{
    if (m_loading)
        return;
    // Enter on a highlighted completion: the completer activates it (onCompletionActivated).
    QCompleter *completer = m_combo->completer();
    if (QAbstractItemView *popup = completer->popup(); popup->isVisible()) {
        const QModelIndex current = popup->currentIndex();
        if (current.isValid() && popup->selectionModel()->isSelected(current))
            return;
    }
    const QString text = m_combo->currentText().trimmed();
    if (text.isEmpty()) {
        if (!m_allowEmpty) {
            m_hint->setHint({});
            return;
        }
        m_loading = true;
        m_combo->setCurrentIndex(m_combo->findData(QString()));
        m_loading = false;
        showStatus({});
        if (!m_loaded.isEmpty()) {
            m_loaded.clear();
            Q_EMIT edited(QString());
        }
        return;
    }
    QString code = countryFromInput(text);
    if (code.isEmpty()) {
        // What the list offers for the text: one country is the one meant ("Belg").
        completer->setCompletionPrefix(text);
        if (completer->completionCount() == 1) {
            code = completer->completionModel()->index(0, 0).data(Qt::UserRole).toString();
            completer->popup()->hide();
        }
    }
    if (code.isEmpty()) {
        m_hint->setHint(tr("“%1” is not a country. Type a name or a two-letter ISO code (such as DE), or pick "
                           "one from the list.")
                            .arg(text));
        return;
    }
    choose(code);
}

// ---- CountryListField ----

CountryListField::CountryListField(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_picker(new CountryField(this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_hint(new HintLabel(this))
{
    m_picker->setAllowEmpty(false);
    m_picker->comboBox()->lineEdit()->setPlaceholderText(tr("Add a country…"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    fitListHeight(m_list, 1, 5);
    m_remove->setEnabled(false);

    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_picker, 1);
    row1->addWidget(m_remove, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_list);
    layout->addLayout(row1);
    layout->addWidget(m_hint);

    connect(m_picker, &CountryField::edited, this, &CountryListField::addPicked);
    connect(m_remove, &QPushButton::clicked, this, &CountryListField::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
}

void CountryListField::setValue(const QStringList &codes, bool force)
{
    if (!force && codes == m_codes)
        return;
    m_codes = codes;
    show();
}

void CountryListField::show()
{
    m_list->clear();
    QStringList unknown;
    for (const QString &code : std::as_const(m_codes)) {
        const bool known = Reference::instance().isCountryCode(code);
        auto *item = new QListWidgetItem(known ? countryChoiceLabel(code) : code, m_list);
        item->setData(Qt::UserRole, code);
        item->setToolTip(countryStatusDetails(code));
        if (!known)
            unknown.append(code);
    }
    fitListHeight(m_list, 1, 5);
    // As wide as its longest country, so that the form puts the list below its label rather
    // than cutting the names (at most about 70 characters).
    const int widest = m_list->count() > 0 ? m_list->sizeHintForColumn(0) : 0;
    const int frame = 2 * m_list->frameWidth() + m_list->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4;
    m_list->setMinimumWidth(std::min(widest + frame, m_list->fontMetrics().averageCharWidth() * 70));
    m_hint->setHint(unknown.isEmpty() ? QString()
                                      : tr("Not ISO 3166-1 country codes: %1. Remove them and add the right countries.")
                                            .arg(unknown.join(tr(", "))));
    m_remove->setEnabled(false);
}

void CountryListField::addPicked(const QString &code)
{
    // The picker is an "add" box: it empties after each country, once the key press or click
    // that chose it is over (the completer still writes its text into the box after it
    // reported the choice).
    QTimer::singleShot(0, m_picker, [picker = m_picker] { picker->setValue(QString(), true); });
    if (code.isEmpty() || m_codes.contains(code))
        return;
    m_codes.append(code);
    show();
    Q_EMIT edited(m_codes);
}

void CountryListField::removeSelected()
{
    const auto selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    for (const QListWidgetItem *item : selected)
        m_codes.removeAll(item->data(Qt::UserRole).toString());
    show();
    Q_EMIT edited(m_codes);
}

} // namespace ropa
