#include "fieldwhatsthis.h"

#include "help/fieldhelp.h"

#include <QApplication>
#include <QToolTip>
#include <QWidget>

namespace ropa {

namespace {

// Shown long enough to read; a key press or a click closes it, as any tooltip.
constexpr int helpShowMs = 60000;

QString helpHtml(const FieldHelp &help)
{
    return QStringLiteral("<p><b>%1</b> — %2</p><p>%3</p>")
        .arg(help.title.toHtmlEscaped(), help.article.toHtmlEscaped(), help.text.toHtmlEscaped());
}

bool insideHelpedField(const QWidget *widget, const QWidget *editor, const QStringList &keys)
{
    for (const QWidget *p = widget->parentWidget(); p && p != editor; p = p->parentWidget()) {
        if (keys.contains(p->objectName()))
            return true;
    }
    return false;
}

} // namespace

void applyFieldHelp(QWidget *editor, EntityKind kind)
{
    const QStringList keys = fieldHelpKeys(kind);
    const QList<QWidget *> widgets = editor->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!keys.contains(widget->objectName()) || insideHelpedField(widget, editor, keys))
            continue;
        if (const std::optional<FieldHelp> help = fieldHelp(kind, widget->objectName()))
            widget->setWhatsThis(helpHtml(*help));
    }
}

bool showFocusedFieldHelp()
{
    QWidget *widget = QApplication::focusWidget();
    while (widget && !widget->isWindow() && widget->whatsThis().isEmpty())
        widget = widget->parentWidget();
    if (!widget || widget->whatsThis().isEmpty())
        return false;
    QToolTip::showText(widget->mapToGlobal(QPoint(0, widget->height())), widget->whatsThis(), widget, QRect(),
                       helpShowMs);
    return true;
}

} // namespace ropa
