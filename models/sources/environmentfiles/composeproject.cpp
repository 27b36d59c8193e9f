#include "composeproject.h"

#include "composefiles.h"
#include "composemerge.h"
#include "workspace/localfile.h"

#include <QCoreApplication>

namespace DriftDeck {

namespace {

struct ProjectText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::ComposeProject)
};

// The listed files, each with its extends resolved, merged in order; then the includes.
ComposeProject loadAll(ComposeFiles files, const QList<std::pair<QString, QString>> &listed,
                       const CancelFlag *cancelled)
{
    ComposeProject project;
    const auto done = [&](QString error) {
        project.files = files.labels;
        project.errorString = std::move(error);
        return project;
    };
    for (qsizetype i = 0; i < listed.size(); ++i) {
        if (cancelled && cancelled->load())
            return done(ProjectText::tr("Cancelled"));
        FileTreeNode tree;
        if (QString error = files.load(listed[i].first, listed[i].second, &tree); !error.isEmpty())
            return done(error);
        // compose-go resolves extends within each file before merging: a service extending `api`
        // gets this file's api, not the merged one.
        if (QString error = resolveComposeExtends(tree, files); !error.isEmpty())
            return done(error);
        if (i == 0) {
            dropComposeResets(tree); // nothing earlier to reset
            project.root = std::move(tree);
        } else if (QString error = mergeComposeTrees(project.root, std::move(tree), files.labels); !error.isEmpty()) {
            return done(error);
        }
    }
    if (QString error = resolveComposeIncludes(project.root, files); !error.isEmpty())
        return done(error);
    project.files = files.labels;
    project.errorString = enforceComposeUnicity(project.root, project.files);
    return project;
}

} // namespace

ComposeProject loadComposeProject(const QList<ComposeFileInput> &files, const QHash<QString, QString> &variables,
                                  const CancelFlag &cancelled)
{
    ComposeFiles reader;
    reader.variables = variables;
    reader.read = [](const QString &absolute) {
        return LocalFile::readRegular(absolute, YamlDocument::MaxBytes);
    };
    QList<std::pair<QString, QString>> listed;
    for (const ComposeFileInput &input : files)
        listed.append({input.label, input.absolutePath});
    return loadAll(std::move(reader), listed, &cancelled);
}

ComposeProject composeProjectFromText(const QList<std::pair<QString, QByteArray>> &files,
                                      const QHash<QString, QString> &variables,
                                      const QList<std::pair<QString, QByteArray>> &others)
{
    // Labels stand for paths: an include or extends names another entry by its path.
    ComposeFiles reader;
    reader.variables = variables;
    QHash<QString, QByteArray> texts;
    QList<std::pair<QString, QString>> listed;
    for (const auto &[label, bytes] : files) {
        texts.insert(label, bytes);
        listed.append({label, label});
    }
    for (const auto &[label, bytes] : others)
        texts.insert(label, bytes);
    reader.read = [texts](const QString &absolute) {
        LocalFile::Read file;
        if (const auto it = texts.constFind(absolute); it != texts.cend())
            file.bytes = *it;
        else
            file.errorString = ProjectText::tr("no such file");
        return file;
    };
    return loadAll(std::move(reader), listed, nullptr);
}

} // namespace DriftDeck
