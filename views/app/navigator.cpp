#include "navigator.h"

#include <QAction>
#include <QApplication>
#include <QPainter>
#include <QStyledItemDelegate>

namespace ropa {

namespace {

// Draws an entry with its count right-aligned, and gives the entries some air.
class NavigatorDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The first page (Findings, ...) starts a group of its own: a rule and some space above it
    // set it apart from the kinds of entity.
    static bool startsGroup(const QModelIndex &index)
    {
        return index.row() > 0 && index.data(Navigator::SectionRole).toInt() < 0 &&
               index.siblingAtRow(index.row() - 1).data(Navigator::SectionRole).toInt() >= 0;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &groupOption, const QModelIndex &index) const override
    {
        QStyleOptionViewItem option(groupOption);
        if (startsGroup(index)) {
            const int y = option.rect.top() + GroupGap / 2;
            painter->save();
            painter->setPen(option.palette.color(QPalette::Mid));
            painter->drawLine(option.rect.left() + Padding, y, option.rect.right() - Padding, y);
            painter->restore();
            option.rect.setTop(option.rect.top() + GroupGap);
        }
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        opt.rect.adjust(Padding, 0, 0, 0);
        // The highlight covers the whole row, the text starts after the padding.
        QStyleOptionViewItem background(option);
        initStyleOption(&background, index);
        background.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
        opt.backgroundBrush = Qt::NoBrush;
        opt.state &= ~QStyle::State_HasFocus;
        const QVariant count = index.data(Navigator::CountRole);
        if (count.isValid()) {
            const QString text = QLocale().toString(count.toInt());
            const bool selected = option.state & QStyle::State_Selected;
            painter->save();
            painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
            painter->drawText(option.rect.adjusted(0, 0, -Padding, 0), Qt::AlignRight | Qt::AlignVCenter, text);
            painter->restore();
            opt.rect.adjust(0, 0, -(option.fontMetrics.horizontalAdvance(text) + 2 * Padding), 0);
        }
        // Only the text this time: no second highlight.
        opt.state &= ~QStyle::State_Selected;
        if (option.state & QStyle::State_Selected)
            opt.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize size = QStyledItemDelegate::sizeHint(option, index);
        const bool counted = index.data(Navigator::SectionRole).toInt() >= 0;
        return {size.width() + 6 * Padding + (counted ? countWidth(option.fontMetrics) : 0),
                size.height() + Padding + (startsGroup(index) ? GroupGap : 0)};
    }

    // The room a count takes beside its entry's name (up to 99,999, and the gap before it).
    static int countWidth(const QFontMetrics &fm)
    {
        return fm.horizontalAdvance(QStringLiteral("00,000")) + 2 * Padding;
    }

    static constexpr int Padding = 6;
    static constexpr int GroupGap = 13;
};

} // namespace

Navigator::Navigator(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigator"));
    setItemDelegate(new NavigatorDelegate(this));
    setUniformItemSizes(false); // the first entry of a group is taller
    // As wide as its entries (preferredWidth()); narrowed by hand, names are elided, the
    // counts stay in view.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setStyleSheet(QStringLiteral("QListWidget:focus { border: 2px solid palette(highlight); }"));
    for (int i = 0; i < SectionCount; ++i) {
        auto *item = new QListWidgetItem(sectionTitle(static_cast<Section>(i)), this);
        item->setData(SectionRole, i);
        item->setData(PageRole, -1);
    }
    auto *focus = new QAction(tr("Go to the &navigator"), this);
    focus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    focus->setShortcutContext(Qt::ApplicationShortcut);
    connect(focus, &QAction::triggered, this, [this] { setFocus(Qt::ShortcutFocusReason); });
    m_actions.append(focus);
    for (int i = 0; i < SectionCount && i < 9; ++i) {
        const auto section = static_cast<Section>(i);
        auto *go = new QAction(sectionTitle(section), this);
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        go->setShortcutContext(Qt::ApplicationShortcut);
        connect(go, &QAction::triggered, this, [this, section] { showSection(section); });
        m_actions.append(go);
    }
}

void Navigator::addPage(int page, const QString &title)
{
    auto *item = new QListWidgetItem(title, this);
    item->setData(PageRole, page);
    item->setData(SectionRole, -1);
}

void Navigator::setCounts(const ProjectData *data)
{
    for (int i = 0; i < SectionCount; ++i) {
        const auto section = static_cast<Section>(i);
        QListWidgetItem *entry = item(i);
        if (!data) {
            entry->setData(CountRole, QVariant());
            entry->setData(Qt::AccessibleTextRole, sectionTitle(section));
            continue;
        }
        const int count = sectionCount(*data, section);
        entry->setData(CountRole, count);
        entry->setData(Qt::AccessibleTextRole, tr("%1: %2").arg(sectionTitle(section)).arg(count));
    }
}

std::optional<Section> Navigator::currentSection() const
{
    const QListWidgetItem *entry = currentItem();
    const int section = entry ? entry->data(SectionRole).toInt() : -1;
    if (section < 0)
        return std::nullopt;
    return static_cast<Section>(section);
}

int Navigator::currentPage() const
{
    const QListWidgetItem *entry = currentItem();
    return entry ? entry->data(PageRole).toInt() : -1;
}

void Navigator::showSection(Section section)
{
    setCurrentRow(static_cast<int>(section));
}

bool Navigator::showPage(int page)
{
    for (int row = SectionCount; row < count(); ++row) {
        if (item(row)->data(PageRole).toInt() == page) {
            setCurrentRow(row);
            return true;
        }
    }
    return false;
}

int Navigator::preferredWidth() const
{
    const QFontMetrics fm = fontMetrics();
    int widest = 0;
    for (int row = 0; row < count(); ++row) {
        widest = std::max(widest, fm.horizontalAdvance(item(row)->text()) + 6 * NavigatorDelegate::Padding +
                                      NavigatorDelegate::countWidth(fm));
    }
    const int margins = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 8;
    const int width =
        widest + margins + 2 * frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    return std::max(230, width);
}

} // namespace ropa
