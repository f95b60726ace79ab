#pragma once

// Small field widgets the entity editors are built from. Each one shows a value of the
// domain and emits edited() only when the user changed it (never while a value is loaded),
// so an editor connects edited() to an undo command and nothing else.
//
// Loading: setValue(value, force) is called whenever the entity may have changed. Without
// force, a value equal to the one loaded last is ignored, so a field the user is typing in
// keeps its text and cursor, and an invalid input that was not committed stays visible
// with its hint until the user fixes it. force (a new entity) always replaces the text.
//
// Validation: a field with a check shows the check's message under it as a hint and does
// not emit edited() for an input that fails; the hint says why (never a silent drop).

#include <QComboBox>
#include <QDate>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStringList>
#include <QVariant>
#include <QWidget>

#include <functional>
#include <optional>

class QDateEdit;
class QLineEdit;
class QListWidget;
class QToolButton;

namespace ropa {

// A readable message under a field; hidden when empty.
class HintLabel : public QLabel
{
    Q_OBJECT

public:
    explicit HintLabel(QWidget *parent = nullptr);
    void setHint(const QString &text);
    // A neutral note (for example a country's adequacy status) instead of a warning.
    void setNote(const QString &text);
};

// Returns an empty string for a valid input, or a readable reason why it is not.
using FieldCheck = std::function<QString(const QString &)>;

// A one-line text.
class TextField : public QWidget
{
    Q_OBJECT

public:
    explicit TextField(QWidget *parent = nullptr);

    void setCheck(FieldCheck check) { m_check = std::move(check); }
    void setPlaceholderText(const QString &text);
    void setValue(const QString &value, bool force);
    QString text() const;
    QString hint() const;
    QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    void edited(const QString &value);

private:
    void onTextEdited(const QString &text);

    QLineEdit *m_edit;
    HintLabel *m_hint;
    FieldCheck m_check;
    QString m_loaded;
};

// A text of several lines (notes, descriptions, a document's text, a quote).
class TextAreaField : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit TextAreaField(int lines, QWidget *parent = nullptr);
    void setValue(const QString &value, bool force);

Q_SIGNALS:
    void edited(const QString &value);

private:
    bool m_loading = false;
    QString m_loaded;
};

// A list of short texts, one a line (purposes, examples, certifications). Blank lines and
// surrounding spaces are not part of the value.
class ListField : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit ListField(QWidget *parent = nullptr);
    void setValue(const QStringList &value, bool force);
    QStringList value() const;

Q_SIGNALS:
    void edited(const QStringList &value);

private:
    bool m_loading = false;
    QStringList m_loaded;
};

// A choice among values (an enumeration, yes/no/unknown, a referenced entity). An invalid
// QVariant is "not stated".
class ChoiceCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit ChoiceCombo(QWidget *parent = nullptr);

    void addChoice(const QString &text, const QVariant &value, const QString &toolTip = {});
    void clearChoices();
    void setValue(const QVariant &value);
    QVariant value() const { return currentData(); }

    // Yes / No / not stated.
    void addYesNoUnknown();
    template <typename E>
    void addEnum(const std::function<QString(E)> &label, const std::function<QString(E)> &toolTip = {});

    // At least as wide as its longest choice (up to about 60 characters, and only for a list
    // of a few dozen choices, not thousands of parties), so that a form puts a combo whose
    // choices do not fit beside the label under it rather than cutting them ("Art. 6, lid 1,
    // onder b — Ov"): Dutch and German texts are longer than the English ones.
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;
    // Off: as narrow as any combo (one beside buttons in a row, such as an evidence entry's
    // document, which elides a long title and shows it whole in its list).
    void setFitToChoices(bool fit);
    bool fitsToChoices() const { return m_fitToChoices; }

Q_SIGNALS:
    void edited(const QVariant &value);

protected:
    void changeEvent(QEvent *event) override;

private:
    int fittedWidth() const;

    bool m_loading = false;
    bool m_fitToChoices = true;
    mutable int m_fittedWidth = -1; // -1: measure again
};

// A date with a calendar popup, or "not set".
class DateField : public QWidget
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);
    void setValue(const std::optional<QDate> &value, bool force);
    std::optional<QDate> value() const;
    QDateEdit *dateEdit() const { return m_edit; }
    QToolButton *clearButton() const { return m_clear; }

Q_SIGNALS:
    void edited(const std::optional<QDate> &value);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commit();
    void show(const std::optional<QDate> &value);

    QDateEdit *m_edit;
    QToolButton *m_clear;
    bool m_loading = false;
    std::optional<QDate> m_loaded;
};

// Sizes a list to its items: between minRows and maxRows rows, no horizontal scroll bar.
void fitListHeight(QListWidget *list, int minRows, int maxRows);

// A label for a row of the form, and a bold heading between groups of rows.
QLabel *sectionHeading(const QString &text, QWidget *parent);

// A stored enum as a QVariant and back.
template <typename E> QVariant enumVariant(const std::optional<E> &value)
{
    return value ? QVariant(static_cast<int>(*value)) : QVariant();
}
template <typename E> std::optional<E> variantEnum(const QVariant &value)
{
    if (!value.isValid())
        return std::nullopt;
    return static_cast<E>(value.toInt());
}

} // namespace ropa

#include "domain/enums.h"

template <typename E>
void ropa::ChoiceCombo::addEnum(const std::function<QString(E)> &label, const std::function<QString(E)> &toolTip)
{
    for (const auto &entry : enumNames<E>())
        addChoice(label(entry.value), static_cast<int>(entry.value), toolTip ? toolTip(entry.value) : QString());
}
