#include "sourcecontext.h"

#include "workspace/sourcetimeout.h"

namespace DriftDeck {

SourceContext sourceContextFor(const Workspace &workspace, const SourceSpec &spec, const EnvironmentSpec &environment,
                               const QString &credential)
{
    SourceContext context;
    context.sourceId = spec.id;
    context.environment = environment.name;
    context.options = spec.optionsFor(environment);
    context.workspaceDirectory = workspace.directory();
    context.normalisation = spec.normalisation;
    context.credential = credential;
    context.timeoutMs = SourceTimeout::fromOptions(context.options);
    return context;
}

} // namespace DriftDeck
