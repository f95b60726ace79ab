#pragma once

// Country fields with search. Every country is shown with what it means for a transfer:
// "Germany (DE) — EEA", "Japan (JP) — partly adequate", "United States (US) — partly
// adequate", "China (CN) — third country"; the scope of a partial adequacy decision is in the
// item's tooltip and under the field. The data comes from Reference (Debian's iso-codes,
// eea.json, adequacy.json).

#include <QStringList>
#include <QWidget>

class QComboBox;
class QModelIndex;
class QListWidget;
class QPushButton;

namespace ropa {

class HintLabel;

// "EEA", "adequate", "partly adequate", "third country".
QString countryStatus(const QString &code);
// "United States (US) — partly adequate".
QString countryChoiceLabel(const QString &code);
// The decision behind an adequate country, with its full scope, for a tooltip.
QString countryStatusDetails(const QString &code);
// A code from what a user typed: "us", "US", "United States", or a choice label.
// Empty when nothing matches.
QString countryFromInput(const QString &input);

// One country (a party's country of establishment), or "not stated".
class CountryField : public QWidget
{
    Q_OBJECT

public:
    explicit CountryField(QWidget *parent = nullptr);

    // Off: "not stated" is not offered (a field that adds to a list).
    void setAllowEmpty(bool allow);
    void setValue(const QString &code, bool force);
    QString value() const { return m_loaded; }
    QString hint() const;
    QComboBox *comboBox() const { return m_combo; }

Q_SIGNALS:
    // A valid code, or empty for "not stated".
    void edited(const QString &code);

private:
    void fill();
    void onIndexChanged(int index);
    void onTextEntered();
    void onCompletionActivated(const QModelIndex &index);
    // Shows the country and emits edited() when it is not the one shown.
    void choose(const QString &code);
    void showStatus(const QString &code);
    void fitToText();

    QComboBox *m_combo;
    HintLabel *m_hint;
    bool m_allowEmpty = true;
    bool m_loading = false;
    QString m_loaded;
};

// A list of countries (processing locations, a transfer's destinations).
class CountryListField : public QWidget
{
    Q_OBJECT

public:
    explicit CountryListField(QWidget *parent = nullptr);
    void setValue(const QStringList &codes, bool force);
    QStringList value() const { return m_codes; }
    QListWidget *list() const { return m_list; }
    CountryField *picker() const { return m_picker; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void edited(const QStringList &codes);

private:
    void show();
    void addPicked(const QString &code);
    void removeSelected();

    QListWidget *m_list;
    CountryField *m_picker;
    QPushButton *m_remove;
    HintLabel *m_hint;
    QStringList m_codes;
};

} // namespace ropa
