#include "report.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QTranslator>

#include <map>
#include <memory>

namespace ropa::reports {

int Table::columnIndex(const QString &columnKey) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == columnKey)
            return static_cast<int>(i);
    }
    return -1;
}

const Table *Report::table(const QString &key) const
{
    for (const Section &s : sections) {
        for (const Table &t : s.tables) {
            if (t.key == key)
                return &t;
        }
    }
    return nullptr;
}

QList<const Table *> Report::tables() const
{
    QList<const Table *> result;
    for (const Section &s : sections) {
        for (const Table &t : s.tables)
            result.append(&t);
    }
    return result;
}

QStringList availableLanguages()
{
    QStringList langs{QStringLiteral("en")};
    // Translations are compiled in as :/i18n/ropa_<lang>.qm once the translation issue lands.
    const QDir dir(QStringLiteral(":/i18n"));
    const QStringList files = dir.entryList({QStringLiteral("ropa_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        const QString lang = QFileInfo(f).completeBaseName().mid(5);
        if (!lang.isEmpty() && !langs.contains(lang))
            langs.append(lang);
    }
    return langs;
}

namespace {

constexpr char recordContext[] = "ropa::reports::Record";

// The language of the record being built or written on this thread; null: none.
thread_local QString currentLanguage;

// Installed over the application's translators: answers for the record's context while a
// LanguageScope is open, and leaves everything else (and the record outside a scope) to them.
class RecordTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    bool isEmpty() const override { return false; }

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        if (currentLanguage.isNull() || !context || qstrcmp(context, recordContext) != 0)
            return {};
        const QString source = QString::fromUtf8(sourceText);
        if (currentLanguage == u"en")
            return source;
        const QString translated = translator(currentLanguage).translate(context, sourceText, disambiguation, n);
        return translated.isEmpty() ? source : translated;
    }

private:
    const QTranslator &translator(const QString &language) const
    {
        const QMutexLocker locker(&m_mutex);
        auto &slot = m_translators[language];
        if (!slot) {
            slot = std::make_unique<QTranslator>();
            if (!slot->load(QStringLiteral("ropa_") + language, QStringLiteral(":/i18n")))
                qWarning("No translation of the record into %s", qPrintable(language));
        }
        return *slot;
    }

    mutable QMutex m_mutex;
    mutable std::map<QString, std::unique_ptr<QTranslator>> m_translators;
};

void installRecordTranslator()
{
    static QMutex mutex;
    static QCoreApplication *installedIn = nullptr;
    const QMutexLocker locker(&mutex);
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || installedIn == app)
        return;
    // Owned by the application, so it goes when the application goes.
    QCoreApplication::installTranslator(new RecordTranslator(app));
    installedIn = app;
}

} // namespace

LanguageScope::LanguageScope(const QString &language)
    : m_previous(currentLanguage)
{
    installRecordTranslator();
    currentLanguage = language.isEmpty() ? QStringLiteral("en") : language;
}

LanguageScope::~LanguageScope()
{
    currentLanguage = m_previous;
}

QString LanguageScope::current()
{
    return currentLanguage.isNull() ? QStringLiteral("en") : currentLanguage;
}

QLocale LanguageScope::locale()
{
    const QString language = current();
    // English records keep the C locale's numbers (no digit grouping), as they always had.
    return language == u"en" ? QLocale::c() : QLocale(language);
}

QString recordDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    //: The record's date on its cover and page headers, as a QDate format (yyyy year, MMMM month name, d day).
    const QString format = QCoreApplication::translate("ropa::reports::Record", "yyyy-MM-dd", "long date");
    return LanguageScope::locale().toString(date, format);
}

QString recordShortDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    //: Dates in the record's tables, as a QDate format (yyyy year, MM month, dd day).
    const QString format = QCoreApplication::translate("ropa::reports::Record", "yyyy-MM-dd", "short date");
    return LanguageScope::locale().toString(date, format);
}

QString recordNumber(qint64 number)
{
    return LanguageScope::locale().toString(number);
}

QString recordPercent(int percent)
{
    //: A percentage (German: "%1 %").
    return QCoreApplication::translate("ropa::reports::Record", "%1%", "percent").arg(recordNumber(percent));
}

QString recordTypeKey(RecordType type)
{
    return type == RecordType::Controller ? QStringLiteral("controller") : QStringLiteral("processor");
}

std::optional<RecordType> recordTypeFromKey(QStringView key)
{
    if (key == QLatin1StringView("controller"))
        return RecordType::Controller;
    if (key == QLatin1StringView("processor"))
        return RecordType::Processor;
    return std::nullopt;
}

QString cleanText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u == u'\r') {
            out.append(QLatin1Char('\n'));
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (u == u'\n' || u == u'\t') {
            out.append(c);
        } else if (u < 0x20) {
            out.append(QChar(char16_t(0x2400 + u))); // control pictures: visible and inert
        } else if (u == 0x7f) {
            out.append(QChar(char16_t(0x2421)));
        } else if (u == 0xfeff || u == 0xfffe || u == 0xffff) {
            out.append(QChar(char16_t(0xfffd)));
        } else if (c.isHighSurrogate()) {
            if (i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                out.append(c);
                out.append(text.at(++i));
            } else {
                out.append(QChar(char16_t(0xfffd)));
            }
        } else if (c.isLowSurrogate()) {
            out.append(QChar(char16_t(0xfffd)));
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace ropa::reports
