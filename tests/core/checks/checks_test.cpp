// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/checks.h"
#include "core/site/site.h"
#include "core/text/links.h"
#include "support/sitefixture.h"

#include <QImage>
#include <QTest>

using namespace Masthead;
using namespace MastheadTest;
using Severity = Problem::Severity;

Q_DECLARE_METATYPE(Masthead::Problem::Severity)

namespace
{
// An issue with nothing wrong: dated the same everywhere, its one image in its assets folder and
// 550 px wide, its checklist ticked, no placeholders, each story linked from one section.
const char *const cleanIssue = R"(---
layout: post
title: "Python on Microcontrollers: a clean issue"
date: 2023-10-16 07:00:00 -0800
categories: weekly
---

- [x] change date
- [x] update title

## Story

[![Blinka](../assets/20231016/blinka.png)](https://example.org/a)

text - [example.org](https://example.org/a).

## Other

More - [b](https://example.org/b).
)";

const QString cleanPath = QStringLiteral("_drafts/2023-10-16-draft.md");

QImage image(int width)
{
    QImage image(width, 20, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    return image;
}

QStringList codes(const QList<Problem> &problems)
{
    QStringList list;
    for (const Problem &p : problems)
        list.append(p.code);
    return list;
}

QString describe(const QList<Problem> &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(QStringLiteral("%1 %2:%3 %4").arg(p.code).arg(p.line).arg(p.column).arg(p.message));
    return lines.join(u'\n');
}
} // namespace

class ChecksTest : public QObject
{
    Q_OBJECT

private:
    // A copy of the example site with the clean issue and its image. The site keeps "../assets/" paths
    // (a mailer-only site); pathsThatBreakWhenPublished() tests the other choice.
    bool makeSite(ExampleSite &site)
    {
        return site.isValid() && writeAll(site.path(cleanPath), cleanIssue)
            && writeAll(site.path(QStringLiteral("_masthead.yml")), "image_paths: relative\n")
            && QDir().mkpath(site.path(QStringLiteral("assets/20231016")))
            && image(550).save(site.path(QStringLiteral("assets/20231016/blinka.png")));
    }

private Q_SLOTS:
    void aCleanIssueHasNoProblems()
    {
        ExampleSite site;
        QVERIFY(makeSite(site));
        const QList<Problem> problems = checkIssueFile(site.path(cleanPath));
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        QVERIFY(!hasErrors(problems));
    }

    // One fixture per problem: the clean issue with one thing wrong.
    void eachProblem_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("fileName"); // where the issue is written, when not the clean path
        QTest::addColumn<QString>("code");
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("inMessage");

        const QString none;
        QTest::newRow("placeholder left")
            << QStringLiteral("[example.org]") << QStringLiteral("[site]") << none << QStringLiteral("placeholder")
            << Severity::Error << 15 << QStringLiteral("[site]");
        QTest::newRow("unticked checklist item")
            << QStringLiteral("- [x] update title") << QStringLiteral("- [ ] update title") << none
            << QStringLiteral("unticked-item") << Severity::Warning << 9 << QStringLiteral("update title");
        QTest::newRow("unticked task in a section")
            << QStringLiteral("More - ") << QStringLiteral("- [ ] ask Scott\n\nMore - ") << none
            << QStringLiteral("unticked-item") << Severity::Info << 19 << QStringLiteral("Other");
        QTest::newRow("missing image") << QStringLiteral("blinka.png") << QStringLiteral("nothere.png") << none
                                       << QStringLiteral("missing-image") << Severity::Error << 13
                                       << QStringLiteral("../assets/20231016/nothere.png");
        QTest::newRow("image named in another case")
            << QStringLiteral("blinka.png") << QStringLiteral("Blinka.png") << none << QStringLiteral("missing-image")
            << Severity::Error << 13 << QStringLiteral("case");
        QTest::newRow("image path names a folder")
            << QStringLiteral("20231016/blinka.png") << QStringLiteral("20231016/") << none
            << QStringLiteral("missing-image") << Severity::Error << 13 << QStringLiteral("folder");
        QTest::newRow("image too wide") << QStringLiteral("blinka.png") << QStringLiteral("wide.png") << none
                                        << QStringLiteral("image-too-wide") << Severity::Error << 13
                                        << QStringLiteral("600 px");
        QTest::newRow("GIF over the size limit")
            << QStringLiteral("blinka.png") << QStringLiteral("big.gif") << none << QStringLiteral("gif-too-large")
            << Severity::Warning << 13 << QStringLiteral("1024 KB");
        QTest::newRow("unreadable image")
            << QStringLiteral("blinka.png") << QStringLiteral("broken.jpg") << none
            << QStringLiteral("unreadable-image") << Severity::Error << 13 << QStringLiteral("broken.jpg");
        QTest::newRow("upper-case extension")
            << QStringLiteral("blinka.png") << QStringLiteral("upper.PNG") << none
            << QStringLiteral("uppercase-extension") << Severity::Warning << 13 << QStringLiteral(".png");
        QTest::newRow("file name and front matter disagree")
            << QString() << QString() << QStringLiteral("_drafts/2023-10-17-draft.md")
            << QStringLiteral("date-mismatch") << Severity::Error << 4 << QStringLiteral("2023-10-17");
        QTest::newRow("image in another day's assets folder")
            << QStringLiteral("20231016/blinka.png") << QStringLiteral("20231009/blinka.png") << none
            << QStringLiteral("date-mismatch") << Severity::Error << 13 << QStringLiteral("2023-10-09");
        QTest::newRow("empty link target")
            << QStringLiteral("[b](https://example.org/b)") << QStringLiteral("[b]()") << none
            << QStringLiteral("empty-link") << Severity::Error << 19 << QStringLiteral("link");
        QTest::newRow("the image snippet's empty link is a note")
            << QStringLiteral("(https://example.org/a)\n") << QStringLiteral("()\n") << none
            << QStringLiteral("image-without-link") << Severity::Info << 13 << QStringLiteral("()");
        QTest::newRow("placeholders of one line are one problem")
            << QStringLiteral("[b](https://example.org/b)") << QStringLiteral("[site](url) NUMBER") << none
            << QStringLiteral("placeholder") << Severity::Error << 19 << QStringLiteral("“[site]”, “](url)”, “NUMBER”");
        QTest::newRow("empty image path")
            << QStringLiteral("(../assets/20231016/blinka.png)") << QStringLiteral("()") << none
            << QStringLiteral("empty-link") << Severity::Error << 13 << QStringLiteral("image");
        QTest::newRow("duplicate link in another section")
            << QStringLiteral("https://example.org/b") << QStringLiteral("https://example.org/a#more") << none
            << QStringLiteral("duplicate-link") << Severity::Warning << 19 << QStringLiteral("line 13");
        QTest::newRow("invalid front matter")
            << QStringLiteral("categories: weekly") << QStringLiteral("categories: [weekly") << none
            << QStringLiteral("invalid-front-matter") << Severity::Error << 6 << QStringLiteral("YAML");
        QTest::newRow("no front matter") << QStringLiteral(
            "---\nlayout: post\ntitle: \"Python on Microcontrollers: a "
            "clean issue\"\ndate: 2023-10-16 07:00:00 -0800\ncategories: "
            "weekly\n---\n") << QString() << none
                                         << QStringLiteral("no-front-matter") << Severity::Error << 1
                                         << QStringLiteral("front matter");
        QTest::newRow("date Jekyll cannot read")
            << QStringLiteral("date: 2023-10-16 07:00:00 -0800") << QStringLiteral("date: next monday") << none
            << QStringLiteral("invalid-date") << Severity::Error << 4 << QStringLiteral("next monday");
        QTest::newRow("no title") << QStringLiteral("title: \"Python on Microcontrollers: a clean issue\"\n")
                                  << QString() << none << QStringLiteral("no-title") << Severity::Warning << 1
                                  << QStringLiteral("title");
        QTest::newRow("file in a wrong-case folder")
            << QString() << QString() << QStringLiteral("_POSTS/2023-10-16-draft.md")
            << QStringLiteral("wrong-case-folder") << Severity::Error << 0 << QStringLiteral("_posts");
    }

    void eachProblem()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, fileName);
        QFETCH(QString, code);
        QFETCH(Severity, severity);
        QFETCH(int, line);
        QFETCH(QString, inMessage);

        ExampleSite site;
        QVERIFY(makeSite(site));
        const QString folder = site.path(QStringLiteral("assets/20231016/"));
        QVERIFY(image(600).save(folder + QStringLiteral("wide.png")));
        QVERIFY(image(550).save(folder + QStringLiteral("upper.PNG")));
        QVERIFY(writeAll(folder + QStringLiteral("broken.jpg"), "this is no JPEG"));
        // A 1×1 GIF followed by 1 MB of padding after its trailer: readable, and over 1 MB.
        QVERIFY(writeAll(folder + QStringLiteral("big.gif"),
                         QByteArray::fromHex("47494638396101000100800000000000ffffff21f90401000000002c000000000100"
                                             "01000002024401003b")
                             + QByteArray(1024 * 1024, '\0')));

        QString text = QString::fromUtf8(cleanIssue);
        if (!from.isEmpty()) {
            QVERIFY2(text.contains(from), qPrintable(from));
            text.replace(from, to);
        }
        QString path = site.path(cleanPath);
        if (!fileName.isEmpty()) {
            QVERIFY(QFile::remove(path));
            path = site.path(fileName);
        }
        QVERIFY(writeAll(path, text.toUtf8()));

        const QList<Problem> problems = checkIssueFile(path);
        QVERIFY2(problems.size() == 1, qPrintable(describe(problems)));
        const Problem &p = problems.first();
        QCOMPARE(p.code, code);
        QCOMPARE(p.severity, severity);
        QCOMPARE(p.line, line);
        QVERIFY2(p.message.contains(inMessage), qPrintable(p.message));
        QVERIFY(!p.file.isEmpty());
        QCOMPARE(hasErrors(problems), severity == Severity::Error);
    }

    // The checks see the text they are given, not the file: the window checks unsaved text.
    void checksTheTextNotTheFile()
    {
        ExampleSite site;
        QVERIFY(makeSite(site));
        const auto found = Site::find(site.path(cleanPath));
        QVERIFY(found);
        const QString text = QString::fromUtf8(cleanIssue).replace(QStringLiteral("[b]"), QStringLiteral("[site]"));
        QCOMPARE(codes(checkIssue(text, site.path(cleanPath), &*found)), QStringList {QStringLiteral("placeholder")});
        // Without a site: the site's settings do not apply, the default placeholders do.
        QCOMPARE(codes(checkIssue(text, site.path(cleanPath), nullptr)), QStringList {QStringLiteral("placeholder")});
    }

    void externalLinksSkipTheChecklistAndCode()
    {
        const QString text = QStringLiteral("- [ ] See [x](https://example.org/checklist)\n\n## A\n\n"
                                            "[a](https://example.org/a) ![i](HTTP://example.org/i.png)\n"
                                            "```\n[c](https://example.org/code)\n```\n[m](mailto:x@example.org) "
                                            "[r](../assets/x.jpg)\n");
        const auto links = externalLinks(text);
        QCOMPARE(links.size(), 2);
        QCOMPARE(links.at(0).url, QUrl(QStringLiteral("https://example.org/a")));
        QCOMPARE(links.at(0).line, 5);
        QCOMPARE(links.at(0).column, 5);
        QCOMPARE(links.at(1).url.host(), QStringLiteral("example.org"));
    }

    // The real weekly template, copied as a draft: everything the editor still has to do.
    void theSeedTemplateAsADraft()
    {
        ExampleSite site;
        QVERIFY(site.isValid());
        const QString seed = seedPath();
        const QString path = site.path(QStringLiteral("_drafts/2023-10-09-draft.md"));
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::copy(seed, path));
        const QList<Problem> problems = checkIssueFile(path);

        QMap<QString, int> counts;
        for (const Problem &p : problems) {
            ++counts[p.code];
            QCOMPARE(p.file, path);
            QVERIFY(p.line > 0);
        }
        // 137 placeholders (51 "](url)", 5 "](link)", 24 "-name.jpg", 3 "NUMBER", 1 "(#/no)", 2 "{subject}",
        // 24 "[![title]", 24 "[site]", 3 "[Board name]") on 59 lines: one problem per line, naming them all.
        QCOMPARE(counts.value(QStringLiteral("placeholder")), 59);
        QCOMPARE(counts.value(QStringLiteral("unticked-item")), 8);
        // The "20231009-name.jpg" placeholders are not reported again as missing images.
        QCOMPARE(counts.value(QStringLiteral("missing-image")), 0);
        // The real images' "../assets/" paths break once published (the site has not chosen).
        QCOMPARE(counts.value(QStringLiteral("relative-path-breaks-when-published")), 18);
        // Nothing else: dates agree, the images are small enough, the links are not empty (the
        // checklist's "[![](../assets/20231009/)]()" is an instruction), no story is linked twice.
        QVERIFY2(counts.size() == 3, qPrintable(describe(problems).right(3000)));
        QVERIFY(hasErrors(problems));
        QCOMPARE(countOf(problems, Severity::Error), 59);
        QCOMPARE(countOf(problems, Severity::Warning), 26);

        // The first problem is the first unticked item, on line 8.
        QCOMPARE(problems.first().code, QStringLiteral("unticked-item"));
        QCOMPARE(problems.first().line, 8);
    }

    // "../assets/…" from _drafts/ works on the draft's page, not from the post's permalink: a warning
    // unless the site keeps relative paths, and the fix writes "{{ site.baseurl }}/assets/…".
    void pathsThatBreakWhenPublished()
    {
        ExampleSite site;
        QVERIFY(makeSite(site));
        QVERIFY(QFile::remove(site.path(QStringLiteral("_masthead.yml"))));
        QString text = QString::fromUtf8(cleanIssue);
        text += QStringLiteral("\n[![t](../assets/20231009/20231009-name.jpg)](url) [up](../README.md#x)\n");
        const QString path = site.path(cleanPath);
        QVERIFY(writeAll(path, text.toUtf8()));
        QList<Problem> problems;
        for (const Problem &p : checkIssueFile(path)) {
            if (p.code == u"relative-path-breaks-when-published")
                problems.append(p);
        }
        // The image and the README; not the placeholder image.
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).line, 13);
        QCOMPARE(problems.at(0).severity, Severity::Warning);
        QVERIFY2(problems.at(0).message.contains(u"{{ site.baseurl }}"), qPrintable(problems.at(0).message));

        const auto found = Site::find(path);
        const QString fixed = withBaseurlTargets(text, path, found->rootPath());
        QVERIFY(fixed.contains(u"[![Blinka]({{ site.baseurl }}/assets/20231016/blinka.png)](https://example.org/a)"));
        QVERIFY(fixed.contains(u"[up]({{ site.baseurl }}/README.md#x)"));
        // The template's placeholder image too, so that it is right once filled in.
        QVERIFY(fixed.contains(u"({{ site.baseurl }}/assets/20231009/20231009-name.jpg)"));
        QVERIFY(targetsBrokenWhenPublished(fixed, path, found->rootPath()).isEmpty());
        // The fixed image is still checked: it exists, so no problem at all is left about it.
        QVERIFY(writeAll(path, fixed.toUtf8()));
        for (const Problem &p : checkIssueFile(path))
            QVERIFY2(p.line != 13, qPrintable(p.message));

        // A site that keeps relative paths hears nothing about them.
        QVERIFY(writeAll(site.path(QStringLiteral("_masthead.yml")), "image_paths: relative\n"));
        for (const Problem &p : checkIssueFile(path))
            QVERIFY(p.code != u"relative-path-breaks-when-published");
    }

    void anUnreadableFileIsOneError()
    {
        const QList<Problem> problems = checkIssueFile(QStringLiteral("/nonexistent/2023-10-16-draft.md"));
        QCOMPARE(codes(problems), QStringList {QStringLiteral("unreadable-file")});
        QVERIFY(hasErrors(problems));
    }
};

QTEST_GUILESS_MAIN(ChecksTest)
#include "checks_test.moc"
