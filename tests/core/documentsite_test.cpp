// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document.h"

#include "core/liquid/liquid.h"
#include "core/site/site.h"
#include "support/sitefixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Masthead;
using namespace MastheadTest;
using namespace Qt::StringLiterals;

// The document owns its site: found once per path, found again when the site's settings change,
// shared with whoever renders.
class DocumentSiteTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheSiteOfItsFile()
    {
        QTemporaryDir dir;
        QVERIFY(writeAll(dir.filePath(u"_config.yml"_s), "title: Weekly\nbaseurl: /weekly\n"));
        const QString draft = dir.filePath(u"_drafts/2023-10-09-draft.md"_s);
        QVERIFY(writeAll(draft, "# Draft\n"));
        QVERIFY(writeAll(dir.filePath(u"outside.md"_s), "# x\n"));

        Document doc;
        QVERIFY(!doc.site());
        QSignalSpy changed(&doc, &Document::siteChanged);
        QVERIFY(doc.load(draft));
        QVERIFY(doc.site());
        QCOMPARE(doc.site()->rootPath(), QDir(dir.path()).canonicalPath());
        QCOMPARE(doc.site()->config().baseurl, u"/weekly"_s);
        QCOMPARE(doc.liquidContext()->site.value(u"title").toString(), u"Weekly"_s);
        QCOMPARE(changed.size(), 1);

        // The same site for another of its files: nothing changed, and the Liquid context is reused.
        const auto context = doc.liquidContext();
        QVERIFY(doc.load(dir.filePath(u"outside.md"_s)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(doc.liquidContext(), context);
    }

    void findsItAgainWhenTheSettingsChange()
    {
        QTemporaryDir dir;
        QVERIFY(writeAll(dir.filePath(u"_config.yml"_s), "title: Before\n"));
        const QString draft = dir.filePath(u"_drafts/2023-10-09-draft.md"_s);
        QVERIFY(writeAll(draft, "# Draft\n"));
        Document doc;
        QVERIFY(doc.load(draft));
        const std::shared_ptr<const Site> before = doc.site();
        QSignalSpy changed(&doc, &Document::siteChanged);

        QVERIFY(writeAll(dir.filePath(u"_config.yml"_s), "title: After\n"));
        QVERIFY(changed.wait(5000));
        QCOMPARE(doc.liquidContext()->site.value(u"title").toString(), u"After"_s);
        // Whoever still holds the old site (a render in progress) keeps a valid one.
        QCOMPARE(before->configYaml(), QByteArray("title: Before\n"));

        // A _masthead.yml that appears is a change too (it shows up in the root folder).
        changed.clear();
        QVERIFY(writeAll(dir.filePath(u"_masthead.yml"_s), "max_image_width: 640\n"));
        QVERIFY(changed.wait(5000));
        QCOMPARE(doc.site()->settings().maxImageWidth, 640);
    }

    void anUntitledDocumentTakesTheSiteOfWhereItWillGo()
    {
        QTemporaryDir dir;
        QVERIFY(writeAll(dir.filePath(u"_config.yml"_s), "title: x\n"));
        Document doc;
        QSignalSpy changed(&doc, &Document::siteChanged);
        doc.setIntendedPath(dir.filePath(u"_drafts/2023-10-16-draft.md"_s));
        QVERIFY(doc.site());
        QCOMPARE(changed.size(), 1);
        doc.setIntendedPath(QString());
        QVERIFY(!doc.site());
        QCOMPARE(changed.size(), 2);
    }
};

QTEST_GUILESS_MAIN(DocumentSiteTest)
#include "documentsite_test.moc"
