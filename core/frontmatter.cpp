// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/frontmatter.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

namespace Masthead
{
namespace
{
// A fence line: the marker followed only by spaces or tabs.
bool isFence(QStringView line, QStringView marker)
{
    return line.startsWith(marker) && line.sliced(marker.size()).trimmed().isEmpty();
}

QString scalarText(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

// Jekyll accepts categories and tags as a YAML list or as one space-separated string.
QStringList wordList(const YAML::Node &node)
{
    QStringList out;
    if (!node)
        return out;
    if (node.IsSequence()) {
        for (const auto &item : node) {
            if (item.IsScalar())
                out.append(QString::fromStdString(item.Scalar()));
        }
    } else if (node.IsScalar()) {
        out = QString::fromStdString(node.Scalar()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return out;
}
} // namespace

FrontMatterBlock locateFrontMatter(QStringView text)
{
    FrontMatterBlock block;
    qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    if (lineEnd < 0 || !isFence(text.first(lineEnd), u"---"))
        return block;
    const qsizetype yamlBegin = lineEnd + 1;
    int line = 1;
    qsizetype pos = yamlBegin;
    while (pos <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), pos);
        const bool last = end < 0;
        if (last)
            end = text.size();
        const QStringView current = text.sliced(pos, end - pos);
        if (isFence(current, u"---") || isFence(current, u"...")) {
            block.present = true;
            block.yamlBegin = yamlBegin;
            block.yamlEnd = pos;
            block.bodyBegin = last ? text.size() : end + 1;
            block.bodyFirstLine = line + 1;
            return block;
        }
        if (last)
            break;
        pos = end + 1;
        ++line;
    }
    return block;
}

std::expected<FrontMatter, YamlError> FrontMatter::parse(QStringView yaml, int firstLine)
{
    FrontMatter fm;
    try {
        const YAML::Node root = YAML::Load(yaml.toUtf8().toStdString());
        if (!root || root.IsNull())
            return fm;
        if (!root.IsMap()) {
            return std::unexpected(
                YamlError {firstLine, 1,
                           QCoreApplication::translate("Masthead::FrontMatter",
                                                       "The front matter must be a list of “key: value” lines.")});
        }
        fm.m_title = scalarText(root["title"]);
        fm.m_date = scalarText(root["date"]);
        fm.m_layout = scalarText(root["layout"]);
        fm.m_categories = wordList(root["categories"]);
        if (fm.m_categories.isEmpty())
            fm.m_categories = wordList(root["category"]);
        fm.m_tags = wordList(root["tags"]);
    } catch (const YAML::Exception &e) {
        return std::unexpected(YamlError {firstLine + e.mark.line, e.mark.column + 1, QString::fromStdString(e.msg)});
    }
    return fm;
}

} // namespace Masthead
