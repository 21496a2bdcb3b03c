// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/issue/checklist.h"

#include "core/fileio.h"
#include "core/images/imagereferences.h"
#include "core/site/frontmatter.h"
#include "core/site/postdate.h"
#include "core/site/site.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Masthead
{
namespace
{
class ChecklistMessages
{
    Q_DECLARE_TR_FUNCTIONS(Masthead::Checklist)
};

const QRegularExpression &taskPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[([ xX])\](?:[ \t]+(.*))?$)"));
    return re;
}

// The text's lines outside the front matter, with their offsets and document line numbers.
struct Line {
    QStringView text;
    qsizetype offset = 0;
    int number = 0;
};

QList<Line> bodyLines(QStringView text)
{
    const FrontMatterBlock block = locateFrontMatter(text);
    QList<Line> lines;
    qsizetype pos = block.present ? block.bodyBegin : 0;
    int number = block.present ? block.bodyFirstLine : 0;
    while (pos <= text.size()) {
        qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0)
            end = text.size();
        QStringView line = text.sliced(pos, end - pos);
        if (line.endsWith(u'\r'))
            line.chop(1);
        lines.append({line, pos, number});
        if (end >= text.size())
            break;
        pos = end + 1;
        ++number;
    }
    return lines;
}

QString atxTitle(QStringView line)
{
    static const QRegularExpression atx(QStringLiteral(R"(^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$)"));
    const auto m = atx.matchView(line);
    if (!m.hasMatch())
        return {};
    QString title = m.captured(1).trimmed();
    return title.isEmpty() ? QStringLiteral("#") : title;
}

bool containsWord(const QString &lower, const char *pattern)
{
    return QRegularExpression(QLatin1String(pattern)).match(lower).hasMatch();
}

QString lineAndTarget(const ImageReference &image)
{
    return ChecklistMessages::tr("line %1: %2")
        .arg(image.line + 1)
        .arg(image.target.isEmpty() ? ChecklistMessages::tr("(empty)") : image.target);
}

// The first entries of a list, one a line, then how many more: a long post can have hundreds, more
// than a tooltip can show (the Problems dock lists them all).
QString shortList(const QStringList &entries)
{
    constexpr qsizetype shown = 10;
    QString text = entries.first(std::min(entries.size(), shown)).join(u'\n');
    if (entries.size() > shown)
        text += u'\n' + ChecklistMessages::tr("… and %n more.", nullptr, int(entries.size() - shown));
    return text;
}

// What the verifications share, worked out once per run.
class Verifier
{
public:
    Verifier(const QList<ChecklistItem> &items, const QString &text, const QString &documentPath, const Site *site)
        : m_text(text)
        , m_documentPath(documentPath)
        , m_site(site)
    {
        QSet<int> checklistLines;
        for (const ChecklistItem &item : items) {
            if (item.section.isEmpty())
                checklistLines.insert(item.line);
        }
        // The checklist's own lines are instructions ("Update [![](../assets/20231009/)]() for
        // images"), not the issue's images.
        for (const ImageReference &image : imageReferences(text, documentPath, site)) {
            if (!checklistLines.contains(image.line))
                m_images.append(image);
        }
    }

    ChecklistVerification verify(ChecklistCheck check)
    {
        switch (check) {
        case ChecklistCheck::None:
            break;
        case ChecklistCheck::IssueDate:
            return issueDate();
        case ChecklistCheck::Title:
            return title();
        case ChecklistCheck::ImageWidths:
            return imageWidths();
        case ChecklistCheck::ImagePlaceholders:
            return imagePlaceholders();
        }
        return {};
    }

private:
    static ChecklistVerification passed(ChecklistCheck check, const QString &detail)
    {
        return {check, ChecklistVerification::State::Passed, detail};
    }
    static ChecklistVerification failed(ChecklistCheck check, const QString &detail)
    {
        return {check, ChecklistVerification::State::Failed, detail};
    }

    const std::optional<FrontMatter> &frontMatter()
    {
        if (!m_frontMatterRead) {
            m_frontMatterRead = true;
            if (auto fm = FrontMatter::parseDocument(m_text))
                m_frontMatter = *fm;
        }
        return m_frontMatter;
    }

    const std::optional<FrontMatter> &templateFrontMatter()
    {
        if (!m_templateRead) {
            m_templateRead = true;
            if (m_site) {
                if (auto decoded = readTextFile(m_site->templatePath())) {
                    if (auto fm = FrontMatter::parseDocument(decoded->text))
                        m_template = *fm;
                }
            }
        }
        return m_template;
    }

    bool isTemplate() const { return m_site && !m_documentPath.isEmpty() && m_site->isTemplate(m_documentPath); }

    ChecklistVerification issueDate()
    {
        const auto check = ChecklistCheck::IssueDate;
        const auto &fm = frontMatter();
        if (!fm)
            return failed(check, ChecklistMessages::tr("The front matter is not valid YAML."));
        const auto date = fm->date();
        if (!date)
            return failed(check, ChecklistMessages::tr("The front matter has no date Jekyll understands."));
        const QString day = date->day.toString(Qt::ISODate);
        if (isTemplate())
            return failed(
                check, ChecklistMessages::tr("This is the template; its date is changed in each issue made from it."));
        if (const auto &tpl = templateFrontMatter(); tpl && tpl->date() && tpl->date()->day == date->day)
            return failed(check, ChecklistMessages::tr("The date is still the template's, %1.").arg(day));
        const QString fileName = QFileInfo(m_documentPath).fileName();
        if (const auto named = dateOfFileName(fileName); named && *named != date->day) {
            return failed(check,
                          ChecklistMessages::tr("The file name says %1 but the front matter says %2.")
                              .arg(named->toString(Qt::ISODate), day));
        }
        if (m_site) {
            for (const ImageReference &image : std::as_const(m_images)) {
                if (image.path.isEmpty())
                    continue;
                if (const auto folderDay = assetsFolderDay(image.path, *m_site); folderDay && *folderDay != date->day) {
                    return failed(check,
                                  ChecklistMessages::tr("An image is in the assets folder of %1, not %2 (%3).")
                                      .arg(folderDay->toString(Qt::ISODate), day, lineAndTarget(image)));
                }
            }
        }
        return passed(
            check,
            ChecklistMessages::tr("The issue is dated %1 in its front matter, file name and assets folder.").arg(day));
    }

    ChecklistVerification title()
    {
        const auto check = ChecklistCheck::Title;
        const auto &fm = frontMatter();
        if (!fm)
            return failed(check, ChecklistMessages::tr("The front matter is not valid YAML."));
        const QString title = fm->title().trimmed();
        if (title.isEmpty())
            return failed(check, ChecklistMessages::tr("The post has no title."));
        if (isTemplate())
            return failed(
                check, ChecklistMessages::tr("This is the template; its title is changed in each issue made from it."));
        if (const auto &tpl = templateFrontMatter(); tpl && tpl->title().trimmed() == title)
            return failed(check, ChecklistMessages::tr("The title is still the template's: “%1”.").arg(title));
        return passed(check, ChecklistMessages::tr("The title is “%1”.").arg(title));
    }

    ChecklistVerification imageWidths()
    {
        const auto check = ChecklistCheck::ImageWidths;
        const int maxWidth = m_site ? m_site->settings().maxImageWidth : SiteSettings().maxImageWidth;
        QStringList wrong;
        int checked = 0;
        int missing = 0;
        for (const ImageReference &image : std::as_const(m_images)) {
            if (image.path.isEmpty())
                continue;
            const QFileInfo info(image.path);
            if (info.isDir())
                continue; // a placeholder, verified by its own item
            if (!info.isFile()) {
                ++missing;
                continue;
            }
            ++checked;
            const auto size = imageFileSize(image.path);
            if (!size)
                wrong.append(ChecklistMessages::tr("%1 cannot be read as an image").arg(lineAndTarget(image)));
            else if (size->width() > maxWidth)
                wrong.append(ChecklistMessages::tr("%1 is %2 px wide").arg(lineAndTarget(image)).arg(size->width()));
        }
        if (!wrong.isEmpty()) {
            return failed(
                check,
                ChecklistMessages::tr("%n image(s) wider than %1 px or unreadable:", nullptr, int(wrong.size()))
                        .arg(maxWidth)
                    + u'\n' + shortList(wrong));
        }
        QString detail
            = ChecklistMessages::tr("All %n image(s) are at most %1 px wide.", nullptr, checked).arg(maxWidth);
        if (missing > 0)
            detail += u' ' + ChecklistMessages::tr("%n missing image(s) could not be measured.", nullptr, missing);
        return passed(check, detail);
    }

    ChecklistVerification imagePlaceholders()
    {
        const auto check = ChecklistCheck::ImagePlaceholders;
        const QStringList placeholders = m_site ? m_site->settings().placeholders : SiteSettings::defaultPlaceholders();
        QStringList left;
        for (const ImageReference &image : std::as_const(m_images)) {
            if (isPlaceholder(image, placeholders))
                left.append(lineAndTarget(image));
        }
        if (!left.isEmpty()) {
            return failed(check,
                          ChecklistMessages::tr("%n placeholder image(s) left:", nullptr, int(left.size())) + u'\n'
                              + shortList(left));
        }
        return passed(check, ChecklistMessages::tr("No placeholder images are left."));
    }

    // An image whose path is empty or a folder, or still holds one of the site's placeholders
    // ("-name.jpg"), or whose image markup starts like the template's placeholder ("[![title]").
    // Only the image counts, not the link around it: "[![x](../assets/x.jpg)](url)" has a real image.
    bool isPlaceholder(const ImageReference &image, const QStringList &placeholders) const
    {
        if (image.target.trimmed().isEmpty() || image.target.endsWith(u'/'))
            return true;
        if (!image.path.isEmpty() && QFileInfo(image.path).isDir())
            return true;
        const QStringView text(m_text);
        const qsizetype lineStart = text.first(image.begin).lastIndexOf(u'\n') + 1;
        qsizetype markup = text.first(image.begin).lastIndexOf(QLatin1String("!["));
        if (markup < lineStart)
            markup = lineStart;
        else if (markup > lineStart && text[markup - 1] == u'[')
            --markup;
        const QStringView start = text.sliced(markup, image.begin - markup);
        for (const QString &p : placeholders) {
            if (p.isEmpty())
                continue;
            const bool imageMarkup = p.startsWith(QLatin1String("![")) || p.startsWith(QLatin1String("[!["));
            if (imageMarkup ? start.startsWith(p) : image.target.contains(p))
                return true;
        }
        return false;
    }

    const QString &m_text;
    QString m_documentPath;
    const Site *m_site;
    QList<ImageReference> m_images;
    bool m_frontMatterRead = false;
    std::optional<FrontMatter> m_frontMatter;
    bool m_templateRead = false;
    std::optional<FrontMatter> m_template;
};
} // namespace

QList<ChecklistItem> checklistItems(QStringView text)
{
    static const QRegularExpression fence(QStringLiteral(R"(^ {0,3}(`{3,}|~{3,}))"));
    static const QRegularExpression setext(QStringLiteral(R"(^ {0,3}(=+|-+)[ \t]*$)"));
    QList<ChecklistItem> items;
    QString section;
    QString fenceMarker;
    QStringView paragraph; // the previous line when it could be a setext heading's text
    for (const Line &line : bodyLines(text)) {
        if (const auto m = fence.matchView(line.text); m.hasMatch()) {
            const QString marker = m.captured(1);
            if (fenceMarker.isEmpty())
                fenceMarker = marker;
            else if (marker.front() == fenceMarker.front() && marker.size() >= fenceMarker.size())
                fenceMarker.clear();
            paragraph = {};
            continue;
        }
        if (!fenceMarker.isEmpty())
            continue;
        if (const QString title = atxTitle(line.text); !title.isEmpty()) {
            section = title;
            paragraph = {};
            continue;
        }
        if (!paragraph.isEmpty() && setext.matchView(line.text).hasMatch()) {
            section = paragraph.trimmed().toString();
            paragraph = {};
            continue;
        }
        if (const auto m = taskPattern().matchView(line.text); m.hasMatch()) {
            items.append({m.captured(2).trimmed(), m.captured(1) != u" ", line.number, line.offset + m.capturedStart(1),
                          section});
            paragraph = {};
            continue;
        }
        static const QRegularExpression listItem(QStringLiteral(R"(^[ \t]*(?:[-*+]|\d{1,9}[.)])([ \t]|$))"));
        paragraph
            = line.text.trimmed().isEmpty() || listItem.matchView(line.text).hasMatch() ? QStringView() : line.text;
    }
    return items;
}

int checkedCount(const QList<ChecklistItem> &items)
{
    return static_cast<int>(std::count_if(items.cbegin(), items.cend(), [](const auto &i) { return i.checked; }));
}

std::optional<TextEdit> checklistSetEdit(QStringView text, int line, bool checked)
{
    for (const ChecklistItem &item : checklistItems(text)) {
        if (item.line == line)
            return TextEdit {item.markPosition, item.markPosition + 1,
                             checked ? QStringLiteral("x") : QStringLiteral(" "), item.markPosition + 1,
                             item.markPosition + 1};
    }
    return std::nullopt;
}

std::optional<TextEdit> checklistToggleEdit(QStringView text, int line)
{
    for (const ChecklistItem &item : checklistItems(text)) {
        if (item.line == line)
            return TextEdit {item.markPosition, item.markPosition + 1,
                             item.checked ? QStringLiteral(" ") : QStringLiteral("x"), item.markPosition + 1,
                             item.markPosition + 1};
    }
    return std::nullopt;
}

QString withChecklistItemToggled(const QString &text, int line)
{
    const auto edit = checklistToggleEdit(text, line);
    return edit ? applyTextEdit(text, *edit) : text;
}

ChecklistCheck checklistCheckFor(QStringView itemText)
{
    const QString lower = itemText.toString().toLower();
    if (containsWord(lower, R"(\bdates?\b)"))
        return ChecklistCheck::IssueDate;
    if (containsWord(lower, R"(\btitles?\b)") && !lower.contains(QLatin1String("![")))
        return ChecklistCheck::Title;
    const bool images = containsWord(lower, R"(\b(images?|img|pictures?|photos?)\b)");
    if (images && (containsWord(lower, R"(\d+\s*(w|px)\b)") || containsWord(lower, R"(\b(width|wide|widths)\b)")))
        return ChecklistCheck::ImageWidths;
    if (containsWord(lower, R"(\bplaceholders?\b)") && (images || lower.contains(QLatin1String("!["))))
        return ChecklistCheck::ImagePlaceholders;
    if (images && lower.contains(QLatin1String("![")))
        return ChecklistCheck::ImagePlaceholders;
    return ChecklistCheck::None;
}

QList<ChecklistVerification> verifyChecklist(const QList<ChecklistItem> &items, const QString &text,
                                             const QString &documentPath, const Site *site)
{
    Verifier verifier(items, text, documentPath, site);
    QMap<ChecklistCheck, ChecklistVerification> done;
    QList<ChecklistVerification> result;
    for (const ChecklistItem &item : items) {
        const ChecklistCheck check = checklistCheckFor(item.text);
        if (check == ChecklistCheck::None) {
            result.append(ChecklistVerification {});
            continue;
        }
        if (!done.contains(check))
            done.insert(check, verifier.verify(check));
        result.append(done.value(check));
    }
    return result;
}

} // namespace Masthead
