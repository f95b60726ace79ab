#pragma once

// Small pieces the per-kind editors share: checks of typed values (a name, an e-mail address,
// a web address), the legal tooltip of a reference item, conversions between stored values
// and combo values, and a field with a hint line under it.

#include <QString>
#include <QUuid>
#include <QVariant>

#include <functional>
#include <optional>

class QCheckBox;
class QWidget;

namespace ropa {

struct LegalItem;
class ChoiceCombo;
class HintLabel;

namespace editors {

// Empty for a valid input, else why it is not (shown under the field).
QString nameProblem(const QString &text);
QString emailProblem(const QString &text);
QString urlProblem(const QString &text);

// "Art. 6(1)(a) GDPR — Consent: The data subject has agreed…", for a tooltip.
QString legalTip(const LegalItem *item);

QUuid idValue(const QVariant &value);
QVariant idVariant(const QUuid &id);
// Yes / No / not stated as a combo value and back (an invalid QVariant is "not stated").
QVariant optionalBool(const std::optional<bool> &value);
std::optional<bool> boolOptional(const QVariant &value);

// A tooltip for every choice of a combo (ChoiceCombo shows the current choice's tooltip).
void setChoicesToolTip(ChoiceCombo *combo, const QString &tip);
// A field with a hint line under it.
QWidget *withHint(QWidget *field, HintLabel *hint);
// A combo of referenced entities with a "Show" button beside it that calls show with the
// selected id (disabled while nothing is selected).
QWidget *withShowButton(ChoiceCombo *combo, QWidget *parent, const std::function<void(const QUuid &)> &show);
// A check box whose label is never clipped (its height follows its text).
QCheckBox *checkBox(const QString &text, QWidget *parent);
// Shows a stored value without emitting toggled().
void setChecked(QCheckBox *box, bool checked);

} // namespace editors
} // namespace ropa
