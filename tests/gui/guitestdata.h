// Shared by the GUI tests and the screenshot tool: palettes and a small workspace on disk.
#pragma once

#include <QDir>
#include <QFile>
#include <QPalette>
#include <QString>

namespace GuiTestData {

inline QPalette darkPalette()
{
    // Like Breeze Dark, complete enough for Fusion to draw frames, check boxes and disabled text.
    QPalette p(QColor(0xfc, 0xfc, 0xfc), QColor(0x31, 0x36, 0x3b), QColor(0x4a, 0x50, 0x57), QColor(0x14, 0x16, 0x18),
               QColor(0x2c, 0x30, 0x34), QColor(0xfc, 0xfc, 0xfc), QColor(0xff, 0xff, 0xff), QColor(0x1b, 0x1e, 0x20),
               QColor(0x2a, 0x2e, 0x32));
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    p.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    p.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ToolTipText, QColor(0xfc, 0xfc, 0xfc));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x6e, 0x73, 0x78));
    return p;
}

inline QPalette lightPalette()
{
    QPalette p;
    const QColor text(0x23, 0x26, 0x27);
    p.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x29, 0x80, 0xb9));
    p.setColor(QPalette::PlaceholderText, QColor(0x70, 0x7d, 0x8a));
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0xa0, 0xa2, 0xa4));
    return p;
}

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(path.left(path.lastIndexOf(u'/')));
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

// Three environments, production the baseline. Against production: database.poolSize differs in
// development and staging, database.password (a secret) differs in both, cache.ttl differs as
// expected (a rule), service.timeout differs in development, feature.beta is only in production
// (missing in the others); database.host and service.name are the same everywhere.
inline QString writeWorkspace(const QString &folder)
{
    writeFile(folder + QStringLiteral("/config/base.yaml"),
              "database:\n  host: db.internal\n  poolSize: 10\n"
              "  password: hunter2\nservice:\n  name: shop\n"
              "  timeout: 30\ncache:\n  ttl: 60\n");
    writeFile(folder + QStringLiteral("/config/production.yaml"),
              "database:\n  poolSize: 50\n  password: prod-secret\ncache:\n  ttl: 300\nfeature:\n  beta: true\n");
    writeFile(folder + QStringLiteral("/config/staging.yaml"), "database:\n  poolSize: 20\ncache:\n  ttl: 120\n");
    writeFile(folder + QStringLiteral("/config/development.yaml"), "service:\n  timeout: 5\ncache:\n  ttl: 5\n");
    const QString path = folder + QStringLiteral("/workspace.yaml");
    writeFile(path,
              "version: 1\nname: Test shop\nbaseline: production\n"
              "environments:\n  - name: development\n  - name: staging\n  - name: production\n"
              "sources:\n  - type: config-files\n    layers: [config/base.yaml, \"config/{env}.yaml\"]\n"
              "policy:\n  expected:\n    - key: config/cache.ttl\n      reason: caches warm up differently\n"
              "      owner: platform-team\n      expires: 2099-01-01\n");
    return path;
}

} // namespace GuiTestData
