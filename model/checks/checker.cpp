#include "checker.h"

#include "checks/checkcontext.h"

#include "checks/acceptance.h"
#include "checks/onward.h"
#include "checks/transfercoverage.h"
#include "commands/edits.h"
#include "reference/reference.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ropa::checks {

namespace {

QString basisTitle(LawfulBasis b)
{
    const QString language = Reference::displayLanguage();
    const LegalItem *item = Reference::instance().lawfulBasis(b);
    if (!item)
        return enumToString(b);
    const QString title = item->titleIn(language);
    return lowerCaseInSentence(language) ? title.toLower() : title;
}

QString specialLabel(SpecialCategory s)
{
    switch (s) {
    case SpecialCategory::RacialEthnicOrigin: return tr("racial or ethnic origin");
    case SpecialCategory::PoliticalOpinions: return tr("political opinions");
    case SpecialCategory::ReligiousBeliefs: return tr("religious or philosophical beliefs");
    case SpecialCategory::TradeUnion: return tr("trade-union membership");
    case SpecialCategory::Genetic: return tr("genetic data");
    case SpecialCategory::Biometric: return tr("biometric data");
    case SpecialCategory::Health: return tr("health data");
    case SpecialCategory::SexLifeOrientation: break;
    }
    return tr("sex life or sexual orientation");
}

// ---- Art. 30(1) contents --------------------------------------------------------------

void checkRecordContents(Context &ctx, const Activity &a)
{
    const QString name = quoted(a.name);
    const bool anyPurpose =
        std::any_of(a.purposes.cbegin(), a.purposes.cend(), [](const QString &p) { return !p.trimmed().isEmpty(); });
    if (!anyPurpose)
        ctx.add("ART30-PURPOSE-MISSING", EntityKind::Activity, a.id, name,
                tr("Activity “%1” has no purpose.").arg(name));
    if (isControllerActivity(a) && !a.lawfulBasis)
        ctx.add("ART6-BASIS-MISSING", EntityKind::Activity, a.id, name,
                tr("Activity “%1” has no lawful basis.").arg(name));
    if (a.dataSubjects.isEmpty())
        ctx.add("ART30-SUBJECTS-MISSING", EntityKind::Activity, a.id, name,
                tr("Activity “%1” names no data subjects.").arg(name));
    if (a.dataCategories.isEmpty())
        ctx.add("ART30-CATEGORIES-MISSING", EntityKind::Activity, a.id, name,
                tr("Activity “%1” names no data categories.").arg(name));

    // Art. 30(1)(f): retention per category. Art. 30(2) does not ask it of a processor.
    if (!isControllerActivity(a))
        return;
    for (const Id &cat : a.dataCategories) {
        // Kept as data items: judged per item (DATA-ITEM-RETENTION-MISSING), one finding per cause.
        if (std::any_of(a.dataItems.cbegin(), a.dataItems.cend(), [&](const DataItem &i) { return i.category == cat; }))
            continue;
        const bool covered = std::any_of(a.retention.cbegin(), a.retention.cend(), [&](const RetentionRule &r) {
            if (r.categories.isEmpty())
                return true; // a rule for the whole activity
            return std::any_of(r.categories.cbegin(), r.categories.cend(),
                               [&](const Id &rc) { return ctx.isAncestorOrSelf(rc, cat); });
        });
        if (!covered) {
            ctx.add("ART30-RETENTION-MISSING", EntityKind::Activity, a.id, name,
                    tr("Activity “%1” has no retention for “%2”.").arg(name, ctx.categoryName(cat)), idToString(cat));
        }
    }
}

// ---- Art. 9 and 10 ---------------------------------------------------------------------

void checkSensitive(Context &ctx, const Activity &a)
{
    if (!isControllerActivity(a))
        return; // the controller's condition, recorded in the controller's record
    const QString name = quoted(a.name);
    const DataCategory *special = nullptr;
    const DataCategory *criminal = nullptr;
    for (const Id &id : a.dataCategories) {
        for (const DataCategory *c : ctx.subtree(id)) {
            if (!special && c->special)
                special = c;
            if (!criminal && c->criminal)
                criminal = c;
        }
    }
    if (special && !a.art9Condition) {
        ctx.add("ART9-CONDITION-MISSING", EntityKind::Activity, a.id, name,
                tr("Activity “%1” processes special-category data (“%2”, %3) without an Art. 9(2) condition.")
                    .arg(name, quoted(special->name), specialLabel(*special->special)));
    }
    if (criminal && a.art10Basis.trimmed().isEmpty()) {
        ctx.add("ART10-BASIS-MISSING", EntityKind::Activity, a.id, name,
                tr("Activity “%1” processes criminal-offence data (“%2”) without an Art. 10 basis.")
                    .arg(name, quoted(criminal->name)));
    }
}

// ---- Consent and legitimate interests --------------------------------------------------

} // namespace

// The notes conventions, for files made before the explicit fields existed (and for records
// where the field is still "not stated"): docs/findings.md, "Conventions".

// Consent as a condition of the service (Art. 7(4)) in the activity's notes or a quote of its
// evidence, in English, Dutch or German.
QString bundledConsentMarker(const Activity &a)
{
    static const QRegularExpression marker(
        QStringLiteral("(condition (of|for) (the |using the |our )?(service|contract|use)|required to use|"
                       "part of the (required )?terms|terms and conditions|bundled consent|consent-required|"
                       "algemene voorwaarden|voorwaarde voor|"
                       "(Bedingung|Voraussetzung) für|allgemeinen? Geschäftsbedingungen|Kopplungsverbot)"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList texts{a.notes};
    for (const Evidence &e : a.evidence)
        texts.append(e.quote);
    for (const QString &t : std::as_const(texts)) {
        const QRegularExpressionMatch m = marker.match(t);
        if (m.hasMatch())
            return m.captured(0);
    }
    return {};
}

// A legitimate interests assessment mentioned in the activity's notes (English, Dutch, German).
QString balancingNoteMarker(const Activity &a)
{
    static const QRegularExpression marker(
        QStringLiteral("(balancing|legitimate interests? assessment|\\bLIA\\b|belangenafweging|afweging|"
                       "Interessenabw(ä|ae)gung|Abw(ä|ae)gung)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression lia(QStringLiteral("\\bLIA\\b")); // upper case only
    const QRegularExpressionMatch m = marker.match(a.notes);
    if (!m.hasMatch())
        return {};
    if (m.captured(0).compare(QStringLiteral("LIA"), Qt::CaseInsensitive) == 0 && !lia.match(a.notes).hasMatch())
        return {};
    return m.captured(0);
}

// "Large scale" in the activity's name, purposes or notes.
QString largeScaleMarker(const Activity &a)
{
    static const QRegularExpression marker(
        QStringLiteral("(large[ -]scale|grootschalig|in gro(ß|ss)em Umfang|umfangreiche Verarbeitung)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = marker.match(a.name + u'\n' + a.purposes.join(u'\n') + u'\n' + a.notes);
    return m.hasMatch() ? m.captured(0) : QString();
}

namespace {

void checkConsent(Context &ctx)
{
    // Purposes, normalised, per organisation: which activities pursue them on which basis.
    QHash<QString, QList<const Activity *>> byPurpose;
    for (const auto &[id, a] : ctx.data().activities) {
        if (!isControllerActivity(a) || !a.lawfulBasis)
            continue;
        QSet<QString> keys;
        for (const QString &p : a.purposes) {
            const QString key = idToString(a.organisation) + u'|' + p.simplified().toCaseFolded();
            if (!p.trimmed().isEmpty() && !keys.contains(key)) {
                keys.insert(key);
                byPurpose[key].append(&a);
            }
        }
    }
    QSet<Id> reported;
    for (const auto &[id, a] : ctx.data().activities) {
        if (!isControllerActivity(a) || a.lawfulBasis != LawfulBasis::Consent)
            continue;
        const QString name = quoted(a.name);
        for (const QString &p : a.purposes) {
            if (reported.contains(a.id))
                break;
            const QString key = idToString(a.organisation) + u'|' + p.simplified().toCaseFolded();
            for (const Activity *other : byPurpose.value(key)) {
                if (other->lawfulBasis != LawfulBasis::Consent) {
                    ctx.add("CONSENT-MIXED-BASIS", EntityKind::Activity, a.id, name,
                            tr("Activity “%1” relies on consent for “%2”, which activity “%3” bases on %4.")
                                .arg(name, p.trimmed(), quoted(other->name), basisTitle(*other->lawfulBasis)),
                            idToString(other->id));
                    reported.insert(a.id);
                    break;
                }
            }
        }
        // The explicit field decides; the notes convention only when it is not stated.
        if (a.consentConditionOfService.value_or(false)) {
            ctx.add("CONSENT-BUNDLED", EntityKind::Activity, a.id, name,
                    tr("Activity “%1” relies on consent, but the record says consent is a condition of the service.")
                        .arg(name));
        } else if (!a.consentConditionOfService) {
            const QString marker = bundledConsentMarker(a);
            if (!marker.isEmpty()) {
                ctx.add("CONSENT-BUNDLED", EntityKind::Activity, a.id, name,
                        tr("Activity “%1” relies on consent that its notes or evidence call a condition of the service "
                           "(“%2”); whether it is, is not stated.")
                            .arg(name, marker));
            }
        }
    }
    for (const auto &[id, a] : ctx.data().activities) {
        const bool balanced =
            !a.balancingTest.note.trimmed().isEmpty() || a.balancingTest.date || !balancingNoteMarker(a).isEmpty();
        if (isControllerActivity(a) && a.lawfulBasis == LawfulBasis::LegitimateInterests && !balanced) {
            const QString name = quoted(a.name);
            ctx.add("LI-BALANCING-MISSING", EntityKind::Activity, a.id, name,
                    tr("Activity “%1” relies on legitimate interests without a note of the balancing test.").arg(name));
        }
    }
}

// ---- Parties -----------------------------------------------------------------------------

void checkParties(Context &ctx)
{
    const ProjectData &data = ctx.data();
    QSet<Id> directProcessors;
    QSet<Id> processors; // direct or onward
    QSet<Id> recipients;
    QHash<Id, const DataCategory *> specialReceived;
    for (const auto &[id, t] : data.transfers) {
        recipients.insert(t.to);
        const Party *from = data.find<Party>(t.from);
        if (t.role == Role::Processor && from && from->own)
            directProcessors.insert(t.to);
        if (t.role == Role::Processor)
            processors.insert(t.to);
        if (!specialReceived.contains(t.to)) {
            for (const Id &c : t.dataCategories) {
                for (const DataCategory *d : ctx.subtree(c)) {
                    if (d->special) {
                        specialReceived.insert(t.to, d);
                        break;
                    }
                }
                if (specialReceived.contains(t.to))
                    break;
            }
        }
    }
    for (const auto &[id, p] : data.parties) {
        if (p.own)
            continue;
        const QString name = quoted(p.name);
        if (directProcessors.contains(id) && !dpaState(p).value_or(false)) {
            // One cause, one finding: the subprocessors reached through this processor lack
            // the agreement for the same reason, and are listed here (docs/findings.md).
            const QList<SubprocessorGap> dependents = ctx.dpaDependents.value(id);
            const int n = static_cast<int>(dependents.size());
            Finding &f = ctx.add("PROC-DPA-MISSING", EntityKind::Party, id, name,
                                 dependents.isEmpty()
                                     ? tr("Processor “%1” has no processing agreement date.").arg(name)
                                     : tr("Processor “%1” has no processing agreement date: %n onward transfer(s) "
                                          "depend on it.",
                                          nullptr, n)
                                           .arg(name));
            if (!dependents.isEmpty())
                f.coveredKeys.append({f.key()});
            for (const SubprocessorGap &g : dependents) {
                const Transfer *last = data.find<Transfer>(g.transfers.last());
                if (last)
                    f.affects.append({EntityKind::Transfer, last->id, ctx.transferName(*last)});
                f.coveredKeys.append({QStringLiteral("ONWARD-SUBPROCESSOR-DPA|%1|").arg(idToString(g.subprocessor))});
            }
        }
        if (recipients.contains(id) && p.country.isEmpty() && p.locations.isEmpty())
            ctx.add("PARTY-COUNTRY-MISSING", EntityKind::Party, id, name,
                    tr("Recipient “%1” has no country.").arg(name));
        if (!p.named) {
            if (const DataCategory *c = specialReceived.value(id)) {
                ctx.add("PARTY-UNNAMED-SPECIAL", EntityKind::Party, id, name,
                        tr("“%1” is named only as a category of recipients but receives special-category data (“%2”).")
                            .arg(name, quoted(c->name)));
            } else if (processors.contains(id)) {
                ctx.add(
                    "PARTY-UNNAMED-PROCESSOR", EntityKind::Party, id, name,
                    tr("“%1” receives data as a processor but is named only as a category of recipients.").arg(name));
            }
        }
    }
}

// ---- Retention ---------------------------------------------------------------------------

QString ruleCategories(const Context &ctx, const RetentionRule &r)
{
    if (r.categories.isEmpty())
        return tr("all its data");
    QStringList names;
    for (const Id &c : r.categories)
        names.append(ctx.categoryName(c));
    return names.join(tr("”, “", "between two names in quotation marks: closing mark, comma, opening mark"));
}

void checkRetention(Context &ctx)
{
    const ProjectData &data = ctx.data();
    for (const auto &[id, a] : data.activities) {
        const QString name = quoted(a.name);
        for (qsizetype i = 0; i < a.retention.size(); ++i) {
            const RetentionRule &r = a.retention[i];
            if (r.duration.trimmed().isEmpty() && r.trigger.trimmed().isEmpty()) {
                ctx.add("RET-VAGUE", EntityKind::Activity, a.id, name,
                        tr("Activity “%1” keeps “%2” for a vague period (“%3”): no duration and no trigger.")
                            .arg(name, ruleCategories(ctx, r), r.text.trimmed()),
                        QString::number(i));
            }
        }
    }

    // A processor activity compared with its controller's own activities (both in the project).
    QHash<Id, QList<const Activity *>> controllerActivities;
    for (const auto &[id, a] : data.activities) {
        if (isControllerActivity(a))
            controllerActivities[a.organisation].append(&a);
    }
    for (const auto &[id, a] : data.activities) {
        if (a.role != Role::Processor || a.onBehalfOf.isNull())
            continue;
        const QList<const Activity *> controllers = controllerActivities.value(a.onBehalfOf);
        if (controllers.isEmpty())
            continue;
        const QString name = quoted(a.name);
        QSet<Id> reported;
        for (const RetentionRule &r : a.retention) {
            const qint64 days = approximateDays(r.duration);
            if (days < 0)
                continue;
            for (const Id &cat : r.categories) {
                if (reported.contains(cat))
                    continue;
                for (const Activity *c : controllers) {
                    for (const RetentionRule &cr : c->retention) {
                        const qint64 cdays = approximateDays(cr.duration);
                        const bool same = std::any_of(cr.categories.cbegin(), cr.categories.cend(),
                                                      [&](const Id &x) { return ctx.isAncestorOrSelf(x, cat); });
                        if (cdays >= 0 && same && days > cdays && !reported.contains(cat)) {
                            reported.insert(cat);
                            ctx.add("RET-LONGER-AT-PROCESSOR", EntityKind::Activity, a.id, name,
                                    tr("Activity “%1” keeps “%2” for %3, longer than the %4 of the controller’s "
                                       "activity “%5”.")
                                        .arg(name, ctx.categoryName(cat), r.duration, cr.duration, quoted(c->name)),
                                    idToString(cat));
                        }
                    }
                }
            }
        }
    }
}

// ---- DPIA and review ---------------------------------------------------------------------

// Why an activity likely needs a DPIA (Art. 35(3), EDPB criteria); empty when nothing says so.
QString dpiaReason(const Context &ctx, const Activity &a)
{
    bool recordings = false;
    for (const Id &id : a.dataCategories) {
        for (const DataCategory *c : ctx.subtree(id)) {
            if (c->special)
                return tr("it processes special-category data (“%1”)").arg(quoted(c->name));
            if (c->criminal)
                return tr("it processes criminal-offence data (“%1”)").arg(quoted(c->name));
            if (containsAny(c->name + u' ' + c->description + u' ' + c->examples.join(u' '),
                            {u"recording", u"audio", u"voice", u"opname", u"transcript"}))
                recordings = true;
        }
    }
    const QString text = a.name + u' ' + a.purposes.join(u' ') + u' ' + a.notes;
    if (recordings && containsAny(text, {u"speech analytic", u"analytics", u"profiling", u"profile", u"sentiment",
                                         u"emotion", u"scoring", u"spraakanalyse", u"profilering"}))
        return tr("it analyses call recordings (speech analytics or profiling)");
    if (a.largeScale.value_or(false))
        return tr("the record says it is large-scale processing");
    if (!a.largeScale) {
        if (const QString marker = largeScaleMarker(a); !marker.isEmpty())
            return tr("its name, purposes or notes call it large scale (“%1”; large-scale processing is not stated)")
                .arg(marker);
    }
    if (a.dpia.required.value_or(false))
        return tr("the record says a DPIA is required");
    return {};
}

void checkAccountability(Context &ctx)
{
    const QDate limit = ctx.options().today.addMonths(-ctx.options().reviewMonths);
    for (const auto &[id, a] : ctx.data().activities) {
        if (!isControllerActivity(a))
            continue;
        const QString name = quoted(a.name);
        // A screening with two or more criteria speaks for it: DPIA-SCREENING-NO-DPIA.
        if (!dpiaPerformed(a.dpia).value_or(false) && !screeningCallsForDpia(a)) {
            const QString reason = dpiaReason(ctx, a);
            if (!reason.isEmpty()) {
                ctx.add("DPIA-MISSING", EntityKind::Activity, a.id, name,
                        tr("Activity “%1” likely needs a DPIA but none is recorded as done: %2.").arg(name, reason));
            }
        }
    }
    for (const auto &[id, a] : ctx.data().activities) {
        const QString name = quoted(a.name);
        if (!a.lastReviewed) {
            ctx.add("REVIEW-OVERDUE", EntityKind::Activity, a.id, name,
                    tr("Activity “%1” has never been reviewed.").arg(name));
        } else if (*a.lastReviewed < limit) {
            ctx.add("REVIEW-OVERDUE", EntityKind::Activity, a.id, name,
                    tr("Activity “%1” was last reviewed on %2, more than %3 months ago.")
                        .arg(name, findingDate(*a.lastReviewed))
                        .arg(ctx.options().reviewMonths));
        }
    }
}

// ---- Unused entries ----------------------------------------------------------------------

void checkUnused(Context &ctx)
{
    const ProjectData &data = ctx.data();
    QSet<Id> categories, subjects, sources, parties;
    for (const auto &[id, a] : data.activities) {
        for (const Id &c : a.dataCategories)
            categories.insert(c);
        for (const RetentionRule &r : a.retention) {
            for (const Id &c : r.categories)
                categories.insert(c);
        }
        for (const Id &s : a.dataSubjects)
            subjects.insert(s);
        for (const Id &s : a.sources)
            sources.insert(s);
        parties.insert(a.organisation);
        parties.insert(a.onBehalfOf);
    }
    for (const auto &[id, t] : data.transfers) {
        for (const Id &c : t.dataCategories)
            categories.insert(c);
        parties.insert(t.from);
        parties.insert(t.to);
    }
    // A category is used when it or one of its descendants is (a parent groups its children).
    QSet<Id> usedCategories;
    for (const Id &c : std::as_const(categories)) {
        Id id = c;
        for (int guard = 0; !id.isNull() && guard < 64 && !usedCategories.contains(id); ++guard) {
            usedCategories.insert(id);
            const DataCategory *cat = ctx.category(id);
            id = cat ? cat->parent : Id();
        }
    }
    for (const auto &[id, c] : data.dataCategories) {
        if (!usedCategories.contains(id)) {
            const QString name = quoted(c.name);
            ctx.add("UNUSED-CATEGORY", EntityKind::DataCategory, id, name,
                    tr("Data category “%1” is not used by any activity or transfer.").arg(name));
        }
    }
    for (const auto &[id, s] : data.dataSubjects) {
        if (!subjects.contains(id)) {
            const QString name = quoted(s.name);
            ctx.add("UNUSED-SUBJECT", EntityKind::DataSubject, id, name,
                    tr("Data subjects “%1” are not named by any activity.").arg(name));
        }
    }
    for (const auto &[id, s] : data.sources) {
        if (!sources.contains(id)) {
            const QString name = quoted(s.name);
            ctx.add("UNUSED-SOURCE", EntityKind::Source, id, name,
                    tr("Source “%1” is not used by any activity.").arg(name));
        }
    }
    for (const auto &[id, p] : data.parties) {
        if (!p.own && !parties.contains(id)) {
            const QString name = quoted(p.name);
            ctx.add("UNUSED-PARTY", EntityKind::Party, id, name,
                    tr("Party “%1” is not used by any activity or transfer.").arg(name));
        }
    }
}

} // namespace

QString findingDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    //: Dates inside the findings' messages, as a QDate format (yyyy year, MM month, dd day).
    const QString format = QCoreApplication::translate("ropa::checks", "yyyy-MM-dd", "date in a finding");
    return QLocale::c().toString(date, format);
}

qint64 approximateDays(QStringView iso)
{
    static const QRegularExpression re(QStringLiteral(
        "^P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?$"));
    const QString text = iso.trimmed().toString();
    const QRegularExpressionMatch m = re.match(text);
    if (text.size() < 2 || !m.hasMatch() || text.endsWith(u'T'))
        return -1;
    const auto n = [&](int i) { return m.captured(i).toLongLong(); };
    const qint64 seconds = n(5) * 3600 + n(6) * 60 + n(7);
    return n(1) * 365 + n(2) * 30 + n(3) * 7 + n(4) + (seconds + 86399) / 86400;
}

FindingList runChecks(const ProjectData &data, const CheckOptions &options)
{
    Context ctx(data, options);
    const auto stop = [&options] { return options.cancelled && options.cancelled(); };
    for (const auto &[id, a] : data.activities) {
        checkRecordContents(ctx, a);
        checkSensitive(ctx, a);
    }
    if (stop())
        return {};
    checkConsent(ctx);
    checkTransfers(ctx);
    if (stop())
        return {};
    checkOnward(ctx); // the long part (docs/findings.md, "Performance"): asks per category
    if (stop())
        return {};
    checkParties(ctx);
    checkRetention(ctx);
    checkAccountability(ctx);
    checkRegister(ctx);
    checkObjections(ctx);
    checkUnused(ctx);
    if (stop())
        return {};

    FindingList findings = ctx.takeFindings();
    QHash<QString, int> order;
    for (qsizetype i = 0; i < catalogue().size(); ++i)
        order.insert(catalogue()[i].idString(), static_cast<int>(i));
    std::stable_sort(findings.begin(), findings.end(), [&](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        const int ra = order.value(a.ruleId), rb = order.value(b.ruleId);
        if (ra != rb)
            return ra < rb;
        if (const int c = a.entityName.compare(b.entityName, Qt::CaseInsensitive); c != 0)
            return c < 0;
        if (a.entity != b.entity)
            return IdLess()(a.entity, b.entity);
        return a.detail < b.detail;
    });
    applyAcceptances(findings, data.acceptedFindings);
    return findings;
}

} // namespace ropa::checks
