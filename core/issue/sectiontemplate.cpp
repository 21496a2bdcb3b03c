// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/issue/sectiontemplate.h"

#include "core/site/sitepath.h"

#include "core/site/frontmatter.h"
#include "core/site/site.h"
#include "core/text/outline.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace Masthead
{
namespace
{
class SectionTemplateMessages
{
    Q_DECLARE_TR_FUNCTIONS(Masthead::SectionTemplate)
};

struct Paragraph {
    qsizetype begin = 0; // offset of its first line
    qsizetype end = 0; // offset past its last line's text (before the line break)
    QString text;
};

// The paragraphs (runs of non-blank lines) of text[begin, end).
QList<Paragraph> paragraphsIn(const QString &text, qsizetype begin, qsizetype end)
{
    QList<Paragraph> paragraphs;
    qsizetype position = begin;
    std::optional<Paragraph> current;
    while (position < end) {
        qsizetype lineEnd = text.indexOf(u'\n', position);
        if (lineEnd < 0 || lineEnd > end)
            lineEnd = end;
        const QStringView line = QStringView(text).sliced(position, lineEnd - position);
        if (line.trimmed().isEmpty()) {
            if (current)
                paragraphs.append(*current);
            current.reset();
        } else if (current) {
            current->end = lineEnd;
            current->text += u'\n' + line.toString();
        } else {
            current = Paragraph {position, lineEnd, line.toString()};
        }
        position = lineEnd + 1;
    }
    if (current)
        paragraphs.append(*current);
    return paragraphs;
}

bool isImageLink(QStringView paragraph)
{
    return paragraph.trimmed().startsWith(u"[![");
}

bool isBoldLine(QStringView paragraph)
{
    static const QRegularExpression bold(u"^\\s*(\\*\\*|__)[^*_].*(\\*\\*|__)\\s*$"_s);
    return !paragraph.contains(u'\n') && bold.matchView(paragraph).hasMatch();
}

// The list marker character of a list item line ('-', '*', '+', or '.' for ordered), else a null QChar.
QChar listMarker(QStringView line)
{
    static const QRegularExpression item(u"^ {0,3}([-*+]|\\d{1,9}[.)])[ \\t]"_s);
    const auto match = item.matchView(line);
    if (!match.hasMatch())
        return {};
    const QStringView marker = match.capturedView(1);
    return marker.size() == 1 ? marker[0] : QChar(u'.');
}

// The item's variable parts as numbered fields, in reading order: an image's text, the name of its
// file after the issue date, link texts and targets, the text before " - [site](url)", and the
// template's {subject} and NUMBER placeholders. The template's issue date becomes ${date…}; dollar
// signs are escaped first.
QString fieldsFromItem(QString body, std::optional<QDate> templateDate)
{
    body.replace(u'$', u"\\$"_s);
    if (templateDate) {
        body.replace(templateDate->toString(u"yyyyMMdd"_s), u"${date:yyyyMMdd}"_s);
        body.replace(templateDate->toString(u"yyyy-MM-dd"_s), u"${date}"_s);
    }
    static const QRegularExpression parts(
        uR"re(!\[([^\]\n]*)\]\(([^)\s]*)\)|\[(?!!)([^\]\n]+)\]\(([^)\s]*)\)|\]\(([^)\s]*)\)|^([^\[\n*>#\- ][^\n]*?)(?= [-–] \[)|\{(subject)\}|\b(NUMBER)\b)re"_s,
        QRegularExpression::MultilineOption);
    QString result;
    int number = 0;
    auto field = [&](const QString &text) -> QString {
        if (text.contains(u'}') || text.contains(u'$'))
            return text; // would not survive as a default; stays literal
        return u"${"_s + QString::number(++number) + u':' + text + u'}';
    };
    // An image path keeps its folder, its issue-date prefix and its extension; the rest is a field.
    auto pathField = [&](const QString &path) -> QString {
        const qsizetype slash = path.lastIndexOf(u'/') + 1;
        QString name = path.sliced(slash);
        QString prefix;
        static const QString date = u"${date:yyyyMMdd}"_s;
        if (name.startsWith(date)) {
            prefix = date;
            name.remove(0, date.size());
            if (name.startsWith(u'-') || name.startsWith(u'_')) {
                prefix += name[0];
                name.remove(0, 1);
            }
        }
        const qsizetype dot = name.lastIndexOf(u'.');
        const QString stem = dot > 0 ? name.first(dot) : name;
        const QString extension = dot > 0 ? name.sliced(dot) : QString();
        return path.first(slash) + prefix + (stem.isEmpty() ? QString() : field(stem)) + extension;
    };
    qsizetype done = 0;
    auto it = parts.globalMatch(body);
    while (it.hasNext()) {
        const auto match = it.next();
        result += QStringView(body).sliced(done, match.capturedStart() - done);
        // Fields are numbered in reading order, so each is made before the next.
        if (match.hasCaptured(2)) {
            const QString text = field(match.captured(1));
            result += u"!["_s + text + u"]("_s + pathField(match.captured(2)) + u')';
        } else if (match.hasCaptured(3)) {
            const QString text = field(match.captured(3));
            result += u'[' + text + u"]("_s + field(match.captured(4)) + u')';
        } else if (match.hasCaptured(5)) {
            result += u"]("_s + field(match.captured(5)) + u')'; // the target of an image link
        } else if (match.hasCaptured(6)) {
            result += field(match.captured(6));
        } else {
            result += field(match.captured(match.hasCaptured(7) ? 7 : 8));
        }
        done = match.capturedEnd();
    }
    result += QStringView(body).sliced(done);
    return result;
}

QString withoutTrailingNewlines(QString text)
{
    while (text.endsWith(u'\n'))
        text.chop(1);
    return text;
}
} // namespace

SectionTemplate parseSectionTemplateFile(const QString &fileText, const QString &name, const QString &filePath)
{
    static const QRegularExpression sectionLine(u"^\\s*<!--\\s*section:\\s*(.*?)\\s*-->[ \\t]*\\r?(\\n|$)"_s);
    SectionTemplate result;
    result.name = name;
    result.filePath = filePath;
    QString body = fileText;
    if (const auto match = sectionLine.match(body); match.hasMatch()) {
        result.heading = match.captured(1);
        body.remove(0, match.capturedEnd());
    }
    result.body = withoutTrailingNewlines(body);
    return result;
}

QList<SectionTemplate> readSectionTemplateFolder(const QString &folder)
{
    QList<SectionTemplate> templates;
    const QDir dir(folder);
    if (!dir.exists())
        return templates;
    for (const QFileInfo &info : dir.entryInfoList({u"*.md"_s}, QDir::Files | QDir::Readable, QDir::Name)) {
        // A template that is a link to a file elsewhere is not read (docs/security.md).
        if (!isInsideFolder(folder, info.absoluteFilePath()))
            continue;
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QString name = info.completeBaseName();
        name.replace(u'-', u' ').replace(u'_', u' ');
        templates.append(parseSectionTemplateFile(QString::fromUtf8(file.readAll()), name, info.absoluteFilePath()));
    }
    return templates;
}

QList<SectionTemplate> deriveSectionTemplates(const QString &templateText)
{
    std::optional<QDate> templateDate;
    if (const auto frontMatter = FrontMatter::parseDocument(templateText); frontMatter && frontMatter->date())
        templateDate = frontMatter->date()->day;

    const QList<OutlineSection> sections = outlineSections(templateText);
    QList<SectionTemplate> templates;
    QSet<QString> seen;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const OutlineSection &section = sections[i];
        if (section.level != 2)
            continue;
        // The section's own text: after the heading, up to the next heading of any level.
        qsizetype contentBegin = templateText.indexOf(u'\n', section.begin);
        if (section.setext && contentBegin >= 0)
            contentBegin = templateText.indexOf(u'\n', contentBegin + 1);
        const qsizetype contentEnd = i + 1 < sections.size() ? sections[i + 1].begin : templateText.size();
        if (contentBegin < 0 || contentBegin >= contentEnd)
            continue;
        const QList<Paragraph> paragraphs = paragraphsIn(templateText, contentBegin + 1, contentEnd);
        if (paragraphs.isEmpty())
            continue;

        QString item;
        const auto image = std::ranges::find_if(paragraphs, [](const Paragraph &p) { return isImageLink(p.text); });
        if (image != paragraphs.end()) {
            QStringList parts {image->text};
            for (auto next = image + 1; next != paragraphs.end(); ++next) {
                if (isImageLink(next->text) || isBoldLine(next->text))
                    break;
                parts.append(next->text);
            }
            item = parts.join(u"\n\n"_s);
        } else {
            for (const Paragraph &paragraph : paragraphs) {
                for (QStringView line : QStringView(paragraph.text).split(u'\n')) {
                    if (!listMarker(line).isNull()) {
                        item = line.toString();
                        break;
                    }
                }
                if (!item.isEmpty())
                    break;
            }
            if (item.isEmpty())
                item = paragraphs.first().text;
        }

        const QString key = section.title + u'\x1f' + item;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        templates.append({section.title, section.title, fieldsFromItem(item, templateDate), QString()});
    }
    return templates;
}

QList<SectionTemplate> sectionTemplatesOf(const Site &site)
{
    const QString folder = QDir(site.rootPath()).filePath(site.settings().sectionTemplatesFolder);
    QList<SectionTemplate> templates;
    if (isInsideSite(site.rootPath(), folder))
        templates = readSectionTemplateFolder(folder);
    if (!templates.isEmpty() || !isInsideSite(site.rootPath(), site.templatePath()))
        return templates;
    QFile file(site.templatePath());
    if (!file.open(QIODevice::ReadOnly))
        return templates;
    return deriveSectionTemplates(QString::fromUtf8(file.readAll()));
}

SnippetText expandSnippet(const QString &body, QDate issueDate)
{
    SnippetText result;
    static const QRegularExpression field(u"^\\$\\{(\\d+)(?::([^}]*))?\\}|^\\$(\\d+)|^\\$\\{date(?::([^}]*))?\\}"_s);
    qsizetype i = 0;
    while (i < body.size()) {
        const QChar c = body[i];
        if (c == u'\\' && i + 1 < body.size() && (body[i + 1] == u'$' || body[i + 1] == u'\\')) {
            result.text += body[i + 1];
            i += 2;
            continue;
        }
        if (c == u'$') {
            const auto match = field.matchView(QStringView(body).sliced(i));
            if (match.hasMatch()) {
                if (match.hasCaptured(1) || match.hasCaptured(3)) {
                    const int number = (match.hasCaptured(1) ? match.captured(1) : match.captured(3)).toInt();
                    const QString text = match.captured(2);
                    result.fields.append({number, result.text.size(), text.size()});
                    result.text += text;
                } else {
                    const QString format = match.hasCaptured(4) ? match.captured(4) : u"yyyy-MM-dd"_s;
                    const QDate date = issueDate.isValid() ? issueDate : QDate::currentDate();
                    result.text += date.toString(format);
                }
                i += match.capturedLength();
                continue;
            }
        }
        result.text += c;
        ++i;
    }
    std::ranges::stable_sort(result.fields, {},
                             [](const SnippetField &f) { return f.number == 0 ? INT_MAX : f.number; });
    return result;
}

std::optional<SectionInsertion> insertionIntoSection(const QString &text, const QString &heading, const QString &item)
{
    const QList<OutlineSection> sections = outlineSections(text);
    const auto found = std::ranges::find_if(sections, [&](const OutlineSection &s) {
        return s.title.trimmed().compare(heading.trimmed(), Qt::CaseInsensitive) == 0;
    });
    if (found == sections.end())
        return std::nullopt;
    const qsizetype index = found - sections.begin();
    qsizetype contentBegin = text.indexOf(u'\n', found->begin);
    if (found->setext && contentBegin >= 0)
        contentBegin = text.indexOf(u'\n', contentBegin + 1);
    const qsizetype contentEnd = index + 1 < sections.size() ? sections[index + 1].begin : text.size();
    const QString trimmedItem = withoutTrailingNewlines(item);
    if (contentBegin < 0 || contentBegin >= contentEnd) {
        // A heading on the last line, or directly followed by the next one.
        const qsizetype headingEnd = contentBegin < 0 ? text.size() : contentBegin;
        return SectionInsertion {headingEnd, u"\n\n"_s + trimmedItem, 2};
    }
    const QList<Paragraph> paragraphs = paragraphsIn(text, contentBegin + 1, contentEnd);
    if (paragraphs.isEmpty())
        return SectionInsertion {contentBegin, u"\n\n"_s + trimmedItem, 2};

    const QChar marker = listMarker(trimmedItem);
    if (!marker.isNull()) {
        // After the last item of the section's first list of that kind (the template's item comes
        // from there; a later list, such as the guides after the new boards, is another matter).
        std::optional<qsizetype> lastItemEnd;
        for (const Paragraph &paragraph : paragraphs) {
            qsizetype lineBegin = paragraph.begin;
            for (QStringView line : QStringView(paragraph.text).split(u'\n')) {
                if (listMarker(line) == marker)
                    lastItemEnd = lineBegin + line.size();
                lineBegin += line.size() + 1;
            }
            if (lastItemEnd)
                break;
        }
        if (lastItemEnd)
            return SectionInsertion {*lastItemEnd, u"\n"_s + trimmedItem, 1};
    } else if (isImageLink(trimmedItem)) {
        // After the last item block: the last image link and as many paragraphs as the item has.
        const qsizetype itemParagraphs = paragraphsIn(trimmedItem, 0, trimmedItem.size()).size();
        qsizetype last = -1;
        for (qsizetype i = 0; i < paragraphs.size(); ++i) {
            if (isImageLink(paragraphs[i].text))
                last = i;
        }
        if (last >= 0) {
            qsizetype end = last;
            while (end + 1 < paragraphs.size() && end + 1 < last + itemParagraphs
                   && !isImageLink(paragraphs[end + 1].text) && !isBoldLine(paragraphs[end + 1].text))
                ++end;
            return SectionInsertion {paragraphs[end].end, u"\n\n"_s + trimmedItem, 2};
        }
    }
    return SectionInsertion {paragraphs.last().end, u"\n\n"_s + trimmedItem, 2};
}

std::expected<QString, QString> saveSectionTemplate(const QString &folder, const QString &name, const QString &heading,
                                                    const QString &body, const QString &siteRoot)
{
    if (!siteRoot.isEmpty()) {
        if (auto inside = pathInsideSite(siteRoot, folder, SectionTemplateMessages::tr("the section templates folder"));
            !inside)
            return std::unexpected(inside.error());
    }
    if (!QDir().mkpath(folder))
        return std::unexpected(
            SectionTemplateMessages::tr("The folder “%1” could not be created.").arg(QDir::toNativeSeparators(folder)));
    QString base = slugify(name);
    if (base.isEmpty())
        base = u"section"_s;
    QString content;
    if (!heading.trimmed().isEmpty())
        content = u"<!-- section: "_s + heading.trimmed() + u" -->\n"_s;
    content += withoutTrailingNewlines(body) + u'\n';
    const QDir dir(folder);
    for (int attempt = 1; attempt < 1000; ++attempt) {
        const QString path = dir.filePath(attempt == 1 ? QString(base + u".md"_s)
                                                       : QString(base + u'-' + QString::number(attempt) + u".md"_s));
        if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
            continue;
        QFile file(path);
        // NewOnly: if another program creates the file in between, it is not replaced.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (QFileInfo::exists(path))
                continue;
            return std::unexpected(SectionTemplateMessages::tr("“%1” could not be written: %2")
                                       .arg(QDir::toNativeSeparators(path), file.errorString()));
        }
        const QByteArray bytes = content.toUtf8();
        if (file.write(bytes) != bytes.size() || !file.flush()) {
            const QString error = file.errorString();
            file.remove();
            return std::unexpected(SectionTemplateMessages::tr("“%1” could not be written: %2")
                                       .arg(QDir::toNativeSeparators(path), error));
        }
        return path;
    }
    return std::unexpected(SectionTemplateMessages::tr("There are too many templates named “%1”.").arg(base));
}

} // namespace Masthead
