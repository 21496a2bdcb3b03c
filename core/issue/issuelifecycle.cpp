// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/issue/issuelifecycle.h"

#include "core/site/sitepath.h"

#include "core/fileio.h"
#include "core/site/frontmatter.h"
#include "core/site/postdate.h"
#include "core/site/site.h"
#include "core/text/links.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Masthead
{
namespace
{
class IssueLifecycleMessages
{
    Q_DECLARE_TR_FUNCTIONS(Masthead::IssueLifecycle)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The site-relative form of a path, for messages.
QString relativeTo(const Site &site, const QString &path)
{
    return shown(QDir(site.rootPath()).relativeFilePath(path));
}

const FrontMatterEntry *dateEntry(const QList<FrontMatterEntry> &entries)
{
    for (const FrontMatterEntry &e : entries) {
        if (e.key == u"date" && !e.blockValue)
            return &e;
    }
    return nullptr;
}

// The text with the front matter's date moved to day, its time, offset and quoting kept. nullopt
// when there is no date key.
std::optional<QString> withFrontMatterDay(const QString &text, QDate day)
{
    const auto entries = frontMatterEntries(text);
    const FrontMatterEntry *entry = dateEntry(entries);
    if (!entry || entry->valueBegin == entry->valueEnd)
        return std::nullopt;
    const QString old = text.sliced(entry->valueBegin, entry->valueEnd - entry->valueBegin);
    return text.first(entry->valueBegin) + withDay(old, day) + text.sliced(entry->valueEnd);
}

// The issue day of a post: its front matter's date, else its file name's.
std::optional<QDate> issueDay(const QString &text, const QString &path)
{
    if (auto fm = FrontMatter::parseDocument(text)) {
        if (const auto date = fm->date())
            return date->day;
    }
    return dateOfFileName(QFileInfo(path).fileName());
}

bool namesDay(const QString &name, QDate day)
{
    return name.contains(day.toString(QStringLiteral("yyyyMMdd"))) || name.contains(day.toString(Qt::ISODate));
}

std::expected<FrontMatter, QString> parsedFrontMatter(const QString &text, const QString &path)
{
    auto fm = FrontMatter::parseDocument(text);
    if (!fm) {
        return std::unexpected(IssueLifecycleMessages::tr(
                                   "The front matter of %1 is not valid YAML (line %2, column %3): %4. Fix it first.")
                                   .arg(shown(path))
                                   .arg(fm.error().line)
                                   .arg(fm.error().column)
                                   .arg(fm.error().message));
    }
    return *fm;
}

QString refusedSettingsMessage(const QString &refused)
{
    return IssueLifecycleMessages::tr("%1\nNothing was changed: fix %2 first.")
        .arg(refused, QLatin1String(SiteSettings::fileName));
}

bool makeFolder(const QString &path, QString *error)
{
    if (QDir(path).exists())
        return true;
    if (!QDir().mkpath(path)) {
        *error
            = IssueLifecycleMessages::tr("Could not create the folder %1 (is its parent read-only?).").arg(shown(path));
        return false;
    }
    return true;
}
} // namespace

std::expected<NewIssue, QString> newIssue(const Site &site, std::optional<QDate> date)
{
    if (const QString refused = site.refusedPathSettings(); !refused.isEmpty())
        return std::unexpected(refusedSettingsMessage(refused));
    const QString templatePath = site.templatePath();
    if (auto inside = pathInsideSite(site.rootPath(), templatePath, IssueLifecycleMessages::tr("the template"));
        !inside)
        return std::unexpected(inside.error());
    if (!QFileInfo::exists(templatePath)) {
        return std::unexpected(
            IssueLifecycleMessages::tr("The site has no template at %1. Create it, or name another one with "
                                       "“template:” in %2.")
                .arg(relativeTo(site, templatePath), QLatin1String(SiteSettings::fileName)));
    }
    auto decoded = readTextFile(templatePath);
    if (!decoded)
        return std::unexpected(IssueLifecycleMessages::tr("The template cannot be used: %1").arg(decoded.error()));

    NewIssue issue;
    issue.date = date.value_or(site.nextIssueDate());
    if (!issue.date.isValid())
        return std::unexpected(IssueLifecycleMessages::tr("The issue date is not a valid date."));
    issue.draftPath = site.draftPathFor(issue.date);
    issue.assetsFolder = site.assetsFolderFor(issue.date);
    if (auto inside = pathInsideSite(site.rootPath(), issue.draftPath, IssueLifecycleMessages::tr("the new draft"));
        !inside)
        return std::unexpected(inside.error());
    if (auto inside
        = pathInsideSite(site.rootPath(), issue.assetsFolder, IssueLifecycleMessages::tr("the issue's assets folder"));
        !inside)
        return std::unexpected(inside.error());
    if (QFileInfo::exists(issue.draftPath)) {
        return std::unexpected(
            IssueLifecycleMessages::tr("The issue for %1 already exists: %2. Masthead does not overwrite it.")
                .arg(issue.date.toString(Qt::ISODate), relativeTo(site, issue.draftPath)));
    }

    const QString templateFolder = QFileInfo(templatePath).absolutePath();
    const QString draftFolder = QFileInfo(issue.draftPath).absolutePath();
    const QString original = decoded->text;
    QString text = original;

    // The template's own day: its front matter's, else the day of its assets folder.
    std::optional<QDate> templateDay = issueDay(original, QString());
    if (!templateDay) {
        static const QRegularExpression datedFolder(QStringLiteral(R"(assets/(\d{8})/)"));
        if (const auto m = datedFolder.match(original); m.hasMatch())
            templateDay = QDate::fromString(m.captured(1), QStringLiteral("yyyyMMdd"));
    }

    if (auto moved = withFrontMatterDay(text, issue.date))
        text = *moved;
    else
        text = setFrontMatterValue(text, QStringLiteral("date"), site.settings().frontMatterDate(issue.date));
    if (templateDay && templateDay->isValid() && *templateDay != issue.date)
        text = replaceDateInLinks(text, *templateDay, issue.date);
    text = rebaseRelativeLinks(text, templateFolder, draftFolder);

    // Images the template links in its own assets folder without its day in their names are the
    // weekly-reused ones (a logo, a banner): they are copied into the new issue's folder.
    QStringList reused;
    if (templateDay && templateDay->isValid()) {
        const QString oldAssets = site.assetsFolderFor(*templateDay);
        for (const LinkTarget &t : linkTargets(original)) {
            const QString target = original.sliced(t.begin, t.end - t.begin);
            if (!isRelativeFileTarget(target))
                continue;
            const QString file = QDir::cleanPath(QDir(templateFolder).absoluteFilePath(target));
            const QString name = QFileInfo(file).fileName();
            if (file.startsWith(oldAssets) && QFileInfo(file).isFile() && !namesDay(name, *templateDay)
                && !reused.contains(file) && isInsideSite(site.rootPath(), file))
                reused.append(file);
        }
    }

    // Everything is known; now change the disk.
    const bool createdAssets = !QDir(issue.assetsFolder).exists();
    QString error;
    if (!makeFolder(draftFolder, &error) || !makeFolder(issue.assetsFolder, &error))
        return std::unexpected(error);
    for (const QString &file : reused) {
        const QString target = issue.assetsFolder + QFileInfo(file).fileName();
        if (!QFileInfo::exists(target) && isInsideSite(site.rootPath(), target) && QFile::copy(file, target))
            issue.copiedImages.append(target);
    }
    if (auto written = writeNewFile(issue.draftPath, encodeText(text, decoded->format)); !written) {
        for (const QString &copied : std::as_const(issue.copiedImages))
            QFile::remove(copied);
        if (createdAssets)
            QDir().rmdir(issue.assetsFolder);
        return std::unexpected(written.error());
    }
    return issue;
}

std::expected<PublishedPost, QString> publish(const Site &site, const QString &draftPath, std::optional<QDate> date,
                                              const QString &slug)
{
    const QFileInfo info(draftPath);
    if (auto inside = pathInsideSite(site.rootPath(), draftPath, IssueLifecycleMessages::tr("the draft")); !inside)
        return std::unexpected(inside.error());
    if (site.isTemplate(draftPath))
        return std::unexpected(
            IssueLifecycleMessages::tr("%1 is the site's template, not an issue; create an issue from it first.")
                .arg(relativeTo(site, draftPath)));
    auto decoded = readTextFile(draftPath);
    if (!decoded)
        return std::unexpected(decoded.error());
    auto fm = parsedFrontMatter(decoded->text, draftPath);
    if (!fm)
        return std::unexpected(fm.error());

    PublishedPost post;
    if (const auto fmDate = fm->date())
        post.date = fmDate->day;
    else if (fm->contains(QStringLiteral("date")) && !fm->dateText().isEmpty())
        return std::unexpected(
            IssueLifecycleMessages::tr("The date “%1” in %2 is not a date Jekyll understands (use YYYY-MM-DD HH:MM:SS "
                                       "+/-TTTT).")
                .arg(fm->dateText(), shown(draftPath)));
    else
        post.date = date.value_or(QDate::currentDate());

    QString name = slug;
    if (name.isEmpty()) {
        const QString base = info.completeBaseName();
        name = dateOfFileName(base) ? base.sliced(11) : base;
        if (name.isEmpty() || name == u"draft")
            name = slugify(fm->title());
        if (name.isEmpty())
            name = QStringLiteral("post");
    }
    const QString draftFolder = info.absolutePath();
    const QString postsFolder = QFileInfo(draftFolder).fileName() == u"_drafts"
        ? QFileInfo(draftFolder).absolutePath() + QStringLiteral("/_posts")
        : site.rootPath() + QStringLiteral("/_posts");
    post.postPath = postsFolder + u'/' + post.date.toString(Qt::ISODate) + u'-' + name + u'.' + info.suffix();
    if (auto inside = pathInsideSite(site.rootPath(), post.postPath, IssueLifecycleMessages::tr("the published post"));
        !inside)
        return std::unexpected(inside.error());
    if (QFileInfo::exists(post.postPath)) {
        return std::unexpected(
            IssueLifecycleMessages::tr("%1 already exists; Masthead does not overwrite it. Publish under another slug.")
                .arg(relativeTo(site, post.postPath)));
    }

    QString text = decoded->text;
    if (!fm->contains(QStringLiteral("date")))
        text = setFrontMatterValue(text, QStringLiteral("date"), site.settings().frontMatterDate(post.date));
    text = rebaseRelativeLinks(text, draftFolder, postsFolder);

    QString error;
    if (!makeFolder(postsFolder, &error))
        return std::unexpected(error);
    if (auto written = writeNewFile(post.postPath, encodeText(text, decoded->format)); !written)
        return std::unexpected(written.error());
    if (!QFile::remove(draftPath)) {
        QFile::remove(post.postPath);
        return std::unexpected(IssueLifecycleMessages::tr(
                                   "Could not remove the draft %1 after publishing it, so nothing was published. Is "
                                   "its folder read-only?")
                                   .arg(shown(draftPath)));
    }
    return post;
}

std::expected<UnpublishedDraft, QString> unpublish(const Site &site, const QString &postPath)
{
    const QFileInfo info(postPath);
    const QString postsFolder = info.absolutePath();
    if (QFileInfo(postsFolder).fileName() != u"_posts") {
        return std::unexpected(IssueLifecycleMessages::tr("%1 is not a published post: it is not in a _posts folder.")
                                   .arg(relativeTo(site, info.absoluteFilePath())));
    }
    auto decoded = readTextFile(postPath);
    if (!decoded)
        return std::unexpected(decoded.error());
    const QString fileName = info.fileName();
    const QString name = dateOfFileName(fileName) ? fileName.sliced(11) : fileName;
    if (name.isEmpty() || name.startsWith(u'.'))
        return std::unexpected(IssueLifecycleMessages::tr("%1 has no name besides its date.").arg(shown(postPath)));
    // _posts and _drafts are siblings, also inside a category folder (cat/_posts, cat/_drafts).
    const QString draftsFolder = QFileInfo(postsFolder).absolutePath() + QStringLiteral("/_drafts");
    UnpublishedDraft result;
    result.draftPath = draftsFolder + u'/' + name;
    if (QFileInfo::exists(result.draftPath)) {
        return std::unexpected(IssueLifecycleMessages::tr("%1 already exists; Masthead does not overwrite it.")
                                   .arg(relativeTo(site, result.draftPath)));
    }
    const QString text = rebaseRelativeLinks(decoded->text, postsFolder, draftsFolder);
    QString error;
    if (!makeFolder(draftsFolder, &error))
        return std::unexpected(error);
    if (auto written = writeNewFile(result.draftPath, encodeText(text, decoded->format)); !written)
        return std::unexpected(written.error());
    if (!QFile::remove(postPath)) {
        QFile::remove(result.draftPath);
        return std::unexpected(
            IssueLifecycleMessages::tr("Could not remove the post %1 after moving it to the drafts, so nothing was "
                                       "changed. Is its folder read-only?")
                .arg(shown(postPath)));
    }
    return result;
}

std::expected<RedatedIssue, QString> redate(const Site &site, const QString &path, QDate newDate)
{
    if (!newDate.isValid())
        return std::unexpected(IssueLifecycleMessages::tr("The new date is not a valid date."));
    if (const QString refused = site.refusedPathSettings(); !refused.isEmpty())
        return std::unexpected(refusedSettingsMessage(refused));
    if (auto inside = pathInsideSite(site.rootPath(), path, IssueLifecycleMessages::tr("the issue")); !inside)
        return std::unexpected(inside.error());
    auto decoded = readTextFile(path);
    if (!decoded)
        return std::unexpected(decoded.error());
    if (auto fm = parsedFrontMatter(decoded->text, path); !fm)
        return std::unexpected(fm.error());
    const auto oldDate = issueDay(decoded->text, path);
    if (!oldDate) {
        return std::unexpected(
            IssueLifecycleMessages::tr("%1 has no date, neither in its front matter nor in its file name, so there "
                                       "is nothing to move.")
                .arg(shown(path)));
    }
    if (*oldDate == newDate)
        return std::unexpected(
            IssueLifecycleMessages::tr("%1 is already dated %2.").arg(shown(path), newDate.toString(Qt::ISODate)));

    const QFileInfo info(path);
    RedatedIssue result;
    const QString fileName = info.fileName();
    result.path = info.absolutePath() + u'/'
        + (dateOfFileName(fileName) ? newDate.toString(Qt::ISODate) + fileName.sliced(10) : fileName);
    const bool renamed = result.path != info.absoluteFilePath();
    if (renamed && QFileInfo::exists(result.path))
        return std::unexpected(IssueLifecycleMessages::tr("%1 already exists; Masthead does not overwrite it.")
                                   .arg(relativeTo(site, result.path)));

    const QString oldAssets = site.assetsFolderFor(*oldDate);
    result.assetsFolder = site.assetsFolderFor(newDate);
    for (const auto &[place, what] :
         {std::pair {result.path, IssueLifecycleMessages::tr("the re-dated issue")},
          std::pair {oldAssets, IssueLifecycleMessages::tr("the issue's assets folder")},
          std::pair {result.assetsFolder, IssueLifecycleMessages::tr("the re-dated issue's assets folder")}}) {
        if (auto inside = pathInsideSite(site.rootPath(), place, what); !inside)
            return std::unexpected(inside.error());
    }
    const bool moveAssets = oldAssets != result.assetsFolder && QDir(oldAssets).exists();
    if (moveAssets && QDir(result.assetsFolder).exists() && !QDir(result.assetsFolder).isEmpty()) {
        return std::unexpected(
            IssueLifecycleMessages::tr("The assets folder %1 already exists and is not empty; Masthead does not mix "
                                       "two issues' images.")
                .arg(relativeTo(site, result.assetsFolder)));
    }
    QList<std::pair<QString, QString>> imageRenames;
    if (moveAssets) {
        for (const QString &name : QDir(oldAssets).entryList(QDir::Files, QDir::Name)) {
            const QString newName = replaceDate(name, *oldDate, newDate);
            if (newName != name)
                imageRenames.append({name, newName});
        }
    }

    QString text = decoded->text;
    if (auto moved = withFrontMatterDay(text, newDate))
        text = *moved;
    text = replaceDateInLinks(text, *oldDate, newDate);
    const QByteArray bytes = encodeText(text, decoded->format);
    const QByteArray oldBytes = fileBytes(path);

    // Everything is known; now change the disk, and undo what was done when a step fails.
    auto written = renamed ? writeNewFile(result.path, bytes) : replaceFile(result.path, bytes);
    if (!written)
        return std::unexpected(written.error());
    auto undoText = [&] {
        if (renamed)
            QFile::remove(result.path);
        else
            replaceFile(path, oldBytes);
    };
    if (moveAssets) {
        if (QDir(result.assetsFolder).exists())
            QDir().rmdir(result.assetsFolder);
        QDir().mkpath(QFileInfo(result.assetsFolder.chopped(1)).absolutePath());
        if (!QDir().rename(oldAssets, result.assetsFolder)) {
            undoText();
            return std::unexpected(
                IssueLifecycleMessages::tr("Could not move the assets folder %1 to %2; nothing was changed.")
                    .arg(relativeTo(site, oldAssets), relativeTo(site, result.assetsFolder)));
        }
        QDir assets(result.assetsFolder);
        for (const auto &[from, to] : std::as_const(imageRenames)) {
            if (!assets.exists(to) && assets.rename(from, to))
                result.renamedImages.append(result.assetsFolder + to);
        }
    }
    if (renamed && !QFile::remove(path)) {
        return std::unexpected(
            IssueLifecycleMessages::tr("The issue was copied to %1, but the old file %2 could not be removed; remove "
                                       "it by hand.")
                .arg(relativeTo(site, result.path), shown(path)));
    }
    return result;
}

} // namespace Masthead
