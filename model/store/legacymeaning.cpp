#include "store/legacymeaning.h"

#include <QRegularExpression>

namespace ropa::store::legacy {

bool noneMeantNotStated(const Transfer &t)
{
    return t.mechanism == Mechanism::None && t.evidence.isEmpty() && !t.derogation && !t.sccModule && !t.tiaDone &&
           t.suitableSafeguards.trimmed().isEmpty();
}

QString dpoNotRequiredFromNotes(const Party &party)
{
    if (!party.own || (party.dpo && !party.dpo->isEmpty()))
        return {};
    // A sentence that names the DPO and says it is not required (or not appointed because it
    // need not be), in English, Dutch or German.
    static const QRegularExpression dpo(
        QStringLiteral("(\\bDPO\\b|data protection officer|\\bFG\\b|functionaris (voor de )?gegevensbescherming|"
                       "Datenschutzbeauftragte|\\bDSB\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression notRequired(
        QStringLiteral("(not (required|mandatory|obliged|obligatory|needed)|no (obligation|requirement|need)|"
                       "\\bno\\b[^.]{0,40}\\b(required|needed|necessary|mandatory)|"
                       "\\bgeen\\b[^.]{0,40}\\b(verplicht|vereist|nodig)|"
                       "\\bkein\\w*\\b[^.]{0,40}\\b(erforderlich|notwendig|vorgeschrieben)|"
                       "need not|does not need|niet (verplicht|vereist|nodig)|geen (verplichting|plicht)|hoeft geen|"
                       "nicht (erforderlich|verpflichtet|notwendig|vorgeschrieben)|keine (Pflicht|Verpflichtung|"
                       "Benennungspflicht))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.!?])\\s+|\\n+"));
    for (const QString &sentence : party.notes.split(sentenceEnd, Qt::SkipEmptyParts)) {
        if (dpo.match(sentence).hasMatch() && notRequired.match(sentence).hasMatch())
            return sentence.simplified();
    }
    return {};
}

void applyOldMeaning(Transfer &transfer)
{
    if (noneMeantNotStated(transfer))
        transfer.mechanism = Mechanism::NotStated;
}

void applyOldMeaning(Party &party)
{
    if (party.dpoNotRequired.isEmpty())
        party.dpoNotRequired = dpoNotRequiredFromNotes(party);
}

} // namespace ropa::store::legacy
