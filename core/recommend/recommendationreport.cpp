#include <core/base/localizedtext.h>
#include <core/recommend/recommendationreport.h>

#include <core/base/jsonutil.h>

namespace tgs {

namespace {

nlohmann::json combinationJson(const Combination &c)
{
    return {{"torch", json::stringOrNull(c.torch)},
            {"torchvision", json::stringOrNull(c.torchvision)},
            {"torchaudio", json::stringOrNull(c.torchaudio)},
            {"python", json::stringOrNull(c.python)},
            {"cuda", json::stringOrNull(c.cuda)},
            {"route", routeId(c.route).toStdString()},
            {"variant", json::stringOrNull(c.variant)},
            {"cudnn", json::stringOrNull(c.cudnn)}};
}

} // namespace

nlohmann::json recommendationToJson(const Recommendation &r, const KnowledgeBase &kb)
{
    nlohmann::json alternatives = nlohmann::json::array();
    for (const Combination &c : r.alternatives)
        alternatives.push_back(combinationJson(c));
    QStringList warnings, codes;
    for (const Warning &w : r.warnings) {
        warnings << w.text;
        codes << w.code;
    }
    return {{"recommended", combinationJson(r.recommended)},
            {"alternatives", alternatives},
            {"reasons", json::array(r.reasons)},
            {"why_not_newer", json::array(r.whyNotNewer)},
            {"warnings", json::array(warnings)},
            {"warning_codes", json::array(codes)},
            {"knowledge_base", {{"data_date", kb.dataDate.toStdString()}, {"origin", kb.origin.toStdString()}}}};
}

QString RecommendationReport::combinationText(const Combination &c)
{
    QStringList packages{QStringLiteral("torch %1").arg(c.torch), QStringLiteral("torchvision %1").arg(c.torchvision)};
    if (!c.torchaudio.isEmpty())
        packages << QStringLiteral("torchaudio %1").arg(c.torchaudio);
    const QString build = c.cuda.isEmpty() ? tr("CPU build") : tr("CUDA %1 (%2)").arg(c.cuda, c.variant);
    return tr("%1 — %2, Python %3, from %4").arg(listText(packages), build, c.python, routeText(c.route));
}

QString RecommendationReport::routeText(Route route)
{
    switch (route) {
    case Route::Pip:
        return tr("the PyTorch wheel index (pip)");
    case Route::CondaLegacy:
        return tr("the pytorch conda channel, as in the classic guide");
    case Route::CondaForge:
        return tr("conda-forge");
    }
    return routeId(route);
}

QString RecommendationReport::toText(const Recommendation &r, const KnowledgeBase &kb)
{
    QStringList out;
    out << tr("Recommended: %1").arg(combinationText(r.recommended));
    if (!r.warnings.isEmpty()) {
        out << QString() << tr("Warnings:");
        for (const Warning &w : r.warnings)
            out << QStringLiteral("  ! ") + w.text;
    }
    out << QString() << tr("Why:");
    for (const QString &reason : r.reasons)
        out << QStringLiteral("  - ") + reason;
    if (!r.whyNotNewer.isEmpty()) {
        out << QString() << tr("Why not newer:");
        for (const QString &why : r.whyNotNewer)
            out << QStringLiteral("  - ") + why;
    }
    if (!r.alternatives.isEmpty()) {
        out << QString() << tr("Alternatives:");
        for (const Combination &c : r.alternatives)
            out << QStringLiteral("  - ") + combinationText(c);
    }
    out << QString() << tr("Knowledge base of %1 (%2).").arg(kb.dataDate, kb.origin);
    return out.join(u'\n') + u'\n';
}

} // namespace tgs
