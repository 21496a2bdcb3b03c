// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fileio.h"
#include "core/liquid/liquid.h"
#include "core/liquid/liquid_p.h"
#include "core/site/frontmatter.h"
#include "core/site/permalink.h"
#include "core/site/postdate.h"
#include "core/site/rubytime.h"
#include "core/site/site.h"
#include "core/site/sitepath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

// What Jekyll 4.3 puts in site and page (Jekyll::Document, Jekyll::Page, Jekyll::StaticFile).

namespace Masthead
{
namespace LiquidPrivate
{
namespace
{
const QStringList documentSuffixes {QStringLiteral("md"),   QStringLiteral("markdown"), QStringLiteral("mkdown"),
                                    QStringLiteral("mkdn"), QStringLiteral("mkd"),      QStringLiteral("html"),
                                    QStringLiteral("htm")};

QString withoutExtension(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot > 0 ? name.first(dot) : name;
}

// Utils.titleize_slug.
QString titleize(const QString &slug)
{
    QStringList words = slug.split(u'-');
    for (QString &word : words) {
        if (!word.isEmpty())
            word = word.first(1).toUpper() + word.sliced(1).toLower();
    }
    return words.join(u' ');
}

// Array(value) for categories and tags: lists as they are, a string split at blanks (the singular
// keys "category" and "tag" keep a string whole).
QStringList words(const LiquidValue &value, bool split = true)
{
    if (value.isNil())
        return {};
    if (value.isList()) {
        QStringList out;
        for (const LiquidValue &item : value.toList()) {
            if (!item.isNil())
                out.append(item.toString());
        }
        return out;
    }
    if (!split)
        return {value.toString()};
    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    return value.toString().split(blanks, Qt::SkipEmptyParts);
}

LiquidValue deepMerge(LiquidValue base, const LiquidValue &over)
{
    if (!base.isMap() || !over.isMap())
        return over;
    for (const auto &[key, value] : over.toMap()) {
        const LiquidValue old = base.value(key);
        base.insert(key, old.isMap() && value.isMap() ? deepMerge(old, value) : value);
    }
    return base;
}

// FrontmatterDefaults#all: the values of every `defaults` entry whose scope fits, the more specific
// scopes winning.
LiquidValue frontMatterDefaults(const SiteFacts &site, const QString &relativePath, const QString &type)
{
    struct Set {
        qsizetype pathLength;
        bool typed;
        LiquidValue values;
    };
    QList<Set> sets;
    for (const LiquidValue &entry : site.config.value(u"defaults").toList()) {
        const LiquidValue scope = entry.value(u"scope");
        QString path = scope.value(u"path").toString();
        while (path.startsWith(u'/'))
            path.remove(0, 1);
        const QString scopeType = scope.value(u"type").toString();
        if (!path.isEmpty() && !relativePath.startsWith(path))
            continue;
        if (!scopeType.isEmpty() && scopeType != type)
            continue;
        sets.append({path.size(), !scopeType.isEmpty(), entry.value(u"values")});
    }
    std::stable_sort(sets.begin(), sets.end(), [](const Set &a, const Set &b) {
        return a.pathLength != b.pathLength ? a.pathLength < b.pathLength : (!a.typed && b.typed);
    });
    LiquidValue merged = LiquidValue::Map();
    for (const Set &set : sets)
        merged = deepMerge(merged, set.values);
    return merged;
}

LiquidValue frontMatterOf(QStringView text)
{
    const FrontMatterBlock block = locateFrontMatter(text);
    if (!block.present)
        return LiquidValue::Map();
    const LiquidValue yaml
        = LiquidValue::fromYaml(text.sliced(block.yamlBegin, block.yamlEnd - block.yamlBegin).toUtf8());
    return yaml.isMap() ? yaml : LiquidValue(LiquidValue::Map());
}

bool isExcluded(const SiteFacts &site, const QString &relativePath)
{
    for (const LiquidValue &entry : site.config.value(u"exclude").toList()) {
        QString e = entry.toString();
        while (e.endsWith(u'/'))
            e.chop(1);
        if (!e.isEmpty() && (relativePath == e || relativePath.startsWith(e + u'/')))
            return true;
    }
    return false;
}

struct Collection {
    QString label;
    bool output = false;
    QString permalink;
};

std::optional<Collection> collection(const SiteFacts &site, QStringView label)
{
    const LiquidValue collections = site.config.value(u"collections");
    if (collections.isMap()) {
        if (!collections.contains(label))
            return std::nullopt;
        const LiquidValue metadata = collections.value(label);
        return Collection {label.toString(), metadata.value(u"output").isTruthy(),
                           metadata.value(u"permalink").toString()};
    }
    for (const LiquidValue &item : collections.toList()) {
        if (item.toString() == label)
            return Collection {label.toString(), false, {}};
    }
    return std::nullopt;
}

std::optional<QDateTime> parseDate(const LiquidValue &value, const QTimeZone &zone)
{
    if (value.type() == LiquidValue::Type::Date)
        return value.toDateTime().toTimeZone(zone);
    if (value.isNil())
        return std::nullopt;
    if (const auto date = Ruby::parseTime(value.toString(), zone))
        return date->toTimeZone(zone);
    return std::nullopt;
}

// Reads a CSV file as Jekyll does for site.data: a list of maps keyed by the header row.
LiquidValue readCsv(const QString &text, QChar separator)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == separator) {
            row.append(field);
            field.clear();
        } else if (c == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
        } else if (c != u'\r') {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    LiquidValue::List list;
    if (rows.isEmpty())
        return list;
    const QStringList header = rows.takeFirst();
    for (const QStringList &r : std::as_const(rows)) {
        LiquidValue item = LiquidValue::Map();
        for (qsizetype i = 0; i < header.size(); ++i)
            item.insert(header.at(i), i < r.size() ? LiquidValue(r.at(i)) : LiquidValue());
        list.append(item);
    }
    return list;
}

LiquidValue readDataFolder(const QString &folder, int depth = 0)
{
    LiquidValue data = LiquidValue::Map();
    if (depth > 8)
        return data;
    const QDir dir(folder);
    const QFileInfoList entries
        = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (entry.fileName().startsWith(u'.'))
            continue;
        if (entry.isDir()) {
            data.insert(entry.fileName(), readDataFolder(entry.absoluteFilePath(), depth + 1));
            continue;
        }
        const QString suffix = entry.suffix().toLower();
        const QString key = entry.completeBaseName();
        if (suffix == u"yml" || suffix == u"yaml" || suffix == u"json")
            data.insert(key, LiquidValue::fromYaml(fileBytes(entry.absoluteFilePath())));
        else if (suffix == u"csv" || suffix == u"tsv")
            data.insert(
                key, readCsv(QString::fromUtf8(fileBytes(entry.absoluteFilePath())), suffix == u"csv" ? u',' : u'\t'));
    }
    return data;
}

void collectPosts(const SiteFacts &site, const QString &relative, bool insidePosts, QStringList &out, int depth)
{
    if (depth > 12)
        return;
    const QDir dir(relative.isEmpty() ? site.root : site.root + u'/' + relative);
    const QFileInfoList entries
        = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        const QString rel = relative.isEmpty() ? name : relative + u'/' + name;
        if (name.startsWith(u'.') || isExcluded(site, rel))
            continue;
        if (entry.isDir()) {
            const bool posts = insidePosts || name == u"_posts";
            // Jekyll looks for _posts in the root and in folders that do not start with "_".
            if (!posts && (name.startsWith(u'_') || name == u"node_modules" || name == u"vendor"))
                continue;
            collectPosts(site, rel, posts, out, depth + 1);
        } else if (insidePosts && dateOfFileName(name) && name.contains(u'.')) {
            out.append(rel);
        }
    }
}
} // namespace

QString SiteFacts::permalinkStyle() const
{
    const QString style = config.value(u"permalink").toString();
    return style.isEmpty() ? QStringLiteral("date") : style;
}

QString SiteFacts::folder(QStringView key, QStringView fallback) const
{
    const QString value = config.value(key).toString();
    return value.isEmpty() ? fallback.toString() : value;
}

SiteFacts siteFacts(const LiquidContext &context)
{
    SiteFacts facts;
    facts.root = context.siteRoot;
    while (facts.root.size() > 1 && facts.root.endsWith(u'/'))
        facts.root.chop(1);
    facts.config = context.site;
    facts.zone = context.timeZone;
    return facts;
}

LiquidValue documentVariables(const SiteFacts &site, const QString &relativePath, QStringView text)
{
    const QStringList parts = relativePath.split(u'/');
    const QString name = parts.last();
    const qsizetype postsAt = parts.indexOf(QStringLiteral("_posts"));
    enum class Kind { Post, Draft, Document, Page } kind = Kind::Page;
    std::optional<Collection> documentCollection;
    if (postsAt >= 0 && postsAt < parts.size() - 1) {
        kind = Kind::Post;
    } else if (parts.size() > 1 && parts.first().startsWith(u'_')) {
        documentCollection = collection(site, parts.first().sliced(1));
        if (documentCollection)
            kind = Kind::Document;
        else if (parts.first() == u"_drafts")
            kind = Kind::Draft; // as `jekyll build --drafts` reads drafts: posts
    }
    const QString type = kind == Kind::Page ? QStringLiteral("pages")
        : kind == Kind::Document            ? documentCollection->label
                                            : QStringLiteral("posts");

    LiquidValue page = deepMerge(frontMatterDefaults(site, relativePath, type), frontMatterOf(text));
    const QString style = site.permalinkStyle();

    if (kind == Kind::Page) {
        const QString url = pageUrl(relativePath, style, page.value(u"permalink").toString());
        page.insert(QStringLiteral("url"), url);
        page.insert(QStringLiteral("name"), name);
        page.insert(QStringLiteral("path"), relativePath);
        page.insert(QStringLiteral("dir"), url.endsWith(u'/') ? url : url.first(url.lastIndexOf(u'/') + 1));
        return page;
    }

    // Document#populate_title, #categories_from_path, #populate_categories, #populate_tags.
    static const QRegularExpression dated(QStringLiteral(R"(^(\d{2,4}-\d{1,2}-\d{1,2})-(.*)(\.[^.]+)$)"));
    const auto m = dated.match(name);
    QString slug = m.hasMatch() ? m.captured(2) : withoutExtension(name);
    while (slug.endsWith(u'.'))
        slug.chop(1);
    if (!page.contains(u"title") || page.value(u"title").isNil())
        page.insert(QStringLiteral("title"), titleize(slug));
    if (!page.contains(u"slug") || page.value(u"slug").isNil())
        page.insert(QStringLiteral("slug"), slug);
    if (!page.contains(u"ext") || page.value(u"ext").isNil())
        page.insert(QStringLiteral("ext"),
                    m.hasMatch() ? m.captured(3) : QStringLiteral(".") + QFileInfo(name).suffix());

    std::optional<QDateTime> date = parseDate(page.value(u"date"), site.zone);
    if (!date && m.hasMatch())
        date = Ruby::parseTime(m.captured(1), site.zone);
    if (!date) {
        const QFileInfo file(site.root + u'/' + relativePath);
        date = kind == Kind::Draft && file.exists() ? file.lastModified().toTimeZone(site.zone)
                                                    : QDateTime::currentDateTime(site.zone);
    }
    page.insert(QStringLiteral("date"), *date);

    QStringList categories;
    if (kind == Kind::Post) {
        for (qsizetype i = 0; i < postsAt; ++i)
            categories.append(parts.at(i));
    }
    for (const QString &c : words(page.value(u"categories")) + words(page.value(u"category"), false)) {
        if (!categories.contains(c))
            categories.append(c);
    }
    page.insert(QStringLiteral("categories"), LiquidValue::list(categories));
    page.insert(
        QStringLiteral("tags"),
        LiquidValue::list(page.contains(u"tag") ? words(page.value(u"tag"), false) : words(page.value(u"tags"))));

    DocumentUrlFacts facts;
    facts.collection = kind == Kind::Document ? documentCollection->label : QStringLiteral("posts");
    facts.relativePath = relativePath;
    facts.date = *date;
    facts.slug = page.value(u"slug").toString();
    facts.categories = categories;
    facts.permalink = page.value(u"permalink").toString();
    QString urlTemplate;
    if (kind == Kind::Document) {
        urlTemplate = collectionUrlTemplate(documentCollection->permalink, style);
    } else {
        const auto posts = collection(site, u"posts");
        urlTemplate = posts && !posts->permalink.isEmpty() ? posts->permalink : permalinkTemplate(style);
    }
    const QString url = documentUrl(facts, urlTemplate);
    page.insert(QStringLiteral("url"), url);
    QString directory = url;
    while (directory.size() > 1 && directory.endsWith(u'/'))
        directory.chop(1);
    directory.truncate(std::max<qsizetype>(1, directory.lastIndexOf(u'/')));
    page.insert(QStringLiteral("id"),
                (directory == u"/" ? QString() : directory) + u'/' + page.value(u"slug").toString());
    page.insert(QStringLiteral("name"), name);
    page.insert(QStringLiteral("path"), relativePath);
    page.insert(QStringLiteral("relative_path"), relativePath);
    page.insert(QStringLiteral("collection"), facts.collection);
    page.insert(QStringLiteral("draft"), kind == Kind::Draft);
    return page;
}

std::optional<QString> siteFileUrl(const SiteFacts &site, const QString &relativePath)
{
    QString rel = QDir::cleanPath(relativePath);
    while (rel.startsWith(u'/'))
        rel.remove(0, 1);
    if (site.root.isEmpty() || rel.isEmpty() || rel.startsWith(QLatin1String("..")))
        return std::nullopt;
    const QFileInfo file(site.root + u'/' + rel);
    if (!file.isFile() || isExcluded(site, rel))
        return std::nullopt;
    const QStringList parts = rel.split(u'/');
    const bool special = std::any_of(parts.begin(), parts.end(), [](const QString &part) {
        return part.startsWith(u'_') || part.startsWith(u'.') || part.startsWith(u'#') || part.startsWith(u'~')
            || part.endsWith(u'~');
    });
    const bool document = parts.contains(QStringLiteral("_posts")) || parts.first() == u"_drafts"
        || (parts.first().startsWith(u'_') && collection(site, parts.first().sliced(1)));
    if (special && !document)
        return std::nullopt;
    if (document) {
        if (const auto c = parts.first().startsWith(u'_') ? collection(site, parts.first().sliced(1)) : std::nullopt;
            c && !c->output && !parts.contains(QStringLiteral("_posts")))
            return std::nullopt; // a collection Jekyll does not write
        if (parts.contains(QStringLiteral("_posts")) && !dateOfFileName(parts.last()))
            return std::nullopt;
        const auto text = readTextFile(file.absoluteFilePath());
        return documentVariables(site, rel, text ? QStringView(text->text) : QStringView()).value(u"url").toString();
    }
    const QByteArray head = [&] {
        QFile f(file.absoluteFilePath());
        return f.open(QIODevice::ReadOnly) ? f.read(5) : QByteArray();
    }();
    if (head.startsWith("---\n") || head.startsWith("---\r\n")) {
        const auto text = readTextFile(file.absoluteFilePath());
        return documentVariables(site, rel, text ? QStringView(text->text) : QStringView()).value(u"url").toString();
    }
    return QStringLiteral("/") + rel;
}

QStringList postFiles(const SiteFacts &site)
{
    QStringList files;
    if (!site.root.isEmpty())
        collectPosts(site, QString(), false, files, 0);
    return files;
}
} // namespace LiquidPrivate

using namespace LiquidPrivate;

LiquidContext liquidSiteContext(const Site &site)
{
    LiquidContext context;
    context.siteRoot = site.rootPath();
    LiquidValue config = LiquidValue::fromYaml(site.configYaml());
    if (!config.isMap())
        config = LiquidValue::Map();
    // Jekyll's defaults for what templates read.
    const std::pair<QString, LiquidValue> defaults[] = {
        {QStringLiteral("permalink"), QStringLiteral("date")},
        {QStringLiteral("markdown"), QStringLiteral("kramdown")},
        {QStringLiteral("highlighter"), QStringLiteral("rouge")},
        {QStringLiteral("excerpt_separator"), QStringLiteral("\n\n")},
        {QStringLiteral("includes_dir"), QStringLiteral("_includes")},
        {QStringLiteral("data_dir"), QStringLiteral("_data")},
        {QStringLiteral("layouts_dir"), QStringLiteral("_layouts")},
        {QStringLiteral("future"), false},
    };
    for (const auto &[key, value] : defaults) {
        if (!config.contains(key))
            config.insert(key, value);
    }
    const QString timezone = config.value(u"timezone").toString();
    if (!timezone.isEmpty()) {
        const QTimeZone zone(timezone.toUtf8());
        if (zone.isValid())
            context.timeZone = zone;
    }
    config.insert(QStringLiteral("time"), QDateTime::currentDateTime(context.timeZone));
    SiteFacts facts;
    facts.root = context.siteRoot;
    facts.config = config;
    facts.zone = context.timeZone;
    // data_dir comes from _config.yml, which came with the site: it is read only inside the site.
    const QString dataFolder = QDir(site.rootPath()).filePath(facts.folder(u"data_dir", u"_data"));
    config.insert(QStringLiteral("data"),
                  isInsideSite(site.rootPath(), dataFolder) ? readDataFolder(dataFolder)
                                                            : LiquidValue(LiquidValue::Map()));
    context.site = config;
    facts.config = config;
    context.posts = [facts] {
        QList<std::pair<QDateTime, LiquidValue>> posts;
        for (const QString &rel : postFiles(facts)) {
            const auto text = readTextFile(facts.root + u'/' + rel);
            const LiquidValue post = documentVariables(facts, rel, text ? QStringView(text->text) : QStringView());
            posts.append({post.value(u"date").toDateTime(), post});
        }
        // site.posts is newest first.
        std::stable_sort(posts.begin(), posts.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        LiquidValue::List list;
        for (const auto &post : posts)
            list.append(post.second);
        return LiquidValue(list);
    };
    return context;
}

void setLiquidPage(LiquidContext &context, const QString &documentPath, QStringView documentText)
{
    context.documentPath = documentPath;
    const FrontMatterBlock block = locateFrontMatter(documentText);
    context.firstLine = block.present ? block.bodyFirstLine + 1 : 1;
    const SiteFacts facts = siteFacts(context);
    const QString absolute = QFileInfo(documentPath).absoluteFilePath();
    if (!facts.root.isEmpty() && absolute.startsWith(facts.root + u'/')) {
        context.page = documentVariables(facts, absolute.sliced(facts.root.size() + 1), documentText);
        return;
    }
    LiquidValue page = frontMatterOf(documentText);
    if (const auto date = parseDate(page.value(u"date"), context.timeZone))
        page.insert(QStringLiteral("date"), *date);
    page.insert(QStringLiteral("path"), QFileInfo(documentPath).fileName());
    context.page = page;
}

LiquidContext liquidContextFor(const QString &documentPath, QStringView documentText)
{
    const auto site = Site::find(documentPath);
    LiquidContext context = site ? liquidSiteContext(*site) : LiquidContext();
    setLiquidPage(context, documentPath, documentText);
    return context;
}

} // namespace Masthead
