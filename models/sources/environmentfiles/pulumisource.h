#pragma once

#include "filetree.h"
#include "sources/filesource.h"
#include "sources/sourcefactory.h"

namespace DriftDeck {

// A Pulumi stack's configuration (type: pulumi), path: "infra/Pulumi.{env}.yaml". Its `config:`
// entries "namespace:key" become rows config/pulumi.<namespace>.<key> (structured values
// flattened with dots; a key without a namespace gets the project's name, option `project`).
// `{secure: v1:…}` values are encrypted with a key of each stack, so the ciphertexts of equal
// secrets differ between stacks: they are masked rows (unknown, never shown, never "same").
class PulumiSource : public FileSource
{
    Q_OBJECT
public:
    explicit PulumiSource(SourceContext context, QObject *parent = nullptr);

    static constexpr QLatin1StringView TypeName{"pulumi"};
};

// The rows of one stack file's text; label names it in messages and provenance.
SourceResult readPulumiStack(const QByteArray &text, const QString &label, const QString &project,
                             const Normaliser &normaliser, const QString &sourceId);

SourceType pulumiSourceType();

} // namespace DriftDeck
