#include "transfertext.h"

#include "recordtext.h"
#include "reference/reference.h"
#include "report.h"

namespace ropa::reports::transfertext {

using namespace recordtext;

QString mechanismText(const Transfer &t)
{
    const Reference &ref = Reference::instance();
    if (t.mechanism == Mechanism::NotStated)
        return Record::tr("transfer mechanism: %1").arg(Record::tr("not stated"));
    if (t.mechanism == Mechanism::None)
        return Record::tr("no transfer mechanism");
    QString text = legalItemText(ref.mechanism(t.mechanism), enumToString(t.mechanism));
    if (t.mechanism == Mechanism::Scc && t.sccModule)
        text += QStringLiteral(", ") + Record::tr("module %1").arg(*t.sccModule);
    if (t.mechanism == Mechanism::Derogation) {
        if (t.derogation)
            text += QStringLiteral(": ") + legalItemText(ref.derogation(*t.derogation), enumToString(*t.derogation));
        else
            text += QStringLiteral(": ") + Record::tr("derogation %1").arg(Record::tr("not stated"));
    }
    if (const LegalItem *item = ref.mechanism(t.mechanism); item && item->invalidated) {
        text += QStringLiteral(" \u2014 ") +
                Record::tr("invalidated on %1 (%2)")
                    .arg(recordShortDate(*item->invalidated), item->judgmentIn(LanguageScope::current()));
    }
    if (t.tiaDone)
        text += QStringLiteral("; ") + Record::tr("transfer impact assessment %1").arg(tableDate(t.tiaDone));
    return text;
}

QString safeguardsText(const ProjectData &data, const Transfer &t, bool *stated)
{
    QStringList docs;
    for (const Evidence &e : t.evidence) {
        const Document *d = data.find<Document>(e.document);
        QStringList parts;
        if (d) {
            parts.append(d->title);
            if (d->date)
                parts.append(tableDate(d->date));
            if (!d->url.isEmpty())
                parts.append(d->url);
        }
        if (!e.quote.trimmed().isEmpty())
            parts.append(Record::tr("“%1”", "a quote from a document, in quotation marks").arg(e.quote.trimmed()));
        if (!parts.isEmpty())
            docs.append(parts.join(QStringLiteral(", ")));
    }
    // The transfer's "suitable safeguards" field is the documentation; the evidence says where
    // it comes from. Evidence alone is not the documentation (docs/records.md).
    const QString safeguards = t.suitableSafeguards.trimmed();
    *stated = !safeguards.isEmpty();
    QString text = Record::tr("documentation of suitable safeguards (Art. 49(1), second subparagraph): %1")
                       .arg(*stated ? safeguards : Record::tr("not stated"));
    if (!docs.isEmpty())
        text += QStringLiteral(" (") + Record::tr("source: %1").arg(docs.join(QStringLiteral("; "))) + QLatin1Char(')');
    return text;
}

} // namespace ropa::reports::transfertext
