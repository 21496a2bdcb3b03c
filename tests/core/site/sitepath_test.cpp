// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The site is the boundary (issue 13, docs/security.md): what a pull request contains (posts,
// includes, images, _masthead.yml, symbolic links) never makes Masthead read or write outside the
// site. Every attack of the issue, on real files in a temporary folder that also holds an
// "outside" folder standing for the victim's home.
#include "core/checks/checks.h"
#include "core/images/assetimporter.h"
#include "core/issue/issuelifecycle.h"
#include "core/issue/sectiontemplate.h"
#include "core/liquid/liquid.h"
#include "core/site/site.h"
#include "core/site/sitepath.h"
#include "support/sitefixture.h"
#include "support/testimages.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Masthead;
using namespace MastheadTest;
using namespace Qt::StringLiterals;

namespace
{
// tmp/site (a copy of the example site) beside tmp/outside (a secret and nothing else).
class HostileSetup
{
public:
    HostileSetup()
    {
        m_ok = copyTree(QStringLiteral(MASTHEAD_SOURCE_DIR "/examples/weekly"), site())
            && writeAll(outside(u"secret-notes.txt"_s), "my secret notes\n");
    }
    bool isValid() const { return m_ok && m_dir.isValid(); }
    QString site(const QString &relative = {}) const
    {
        return m_dir.path() + u"/site"_s + (relative.isEmpty() ? QString() : u'/' + relative);
    }
    QString outside(const QString &relative = {}) const
    {
        return m_dir.path() + u"/outside"_s + (relative.isEmpty() ? QString() : u'/' + relative);
    }
    QString root() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    bool m_ok = false;
};

bool hasOutsideProblem(const Site &site, const QString &key)
{
    for (const Problem &p : site.problems()) {
        if (p.code == QLatin1String(SiteSettings::outsideSiteCode) && p.message.contains(u'“' + key + u'”')
            && p.severity == Problem::Severity::Error)
            return true;
    }
    return false;
}
} // namespace

class SitePathTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolvesLinksAsTheSystemDoes()
    {
        QTemporaryDir dir;
        const QString base = QFileInfo(dir.path()).canonicalFilePath();
        QVERIFY(QDir().mkpath(base + u"/site/assets"_s));
        QVERIFY(QDir().mkpath(base + u"/elsewhere/deep"_s));
        QVERIFY(QFile::link(base + u"/elsewhere/deep"_s, base + u"/site/assets/link"_s));
        QVERIFY(QFile::link(base + u"/nowhere"_s, base + u"/site/dangling"_s));
        // "link/.." is the parent of the link's target, not the folder holding the link.
        QCOMPARE(resolvedPath(base + u"/site/assets/link/../x"_s), base + u"/elsewhere/x"_s);
        QCOMPARE(resolvedPath(base + u"/site/assets/new/../../y.md"_s), base + u"/site/y.md"_s);
        QCOMPARE(resolvedPath(base + u"/site/./assets/"_s), base + u"/site/assets"_s);
        QCOMPARE(resolvedPath(base + u"/site/dangling/file"_s), QString());
        QCOMPARE(resolvedPath(QString()), QString());
    }

    void insideOrNot_data()
    {
        QTest::addColumn<QString>("path"); // relative to tmp/site
        QTest::addColumn<bool>("inside");
        QTest::newRow("the root") << u""_s << true;
        QTest::newRow("a file") << u"assets/a.png"_s << true;
        QTest::newRow("not there yet") << u"assets/2023/new/x.png"_s << true;
        QTest::newRow("dot dot back in") << u"assets/../_drafts/x.md"_s << true;
        QTest::newRow("dot dot out") << u"../outside/secret-notes.txt"_s << false;
        QTest::newRow("dot dot out, not there yet") << u"assets/../../outside/new.txt"_s << false;
        QTest::newRow("a sibling with the same prefix") << u"../site-other/x"_s << false;
        QTest::newRow("absolute") << u"/etc/hostname"_s << false;
        QTest::newRow("a link to a file outside") << u"assets/leak.png"_s << false;
        QTest::newRow("a link to the root") << u"assets/rootlink/etc/hostname"_s << false;
        QTest::newRow("a link to a folder outside, not there yet") << u"assets/outlink/new.png"_s << false;
        QTest::newRow("a link inside the site") << u"assets/ownlink/x.png"_s << true;
        QTest::newRow("a dangling link") << u"assets/dangling"_s << false;
    }

    void insideOrNot()
    {
        QFETCH(QString, path);
        QFETCH(bool, inside);
        QTemporaryDir dir;
        const QString site = dir.path() + u"/site"_s;
        QVERIFY(QDir().mkpath(site + u"/assets/own"_s));
        QVERIFY(QDir().mkpath(dir.path() + u"/site-other"_s));
        QVERIFY(writeAll(dir.path() + u"/outside/secret-notes.txt"_s, "secret"));
        QVERIFY(QFile::link(dir.path() + u"/outside/secret-notes.txt"_s, site + u"/assets/leak.png"_s));
        QVERIFY(QFile::link(u"/"_s, site + u"/assets/rootlink"_s));
        QVERIFY(QFile::link(dir.path() + u"/outside"_s, site + u"/assets/outlink"_s));
        QVERIFY(QFile::link(u"own"_s, site + u"/assets/ownlink"_s));
        QVERIFY(QFile::link(dir.path() + u"/gone"_s, site + u"/assets/dangling"_s));
        const QString full = path.startsWith(u'/') ? path : site + u'/' + path;
        QCOMPARE(isInsideSite(site, full), inside);
        QCOMPARE(pathInsideSite(site, full, u"the test file"_s).has_value(), inside);
    }

    // _masthead.yml with every path setting aimed outside: each is refused with an error naming it,
    // and the default stands in.
    void settingsOutsideTheSiteAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("draft_file") << u"draft_file"_s << u"../victim-home/.config/autostart/{date}-evil.desktop"_s;
        QTest::newRow("template") << u"template"_s << u"../outside/secret-notes.txt"_s;
        QTest::newRow("template absolute") << u"template"_s << u"/etc/hostname"_s;
        QTest::newRow("assets_folder") << u"assets_folder"_s << u"../../assets/{yyyyMMdd}/"_s;
        QTest::newRow("image_file") << u"image_file"_s << u"../../../../escaped-{slug}.{ext}"_s;
        QTest::newRow("section_templates") << u"section_templates"_s << u"../outside/"_s;
        QTest::newRow("preview_stylesheet") << u"preview_stylesheet"_s << u"/../outside/secret-notes.txt"_s;
        QTest::newRow("through a link") << u"template"_s << u"_drafts/outlink/secret-notes.txt"_s;
    }

    void settingsOutsideTheSiteAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        HostileSetup setup;
        QVERIFY(setup.isValid());
        QVERIFY(QFile::link(setup.outside(), setup.site(u"_drafts/outlink"_s)));
        QVERIFY(writeAll(setup.site(u"_masthead.yml"_s), (key + u": \""_s + value + u"\"\n"_s).toUtf8()));
        const auto site = Site::find(setup.site());
        QVERIFY(site);
        QVERIFY2(hasOutsideProblem(*site, key), qPrintable(site->refusedPathSettings()));
        QVERIFY(site->refusedPathSettings().contains(u"_masthead.yml, line 1"_s));
        QCOMPARE(site->settings(), SiteSettings());
    }

    void settingsInsideTheSiteAreTaken()
    {
        HostileSetup setup;
        QVERIFY(setup.isValid());
        QVERIFY(writeAll(setup.site(u"_masthead.yml"_s),
                         "draft_file: \"_drafts/../_drafts/{date}-issue.md\"\ntemplate: _drafts/template.md\n"
                         "image_file: \"../{yyyyMMdd}/{slug}.{ext}\"\npreview_stylesheet: /css/preview.css\n"));
        const auto site = Site::find(setup.site());
        QVERIFY(site);
        QVERIFY2(site->refusedPathSettings().isEmpty(), qPrintable(site->refusedPathSettings()));
        QCOMPARE(site->settings().draftFile, u"_drafts/../_drafts/{date}-issue.md"_s);
        QCOMPARE(site->settings().previewStyleSheet, u"css/preview.css"_s);
    }

    // The issue's attack: `masthead new` with a hostile _masthead.yml wrote an autostart file with
    // the secret's content. Now nothing is written anywhere, inside or outside.
    void newRefusesHostileSettings()
    {
        HostileSetup setup;
        QVERIFY(setup.isValid());
        QVERIFY(writeAll(setup.site(u"_masthead.yml"_s),
                         "draft_file: \"../victim-home/.config/autostart/{date}-evil.desktop\"\n"
                         "template: \"../outside/secret-notes.txt\"\n"
                         "assets_folder: \"../victim-home/assets/{yyyyMMdd}/\"\n"));
        const auto before = snapshot(setup.root());
        const auto site = Site::find(setup.site());
        QVERIFY(site);
        const auto issue = newIssue(*site, QDate(2023, 10, 16));
        QVERIFY(!issue);
        QVERIFY2(issue.error().contains(u"“draft_file”"_s) && issue.error().contains(u"“template”"_s)
                     && issue.error().contains(u"“assets_folder”"_s),
                 qPrintable(issue.error()));
        QCOMPARE(snapshot(setup.root()), before);
        QVERIFY(!QFileInfo::exists(setup.root() + u"/victim-home"_s));
    }

    // Links made after the settings were read (or with default settings): the use is checked too.
    void newRefusesLinkedFolders_data()
    {
        QTest::addColumn<QString>("link"); // inside the site, to tmp/outside
        QTest::newRow("_drafts") << u"_drafts"_s;
        QTest::newRow("the assets folder") << u"assets"_s;
    }

    void newRefusesLinkedFolders()
    {
        QFETCH(QString, link);
        HostileSetup setup;
        QVERIFY(setup.isValid());
        // The template stays readable inside the site; the linked folder replaces the real one.
        QVERIFY(QDir().mkpath(setup.site(u"_masthead"_s)));
        QVERIFY(QFile::copy(setup.site(u"_drafts/template.md"_s), setup.site(u"_masthead/template.md"_s)));
        QVERIFY(writeAll(setup.site(u"_masthead.yml"_s), "template: _masthead/template.md\n"));
        QVERIFY(QDir(setup.site(link)).removeRecursively());
        QVERIFY(QFile::link(setup.outside(), setup.site(link)));
        const auto site = Site::find(setup.site());
        QVERIFY(site);
        const auto outsideBefore = snapshot(setup.outside());
        const auto issue = newIssue(*site, QDate(2023, 10, 16));
        QVERIFY(!issue);
        QVERIFY2(issue.error().contains(u"outside the site"_s), qPrintable(issue.error()));
        QCOMPARE(snapshot(setup.outside()), outsideBefore);
    }

    void publishAndRedateStayInside()
    {
        HostileSetup setup;
        QVERIFY(setup.isValid());
        QVERIFY(QDir(setup.site(u"_posts"_s)).removeRecursively());
        QVERIFY(QFile::link(setup.outside(), setup.site(u"_posts"_s)));
        const auto site = Site::find(setup.site());
        QVERIFY(site);
        const auto outsideBefore = snapshot(setup.outside());
        const QString draft = setup.site(u"_drafts/2023-10-09-draft.md"_s);
        const auto published = publish(*site, draft, std::nullopt, u"hello"_s);
        QVERIFY(!published);
        QVERIFY2(published.error().contains(u"outside the site"_s), qPrintable(published.error()));
        QVERIFY(QFileInfo::exists(draft));

        // Re-dating into an assets folder that is a link to the outside.
        QVERIFY(QDir().mkpath(setup.site(u"assets"_s)));
        QVERIFY(QFile::link(setup.outside(), setup.site(u"assets/20231016"_s)));
        const auto redated = redate(*site, draft, QDate(2023, 10, 16));
        QVERIFY(!redated);
        QVERIFY2(redated.error().contains(u"outside the site"_s), qPrintable(redated.error()));
        QCOMPARE(snapshot(setup.outside()), outsideBefore);
    }

    // image_file: "../../../../escaped-{slug}.{ext}" made an import write outside the site.
    void importNeverWritesOutside_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("linkedFolder"); // made a link to tmp/outside, or empty
        QTest::newRow("image_file with ..") << u"../../../../escaped-{slug}.{ext}"_s << QString();
        QTest::newRow("dated folder is a link") << u"{yyyyMMdd}{slug}.{ext}"_s << u"assets/20231016"_s;
    }

    void importNeverWritesOutside()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, linkedFolder);
        HostileSetup setup;
        QVERIFY(setup.isValid());
        QVERIFY(writeAll(setup.site(u"_masthead.yml"_s), (u"image_file: \""_s + pattern + u"\"\n"_s).toUtf8()));
        if (!linkedFolder.isEmpty())
            QVERIFY(QFile::link(setup.outside(), setup.site(linkedFolder)));
        const auto site = Site::find(setup.site());
        QVERIFY(site);
        const QString post = setup.site(u"_drafts/2023-10-16-draft.md"_s);
        const QString text = u"---\ndate: 2023-10-16 07:00:00 -0800\n---\n"_s;
        auto target = issueAssetTarget(&*site, post, text);
        QVERIFY(target);
        // The importer checks on its own too, whatever its target says.
        target->fileNamePattern = pattern;
        const auto before = snapshot(setup.root());
        const auto imported
            = AssetImporter(*target).import({{}, encodedImage(cornerImage(40, 30), "png"), u"x.png"_s, {}});
        QVERIFY(!imported);
        QVERIFY2(imported.error().contains(u"outside the site"_s), qPrintable(imported.error()));
        QCOMPARE(snapshot(setup.root()), before);
    }

    // Jekyll's safe mode (GitHub Pages) refuses an include whose real path leaves its folder.
    void includesThroughLinksAreRefused_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("link"); // inside the site
        QTest::addColumn<QString>("target"); // "" for the secret outside
        QTest::addColumn<bool>("refused");
        QTest::newRow("include of a link to a file outside")
            << u"{% include x.html %}"_s << u"_includes/x.html"_s << QString() << true;
        QTest::newRow("include of a link to /etc/hostname")
            << u"{% include host.html %}"_s << u"_includes/host.html"_s << u"/etc/hostname"_s << true;
        QTest::newRow("include through a linked folder")
            << u"{% include out/secret-notes.txt %}"_s << u"_includes/out"_s << u"dir"_s << true;
        QTest::newRow("include_relative of a link")
            << u"{% include_relative rel.txt %}"_s << u"_drafts/rel.txt"_s << QString() << true;
        QTest::newRow("include of a link inside _includes")
            << u"{% include alias.html %}"_s << u"_includes/alias.html"_s << u"own"_s << false;
    }

    void includesThroughLinksAreRefused()
    {
        QFETCH(QString, source);
        QFETCH(QString, link);
        QFETCH(QString, target);
        QFETCH(bool, refused);
        HostileSetup setup;
        QVERIFY(setup.isValid());
        QVERIFY(QDir().mkpath(setup.site(u"_includes"_s)));
        QVERIFY(writeAll(setup.site(u"_includes/own.html"_s), "own include\n"));
        const QString to = target.isEmpty() ? setup.outside(u"secret-notes.txt"_s)
            : target == u"dir"              ? setup.outside()
            : target == u"own"              ? setup.site(u"_includes/own.html"_s)
                                            : target;
        if (!QFileInfo::exists(to))
            QSKIP("the link's target does not exist on this system");
        QVERIFY(QFile::link(to, setup.site(link)));
        const QString post = setup.site(u"_drafts/2023-10-09-draft.md"_s);
        const QString text = u"---\ntitle: T\n---\n"_s + source + u'\n';
        const LiquidResult result = renderLiquid(source, liquidContextFor(post, text));
        QVERIFY(!result.output.contains(u"my secret notes"_s));
        if (refused) {
            QVERIFY2(result.output.contains(QLatin1String(liquidMarkerClass)), qPrintable(result.output));
            QVERIFY(!result.problems.isEmpty());
            QVERIFY2(result.problems.first().message.contains(u"outside"_s) || target == u"dir",
                     qPrintable(result.problems.first().message));
            if (target == u"/etc/hostname") {
                const QByteArray host = readAll(u"/etc/hostname"_s).trimmed();
                QVERIFY(host.isEmpty() || !result.output.contains(QString::fromUtf8(host)));
            }
        } else {
            QCOMPARE(result.output, u"own include\n"_s);
        }
    }

    void checksDoNotReadImagesOutside()
    {
        HostileSetup setup;
        QVERIFY(setup.isValid());
        QVERIFY(writeAll(setup.outside(u"big.png"_s), encodedImage(cornerImage(2000, 10), "png")));
        QVERIFY(QFile::link(setup.outside(u"big.png"_s), setup.site(u"assets/leak.png"_s)));
        const auto site = Site::find(setup.site());
        QVERIFY(site);
        const QString text = u"---\ntitle: T\n---\n\n![leak](../assets/leak.png)\n"_s;
        const QList<Problem> problems = checkIssue(text, setup.site(u"_drafts/2023-10-09-draft.md"_s), &*site);
        bool outside = false;
        for (const Problem &p : problems) {
            QVERIFY(p.code != u"image-too-wide"); // its size was not read
            outside = outside || p.code == u"image-outside-site";
        }
        QVERIFY(outside);
    }

    void sectionTemplatesStayInside()
    {
        HostileSetup setup;
        QVERIFY(setup.isValid());
        QVERIFY(QDir().mkpath(setup.site(u"_masthead"_s)));
        QVERIFY(QFile::link(setup.outside(), setup.site(u"_masthead/sections"_s)));
        const auto before = snapshot(setup.outside());
        const auto saved = saveSectionTemplate(setup.site(u"_masthead/sections/"_s), u"Jobs"_s, u"Jobs"_s, u"A job."_s,
                                               setup.site());
        QVERIFY(!saved);
        QCOMPARE(snapshot(setup.outside()), before);
        const auto site = Site::find(setup.site());
        QVERIFY(site);
        for (const SectionTemplate &t : sectionTemplatesOf(*site))
            QVERIFY(!t.filePath.startsWith(setup.outside()));
    }
};

QTEST_MAIN(SitePathTest)
#include "sitepath_test.moc"
