#include "editorhelpers.h"

#include "fields.h"
#include "labels.h"
#include "reference/reference.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QRegularExpression>
#include <QToolButton>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>

namespace ropa::editors {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::KindEditor)
};

} // namespace

QString nameProblem(const QString &text)
{
    return text.trimmed().isEmpty() ? Tr::tr("A name is needed; the previous one is kept until you type one.")
                                    : QString();
}

QString emailProblem(const QString &text)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (text.isEmpty() || email.match(text.trimmed()).hasMatch())
        return {};
    return Tr::tr("“%1” is not an e-mail address (name@example.com).").arg(text);
}

QString urlProblem(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (url.isValid() && (scheme == u"https" || scheme == u"http") && !url.host().isEmpty())
        return {};
    return Tr::tr("Not a web address: start it with https:// (https://www.example.com/privacy).");
}

QString legalTip(const LegalItem *item)
{
    if (!item)
        return {};
    // In the language of the user interface (the reference data's "nl"/"de" texts).
    const QString language = Reference::displayLanguage();
    QString tip =
        Tr::tr("%1 — %2\n%3").arg(item->referenceIn(language), item->titleIn(language), item->textIn(language));
    if (item->invalidated)
        tip +=
            u'\n' + Tr::tr("Invalidated on %1 (%2).").arg(Labels::date(item->invalidated), item->judgmentIn(language));
    return tip;
}

QUuid idValue(const QVariant &value)
{
    return value.value<QUuid>();
}

QVariant idVariant(const QUuid &id)
{
    return QVariant::fromValue(id);
}

QVariant optionalBool(const std::optional<bool> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<bool> boolOptional(const QVariant &value)
{
    if (!value.isValid())
        return std::nullopt;
    return value.toBool();
}

void setChoicesToolTip(ChoiceCombo *combo, const QString &tip)
{
    for (int i = 0; i < combo->count(); ++i)
        combo->setItemData(i, tip, Qt::ToolTipRole);
    combo->setToolTip(tip);
}

QWidget *withHint(QWidget *field, HintLabel *hint)
{
    auto *box = new QWidget(field->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(hint);
    return box;
}

QWidget *withShowButton(ChoiceCombo *combo, QWidget *parent, const std::function<void(const QUuid &)> &show)
{
    auto *box = new QWidget(parent);
    auto *go = new QToolButton(box);
    go->setText(Tr::tr("Show"));
    go->setToolTip(Tr::tr("Show the selected entry"));
    go->setAutoRaise(true);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(combo, 1);
    layout->addWidget(go);
    box->setFocusProxy(combo);
    const auto update = [combo, go] { go->setEnabled(!combo->value().value<QUuid>().isNull()); };
    QObject::connect(combo, &QComboBox::currentIndexChanged, go, update);
    QObject::connect(go, &QToolButton::clicked, box, [combo, show] {
        const QUuid id = combo->value().value<QUuid>();
        if (!id.isNull())
            show(id);
    });
    return box;
}

QCheckBox *checkBox(const QString &text, QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    return box;
}

void setChecked(QCheckBox *box, bool checked)
{
    const QSignalBlocker blocker(box);
    box->setChecked(checked);
}

} // namespace ropa::editors
