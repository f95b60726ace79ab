#pragma once

// A QTextDocument that loads no resource from outside. QTextDocument::loadResource would read
// a local file for <img src="file:///etc/passwd"> (and a parent QTextBrowser would fetch
// network URLs); a record rendered to PDF or ODT must never carry anything but its own text.
// Every field is escaped anyway (writers.h); this is the second wall.

#include <QStringList>
#include <QTextDocument>

namespace ropa::reports {

class SafeTextDocument : public QTextDocument
{
    Q_OBJECT

public:
    explicit SafeTextDocument(QObject *parent = nullptr);

    // The URLs something asked for and did not get (for tests and diagnostics).
    QStringList refused() const { return m_refused; }

    // True for URLs no report may load: file:, network schemes, anything with a scheme or a
    // path (a report embeds nothing, so in practice every URL).
    static bool isRefused(const QUrl &url);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    QStringList m_refused;
};

} // namespace ropa::reports
