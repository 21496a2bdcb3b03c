// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/site/site.h"

#include "core/fileio.h"
#include "core/site/frontmatter.h"
#include "core/site/postdate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Masthead
{
namespace
{
class SiteMessages
{
    Q_DECLARE_TR_FUNCTIONS(Masthead::Site)
};

const QStringList markdownSuffixes {QStringLiteral("md"), QStringLiteral("markdown"), QStringLiteral("mkd"),
                                    QStringLiteral("mkdn"), QStringLiteral("html")};
const QStringList specialFolders {QStringLiteral("_posts"),    QStringLiteral("_drafts"), QStringLiteral("_layouts"),
                                  QStringLiteral("_includes"), QStringLiteral("_data"),   QStringLiteral("_sass"),
                                  QStringLiteral("_plugins")};

// Folders never worth walking into.
bool skipped(const QString &name)
{
    return name.startsWith(u'.') || name == u"_site" || name == u"node_modules" || name == u"vendor";
}

// Calls visit(folderPath, relativePath) for every folder of the site, depth first.
template<typename Visit>
void walk(const QString &root, const QString &relative, const QStringList &exclude, Visit visit, int depth = 0)
{
    if (depth > 12)
        return;
    const QDir dir(relative.isEmpty() ? root : root + u'/' + relative);
    const QStringList children = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
    for (const QString &child : children) {
        const QString rel = relative.isEmpty() ? child : relative + u'/' + child;
        if (skipped(child) || exclude.contains(rel) || exclude.contains(rel + u'/'))
            continue;
        visit(dir.filePath(child), rel);
        walk(root, rel, exclude, visit, depth + 1);
    }
}

// A fence line in bytes: the marker followed only by ASCII blanks (a line feed and a carriage return
// included). locateFrontMatter() also takes other Unicode blanks; what it finds in the decoded text
// decides, this only tells where to stop reading.
bool isFenceLine(QByteArrayView line, QByteArrayView marker)
{
    return line.startsWith(marker) && line.sliced(marker.size()).trimmed().isEmpty();
}

// The beginning of a post's text up to the end of its front matter: all that a list of posts needs
// (title, date, categories). A draft can be tens of megabytes long, the one open in the window among
// them, and these lists are made on the GUI thread whenever the site changes; its body is not read.
// Without front matter, the first line; with an unusual first line, the whole file (locateFrontMatter()
// decides). Nothing when the file cannot be read or that part of it is not UTF-8.
std::optional<QString> frontMatterPart(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QString name = QFileInfo(path).fileName();
    const auto decoded = [&name](const QByteArray &bytes) -> std::optional<QString> {
        auto text = decodeText(bytes, name);
        return text ? std::optional<QString>(std::move(text->text)) : std::nullopt;
    };
    QByteArray bytes;
    qsizetype lineStart = 0;
    for (int line = 0;; ++line) {
        qsizetype lineEnd = bytes.indexOf('\n', lineStart);
        while (lineEnd < 0) {
            const QByteArray piece = file.read(64 * 1024);
            if (piece.isEmpty())
                return decoded(bytes); // the whole file is in
            bytes += piece;
            lineEnd = bytes.indexOf('\n', lineStart);
        }
        QByteArrayView current = QByteArrayView(bytes).sliced(lineStart, lineEnd - lineStart);
        if (line == 0) {
            if (current.startsWith("\xEF\xBB\xBF"))
                current = current.sliced(3);
            if (!current.startsWith("---"))
                return decoded(bytes.first(lineEnd + 1)); // no front matter
            if (!isFenceLine(current, "---"))
                break;
        } else if (isFenceLine(current, "---") || isFenceLine(current, "...")) {
            // Whole lines only, so that no character is cut in two.
            return decoded(bytes.first(lineEnd + 1));
        }
        lineStart = lineEnd + 1;
    }
    bytes += file.readAll();
    return decoded(bytes);
}

PostEntry readEntry(const QFileInfo &file, PostEntry::Kind kind, const QStringList &folderCategories)
{
    PostEntry entry;
    entry.kind = kind;
    entry.path = file.absoluteFilePath();
    entry.categories = folderCategories;
    const QString base = file.completeBaseName();
    entry.date = dateOfFileName(base);
    entry.slug = entry.date ? base.sliced(11) : base;
    if (const auto text = frontMatterPart(entry.path)) {
        if (auto fm = FrontMatter::parseDocument(*text)) {
            entry.title = fm->title();
            if (const auto date = fm->date())
                entry.date = date->day;
            for (const QString &c : fm->categories()) {
                if (!entry.categories.contains(c))
                    entry.categories.append(c);
            }
        }
    }
    return entry;
}
} // namespace

Site::Site(QString rootPath)
    : m_rootPath(std::move(rootPath))
{
}

std::optional<Site> Site::find(const QString &path)
{
    const QFileInfo info(path);
    QDir dir = info.isDir() ? QDir(info.absoluteFilePath()) : info.absoluteDir();
    while (!dir.exists(QStringLiteral("_config.yml"))) {
        if (!dir.cdUp())
            return std::nullopt;
    }
    Site site(dir.absolutePath());
    const QString configPath = dir.filePath(QStringLiteral("_config.yml"));
    site.m_configYaml = fileBytes(configPath);
    if (auto config = SiteConfig::parse(site.m_configYaml)) {
        site.m_config = *config;
    } else {
        site.m_problems.append(
            {Problem::Severity::Error, QStringLiteral("invalid-config"), configPath, config.error().line,
             config.error().column,
             SiteMessages::tr("_config.yml is not valid YAML (line %1, column %2): %3. Jekyll will not build "
                              "the site.")
                 .arg(config.error().line)
                 .arg(config.error().column)
                 .arg(config.error().message)});
    }
    site.m_settings = SiteSettings::load(site.m_rootPath, &site.m_problems);
    return site;
}

QList<PostEntry> Site::entries(PostEntry::Kind kind) const
{
    const QString folderName = kind == PostEntry::Kind::Draft ? QStringLiteral("_drafts") : QStringLiteral("_posts");
    QList<PostEntry> result;
    auto collect = [&](const QString &folder, const QString &relative) {
        if (QFileInfo(folder).fileName() != folderName)
            return;
        QStringList categories = relative.split(u'/', Qt::SkipEmptyParts);
        categories.removeLast();
        const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &file : files) {
            if (!markdownSuffixes.contains(file.suffix().toLower()) || isTemplate(file.absoluteFilePath()))
                continue;
            // Jekyll reads only dated file names as posts.
            if (kind == PostEntry::Kind::Post && !dateOfFileName(file.fileName()))
                continue;
            result.append(readEntry(file, kind, categories));
        }
    };
    walk(m_rootPath, QString(), m_config.exclude, collect);
    std::stable_sort(result.begin(), result.end(), [](const PostEntry &a, const PostEntry &b) {
        if (a.date != b.date)
            return a.date.value_or(QDate()) > b.date.value_or(QDate());
        return a.path > b.path;
    });
    return result;
}

QList<PostEntry> Site::drafts() const
{
    return entries(PostEntry::Kind::Draft);
}

QList<PostEntry> Site::posts() const
{
    return entries(PostEntry::Kind::Post);
}

QList<Problem> Site::wrongCaseFolders() const
{
    QList<Problem> problems;
    walk(m_rootPath, QString(), m_config.exclude, [&](const QString &folder, const QString &relative) {
        const QString name = QFileInfo(folder).fileName();
        const QString lower = name.toLower();
        if (name != lower && specialFolders.contains(lower)) {
            problems.append(
                {Problem::Severity::Error, QStringLiteral("wrong-case-folder"), folder, 0, 0,
                 SiteMessages::tr("The folder “%1” is named in the wrong case: Jekyll only reads folders named "
                                  "“%2” and silently ignores everything in this one.")
                     .arg(relative, lower)});
        }
    });
    return problems;
}

QString Site::refusedPathSettings() const
{
    QStringList messages;
    for (const Problem &problem : m_problems) {
        if (problem.code == QLatin1String(SiteSettings::outsideSiteCode))
            messages.append(problem.message);
    }
    return messages.join(u'\n');
}

QString Site::templatePath() const
{
    return QDir::cleanPath(QDir(m_rootPath).filePath(m_settings.templateFile));
}

bool Site::isTemplate(const QString &path) const
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath()) == templatePath();
}

QString Site::pathToOpen() const
{
    if (const auto d = drafts(); !d.isEmpty())
        return d.first().path;
    if (const auto p = posts(); !p.isEmpty())
        return p.first().path;
    return QFileInfo::exists(templatePath()) ? templatePath() : QString();
}

std::optional<QDate> Site::newestIssueDate() const
{
    std::optional<QDate> newest;
    for (const auto &list : {drafts(), posts()}) {
        for (const PostEntry &entry : list) {
            if (entry.date && (!newest || *entry.date > *newest))
                newest = entry.date;
        }
    }
    return newest;
}

QDate Site::nextIssueDate(QDate today) const
{
    const auto newest = newestIssueDate();
    QDate day = newest ? newest->addDays(1) : today;
    while (day.dayOfWeek() != m_settings.publicationWeekday)
        day = day.addDays(1);
    return day;
}

QString Site::draftPathFor(QDate date) const
{
    return QDir::cleanPath(QDir(m_rootPath).filePath(expandPattern(m_settings.draftFile, date)));
}

QString Site::assetsFolderFor(QDate date) const
{
    return QDir::cleanPath(QDir(m_rootPath).filePath(expandPattern(m_settings.assetsFolder, date))) + u'/';
}

QString slugify(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    for (const QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            slug += c;
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue; // the accent of a decomposed letter
        } else if (!slug.isEmpty() && !slug.endsWith(u'-')) {
            slug += u'-';
        }
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug;
}

} // namespace Masthead
