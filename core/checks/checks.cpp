// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/checks.h"

#include "core/site/sitepath.h"

#include "core/fileio.h"
#include "core/images/imagereferences.h"
#include "core/issue/checklist.h"
#include "core/site/frontmatter.h"
#include "core/site/postdate.h"
#include "core/site/site.h"
#include "core/text/lineindex.h"
#include "core/text/links.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Masthead
{
namespace
{
class ChecksMessages
{
    Q_DECLARE_TR_FUNCTIONS(Masthead::Checks)
};

using Severity = Problem::Severity;

// The line (0-based) each heading opens a section on, outside front matter and fenced code.
QList<int> headingLines(QStringView text)
{
    static const QRegularExpression fence(QStringLiteral(R"(^ {0,3}(`{3,}|~{3,}))"));
    static const QRegularExpression atx(QStringLiteral(R"(^ {0,3}#{1,6}([ \t]|$))"));
    static const QRegularExpression setext(QStringLiteral(R"(^ {0,3}(=+|-+)[ \t]*$)"));
    static const QRegularExpression listItem(QStringLiteral(R"(^[ \t]*(?:[-*+]|\d{1,9}[.)])([ \t]|$))"));
    const FrontMatterBlock block = locateFrontMatter(text);
    QList<int> lines;
    const QList<QStringView> all = text.split(u'\n');
    QString fenceMarker;
    bool paragraph = false;
    for (qsizetype i = block.present ? block.bodyFirstLine : 0; i < all.size(); ++i) {
        const QStringView line = all.at(i);
        if (const auto m = fence.matchView(line); m.hasMatch()) {
            const QString marker = m.captured(1);
            if (fenceMarker.isEmpty())
                fenceMarker = marker;
            else if (marker.front() == fenceMarker.front() && marker.size() >= fenceMarker.size())
                fenceMarker.clear();
            paragraph = false;
            continue;
        }
        if (!fenceMarker.isEmpty())
            continue;
        if (atx.matchView(line).hasMatch()) {
            lines.append(static_cast<int>(i));
            paragraph = false;
        } else if (paragraph && setext.matchView(line).hasMatch()) {
            lines.append(static_cast<int>(i - 1));
            paragraph = false;
        } else {
            paragraph = !line.trimmed().isEmpty() && !listItem.matchView(line).hasMatch();
        }
    }
    return lines;
}

// The lines of the checklist block before the first heading: instructions such as
// "Update [![](../assets/20231009/)]() for images", whose links are not the issue's.
QSet<int> checklistBlockLines(QStringView text)
{
    QSet<int> lines;
    for (const ChecklistItem &item : checklistItems(text)) {
        if (item.section.isEmpty())
            lines.insert(item.line);
    }
    return lines;
}

int columnOf(QStringView text, qsizetype offset)
{
    return static_cast<int>(offset - (text.first(offset).lastIndexOf(u'\n') + 1));
}

// The entry of folder whose name equals name ignoring case, or empty.
QString nameIgnoringCase(const QDir &folder, const QString &name)
{
    const QStringList entries = folder.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString &entry : entries) {
        if (entry.compare(name, Qt::CaseInsensitive) == 0)
            return entry;
    }
    return {};
}

// For a path that does not exist: the path that exists when each name is matched ignoring case
// (what a case-insensitive disk would find, and a web server would not); empty when there is none.
QString existingIgnoringCase(const QString &path)
{
    const QStringList parts = QDir::cleanPath(path).split(u'/');
    QString current = parts.value(0).isEmpty() ? QStringLiteral("/") : parts.value(0);
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts.at(i).isEmpty())
            continue;
        const QDir folder(current);
        QString name = parts.at(i);
        if (!folder.exists(name)) {
            name = nameIgnoringCase(folder, name);
            if (name.isEmpty())
                return {};
        }
        current = folder.filePath(name);
    }
    return current;
}

class Checker
{
public:
    Checker(const QString &text, const QString &documentPath, const Site *site)
        : m_text(text)
        , m_path(documentPath)
        , m_site(site)
        , m_settings(site ? site->settings() : SiteSettings())
        , m_checklistLines(checklistBlockLines(text))
    {
    }

    QList<Problem> run()
    {
        frontMatter();
        placeholders();
        checklist();
        links();
        images();
        pathsWhenPublished();
        duplicateLinks();
        site();
        std::stable_sort(m_problems.begin(), m_problems.end(), [](const Problem &a, const Problem &b) {
            if ((a.line == 0) != (b.line == 0))
                return a.line == 0; // the site's problems first
            return a.line < b.line;
        });
        return m_problems;
    }

private:
    void add(Severity severity, const char *code, int line, int column, const QString &message)
    {
        m_problems.append({severity, QLatin1String(code), m_path, line, column, message});
    }

    bool lineHasPlaceholderIn(const QString &target) const
    {
        for (const QString &placeholder : m_settings.placeholders) {
            if (!placeholder.isEmpty() && target.contains(placeholder))
                return true;
        }
        return false;
    }

    int lineOfKey(const QString &key) const
    {
        for (const FrontMatterEntry &entry : frontMatterEntries(m_text)) {
            if (entry.key == key)
                return entry.line + 1;
        }
        return 1;
    }

    void frontMatter()
    {
        const FrontMatterBlock block = locateFrontMatter(m_text);
        if (!block.present) {
            add(Severity::Error, "no-front-matter", 1, 1,
                ChecksMessages::tr(
                    "The post has no front matter (a block between “---” lines at the top), so Jekyll copies "
                    "it as it is instead of publishing it as a post."));
            return;
        }
        auto fm = FrontMatter::parseDocument(m_text);
        if (!fm) {
            add(Severity::Error, "invalid-front-matter", fm.error().line, fm.error().column,
                ChecksMessages::tr(
                    "The front matter is not valid YAML (line %1, column %2): %3. Jekyll will not publish the post.")
                    .arg(fm.error().line)
                    .arg(fm.error().column)
                    .arg(fm.error().message));
            return;
        }
        m_frontMatter = *fm;
        if (fm->title().trimmed().isEmpty()) {
            add(Severity::Warning, "no-title",
                fm->contains(QStringLiteral("title")) ? lineOfKey(QStringLiteral("title")) : 1, 1,
                ChecksMessages::tr("The post has no title."));
        }
        if (fm->contains(QStringLiteral("date")) && !fm->date()) {
            add(Severity::Error, "invalid-date", lineOfKey(QStringLiteral("date")), 1,
                ChecksMessages::tr(
                    "The date “%1” is not a date Jekyll understands; write it as YYYY-MM-DD HH:MM:SS +/-TTTT.")
                    .arg(fm->dateText()));
        } else if (const auto date = fm->date()) {
            m_day = date->day;
        }
        const QString fileName = QFileInfo(m_path).fileName();
        const auto named = dateOfFileName(fileName);
        if (m_day && named && *named != *m_day) {
            add(Severity::Error, "date-mismatch", lineOfKey(QStringLiteral("date")), 1,
                ChecksMessages::tr(
                    "The file name says %1 but the front matter's date is %2; Jekyll uses the front matter's, "
                    "and the issue's links and assets folder need one date.")
                    .arg(named->toString(Qt::ISODate), m_day->toString(Qt::ISODate)));
        }
        if (!m_day)
            m_day = named;
    }

    // One problem per line, naming every placeholder on it: a template line such as
    // "[![title](../assets/20231009/20231009-name.jpg)](url)" is one thing to fill in, not three.
    void placeholders()
    {
        const FrontMatterBlock block = locateFrontMatter(m_text);
        const qsizetype bodyBegin = block.present ? block.bodyBegin : 0;
        const QStringView text(m_text);
        const LineIndex lines(text);
        struct Found {
            qsizetype position;
            QString placeholder;
        };
        QMap<int, QList<Found>> byLine;
        for (const QString &placeholder : std::as_const(m_settings.placeholders)) {
            if (placeholder.isEmpty())
                continue;
            for (qsizetype pos = text.indexOf(placeholder, bodyBegin); pos >= 0;
                 pos = text.indexOf(placeholder, pos + placeholder.size())) {
                const int line = lines.lineOf(pos);
                byLine[line].append({pos, placeholder});
                m_placeholderLines.insert(line);
            }
        }
        for (auto it = byLine.begin(); it != byLine.end(); ++it) {
            QList<Found> &found = it.value();
            std::ranges::sort(found, {}, &Found::position);
            QStringList names;
            for (const Found &f : std::as_const(found))
                names.append(QStringLiteral("“%1”").arg(f.placeholder));
            add(Severity::Error, "placeholder", it.key() + 1, columnOf(text, found.first().position) + 1,
                names.size() == 1
                    ? ChecksMessages::tr("The template's placeholder %1 is still here.").arg(names.first())
                    : ChecksMessages::tr("The template's placeholders %1 are still here.")
                          .arg(names.join(QStringLiteral(", "))));
        }
    }

    void checklist()
    {
        for (const ChecklistItem &item : checklistItems(m_text)) {
            if (item.checked)
                continue;
            if (item.section.isEmpty()) {
                add(Severity::Warning, "unticked-item", item.line + 1, 1,
                    ChecksMessages::tr("The checklist item “%1” is not ticked.").arg(item.text));
            } else {
                add(Severity::Info, "unticked-item", item.line + 1, 1,
                    ChecksMessages::tr("The task “%1” in “%2” is not ticked.").arg(item.text, item.section));
            }
        }
    }

    void links()
    {
        for (const LinkTarget &t : linkTargets(m_text)) {
            if (m_checklistLines.contains(t.line) || t.end != t.begin)
                continue;
            // "[![alt](path)]()": the app's own image snippet, its link still to be filled in. Not
            // wrong, only unfinished: a note, not an error that blocks publishing.
            const bool imageLink = !t.image && t.begin >= 3 && m_text.at(t.begin - 1) == u'('
                && m_text.at(t.begin - 2) == u']' && m_text.at(t.begin - 3) == u')';
            if (imageLink) {
                add(Severity::Info, "image-without-link", t.line + 1, columnOf(m_text, t.begin) + 1,
                    ChecksMessages::tr("The image links nowhere yet: its link target “()” is empty."));
                continue;
            }
            add(Severity::Error, "empty-link", t.line + 1, columnOf(m_text, t.begin) + 1,
                t.image ? ChecksMessages::tr("An image with an empty path.")
                        : ChecksMessages::tr("A link with an empty target."));
        }
    }

    void images()
    {
        for (const ImageReference &image : imageReferences(m_text, m_path, m_site)) {
            if (m_checklistLines.contains(image.line) || image.path.isEmpty())
                continue;
            const int line = image.line + 1;
            const int column = image.column + 1;
            // The boundary of docs/security.md: nothing outside the site is read, not even to
            // measure it. (A post outside any site has no boundary to keep; the checks then read
            // what its links name, as a text editor would.)
            if (m_site && !isInsideSite(m_site->rootPath(), image.path)) {
                add(Severity::Error, "image-outside-site", line, column,
                    ChecksMessages::tr("The image %1 leads outside the site (through “..” or a symbolic link); the "
                                       "preview does not show it and the published site will not have it.")
                        .arg(image.target));
                continue;
            }
            const QFileInfo info(image.path);
            const QString suffix = info.suffix();
            if (suffix != suffix.toLower() && imageFileExtensions().contains(suffix.toLower())) {
                add(Severity::Warning, "uppercase-extension", line, column,
                    ChecksMessages::tr(
                        "The image %1 has an upper-case extension; the site's images end in “.%2”, and web "
                        "servers tell the two apart.")
                        .arg(image.target, suffix.toLower()));
            }
            if (info.isDir()) {
                add(Severity::Error, "missing-image", line, column,
                    ChecksMessages::tr("The image path %1 names a folder, not an image.").arg(image.target));
                continue;
            }
            if (!info.isFile()) {
                // "20231009-name.jpg" is a placeholder, already reported as one.
                if (m_placeholderLines.contains(image.line) && lineHasPlaceholderIn(image.target))
                    continue;
                if (const QString other = existingIgnoringCase(image.path); !other.isEmpty()) {
                    add(Severity::Error, "missing-image", line, column,
                        ChecksMessages::tr(
                            "The image %1 is not there; %2 is, but names differ in case and the web server "
                            "will not find it.")
                            .arg(image.target, QDir(QFileInfo(m_path).absolutePath()).relativeFilePath(other)));
                } else {
                    add(Severity::Error, "missing-image", line, column,
                        ChecksMessages::tr("The image %1 does not exist.").arg(image.target));
                }
                continue;
            }
            if (m_site && m_day) {
                if (const auto day = assetsFolderDay(image.path, *m_site); day && *day != *m_day) {
                    add(Severity::Error, "date-mismatch", line, column,
                        ChecksMessages::tr("The image %1 is in the assets folder of %2, but the issue is dated %3.")
                            .arg(image.target, day->toString(Qt::ISODate), m_day->toString(Qt::ISODate)));
                }
            }
            const bool gif = suffix.compare(QLatin1String("gif"), Qt::CaseInsensitive) == 0;
            if (gif && info.size() > m_settings.maxGifBytes) {
                add(Severity::Warning, "gif-too-large", line, column,
                    ChecksMessages::tr("The GIF %1 is %2 KB; the site's limit is %3 KB.")
                        .arg(image.target)
                        .arg((info.size() + 1023) / 1024)
                        .arg(m_settings.maxGifBytes / 1024));
            }
            const auto size = imageFileSize(image.path);
            if (!size) {
                if (suffix.compare(QLatin1String("svg"), Qt::CaseInsensitive) != 0) {
                    add(Severity::Error, "unreadable-image", line, column,
                        ChecksMessages::tr("The image %1 cannot be read; is it damaged, or not an image?")
                            .arg(image.target));
                }
            } else if (size->width() > m_settings.maxImageWidth) {
                add(Severity::Error, "image-too-wide", line, column,
                    ChecksMessages::tr("The image %1 is %2 px wide; the site's images are at most %3 px wide.")
                        .arg(image.target)
                        .arg(size->width())
                        .arg(m_settings.maxImageWidth));
            }
        }
    }

    // "../assets/…" works from the draft's page but not from the published post's permalink, unless
    // the site chose to keep relative paths (a mailer-only site, read from the rendered draft).
    void pathsWhenPublished()
    {
        if (!m_site || m_settings.imagePaths == SiteSettings::ImagePaths::Relative)
            return;
        for (const LinkTarget &t : targetsBrokenWhenPublished(m_text, m_path, m_site->rootPath())) {
            const QString target = m_text.sliced(t.begin, t.end - t.begin);
            if (m_checklistLines.contains(t.line) || lineHasPlaceholderIn(target))
                continue;
            add(Severity::Warning, "relative-path-breaks-when-published", t.line + 1, columnOf(m_text, t.begin) + 1,
                ChecksMessages::tr("%1 works from the draft, but not from the published post's address. Fix: "
                                   "“{{ site.baseurl }}/…” (or set image_paths: relative in %2 for a mailer-only "
                                   "site).")
                    .arg(target, QLatin1String(SiteSettings::fileName)));
        }
    }

    void duplicateLinks()
    {
        const QList<int> headings = headingLines(m_text);
        auto sectionOf = [&](int line) {
            return static_cast<int>(std::upper_bound(headings.cbegin(), headings.cend(), line) - headings.cbegin());
        };
        struct First {
            int line;
            int section;
        };
        auto keyOf = [](QUrl url) {
            url.setFragment({});
            return url.toString(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
        };
        // The template's own links (the project's home page, the Discord invite, the archive) come
        // back in several sections of every issue on purpose.
        QSet<QString> standing;
        if (m_site) {
            if (const auto decoded = readTextFile(m_site->templatePath())) {
                for (const ExternalLink &link : externalLinks(decoded->text))
                    standing.insert(keyOf(link.url));
            }
        }
        QHash<QString, First> seen;
        QSet<QString> reported;
        for (const ExternalLink &link : externalLinks(m_text)) {
            const QString key = keyOf(link.url);
            if (standing.contains(key))
                continue;
            const int section = sectionOf(link.line - 1);
            const auto it = seen.constFind(key);
            if (it == seen.cend()) {
                seen.insert(key, {link.line, section});
            } else if (it->section != section && !reported.contains(key)) {
                // The same story in two sections: usually pasted twice. One link in several places of
                // one section (image, text, "more") is the template's way.
                reported.insert(key);
                add(Severity::Warning, "duplicate-link", link.line, link.column,
                    ChecksMessages::tr("%1 is also linked on line %2, in another section.")
                        .arg(link.url.toString())
                        .arg(it->line));
            }
        }
    }

    void site()
    {
        if (!m_site)
            return;
        for (const Problem &problem : m_site->problems())
            m_problems.append(problem);
        for (Problem problem : m_site->wrongCaseFolders())
            m_problems.append(problem);
    }

    const QString &m_text;
    QString m_path;
    const Site *m_site;
    SiteSettings m_settings;
    QSet<int> m_checklistLines;
    QSet<int> m_placeholderLines; // 0-based lines with a placeholder of the template
    std::optional<FrontMatter> m_frontMatter;
    std::optional<QDate> m_day;
    QList<Problem> m_problems;
};
} // namespace

QList<Problem> checkIssue(const QString &text, const QString &documentPath, const Site *site)
{
    return Checker(text, documentPath, site).run();
}

QList<Problem> checkIssueFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const auto decoded = readTextFile(absolute);
    if (!decoded)
        return {{Severity::Error, QStringLiteral("unreadable-file"), absolute, 0, 0, decoded.error()}};
    const auto site = Site::find(absolute);
    return checkIssue(decoded->text, absolute, site ? &*site : nullptr);
}

bool hasErrors(const QList<Problem> &problems)
{
    return countOf(problems, Severity::Error) > 0;
}

int countOf(const QList<Problem> &problems, Problem::Severity severity)
{
    return static_cast<int>(std::count_if(problems.cbegin(), problems.cend(),
                                          [severity](const Problem &p) { return p.severity == severity; }));
}

QList<ExternalLink> externalLinks(QStringView text)
{
    const QSet<int> checklist = checklistBlockLines(text);
    QList<ExternalLink> links;
    for (const LinkTarget &t : linkTargets(text)) {
        if (checklist.contains(t.line))
            continue;
        const QStringView target = text.sliced(t.begin, t.end - t.begin);
        if (!target.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
            && !target.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
            continue;
        const QUrl url(target.toString(), QUrl::TolerantMode);
        if (!url.isValid() || url.host().isEmpty())
            continue;
        links.append({url, t.line + 1, columnOf(text, t.begin) + 1});
    }
    return links;
}

} // namespace Masthead
