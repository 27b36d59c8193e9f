// Drift Deck: one binary for the window and for the command line.
#include "commandline.h"
#include "mainwindow.h"
#include "shutdownsignals.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QTranslator>

namespace {
// How long an interrupted command or window may take to end on its own before it is ended.
constexpr int CommandGraceSeconds = 5;
constexpr int WindowGraceSeconds = 10;

// Deletes what was handed to deleteLater() after the last event loop ended, while the application
// still exists. A command interrupted during its capture leaves the cancelled network sources
// waiting for deletion, each with the thread its QNetworkAccessManager runs; a thread still running
// when QCoreApplication is destroyed may deliver its last events into the half-destroyed
// application (a crash after Ctrl+C, about one run in 150). Deleting the managers ends their threads.
// Declared right after the application, so it runs after everything else in main is destroyed.
struct DeleteLeftoversFirst {
    DeleteLeftoversFirst() = default;
    DeleteLeftoversFirst(const DeleteLeftoversFirst &) = delete;
    DeleteLeftoversFirst &operator=(const DeleteLeftoversFirst &) = delete;
    ~DeleteLeftoversFirst() { QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); }
};

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("driftdeck"));
    QCoreApplication::setApplicationName(QStringLiteral("driftdeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DRIFTDECK_VERSION));
}

// English first: its file only supplies plural forms ("1 cell", "2 cells"), and it stays installed
// under the user's language so that whatever that leaves unfinished still reads as proper English.
void installTranslations(QCoreApplication &app)
{
    auto *english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/driftdeck_en")))
        QCoreApplication::installTranslator(english);
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("driftdeck"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && translator->filePath() != english->filePath())
        QCoreApplication::installTranslator(translator); // searched before the English one
}

QStringList rawArguments(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}
} // namespace

int main(int argc, char **argv)
{
    describeApplication();
    // Decide before any QGuiApplication exists: headless commands must run without a display.
    const QStringList arguments = rawArguments(argc, argv);
    if (DriftDeck::CommandLine::isHeadless(arguments)) {
        if (DriftDeck::CommandLine::needsGui(arguments)) {
            // The PDF report renders text, which needs a GUI application, but never a screen.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            const DeleteLeftoversFirst leftovers;
            installTranslations(app);
            DriftDeck::ShutdownSignals shutdown(CommandGraceSeconds);
            return DriftDeck::CommandLine::run(app.arguments());
        }
        QCoreApplication app(argc, argv);
        const DeleteLeftoversFirst leftovers;
        installTranslations(app);
        DriftDeck::ShutdownSignals shutdown(CommandGraceSeconds);
        return DriftDeck::CommandLine::run(app.arguments());
    }

    QApplication app(argc, argv);
    const DeleteLeftoversFirst leftovers;
    installTranslations(app);
    QGuiApplication::setApplicationDisplayName(QObject::tr("Drift Deck"));
    QGuiApplication::setDesktopFileName(QStringLiteral(DRIFTDECK_APP_ID));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral(DRIFTDECK_APP_ID), QIcon(QStringLiteral(":/icons/driftdeck.svg"))));

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Compare environments' configuration, flags and versions."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QObject::tr("A workspace or snapshot to open."),
                                 QStringLiteral("[WORKSPACE|SNAPSHOT]"));
    parser.process(app);

    // Installed before the window starts its first refresh. Ctrl+C in the terminal or a logout's
    // SIGTERM: close as the user would (the refresh is cancelled, the layout saved), then quit.
    DriftDeck::ShutdownSignals shutdown(WindowGraceSeconds);
    DriftDeck::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openPath(files.first());
    else
        window.restoreLastSession();
    window.show();
    QObject::connect(&shutdown, &DriftDeck::ShutdownSignals::requested, &window, [&window] {
        window.close();
        QApplication::quit();
    });
    const int code = app.exec();
    return DriftDeck::ShutdownSignals::received() != 0 ? DriftDeck::ShutdownSignals::exitCode() : code;
}
