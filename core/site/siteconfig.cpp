// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/site/siteconfig.h"

#include <yaml-cpp/yaml.h>

namespace Masthead
{
namespace
{
QString text(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

bool truthy(const YAML::Node &node)
{
    const QString v = text(node).toLower();
    return v == u"true" || v == u"yes" || v == u"on";
}

QList<FrontMatter::Field> fields(const YAML::Node &map)
{
    QList<FrontMatter::Field> out;
    if (!map || !map.IsMap())
        return out;
    for (const auto &pair : map) {
        FrontMatter::Field field;
        field.key = text(pair.first);
        if (pair.second.IsScalar()) {
            field.kind = FrontMatter::Field::Kind::Scalar;
            field.scalar = text(pair.second);
        } else if (pair.second.IsSequence()) {
            field.kind = FrontMatter::Field::Kind::List;
            for (const auto &item : pair.second)
                field.list.append(text(item));
        } else if (pair.second.IsMap()) {
            field.kind = FrontMatter::Field::Kind::Map;
        }
        out.append(field);
    }
    return out;
}
} // namespace

std::expected<SiteConfig, YamlError> SiteConfig::parse(const QByteArray &yaml)
{
    SiteConfig config;
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root || !root.IsMap())
            return config;
        config.title = text(root["title"]);
        config.baseurl = text(root["baseurl"]);
        config.url = text(root["url"]);
        if (root["permalink"])
            config.permalink = text(root["permalink"]);
        if (root["markdown"])
            config.markdown = text(root["markdown"]);
        config.timezone = text(root["timezone"]);
        config.future = truthy(root["future"]);
        if (const YAML::Node kramdown = root["kramdown"]; kramdown && kramdown.IsMap()) {
            for (const auto &pair : kramdown)
                config.kramdown.insert(text(pair.first), text(pair.second));
        }
        if (const YAML::Node collections = root["collections"]) {
            if (collections.IsMap()) {
                for (const auto &pair : collections) {
                    Collection c;
                    c.label = text(pair.first);
                    if (pair.second.IsMap()) {
                        c.output = truthy(pair.second["output"]);
                        c.permalink = text(pair.second["permalink"]);
                    }
                    config.collections.append(c);
                }
            } else if (collections.IsSequence()) {
                for (const auto &item : collections)
                    config.collections.append({text(item), false, {}});
            }
        }
        if (const YAML::Node defaults = root["defaults"]; defaults && defaults.IsSequence()) {
            for (const auto &item : defaults) {
                FrontMatterDefault d;
                if (const YAML::Node scope = item["scope"]; scope && scope.IsMap()) {
                    d.scopePath = text(scope["path"]);
                    d.scopeType = text(scope["type"]);
                }
                d.values = fields(item["values"]);
                config.defaults.append(d);
            }
        }
        if (const YAML::Node exclude = root["exclude"]; exclude && exclude.IsSequence()) {
            for (const auto &item : exclude)
                config.exclude.append(text(item));
        }
    } catch (const YAML::Exception &e) {
        return std::unexpected(YamlError {e.mark.line + 1, e.mark.column + 1, QString::fromStdString(e.msg)});
    }
    return config;
}

bool SiteConfig::rendersDrafts() const
{
    for (const Collection &c : collections) {
        if (c.label == u"drafts")
            return c.output;
    }
    return false;
}

} // namespace Masthead
