// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"

#include "app/commandline.h"
#include "app/examplesite.h"
#include "app/mainwindow.h"
#include "core/document.h"
#include "core/preferences.h"
#include "editor/sourceeditor.h"
#include "preview/previewview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QWebEnginePage>
#include <QWebEngineScript>

#include <cstdio>
#include <cstring>
#include <memory>

namespace Masthead
{
namespace
{
struct Options {
    QString path;
    bool selfTest = false;
    QString readyFile;
};

void setUpParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("Masthead::Application",
                                    "Masthead writes the posts of a Jekyll newsletter or blog: Markdown on the left, "
                                    "the published page on the right."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate(
            "Masthead::Application",
            "Without a window: new, publish, redate, render, info or check; “masthead COMMAND --help” "
            "says more."),
        QCoreApplication::translate("Masthead::Application", "[COMMAND]"));
    parser.addOption({QStringLiteral("self-test"),
                      QCoreApplication::translate("Masthead::Application",
                                                  "Open the window on PATH (default: the bundled example site), wait "
                                                  "for the preview, check it and exit: 0 when all is well.")});
    parser.addOption({QStringLiteral("ready-file"),
                      QCoreApplication::translate("Masthead::Application",
                                                  "Create FILE once the preview has finished loading (for scripts "
                                                  "that take screenshots)."),
                      QCoreApplication::translate("Masthead::Application", "FILE")});
    parser.addPositionalArgument(
        QStringLiteral("path"),
        QCoreApplication::translate(
            "Masthead::Application",
            "A Markdown file, or a Jekyll site folder to open at its newest draft. Without one, the "
            "file open when Masthead last closed opens again, else the bundled example site."),
        QCoreApplication::translate("Masthead::Application", "[PATH]"));
}

// --help and --version must work without a display, so they are answered before QApplication.
bool wantsOnlyInformation(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "--help-all", "-v", "--version", "-?"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Masthead"));
    QCoreApplication::setApplicationName(QStringLiteral("Masthead"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MASTHEAD_VERSION));
}

void installTranslations(QCoreApplication &app)
{
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("masthead"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
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
                             "self-test failed: the preview shows %1 headings and the title “%2”")
                             .arg(headings)
                             .arg(title));
                    QCoreApplication::exit(1);
                    return;
                }
                std::printf("masthead: self-test passed: %s (%d lines), preview shows “%s” and %d sections\n",
                            qPrintable(window.document()->displayName()), lines, qPrintable(title), headings);
                QCoreApplication::exit(0);
            });
    });
}
} // namespace

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
        setUpParser(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    installTranslations(app);
    QCommandLineParser parser;
    setUpParser(parser);
    parser.process(app);

    Options options;
    options.selfTest = parser.isSet(QStringLiteral("self-test"));
    options.readyFile = parser.value(QStringLiteral("ready-file"));
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
    // Without a path: the file of the last session, else the example site. The self-test always
    // checks the example, whatever was open last.
    const bool restored = options.path.isEmpty() && !options.selfTest && window.restoreSession();
    if (!restored && options.path.isEmpty())
        options.path = exampleSitePath();
    if (!options.path.isEmpty()) {
        if (auto opened = window.openPath(options.path); !opened) {
            fail(opened.error());
            if (options.selfTest)
                return 1;
        }
    }
    if (!options.readyFile.isEmpty()) {
        QObject::connect(window.preview(), &PreviewView::updated, &window,
                         [&window, file = options.readyFile](bool ok) {
                             if (ok && !QFile::exists(file)) {
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
    window.show();
    return app.exec();
}

} // namespace Masthead
