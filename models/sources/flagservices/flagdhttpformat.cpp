#include "flagdhttpformat.h"

#include "sources/flagformats/flagdformat.h"
#include "workspace/yamltree.h"

namespace DriftDeck {

namespace {

class FlagdHttpText
{
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::FlagdHttpSource)
};

} // namespace

SourceResult flagdDocumentResult(const QByteArray &body, const QString &label, const Normaliser &normaliser,
                                 const QString &sourceId)
{
    const FlagFileReader reader(label, normaliser);
    // The YAML reader takes JSON too and gives every value a line and column.
    const YamlDocument document = YamlDocument::parse(body);
    if (!document.problems.isEmpty()) {
        const YamlProblem &problem = document.problems.constFirst();
        return SourceResult::failure(reader.errorAt(problem.line, problem.column, problem.message));
    }
    if (!document.root || document.root->isNull())
        return SourceResult::failure(reader.errorAt(0, 0, FlagdHttpText::tr("the answer is empty")));
    const FlagRows rows = readFlagdFlags(*document.root, reader);
    if (!rows.ok())
        return SourceResult::failure(rows.errorString);
    return flagRowsResult(rows.rows, {sourceId, label, label});
}

} // namespace DriftDeck
