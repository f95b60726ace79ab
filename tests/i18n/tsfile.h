#pragma once

// Reading Qt Linguist .ts files and judging them: what test_translations checks (every message
// the sources have is in the file, finished, not empty, with the source's placeholders).

#include <QFile>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace ropa::test {

struct TsMessage
{
    QString context;
    QString source;
    QString comment; // disambiguation
    QString type;    // "", "unfinished", "obsolete", "vanished"
    bool numerus = false;
    QStringList forms; // the translation, or its numerus forms

    QString key() const { return context + u'\x04' + comment + u'\x04' + source; }
    QString label() const
    {
        return QStringLiteral("[%1] \u201c%2\u201d%3")
            .arg(context, source, comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(comment));
    }
    bool retired() const { return type == u"obsolete" || type == u"vanished"; }
};

struct TsFile
{
    QString error; // not empty: the file could not be read
    QString language;
    QList<TsMessage> messages;
};

inline TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                ts.language = xml.attributes().value(QLatin1StringView("language")).toString();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = TsMessage{};
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"comment") {
                message.comment = xml.readElementText();
            } else if (name == u"translation") {
                message.type = xml.attributes().value(QLatin1StringView("type")).toString();
                if (!message.numerus)
                    message.forms.append(xml.readElementText());
            } else if (name == u"numerusform") {
                message.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1, line %2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

// The placeholders of a text: %1 ... %99, %n, with Qt's %L1 counted as %1.
inline QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([0-9]{1,2}|n)"));
    QSet<QString> result;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        result.insert(u'%' + it.next().captured(1));
    return result;
}

inline QString placeholderList(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.isEmpty() ? QStringLiteral("none") : list.join(QStringLiteral(" "));
}

// What is wrong with one message of a file: unfinished, empty, placeholders. Empty: nothing.
inline QStringList messageProblems(const TsMessage &m)
{
    QStringList problems;
    if (m.type == u"unfinished")
        problems.append(QStringLiteral("unfinished"));
    bool empty = m.forms.isEmpty();
    for (const QString &form : m.forms)
        empty = empty || form.trimmed().isEmpty();
    if (empty && m.type != u"unfinished")
        problems.append(QStringLiteral("empty translation"));
    const QSet<QString> wanted = placeholders(m.source);
    for (const QString &form : m.forms) {
        if (form.trimmed().isEmpty())
            continue;
        const QSet<QString> got = placeholders(form);
        if (got != wanted) {
            problems.append(QStringLiteral("placeholders %1 in \u201c%2\u201d, the source has %3")
                                .arg(placeholderList(got), form, placeholderList(wanted)));
        }
    }
    return problems;
}

// Everything wrong in `committed` (the .ts file as it is in the repository) given `updated`
// (a copy of it that lupdate has brought up to date with the sources), one line each:
//   ropa_nl.ts: [context] “source”: missing (in the sources, not in the file)
inline QStringList tsProblems(const QString &name, const TsFile &committed, const TsFile &updated)
{
    QStringList problems;
    if (!committed.error.isEmpty())
        return {committed.error};
    if (!updated.error.isEmpty())
        return {updated.error};
    QSet<QString> inFile;
    for (const TsMessage &m : committed.messages) {
        if (!m.retired())
            inFile.insert(m.key());
    }
    QSet<QString> reported;
    for (const TsMessage &m : updated.messages) {
        if (m.retired())
            continue;
        if (!inFile.contains(m.key())) {
            problems.append(QStringLiteral("%1: %2: missing (in the sources, not in the file; run the "
                                           "update_translations target and translate it)")
                                .arg(name, m.label()));
            reported.insert(m.key());
            continue;
        }
        for (const QString &p : messageProblems(m))
            problems.append(QStringLiteral("%1: %2: %3").arg(name, m.label(), p));
        reported.insert(m.key());
    }
    // Messages of sources lupdate did not read here (views/ without the GUI): still finished.
    for (const TsMessage &m : committed.messages) {
        if (m.retired() || reported.contains(m.key()))
            continue;
        for (const QString &p : messageProblems(m))
            problems.append(QStringLiteral("%1: %2: %3").arg(name, m.label(), p));
    }
    return problems;
}

} // namespace ropa::test
