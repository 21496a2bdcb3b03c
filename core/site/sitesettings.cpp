// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/site/sitesettings.h"

#include "core/site/documentlanguage.h"
#include "core/site/sitepath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QUrl>

#include <yaml-cpp/yaml.h>

#include <functional>

namespace Masthead
{
namespace
{
class SiteSettingsMessages
{
    Q_DECLARE_TR_FUNCTIONS(Masthead::SiteSettings)
};

class Reader
{
public:
    Reader(const YAML::Node &root, const QString &file, QList<Problem> *problems)
        : m_root(root)
        , m_file(file)
        , m_problems(problems)
    {
    }

    void invalid(const char *key, const YAML::Node &node, const QString &why)
    {
        if (!m_problems)
            return;
        m_problems->append(
            {Problem::Severity::Warning, QStringLiteral("invalid-setting"), m_file, node.Mark().line + 1,
             node.Mark().column + 1,
             SiteSettingsMessages::tr("%1, line %2: the setting “%3” %4; Masthead uses its default instead.")
                 .arg(QFileInfo(m_file).fileName())
                 .arg(node.Mark().line + 1)
                 .arg(QLatin1String(key), why)});
    }

    // Calls apply with the scalar text of key when there is one.
    template<typename Apply>
    void scalar(const char *key, Apply apply)
    {
        const YAML::Node node = m_root[key];
        if (!node)
            return;
        if (!node.IsScalar()) {
            invalid(key, node, SiteSettingsMessages::tr("must be a single value"));
            return;
        }
        if (const QString why = apply(QString::fromStdString(node.Scalar())); !why.isEmpty())
            invalid(key, node, why);
    }

    void string(const char *key, QString &target, const QString &mustContain = {})
    {
        scalar(key, [&](const QString &v) {
            if (v.trimmed().isEmpty())
                return SiteSettingsMessages::tr("is empty");
            if (!mustContain.isEmpty() && !v.contains(mustContain))
                return SiteSettingsMessages::tr("must contain %1").arg(mustContain);
            target = v;
            return QString();
        });
    }

    // A path setting: its value is taken only when inside(value) says that the paths it makes stay
    // inside the site. Otherwise it is refused as an error: the file came with the site, perhaps
    // from a stranger's pull request, and must not make Masthead read or write anywhere else.
    void sitePath(const char *key, QString &target, const std::function<bool(const QString &)> &inside,
                  const QString &mustContain = {})
    {
        const YAML::Node node = m_root[key];
        if (!node || !node.IsScalar()) {
            string(key, target, mustContain);
            return;
        }
        const QString value = QString::fromStdString(node.Scalar());
        if (!value.trimmed().isEmpty() && inside && !inside(value)) {
            if (m_problems) {
                m_problems->append(
                    {Problem::Severity::Error, QLatin1String(SiteSettings::outsideSiteCode), m_file,
                     node.Mark().line + 1, node.Mark().column + 1,
                     SiteSettingsMessages::tr("%1, line %2: the setting “%3” leads outside the site (“%4”). Masthead "
                                              "never reads or writes outside the site's folder: it ignores the "
                                              "setting, and creates or re-dates no issue until it is fixed.")
                         .arg(QFileInfo(m_file).fileName())
                         .arg(node.Mark().line + 1)
                         .arg(QLatin1String(key), value)});
            }
            return;
        }
        string(key, target, mustContain);
    }

    void positive(const char *key, auto &target)
    {
        scalar(key, [&](const QString &v) {
            bool ok = false;
            const qint64 n = v.toLongLong(&ok);
            if (!ok || n <= 0)
                return SiteSettingsMessages::tr("must be a whole number above 0, not “%1”").arg(v);
            target = static_cast<std::remove_reference_t<decltype(target)>>(n);
            return QString();
        });
    }

    void stringList(const char *key, QStringList &target)
    {
        const YAML::Node node = m_root[key];
        if (!node)
            return;
        if (!node.IsSequence()) {
            invalid(key, node, SiteSettingsMessages::tr("must be a list"));
            return;
        }
        QStringList values;
        for (const auto &item : node) {
            if (!item.IsScalar()) {
                invalid(key, item, SiteSettingsMessages::tr("must hold only single values"));
                return;
            }
            values.append(QString::fromStdString(item.Scalar()));
        }
        target = values;
    }

    void unknownKeys(const QStringList &known)
    {
        for (const auto &pair : m_root) {
            const QString key = QString::fromStdString(pair.first.Scalar());
            if (!known.contains(key) && m_problems) {
                m_problems->append(
                    {Problem::Severity::Warning, QStringLiteral("unknown-setting"), m_file, pair.first.Mark().line + 1,
                     pair.first.Mark().column + 1,
                     SiteSettingsMessages::tr("%1, line %2: Masthead has no setting “%3”; it is ignored.")
                         .arg(QFileInfo(m_file).fileName())
                         .arg(pair.first.Mark().line + 1)
                         .arg(key)});
            }
        }
    }

private:
    YAML::Node m_root;
    QString m_file;
    QList<Problem> *m_problems;
};

std::optional<int> parseWeekday(const QString &text)
{
    static const QStringList names {QStringLiteral("monday"),   QStringLiteral("tuesday"), QStringLiteral("wednesday"),
                                    QStringLiteral("thursday"), QStringLiteral("friday"),  QStringLiteral("saturday"),
                                    QStringLiteral("sunday")};
    const QString lower = text.trimmed().toLower();
    for (int i = 0; i < names.size(); ++i) {
        if (names[i] == lower || names[i].left(3) == lower)
            return i + 1;
    }
    return std::nullopt;
}

std::optional<int> parseOffset(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^([+-])(\d{2}):?(\d{2})$)"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int hours = m.captured(2).toInt();
    const int minutes = m.captured(3).toInt();
    if (hours > 14 || minutes > 59)
        return std::nullopt;
    return (m.captured(1) == u"-" ? -1 : 1) * (hours * 3600 + minutes * 60);
}
} // namespace

QStringList SiteSettings::defaultPlaceholders()
{
    // The literal placeholders of the newsletter's template, as the editor leaves them.
    return {QStringLiteral("](url)"),    QStringLiteral("](link)"), QStringLiteral("-name.jpg"),
            QStringLiteral("NUMBER"),    QStringLiteral("(#/no)"),  QStringLiteral("{subject}"),
            QStringLiteral("[![title]"), QStringLiteral("[site]"),  QStringLiteral("[Board name]")};
}

SiteSettings SiteSettings::parse(const QByteArray &yaml, const QString &fileName, QList<Problem> *problems,
                                 const QString &siteRoot)
{
    SiteSettings s;
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        if (problems) {
            problems->append(
                {Problem::Severity::Error, QStringLiteral("invalid-settings-file"), fileName, e.mark.line + 1,
                 e.mark.column + 1,
                 SiteSettingsMessages::tr("%1 is not valid YAML (line %2, column %3): %4. Masthead uses its defaults.")
                     .arg(QFileInfo(fileName).fileName())
                     .arg(e.mark.line + 1)
                     .arg(e.mark.column + 1)
                     .arg(QString::fromStdString(e.msg))});
        }
        return s;
    }
    if (!root || root.IsNull())
        return s;
    if (!root.IsMap()) {
        if (problems) {
            problems->append(
                {Problem::Severity::Error, QStringLiteral("invalid-settings-file"), fileName, 1, 1,
                 SiteSettingsMessages::tr("%1 must be a list of “key: value” lines. Masthead uses its defaults.")
                     .arg(QFileInfo(fileName).fileName())});
        }
        return s;
    }

    Reader r(root, fileName, problems);
    r.scalar("publication_weekday", [&](const QString &v) {
        const auto day = parseWeekday(v);
        if (!day)
            return SiteSettingsMessages::tr("must be a weekday such as “monday”, not “%1”").arg(v);
        s.publicationWeekday = *day;
        return QString();
    });
    r.scalar("publication_time", [&](const QString &v) {
        const QTime t = QTime::fromString(v.trimmed(), QStringLiteral("H:mm"));
        if (!t.isValid())
            return SiteSettingsMessages::tr("must be a time such as “07:00”, not “%1”").arg(v);
        s.publicationTime = t;
        return QString();
    });
    r.scalar("utc_offset", [&](const QString &v) {
        const auto offset = parseOffset(v);
        if (!offset)
            return SiteSettingsMessages::tr("must be an offset such as “-0800”, not “%1”").arg(v);
        s.utcOffsetSeconds = *offset;
        return QString();
    });
    // Path settings are checked with a sample day, slug and extension: their date groups and
    // variables never hold "/" or "..", so one expansion stands for all. Links that appear later are
    // checked again where the path is used (core/site/sitepath.h).
    const QDate sampleDay(2023, 10, 9);
    const auto insideSite = [&siteRoot](const QString &relative) {
        // As the site joins them: an absolute value replaces the root.
        return siteRoot.isEmpty() || isInsideSite(siteRoot, QDir(siteRoot).filePath(relative));
    };
    const auto insideRoot = [&](const QString &pattern) {
        return insideSite(expandPattern(pattern, sampleDay));
    };
    r.sitePath("draft_file", s.draftFile, insideRoot);
    r.sitePath("template", s.templateFile, insideRoot);
    r.sitePath("assets_folder", s.assetsFolder, insideRoot);
    r.sitePath(
        "image_file", s.imageFile,
        [&](const QString &pattern) {
            const QString folder = expandPattern(s.assetsFolder, sampleDay);
            return insideSite(folder + u'/'
                              + expandPattern(pattern, sampleDay,
                                              {{QStringLiteral("slug"), QStringLiteral("image")},
                                               {QStringLiteral("ext"), QStringLiteral("jpg")}}));
        },
        QStringLiteral("{ext}"));
    r.positive("max_image_width", s.maxImageWidth);
    r.positive("max_gif_size", s.maxGifBytes);
    r.string("image_snippet", s.imageSnippet, QStringLiteral("{path}"));
    r.sitePath("section_templates", s.sectionTemplatesFolder, insideRoot);
    r.sitePath("preview_stylesheet", s.previewStyleSheet, [&](const QString &sheet) {
        QString relative = sheet;
        while (relative.startsWith(u'/')) // site-relative, like a URL path
            relative.remove(0, 1);
        return insideSite(relative);
    });
    r.scalar("spellcheck_language", [&](const QString &v) {
        const QString code = dictionaryCode(v);
        if (code.isEmpty())
            return SiteSettingsMessages::tr("must be a language such as “fr” or “pt-BR”, not “%1”").arg(v);
        s.spellcheckLanguage = code;
        return QString();
    });
    r.stringList("placeholders", s.placeholders);
    r.scalar("image_host_url", [&](const QString &v) {
        const QUrl url(v.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
            return SiteSettingsMessages::tr("must be an http or https URL such as “https://example.org/news”, not "
                                            "“%1”")
                .arg(v);
        s.imageHostUrl = v.trimmed();
        return QString();
    });
    r.scalar("image_paths", [&](const QString &v) {
        if (v == u"relative")
            s.imagePaths = ImagePaths::Relative;
        else if (v == u"baseurl")
            s.imagePaths = ImagePaths::Baseurl;
        else
            return SiteSettingsMessages::tr("must be “relative” or “baseurl”, not “%1”").arg(v);
        return QString();
    });
    r.unknownKeys({QStringLiteral("publication_weekday"), QStringLiteral("publication_time"),
                   QStringLiteral("utc_offset"), QStringLiteral("draft_file"), QStringLiteral("template"),
                   QStringLiteral("assets_folder"), QStringLiteral("image_file"), QStringLiteral("max_image_width"),
                   QStringLiteral("max_gif_size"), QStringLiteral("image_snippet"), QStringLiteral("section_templates"),
                   QStringLiteral("placeholders"), QStringLiteral("preview_stylesheet"),
                   QStringLiteral("image_host_url"), QStringLiteral("image_paths"),
                   QStringLiteral("spellcheck_language")});
    if (!s.assetsFolder.endsWith(u'/'))
        s.assetsFolder += u'/';
    if (!s.sectionTemplatesFolder.endsWith(u'/'))
        s.sectionTemplatesFolder += u'/';
    while (s.previewStyleSheet.startsWith(u'/'))
        s.previewStyleSheet.remove(0, 1);
    return s;
}

SiteSettings SiteSettings::load(const QString &siteRoot, QList<Problem> *problems)
{
    const QString path = QDir(siteRoot).filePath(QLatin1String(fileName));
    QFile file(path);
    if (!file.exists())
        return SiteSettings();
    if (!file.open(QIODevice::ReadOnly)) {
        if (problems) {
            problems->append({Problem::Severity::Error, QStringLiteral("unreadable-settings-file"), path, 0, 0,
                              SiteSettingsMessages::tr("Could not read %1: %2. Masthead uses its defaults.")
                                  .arg(path, file.errorString())});
        }
        return SiteSettings();
    }
    return parse(file.readAll(), path, problems, siteRoot);
}

QString SiteSettings::publicationText() const
{
    return QLocale(QLocale::English).dayName(publicationWeekday) + u' '
        + publicationTime.toString(QStringLiteral("HH:mm")) + u' ' + utcOffsetText(utcOffsetSeconds);
}

QString SiteSettings::frontMatterDate(QDate day) const
{
    return day.toString(Qt::ISODate) + u' ' + publicationTime.toString(QStringLiteral("HH:mm:ss")) + u' '
        + utcOffsetText(utcOffsetSeconds);
}

QString utcOffsetText(int seconds)
{
    const int abs = seconds < 0 ? -seconds : seconds;
    return QStringLiteral("%1%2%3")
        .arg(QChar(seconds < 0 ? u'-' : u'+'))
        .arg(abs / 3600, 2, 10, QLatin1Char('0'))
        .arg((abs % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString expandPattern(const QString &pattern, QDate date, const QHash<QString, QString> &variables)
{
    static const QRegularExpression group(QStringLiteral(R"(\{([A-Za-z_]+)\})"));
    static const QRegularExpression dateFormat(QStringLiteral(R"(^[yMd]+$)"));
    QString out;
    qsizetype last = 0;
    auto it = group.globalMatch(pattern);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(pattern).sliced(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        if (name == u"date")
            out += date.toString(Qt::ISODate);
        else if (dateFormat.match(name).hasMatch())
            out += date.toString(name);
        else if (variables.contains(name))
            out += variables.value(name);
        else
            out += m.captured(0);
        last = m.capturedEnd();
    }
    out += QStringView(pattern).sliced(last);
    return out;
}

QString severityName(Problem::Severity severity)
{
    switch (severity) {
    case Problem::Severity::Error:
        return QStringLiteral("error");
    case Problem::Severity::Warning:
        return QStringLiteral("warning");
    case Problem::Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

} // namespace Masthead
