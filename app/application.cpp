// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"

#include "app/commandline.h"
#include "app/installeddata.h"
#include "app/mainwindow.h"
#include "app/recoverydialog.h"
#include "app/uilanguage.h"
#include "core/document.h"
#include "core/journal.h"
#include "core/preferences.h"
#include "editor/sourceeditor.h"
#include "editor/spellchecker.h"
#include "preview/previewview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QKeyEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineScript>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>

#ifdef Q_OS_LINUX
#include <malloc.h>
#endif
#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace Masthead
{
namespace
{
struct Options {
    QString path;
    bool selfTest = false;
    QString readyFile;
    QString typeText;
};

#ifdef Q_OS_UNIX
// SIGTERM (a logout, systemd, kill), SIGHUP (the terminal went away) and SIGINT end Masthead
// without asking anything; the handler only wakes the event loop, which writes the journal and quits,
// so the unsaved text is offered for recovery at the next start.
int signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

void quitOnTerminationSignals(MainWindow &window)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &window);
    QObject::connect(notifier, &QSocketNotifier::activated, &window, [&window, notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(signalPipe[0], &byte, 1);
        window.journal()->flush();
        window.saveSession();
        // exit(), not quit(): quit() closes the windows first, and the window would ask about the
        // unsaved text with nobody there to answer. The journal has it.
        QCoreApplication::exit(0);
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signal : {SIGTERM, SIGHUP, SIGINT})
        ::sigaction(signal, &action, nullptr);
}
#endif

// The test hook behind the hidden --test-type option: once the preview has shown the file, types
// text into the editor as key presses, then says so on standard output. The journal tests kill the
// real program after it.
void typeWhenReady(MainWindow &window, const QString &text)
{
    auto typed = std::make_shared<bool>(false);
    QObject::connect(window.preview(), &PreviewView::updated, &window, [&window, text, typed](bool) {
        // The file's preview, not that of the empty window before the file loaded into it.
        if (*typed || window.document()->filePath().isEmpty())
            return;
        *typed = true;
        window.editor()->setFocus(Qt::OtherFocusReason);
        for (const QChar c : text) {
            QKeyEvent press(QEvent::KeyPress, c == u'\n' ? Qt::Key_Return : 0, Qt::NoModifier,
                            c == u'\n' ? QStringLiteral("\r") : QString(c));
            QCoreApplication::sendEvent(window.editor(), &press);
            QKeyEvent release(QEvent::KeyRelease, c == u'\n' ? Qt::Key_Return : 0, Qt::NoModifier);
            QCoreApplication::sendEvent(window.editor(), &release);
        }
        std::printf("masthead: typed %lld characters\n", static_cast<long long>(text.size()));
        std::fflush(stdout);
    });
}

// --help, --version and --man must work without a display, so they are answered before QApplication.
bool wantsOnlyInformation(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "-v", "--version", "-?", "--man"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

// The program's own parser: the options of commandHelp()'s first entry, and --man, which writes
// the man page (the build makes masthead.1 with it) and is not shown in --help.
void setUpProgramParser(QCommandLineParser &parser)
{
    setUpParser(parser, commandHelp().constFirst());
    QCommandLineOption man(QStringLiteral("man"));
    man.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(man);
    QCommandLineOption type(QStringLiteral("test-type"), QString(), QStringLiteral("text"));
    type.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(type);
}

// Answers --help, --version and --man; returns false when the window should open.
bool answerInformation(const QCommandLineParser &parser)
{
    const QString program = QFileInfo(QCoreApplication::arguments().constFirst()).fileName();
    QString text;
    if (parser.isSet(QStringLiteral("help")))
        text = helpText({}, program);
    else if (parser.isSet(QStringLiteral("version")))
        text = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion() + u'\n';
    else if (parser.isSet(QStringLiteral("man")))
        text = manPage();
    else
        return false;
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stdout);
    return true;
}

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Masthead"));
    QCoreApplication::setApplicationName(QStringLiteral("Masthead"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MASTHEAD_VERSION));
}

void fail(const QString &message)
{
    std::fprintf(stderr, "masthead: %s\n", qPrintable(message));
}

// What the ready file holds: the window's and the panes' rectangles on the screen in device pixels,
// one "name x y width height" a line, so that a black-box benchmark (masthead-bench window) knows
// where to look for the editor's and the preview's pixels.
QByteArray paneGeometry(const MainWindow &window)
{
    QByteArray lines;
    const auto add = [&](const char *name, const QWidget *widget) {
        const qreal ratio = widget->devicePixelRatioF();
        const QRect r(widget->mapToGlobal(QPoint(0, 0)) * ratio, widget->size() * ratio);
        lines += QByteArray(name) + ' ' + QByteArray::number(r.x()) + ' ' + QByteArray::number(r.y()) + ' '
            + QByteArray::number(r.width()) + ' ' + QByteArray::number(r.height()) + '\n';
    };
    add("window", &window);
    add("editor", window.editor());
    add("preview", window.preview());
    return lines;
}

// The self-test: the window opens on a real draft, the preview renders it, and the rendered page
// holds the post's headings. Exits the event loop with 0 or 1.
void runSelfTest(MainWindow &window)
{
    auto *timeout = new QTimer(&window);
    timeout->setSingleShot(true);
    QObject::connect(timeout, &QTimer::timeout, &window, [] {
        fail(QCoreApplication::translate("Masthead::Application",
                                         "self-test failed: the preview did not load within 60 seconds"));
        QCoreApplication::exit(1);
    });
    timeout->start(60'000);
    QObject::connect(window.preview(), &PreviewView::updated, &window, [&window, timeout](bool ok) {
        if (ok && window.document()->filePath().isEmpty())
            return; // the empty window, before the example loaded into it
        if (!ok) {
            fail(QCoreApplication::translate("Masthead::Application",
                                             "self-test failed: the preview page did not load"));
            QCoreApplication::exit(1);
            return;
        }
        window.preview()->page()->runJavaScript(
            QStringLiteral("[document.querySelectorAll('h2').length, (document.querySelector('.mh-title') || "
                           "{}).textContent || '']"),
            QWebEngineScript::ApplicationWorld, [&window, timeout](const QVariant &result) {
                timeout->stop();
                const QVariantList values = result.toList();
                const int headings = values.value(0).toInt();
                const QString title = values.value(1).toString();
                const int lines = window.document()->blockCount();
                if (headings == 0 || title.isEmpty() || lines < 2) {
                    fail(QCoreApplication::translate(
                             "Masthead::Application",
                             "self-test failed: the preview shows %n heading(s) and the title “%1”", nullptr, headings)
                             .arg(title));
                    QCoreApplication::exit(1);
                    return;
                }
                std::printf("masthead: self-test passed: %s (%d lines), preview shows “%s” and %d sections\n",
                            qPrintable(window.document()->displayName()), lines, qPrintable(title), headings);
                // Packages are checked with this line: their dictionaries and Sonnet's plugin are found.
                QStringList dictionaries = SpellChecker::availableLanguages().values();
                dictionaries.sort();
                std::printf("masthead: spell-checking dictionaries: %s\n",
                            dictionaries.isEmpty() ? "none" : qPrintable(dictionaries.join(QStringLiteral(", "))));
                QCoreApplication::exit(0);
            });
    });
}
} // namespace

QByteArray chromiumFlags(const QByteArray &userFlags)
{
    QByteArray flags = userFlags.trimmed();
    const auto add = [&flags](const QByteArray &flag) {
        flags += flags.isEmpty() ? "" : " ";
        flags += flag;
    };
    // The preview's page runs one small script that patches the article; V8 tuned for size rather
    // than peak speed keeps the page process of a long post from growing by hundreds of megabytes
    // while the user types (measured: 1 MB post, 150 keystrokes, 685 MB of PSS without, see
    // docs/performance.md). Flags the user sets for V8 win.
    if (!flags.contains("--js-flags"))
        add("--js-flags=--optimize-for-size");
    // Chromium starts two zygotes: the one the page's process is forked from, and an unsandboxed one
    // kept for a GPU process and unsandboxed utility processes. Qt WebEngine runs the GPU and network
    // service in the window's process, so the second one only waits, holding 21 MB (9 to 12 MB of
    // its own, docs/performance.md). Without it, such a process, if one were ever needed, is started
    // directly instead; the page's process is still forked from the sandboxed zygote, alone.
    if (!flags.contains("--no-unsandboxed-zygote"))
        add("--no-unsandboxed-zygote");
    return flags;
}

void limitMallocArenas()
{
#ifdef __GLIBC__
    // glibc gives each thread that allocates at once an arena of its own, up to eight per core, and
    // an arena keeps the memory it once held. The window's process runs Chromium's browser side and
    // Masthead's workers: at 1 MB its heap ended 10 MB larger with the default than with two arenas,
    // with no change in the keystroke timings (docs/performance.md). The user's own setting wins.
    if (qEnvironmentVariableIsEmpty("MALLOC_ARENA_MAX") && !qgetenv("GLIBC_TUNABLES").contains("arena_max"))
        mallopt(M_ARENA_MAX, 2);
#endif
}

int runApplication(int argc, char *argv[])
{
    setApplicationInfo();
    if (argc > 1 && isHeadlessCommand(argv[1])) {
        QCoreApplication app(argc, argv);
        installTranslations(app);
        return runHeadlessCommand(QCoreApplication::arguments());
    }
    if (wantsOnlyInformation(argc, argv)) {
        QCoreApplication app(argc, argv);
        installTranslations(app);
        QCommandLineParser parser;
        setUpProgramParser(parser);
        parser.process(app); // prints usage errors and exits
        return answerInformation(parser) ? 0 : 2;
    }

    limitMallocArenas();
    // Must be decided before the application object exists (Qt WebEngine reads it once).
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", chromiumFlags(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS")));
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    // The window speaks the language chosen in the Preferences; the command line the system's.
    installTranslations(app, Preferences().uiLanguage());
    addInstalledDataFolders();
    // The desktop entry and the icon theme's icon, as installed by the packages: Wayland matches
    // windows to the entry by this name, X11 shows the icon in task bars.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.masthead.Masthead"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.masthead.Masthead")));
    QCommandLineParser parser;
    setUpProgramParser(parser);
    parser.process(app);

    Options options;
    options.selfTest = parser.isSet(QStringLiteral("self-test"));
    options.readyFile = parser.value(QStringLiteral("ready-file"));
    options.typeText = parser.value(QStringLiteral("test-type"));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        fail(QCoreApplication::translate("Masthead::Application", "give at most one file or folder to open"));
        return 2;
    }
    options.path = positional.value(0);

    // The self-test runs on settings of its own: the same checks whatever the user chose, and
    // nothing written into the user's settings.
    QTemporaryDir selfTestSettings;
    const auto preferences = options.selfTest
        ? std::make_unique<Preferences>(selfTestSettings.filePath(QStringLiteral("masthead.ini")))
        : std::make_unique<Preferences>();
    MainWindow window(preferences.get());
    // The window shows first, then the file loads into it: the docks, the statistics, the checks and
    // the preview of a long post fill in afterwards, in the background.
    window.show();
    // Without a path: the file of the last session, else the example site. The self-test always
    // checks the example, whatever was open last.
    const auto open = [&window, &options, &positional] {
        const bool restored = options.path.isEmpty() && !options.selfTest && window.restoreSession();
        if (!restored && options.path.isEmpty())
            options.path = exampleSitePath();
        if (options.path.isEmpty())
            return;
        // A file named on the command line that cannot be opened is said in the window too, where a
        // file manager's user sees it.
        const auto opened
            = positional.isEmpty() ? window.openPath(options.path) : window.openFromCommandLine(options.path);
        if (!opened) {
            fail(opened.error());
            if (options.selfTest)
                QCoreApplication::exit(1);
        }
    };
    if (!options.readyFile.isEmpty()) {
        QObject::connect(window.preview(), &PreviewView::updated, &window,
                         [&window, file = options.readyFile](bool ok) {
                             // The file's preview, not that of the empty window before it loaded.
                             if (ok && !window.document()->filePath().isEmpty() && !QFile::exists(file)) {
                                 QFile ready(file);
                                 if (!ready.open(QIODevice::WriteOnly))
                                     fail(QCoreApplication::translate("Masthead::Application", "cannot create %1: %2")
                                              .arg(file, ready.errorString()));
                                 else
                                     ready.write(paneGeometry(window));
                             }
                         });
    }
    if (options.selfTest)
        runSelfTest(window);
    if (!options.typeText.isEmpty())
        typeWhenReady(window, options.typeText);
#ifdef Q_OS_UNIX
    quitOnTerminationSignals(window);
#endif
    // Whatever ends the program, the unsaved text is in the journal first.
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &window, [&window] { window.journal()->flush(); });
    // The end of the desktop session (a logout) is the window's: MainWindow::commitSessionData().
    // Once the empty window has been drawn (the first paint comes with the first passes of the loop).
    QTimer::singleShot(0, &window, open);
    if (!options.selfTest)
        QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
    return app.exec();
}

} // namespace Masthead
