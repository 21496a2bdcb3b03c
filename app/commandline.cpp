// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"

#include "core/checks/checks.h"
#include "core/checks/linkchecker.h"
#include "core/fileio.h"
#include "core/issue/issuelifecycle.h"
#include "core/liquid/liquid.h"
#include "core/problem.h"
#include "core/render/emailexport.h"
#include "core/render/postrenderer.h"
#include "core/site/frontmatter.h"
#include "core/site/site.h"
#include "core/text/links.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace Masthead
{
namespace
{
class CommandLineMessages
{
    Q_DECLARE_TR_FUNCTIONS(Masthead::CommandLine)
};

constexpr int exitOk = 0;
constexpr int exitProblems = 1;
constexpr int exitUsage = 2;

CommandOption jsonOption()
{
    return {{QStringLiteral("json")}, CommandLineMessages::tr("Print the result as JSON."), {}, {}};
}

CommandOption dateOption(const QString &description)
{
    return {{QStringLiteral("date")}, description, CommandLineMessages::tr("YYYY-MM-DD"), {}};
}

CommandHelp helpOf(const QString &command)
{
    const QList<CommandHelp> all = commandHelp();
    const auto it = std::ranges::find(all, command, &CommandHelp::name);
    Q_ASSERT(it != all.end());
    return it != all.end() ? *it : CommandHelp {};
}

QString usageLine(const CommandHelp &command, const QString &program)
{
    QString line = program;
    if (!command.name.isEmpty())
        line += u' ' + command.name;
    line += QStringLiteral(" [options]");
    for (const CommandArgument &argument : command.arguments)
        line += u' ' + argument.name;
    return line;
}

QString optionNames(const CommandOption &option)
{
    QStringList names;
    for (const QString &name : option.names)
        names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
    QString text = names.join(QStringLiteral(", "));
    if (!option.valueName.isEmpty())
        text += u' ' + option.valueName;
    return text;
}

CommandOption helpOption()
{
    return {{QStringLiteral("h"), QStringLiteral("help")}, CommandLineMessages::tr("Show this help."), {}, {}};
}

// Words of text on lines of at most width characters, each line after the first indented.
QString wrapped(const QString &text, qsizetype width, qsizetype indent)
{
    QString out;
    qsizetype column = indent;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (column > indent && column + 1 + word.size() > width) {
            out += u'\n' + QString(indent, u' ');
            column = indent;
        } else if (column > indent) {
            out += u' ';
            ++column;
        }
        out += word;
        column += word.size();
    }
    return out;
}

// A table of names and descriptions, as QCommandLineParser lays it out.
QString table(const QList<std::pair<QString, QString>> &rows)
{
    constexpr qsizetype width = 79;
    qsizetype nameWidth = 0;
    for (const auto &[name, description] : rows)
        nameWidth = std::max(nameWidth, name.size());
    nameWidth = std::min<qsizetype>(nameWidth, 28);
    QString out;
    for (const auto &[name, description] : rows) {
        const qsizetype indent = 2 + nameWidth + 2;
        out += QStringLiteral("  ") + name;
        if (name.size() > nameWidth)
            out += u'\n' + QString(indent, u' ');
        else
            out += QString(nameWidth - name.size() + 2, u' ');
        out += wrapped(description, width, indent) + u'\n';
    }
    return out;
}

// Text for roff: backslashes and hyphens escaped, no line starting with a control character.
QString roff(const QString &text)
{
    QString out = text;
    out.replace(u'\\', QStringLiteral("\\e")).replace(u'-', QStringLiteral("\\-"));
    if (out.startsWith(u'.') || out.startsWith(u'\''))
        out.prepend(QStringLiteral("\\&"));
    return out;
}

QString roffOption(const CommandOption &option)
{
    QStringList names;
    for (const QString &name : option.names)
        names.append(QStringLiteral("\\fB")
                     + roff((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name)
                     + QStringLiteral("\\fR"));
    QString text = names.join(QStringLiteral(", "));
    if (!option.valueName.isEmpty())
        text += QStringLiteral(" \\fI") + roff(option.valueName) + QStringLiteral("\\fR");
    return text;
}

QString roffUsage(const CommandHelp &command)
{
    QString line = QStringLiteral("\\fBmasthead");
    if (!command.name.isEmpty())
        line += u' ' + command.name;
    line += QStringLiteral("\\fR [\\fIoptions\\fR]");
    for (const CommandArgument &argument : command.arguments)
        line += QStringLiteral(" \\fI") + roff(argument.name) + QStringLiteral("\\fR");
    return line;
}

QString roffDescriptions(const CommandHelp &command)
{
    QString out;
    for (const CommandArgument &argument : command.arguments)
        out += QStringLiteral(".TP\n\\fI") + roff(argument.name) + QStringLiteral("\\fR\n") + roff(argument.description)
            + u'\n';
    for (const CommandOption &option : command.options)
        out += QStringLiteral(".TP\n") + roffOption(option) + u'\n' + roff(option.description) + u'\n';
    return out;
}

void printErr(const QString &message)
{
    std::fprintf(stderr, "masthead: %s\n", qPrintable(message));
}

void printOut(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stdout);
    if (!text.endsWith(u'\n'))
        std::fputc('\n', stdout);
}

void printJson(const QJsonObject &object)
{
    printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

// Parses a command's arguments; prints its help or a usage error and returns the exit status when
// the command should not run.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command)
{
    const CommandHelp help = helpOf(command);
    setUpParser(parser, help);
    const QString program = QFileInfo(arguments.value(0)).fileName();
    QStringList withProgram = arguments;
    if (!withProgram.isEmpty())
        withProgram.first() = program;
    if (!parser.parse(withProgram)) {
        printErr(parser.errorText());
        return exitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(helpText(command, program));
        return exitOk;
    }
    if (parser.positionalArguments().size() != help.arguments.size()) {
        printErr(CommandLineMessages::tr("wrong number of arguments; see “%1 --help”").arg(program + u' ' + command));
        return exitUsage;
    }
    return std::nullopt;
}

// The day written as YYYY-MM-DD; nullopt, with a message, when text is not one.
std::optional<QDate> dayArgument(const QString &text)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid() || text.size() != 10) {
        printErr(CommandLineMessages::tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(text));
        return std::nullopt;
    }
    return day;
}

// --date when it is given; false, with a message, when it is given and is not a date.
bool readDateOption(const QCommandLineParser &parser, std::optional<QDate> &date)
{
    if (!parser.isSet(QStringLiteral("date")))
        return true;
    date = dayArgument(parser.value(QStringLiteral("date")));
    return date.has_value();
}

// The command's file argument (always its first), as an absolute path.
QString fileArgument(const QCommandLineParser &parser)
{
    return QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
}

// Says why the command could not be done; its exit status.
int failed(const QString &message)
{
    printErr(message);
    return exitProblems;
}

// The site a file belongs to, or a message saying it belongs to none.
std::optional<Site> siteOf(const QString &path)
{
    auto site = Site::find(path);
    if (!site) {
        printErr(CommandLineMessages::tr("%1 is not inside a Jekyll site: no folder above it has a _config.yml.")
                     .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    }
    return site;
}

QJsonArray jsonList(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString severityLabel(Problem::Severity severity)
{
    switch (severity) {
    case Problem::Severity::Error:
        return CommandLineMessages::tr("error");
    case Problem::Severity::Warning:
        return CommandLineMessages::tr("warning");
    case Problem::Severity::Info:
        break;
    }
    return CommandLineMessages::tr("note");
}

// As compilers write them, so that editors and CI logs link to the line.
void printProblems(const QList<Problem> &problems, const QString &file)
{
    QString out;
    for (const Problem &p : problems) {
        QString where = QDir::toNativeSeparators(p.file.isEmpty() ? file : p.file);
        if (p.line > 0)
            where += u':' + QString::number(p.line) + u':' + QString::number(std::max(p.column, 1));
        out += QStringLiteral("%1: %2: %3 [%4]\n").arg(where, severityLabel(p.severity), p.message, p.code);
    }
    if (!out.isEmpty())
        printOut(out);
}

int runNew(const QCommandLineParser &parser)
{
    std::optional<QDate> date;
    if (!readDateOption(parser, date))
        return exitUsage;
    const QString folder
        = parser.isSet(QStringLiteral("site")) ? parser.value(QStringLiteral("site")) : QDir::currentPath();
    const auto site = siteOf(folder);
    if (!site)
        return exitProblems;
    const auto issue = newIssue(*site, date);
    if (!issue)
        return failed(issue.error());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("draft"), issue->draftPath},
                   {QStringLiteral("date"), issue->date.toString(Qt::ISODate)},
                   {QStringLiteral("assets_folder"), issue->assetsFolder},
                   {QStringLiteral("copied_images"), jsonList(issue->copiedImages)}});
    } else {
        printOut(issue->draftPath);
        printErr(
            CommandLineMessages::tr("created the issue of %1; its images go in %2")
                .arg(issue->date.toString(Qt::ISODate), QDir(site->rootPath()).relativeFilePath(issue->assetsFolder)));
    }
    return exitOk;
}

int runPublish(const QCommandLineParser &parser)
{
    std::optional<QDate> date;
    if (!readDateOption(parser, date))
        return exitUsage;
    const QString file = fileArgument(parser);
    const auto site = siteOf(file);
    if (!site)
        return exitProblems;
    // The window asks before publishing with errors; here --force is the answer.
    const QList<Problem> problems = checkIssueFile(file);
    if (const int errors = countOf(problems, Problem::Severity::Error); errors > 0) {
        if (!parser.isSet(QStringLiteral("force"))) {
            QList<Problem> onlyErrors;
            for (const Problem &p : problems) {
                if (p.severity == Problem::Severity::Error)
                    onlyErrors.append(p);
            }
            printProblems(onlyErrors, file);
            printErr(CommandLineMessages::tr("not published: %1 has %n error(s); fix them, or publish anyway with "
                                             "--force",
                                             nullptr, errors)
                         .arg(QFileInfo(file).fileName()));
            return exitProblems;
        }
        printErr(CommandLineMessages::tr("publishing despite %n error(s) (--force)", nullptr, errors));
    }
    const auto post = publish(*site, file, date, parser.value(QStringLiteral("slug")));
    if (!post)
        return failed(post.error());
    if (parser.isSet(QStringLiteral("json")))
        printJson(
            {{QStringLiteral("post"), post->postPath}, {QStringLiteral("date"), post->date.toString(Qt::ISODate)}});
    else
        printOut(post->postPath);
    return exitOk;
}

int runUnpublish(const QCommandLineParser &parser)
{
    const QString file = fileArgument(parser);
    const auto site = siteOf(file);
    if (!site)
        return exitProblems;
    const auto draft = unpublish(*site, file);
    if (!draft)
        return failed(draft.error());
    if (parser.isSet(QStringLiteral("json")))
        printJson({{QStringLiteral("draft"), draft->draftPath}});
    else
        printOut(draft->draftPath);
    return exitOk;
}

int runRedate(const QCommandLineParser &parser)
{
    const auto date = dayArgument(parser.positionalArguments().at(1));
    if (!date)
        return exitUsage;
    const QString file = fileArgument(parser);
    const auto site = siteOf(file);
    if (!site)
        return exitProblems;
    const auto moved = redate(*site, file, *date);
    if (!moved)
        return failed(moved.error());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("file"), moved->path},
                   {QStringLiteral("assets_folder"), moved->assetsFolder},
                   {QStringLiteral("renamed_images"), jsonList(moved->renamedImages)}});
    } else {
        printOut(moved->path);
    }
    return exitOk;
}

int runRender(const QCommandLineParser &parser)
{
    const auto text = readTextFile(parser.positionalArguments().constFirst());
    if (!text)
        return failed(text.error());
    RenderOptions options;
    options.sourcePositions = parser.isSet(QStringLiteral("source-positions"));
    const QString file = fileArgument(parser);
    options.documentPath = file;
    if (const auto site = Site::find(file))
        options.liquid = std::make_shared<const LiquidContext>(liquidSiteContext(*site));
    else
        options.liquid = std::make_shared<const LiquidContext>();
    const RenderedPost post = renderPost(text->text, options);
    if (post.frontMatterError) {
        printErr(CommandLineMessages::tr("the front matter is not valid YAML (line %1, column %2): %3")
                     .arg(post.frontMatterError->line)
                     .arg(post.frontMatterError->column)
                     .arg(post.frontMatterError->message));
    }
    printOut(post.bodyHtml);
    return post.frontMatterError ? exitProblems : exitOk;
}

QString imageStatusName(EmailImage::Status status)
{
    switch (status) {
    case EmailImage::Status::Rewritten:
        return QStringLiteral("rewritten");
    case EmailImage::Status::Missing:
        return QStringLiteral("missing");
    case EmailImage::Status::TooLarge:
        return QStringLiteral("too-large");
    case EmailImage::Status::Remote:
        break;
    }
    return QStringLiteral("remote");
}

int runExport(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("email"))) {
        printErr(CommandLineMessages::tr("say what to export: --email is the only format so far"));
        return exitUsage;
    }
    const QString file = fileArgument(parser);
    const auto text = readTextFile(file);
    if (!text)
        return failed(text.error());
    const auto site = Site::find(file);
    const EmailExport email = exportEmail(text->text, file, site ? &*site : nullptr);
    if (!email.error.isEmpty())
        return failed(email.error);
    const QString output = parser.value(QStringLiteral("output"));
    const QString content = parser.isSet(QStringLiteral("text")) ? email.plainText : email.html;
    if (output.isEmpty() || output == u"-") {
        printOut(content);
    } else if (auto written = replaceFile(QFileInfo(output).absoluteFilePath(), content.toUtf8()); !written) {
        printErr(written.error());
        return exitProblems;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray images;
        for (const EmailImage &image : email.images)
            images.append(QJsonObject {{QStringLiteral("source"), image.source},
                                       {QStringLiteral("url"), image.url},
                                       {QStringLiteral("status"), imageStatusName(image.status)},
                                       {QStringLiteral("detail"), image.detail}});
        const QJsonObject report {{QStringLiteral("host"), email.hostUrl},
                                  {QStringLiteral("images"), images},
                                  {QStringLiteral("links_rewritten"), email.rewrittenLinks}};
        std::fprintf(stderr, "%s", QJsonDocument(report).toJson(QJsonDocument::Indented).constData());
    } else {
        printErr(emailReport(email));
    }
    return email.count(EmailImage::Status::Missing) > 0 ? exitProblems : exitOk;
}

QJsonValue fieldJson(const FrontMatter::Field &field)
{
    switch (field.kind) {
    case FrontMatter::Field::Kind::Scalar:
        return field.scalar;
    case FrontMatter::Field::Kind::List:
        return QJsonArray::fromStringList(field.list);
    case FrontMatter::Field::Kind::Map:
        return QJsonObject();
    case FrontMatter::Field::Kind::Null:
        break;
    }
    return QJsonValue::Null;
}

int runInfo(const QCommandLineParser &parser)
{
    const QString file = fileArgument(parser);
    const auto text = readTextFile(file);
    if (!text)
        return failed(text.error());
    const auto site = Site::find(file);
    const auto fm = FrontMatter::parseDocument(text->text);

    QJsonObject info {{QStringLiteral("file"), file},
                      {QStringLiteral("site_root"), site ? QJsonValue(site->rootPath()) : QJsonValue::Null}};
    QJsonObject frontMatter;
    std::optional<QDate> day;
    if (fm) {
        for (const auto &field : fm->fields())
            frontMatter.insert(field.key, fieldJson(field));
        if (const auto date = fm->date())
            day = date->day;
        info.insert(QStringLiteral("front_matter_error"), QJsonValue::Null);
    } else {
        info.insert(QStringLiteral("front_matter_error"),
                    QJsonObject {{QStringLiteral("line"), fm.error().line},
                                 {QStringLiteral("column"), fm.error().column},
                                 {QStringLiteral("message"), fm.error().message}});
    }
    if (!day)
        day = dateOfFileName(QFileInfo(file).fileName());
    info.insert(QStringLiteral("front_matter"), frontMatter);
    info.insert(QStringLiteral("issue_date"), day ? QJsonValue(day->toString(Qt::ISODate)) : QJsonValue::Null);
    QString kind = QStringLiteral("page");
    const QString folder = QFileInfo(QFileInfo(file).absolutePath()).fileName();
    if (site && site->isTemplate(file))
        kind = QStringLiteral("template");
    else if (folder == u"_drafts")
        kind = QStringLiteral("draft");
    else if (folder == u"_posts")
        kind = QStringLiteral("post");
    info.insert(QStringLiteral("kind"), kind);
    if (site && day) {
        const QString assets = site->assetsFolderFor(*day);
        info.insert(QStringLiteral("assets_folder"), assets);
        info.insert(QStringLiteral("assets_folder_exists"), QDir(assets).exists());
    } else {
        info.insert(QStringLiteral("assets_folder"), QJsonValue::Null);
        info.insert(QStringLiteral("assets_folder_exists"), false);
    }

    QJsonArray images;
    const QDir postFolder = QFileInfo(file).absoluteDir();
    for (const LinkTarget &t : linkTargets(text->text)) {
        if (!t.image)
            continue;
        const QString target = text->text.sliced(t.begin, t.end - t.begin);
        QJsonObject image {{QStringLiteral("reference"), target}, {QStringLiteral("line"), t.line + 1}};
        QString resolved;
        if (isRelativeFileTarget(target))
            resolved = QDir::cleanPath(postFolder.absoluteFilePath(target));
        else if (target.startsWith(u'/') && !target.startsWith(QLatin1String("//")) && site)
            resolved = QDir::cleanPath(site->rootPath() + target);
        image.insert(QStringLiteral("path"), resolved.isEmpty() ? QJsonValue::Null : QJsonValue(resolved));
        image.insert(QStringLiteral("exists"), !resolved.isEmpty() && QFileInfo(resolved).isFile());
        images.append(image);
    }
    info.insert(QStringLiteral("images"), images);

    if (parser.isSet(QStringLiteral("json"))) {
        printJson(info);
    } else {
        QString out;
        out += CommandLineMessages::tr("file:          %1\n").arg(file);
        out += CommandLineMessages::tr("site:          %1\n")
                   .arg(site ? site->rootPath() : CommandLineMessages::tr("(none)"));
        out += CommandLineMessages::tr("kind:          %1\n").arg(kind);
        out += CommandLineMessages::tr("title:         %1\n").arg(fm ? fm->title() : QString());
        out += CommandLineMessages::tr("issue date:    %1\n")
                   .arg(day ? day->toString(Qt::ISODate) : CommandLineMessages::tr("(none)"));
        out += CommandLineMessages::tr("assets folder: %1\n")
                   .arg(info.value(QStringLiteral("assets_folder")).toString());
        int missing = 0;
        for (const auto &image : std::as_const(images))
            missing += image.toObject().value(QStringLiteral("exists")).toBool() ? 0 : 1;
        out += CommandLineMessages::tr("images:        %1 referenced, %2 missing\n").arg(images.size()).arg(missing);
        if (!fm)
            out += CommandLineMessages::tr("front matter:  invalid YAML at line %1, column %2: %3\n")
                       .arg(fm.error().line)
                       .arg(fm.error().column)
                       .arg(fm.error().message);
        printOut(out);
    }
    return fm ? exitOk : exitProblems;
}
int runCheck(const QCommandLineParser &parser)
{
    bool ok = false;
    const int timeout = parser.value(QStringLiteral("link-timeout")).toInt(&ok);
    if (!ok || timeout <= 0) {
        printErr(CommandLineMessages::tr("“%1” is not a number of seconds.")
                     .arg(parser.value(QStringLiteral("link-timeout"))));
        return exitUsage;
    }
    const QString file = fileArgument(parser);
    QList<Problem> problems = checkIssueFile(file);
    if (parser.isSet(QStringLiteral("links"))) {
        if (const auto text = readTextFile(file)) {
            const QList<ExternalLink> links = externalLinks(text->text);
            QList<QUrl> urls;
            for (const ExternalLink &link : links)
                urls.append(link.url);
            LinkChecker checker;
            checker.setTimeout(std::chrono::seconds(timeout));
            QEventLoop loop;
            QObject::connect(&checker, &LinkChecker::finished, &loop, &QEventLoop::quit);
            checker.check(urls);
            loop.exec();
            problems += checker.problems(links, file);
            std::stable_sort(problems.begin(), problems.end(),
                             [](const Problem &a, const Problem &b) { return a.line < b.line; });
        }
    }
    const int errors = countOf(problems, Problem::Severity::Error);
    const int warnings = countOf(problems, Problem::Severity::Warning);
    const int notes = countOf(problems, Problem::Severity::Info);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Problem &p : std::as_const(problems)) {
            list.append(QJsonObject {{QStringLiteral("severity"), severityName(p.severity)},
                                     {QStringLiteral("code"), p.code},
                                     {QStringLiteral("file"), p.file},
                                     {QStringLiteral("line"), p.line},
                                     {QStringLiteral("column"), p.column},
                                     {QStringLiteral("message"), p.message}});
        }
        printJson({{QStringLiteral("file"), file},
                   {QStringLiteral("errors"), errors},
                   {QStringLiteral("warnings"), warnings},
                   {QStringLiteral("notes"), notes},
                   {QStringLiteral("links_checked"), parser.isSet(QStringLiteral("links"))},
                   {QStringLiteral("problems"), list}});
    } else {
        printProblems(problems, file);
        printErr(CommandLineMessages::tr("%1: errors: %2, warnings: %3, notes: %4")
                     .arg(QFileInfo(file).fileName())
                     .arg(errors)
                     .arg(warnings)
                     .arg(notes));
    }
    return errors > 0 ? exitProblems : exitOk;
}

// Each command and what runs it once its command line is parsed, checked against its help and not
// a request for the help.
struct Command {
    const char *name;
    int (*run)(const QCommandLineParser &parser);
};
constexpr Command commands[]
    = {{"new", runNew},       {"publish", runPublish}, {"unpublish", runUnpublish}, {"redate", runRedate},
       {"render", runRender}, {"export", runExport},   {"info", runInfo},           {"check", runCheck}};
} // namespace

QList<CommandHelp> commandHelp()
{
    const QString file = QStringLiteral("file");
    return {
        {{},
         QCoreApplication::translate(
             "Masthead::Application",
             "Masthead writes the posts of a Jekyll newsletter or blog: Markdown on the left, the published "
             "page on the right."),
         QCoreApplication::translate(
             "Masthead::Application",
             "Without a command it opens the window. The commands below work without a window or a display, "
             "so that scripts and a site's CI can use them; “masthead COMMAND --help” says more about each."),
         {{QStringLiteral("[PATH]"),
           QCoreApplication::translate(
               "Masthead::Application",
               "A Markdown file, or a Jekyll site folder to open at its newest draft. Without one, the file "
               "open when Masthead last closed opens again, else the bundled example site.")}},
         {{{QStringLiteral("v"), QStringLiteral("version")},
           QCoreApplication::translate("Masthead::Application", "Show the version and exit."),
           {},
           {}},
          {{QStringLiteral("self-test")},
           QCoreApplication::translate(
               "Masthead::Application",
               "Open the window on PATH (default: the bundled example site), wait for the preview, check it "
               "and exit: 0 when all is well."),
           {},
           {}},
          {{QStringLiteral("ready-file")},
           QCoreApplication::translate(
               "Masthead::Application",
               "Create FILE once the preview has finished loading (for scripts that take screenshots)."),
           QCoreApplication::translate("Masthead::Application", "FILE"),
           {}}}},
        {QStringLiteral("new"),
         CommandLineMessages::tr("Create the next issue from the site's template."),
         CommandLineMessages::tr(
             "Copies the site's template (_drafts/template.md unless _masthead.yml names another) to the "
             "draft for the issue's date, with the front-matter date and every dated link set to that day; "
             "creates the dated assets folder and copies into it the images the template reuses every week. "
             "Prints the new draft's path. Never overwrites a file."),
         {},
         {{{QStringLiteral("site")},
           CommandLineMessages::tr("The site folder (default: the current folder)."),
           CommandLineMessages::tr("DIR"),
           {}},
          dateOption(CommandLineMessages::tr("The issue date (default: the next publication day).")),
          jsonOption()}},
        {QStringLiteral("publish"),
         CommandLineMessages::tr("Publish a draft: move it to _posts/ as YYYY-MM-DD-slug."),
         CommandLineMessages::tr(
             "As jekyll-compose does: the day is the front matter's, else --date, else today; the "
             "front-matter date is added only when it is absent, and relative links follow the move. Runs the "
             "pre-publish checks first and refuses, printing them, when there are errors, unless --force. "
             "Prints the post's path. Never overwrites a file."),
         {{file, CommandLineMessages::tr("The draft to publish.")}},
         {dateOption(CommandLineMessages::tr("The date, when the draft has none (default: today).")),
          {{QStringLiteral("slug")},
           CommandLineMessages::tr("The post's slug (default: from its name or title)."),
           CommandLineMessages::tr("SLUG"),
           {}},
          {{QStringLiteral("force")}, CommandLineMessages::tr("Publish even when the checks find errors."), {}, {}},
          jsonOption()}},
        {QStringLiteral("unpublish"),
         CommandLineMessages::tr("Move a post back to _drafts/, as jekyll-compose's unpublish does."),
         CommandLineMessages::tr(
             "The date leaves the file name (_posts/YYYY-MM-DD-slug.md becomes _drafts/slug.md), the front "
             "matter stays as it is and relative links follow the move. Prints the draft's path. Never "
             "overwrites a file."),
         {{file, CommandLineMessages::tr("The post to unpublish.")}},
         {jsonOption()}},
        {QStringLiteral("redate"),
         CommandLineMessages::tr(
             "Move an issue to another date: its file name, front matter, assets folder and links."),
         CommandLineMessages::tr(
             "The images of the dated assets folder are renamed when their names carry the date, and every "
             "reference to them in the issue follows. Prints the issue's new path."),
         {{file, CommandLineMessages::tr("The draft or post.")},
          {QStringLiteral("date"), CommandLineMessages::tr("The new date, YYYY-MM-DD.")}},
         {jsonOption()}},
        {QStringLiteral("render"),
         CommandLineMessages::tr("Print the HTML of a post's body, as the preview renders it."),
         CommandLineMessages::tr(
             "Liquid first, then Markdown as Jekyll's kramdown with GFM input renders it. The front matter is "
             "not printed; invalid front matter is reported and exits with 1."),
         {{file, CommandLineMessages::tr("The Markdown file.")}},
         {{{QStringLiteral("source-positions")},
           CommandLineMessages::tr("Mark block elements with their source lines."),
           {},
           {}}}},
        {QStringLiteral("export"),
         CommandLineMessages::tr("Export a post for the mailer: standalone email HTML with absolute image URLs."),
         CommandLineMessages::tr(
             "Renders the post as the preview does, with inline styles instead of a stylesheet, and rewrites "
             "every local image and link to the site's image host (image_host_url in _masthead.yml, else url "
             "and baseurl from _config.yml). Prints the HTML (or writes it to --output) and, on stderr, how many "
             "images were rewritten and which are missing or too large. Exits with 1 when an image is missing."),
         {{file, CommandLineMessages::tr("The draft or post.")}},
         {{{QStringLiteral("email")}, CommandLineMessages::tr("Export as email HTML."), {}, {}},
          {{QStringLiteral("text")}, CommandLineMessages::tr("Export the email's plain-text version instead."), {}, {}},
          {{QStringLiteral("o"), QStringLiteral("output")},
           CommandLineMessages::tr("Write to FILE instead of the standard output."),
           CommandLineMessages::tr("FILE"),
           {}},
          {{QStringLiteral("json")}, CommandLineMessages::tr("Print the report on stderr as JSON."), {}, {}}}},
        {QStringLiteral("info"),
         CommandLineMessages::tr("Show a post's front matter and what Masthead knows about it."),
         CommandLineMessages::tr(
             "Its kind (draft, post, template or page), issue date, assets folder and the images it "
             "references, each found or missing."),
         {{file, CommandLineMessages::tr("The draft or post.")}},
         {jsonOption()}},
        {QStringLiteral("check"),
         CommandLineMessages::tr("Run the pre-publish checks on a draft or post."),
         CommandLineMessages::tr(
             "Prints each problem as FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE] and a summary on stderr. "
             "Exits with 1 when there are errors, so that a site's CI can run it; warnings and notes alone "
             "exit with 0."),
         {{file, CommandLineMessages::tr("The draft or post.")}},
         {{{QStringLiteral("links")},
           CommandLineMessages::tr("Also check the external links over the network."),
           {},
           {}},
          {{QStringLiteral("link-timeout")},
           CommandLineMessages::tr("Seconds to wait for each link (default: 15)."),
           CommandLineMessages::tr("SECONDS"),
           QStringLiteral("15")},
          jsonOption()}},
    };
}

void setUpParser(QCommandLineParser &parser, const CommandHelp &command)
{
    for (const CommandOption &option : command.options)
        parser.addOption({option.names, option.description, option.valueName, option.defaultValue});
    const CommandOption help = helpOption();
    // "-?" as well, like QCommandLineParser's own help option.
    parser.addOption({help.names + QStringList {QStringLiteral("?")}, help.description});
    for (const CommandArgument &argument : command.arguments)
        parser.addPositionalArgument(argument.name, argument.description);
}

QString helpText(const QString &command, const QString &program)
{
    const QList<CommandHelp> all = commandHelp();
    const CommandHelp help = helpOf(command);
    QString out = CommandLineMessages::tr("Usage: %1").arg(usageLine(help, program)) + u'\n';
    if (help.name.isEmpty())
        out += CommandLineMessages::tr("       %1 COMMAND [options] [ARGUMENTS]").arg(program) + u'\n';
    out += wrapped(help.summary, 79, 0) + u'\n';
    if (!help.details.isEmpty())
        out += wrapped(help.details, 79, 0) + u'\n';
    if (!help.arguments.isEmpty()) {
        QList<std::pair<QString, QString>> rows;
        for (const CommandArgument &argument : help.arguments)
            rows.append({argument.name, argument.description});
        out += u'\n' + CommandLineMessages::tr("Arguments:") + u'\n' + table(rows);
    }
    QList<std::pair<QString, QString>> rows;
    for (const CommandOption &option : help.options + QList<CommandOption> {helpOption()})
        rows.append({optionNames(option), option.description});
    out += u'\n' + CommandLineMessages::tr("Options:") + u'\n' + table(rows);
    if (help.name.isEmpty()) {
        QList<std::pair<QString, QString>> commandRows;
        for (const CommandHelp &other : all) {
            if (!other.name.isEmpty())
                commandRows.append({other.name, other.summary});
        }
        out += u'\n' + CommandLineMessages::tr("Commands:") + u'\n' + table(commandRows);
    }
    return out;
}

QString manPage()
{
    const QList<CommandHelp> all = commandHelp();
    const CommandHelp &program = all.constFirst();
    QString out = QStringLiteral(".\\\" masthead(1), made by \"masthead --man\" from the text of --help\n"
                                 ".TH MASTHEAD 1 \"\" \"Masthead %1\" \"User Commands\"\n")
                      .arg(QCoreApplication::applicationVersion());
    out += QStringLiteral(".SH NAME\nmasthead \\- ") + roff(program.summary) + u'\n';
    out += QStringLiteral(".SH SYNOPSIS\n");
    for (const CommandHelp &command : all)
        out += roffUsage(command) + QStringLiteral("\n.br\n");
    out += QStringLiteral(".SH DESCRIPTION\n") + roff(program.details) + u'\n';
    for (const CommandArgument &argument : program.arguments)
        out += QStringLiteral(".PP\n") + roff(argument.description) + u'\n';
    out += QStringLiteral(".SH OPTIONS\n");
    CommandHelp programOptions = program;
    programOptions.arguments.clear();
    programOptions.options.append(helpOption());
    out += roffDescriptions(programOptions);
    out += QStringLiteral(".SH COMMANDS\nEvery command also takes \\fB\\-h\\fR, \\fB\\-\\-help\\fR.\n");
    for (const CommandHelp &command : all) {
        if (command.name.isEmpty())
            continue;
        out += QStringLiteral(".SS \"") + roffUsage(command) + QStringLiteral("\"\n");
        out += roff(command.summary) + u'\n';
        if (!command.details.isEmpty())
            out += roff(command.details) + u'\n';
        out += roffDescriptions(command);
    }
    out += QStringLiteral(".SH \"EXIT STATUS\"\n.TP\n0\nSuccess.\n.TP\n1\n")
        + roff(CommandLineMessages::tr("The command found problems or could not be done."))
        + QStringLiteral("\n.TP\n2\n")
        + roff(CommandLineMessages::tr("A usage error: an unknown option, a missing argument, a malformed value."))
        + u'\n';
    out += QStringLiteral(".SH \"SEE ALSO\"\n\\fBjekyll\\fR(1)\n");
    return out;
}

bool isHeadlessCommand(const char *argument)
{
    return std::ranges::any_of(commands,
                               [argument](const Command &command) { return std::strcmp(argument, command.name) == 0; });
}

int runHeadlessCommand(const QStringList &arguments)
{
    // arguments: program, command, options...
    const QString name = arguments.value(1);
    const auto command = std::ranges::find_if(
        commands, [&name](const Command &candidate) { return name == QLatin1StringView(candidate.name); });
    if (command == std::end(commands)) {
        printErr(CommandLineMessages::tr("unknown command “%1”").arg(name));
        return exitUsage;
    }
    QCommandLineParser parser;
    if (auto status = parse(parser, QStringList {arguments.value(0)} + arguments.mid(2), name))
        return *status;
    return command->run(parser);
}

} // namespace Masthead
