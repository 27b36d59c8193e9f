#include "source.h"

#include <QDir>

namespace DriftDeck {

QString SourceContext::resolvePath(const QString &path) const
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || workspaceDirectory.isEmpty())
        return path;
    return QDir::cleanPath(workspaceDirectory + u'/' + path);
}

SourceResult SourceResult::failure(const QString &error)
{
    SourceResult result;
    result.errorString = error;
    return result;
}

Source::Source(SourceContext context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{
}

Source::~Source() = default;

void Source::cancel() { }

} // namespace DriftDeck
