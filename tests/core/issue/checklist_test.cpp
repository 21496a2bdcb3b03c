// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/issue/checklist.h"
#include "core/site/site.h"
#include "support/sitefixture.h"

#include <QImage>
#include <QRegularExpression>
#include <QTest>

using namespace Masthead;
using namespace MastheadTest;
using State = ChecklistVerification::State;

Q_DECLARE_METATYPE(Masthead::ChecklistCheck)

namespace
{
QString weeklyText(const ExampleSite &site)
{
    return QString::fromUtf8(readAll(site.path(QStringLiteral("_drafts/2023-10-09-draft.md"))));
}

// The verification of the first item that check verifies.
ChecklistVerification verification(const QString &text, const QString &path, const Site &site, ChecklistCheck check)
{
    const auto items = checklistItems(text);
    const auto results = verifyChecklist(items, text, path, &site);
    for (const auto &result : results) {
        if (result.check == check)
            return result;
    }
    return {};
}

// The example site's draft: its path and the site found from it.
struct ExampleDraft {
    ExampleSite example;
    QString path = example.path(QStringLiteral("_drafts/2023-10-09-draft.md"));
    std::optional<Site> site = Site::find(path);
    bool isValid() const { return example.isValid() && site.has_value(); }
};
} // namespace

class ChecklistTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesItems_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<QList<bool>>("checked");
        QTest::addColumn<QStringList>("sections");

        QTest::newRow("checklist before the first heading, after front matter")
            << QStringLiteral("---\ntitle: x\n---\n\n- [ ] change date\n- [x] update title\n* [X] star\n\n## A\n")
            << QStringList {QStringLiteral("change date"), QStringLiteral("update title"), QStringLiteral("star")}
            << QList<int> {4, 5, 6} << QList<bool> {false, true, true} << QStringList {QString(), QString(), QString()};
        QTest::newRow("task lists grouped by their section")
            << QStringLiteral("- [ ] one\n\n## Events!\n\n1. [ ] two\n2) [x] three\n\nSetext\n------\n  - [ ] four\n")
            << QStringList {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three"),
                            QStringLiteral("four")}
            << QList<int> {0, 4, 5, 9} << QList<bool> {false, false, true, false}
            << QStringList {QString(), QStringLiteral("Events!"), QStringLiteral("Events!"), QStringLiteral("Setext")};
        QTest::newRow("fenced code and front matter hold no items")
            << QStringLiteral("---\nx: \"- [ ] no\"\n---\n```\n- [ ] no\n```\n~~~~\n- [x] no\n~~~\n~~~~\n- [ ] yes\n")
            << QStringList {QStringLiteral("yes")} << QList<int> {10} << QList<bool> {false} << QStringList {QString()};
        QTest::newRow("not tasks: no space, other letters, no marker")
            << QStringLiteral("- [] a\n- [y] b\n[ ] c\n-[ ] d\n- [ ]e\n") << QStringList {} << QList<int> {}
            << QList<bool> {} << QStringList {};
        QTest::newRow("a list item under a paragraph is no setext heading")
            << QStringLiteral("# Top #\n- [ ] a\n---\n- [ ] b\n")
            << QStringList {QStringLiteral("a"), QStringLiteral("b")} << QList<int> {1, 3} << QList<bool> {false, false}
            << QStringList {QStringLiteral("Top"), QStringLiteral("Top")};
        QTest::newRow("CRLF line breaks")
            << QStringLiteral("- [ ] a\r\n- [x] b\r\n") << QStringList {QStringLiteral("a"), QStringLiteral("b")}
            << QList<int> {0, 1} << QList<bool> {false, true} << QStringList {QString(), QString()};
    }

    void parsesItems()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, texts);
        QFETCH(QList<int>, lines);
        QFETCH(QList<bool>, checked);
        QFETCH(QStringList, sections);
        const auto items = checklistItems(text);
        QStringList gotTexts, gotSections;
        QList<int> gotLines;
        QList<bool> gotChecked;
        for (const auto &item : items) {
            gotTexts.append(item.text);
            gotLines.append(item.line);
            gotChecked.append(item.checked);
            gotSections.append(item.section);
            const QChar mark = text.at(item.markPosition);
            QVERIFY(mark == u' ' || mark == u'x' || mark == u'X');
        }
        QCOMPARE(gotTexts, texts);
        QCOMPARE(gotLines, lines);
        QCOMPARE(gotChecked, checked);
        QCOMPARE(gotSections, sections);
    }

    void theTemplateChecklist()
    {
        ExampleSite site;
        QVERIFY(site.isValid());
        const auto items = checklistItems(weeklyText(site));
        QCOMPARE(items.size(), 8);
        QCOMPARE(items.first().text, QStringLiteral("Library and info updates"));
        QCOMPARE(items.first().line, 7);
        QCOMPARE(items.last().text, QStringLiteral("Link \"View this email in your browser.\""));
        QCOMPARE(checkedCount(items), 0);
        for (const auto &item : items)
            QVERIFY(item.section.isEmpty());
    }

    void togglesOneCharacter()
    {
        const QString text = QStringLiteral("---\ntitle: x\n---\n- [ ] a\n- [X] b\nplain\n");
        const auto tick = checklistToggleEdit(text, 3);
        QVERIFY(tick);
        QCOMPARE(tick->end - tick->start, 1);
        QCOMPARE(applyTextEdit(text, *tick), QStringLiteral("---\ntitle: x\n---\n- [x] a\n- [X] b\nplain\n"));
        QCOMPARE(withChecklistItemToggled(text, 4), QStringLiteral("---\ntitle: x\n---\n- [ ] a\n- [ ] b\nplain\n"));
        // Round trip: toggling twice gives the text back.
        QCOMPARE(withChecklistItemToggled(withChecklistItemToggled(text, 3), 3), text);
        QCOMPARE(applyTextEdit(text, *checklistSetEdit(text, 4, true)), text.sliced(0).replace(u'X', u'x'));
        QVERIFY(!checklistToggleEdit(text, 5));
        QVERIFY(!checklistToggleEdit(text, 1));
        QCOMPARE(withChecklistItemToggled(text, 5), text);
    }

    void recognisesVerifiableItems_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ChecklistCheck>("check");
        QTest::newRow("change date") << QStringLiteral("change date") << ChecklistCheck::IssueDate;
        QTest::newRow("Fix the DATES") << QStringLiteral("Fix the DATES") << ChecklistCheck::IssueDate;
        QTest::newRow("update title") << QStringLiteral("update title") << ChecklistCheck::Title;
        QTest::newRow("Title") << QStringLiteral("New Title") << ChecklistCheck::Title;
        QTest::newRow("All images 550w max only")
            << QStringLiteral("All images 550w max only") << ChecklistCheck::ImageWidths;
        QTest::newRow("image width") << QStringLiteral("Check image width") << ChecklistCheck::ImageWidths;
        QTest::newRow("640 px images") << QStringLiteral("Images at most 640 px") << ChecklistCheck::ImageWidths;
        QTest::newRow("template's image item")
            << QStringLiteral("Update [![](../assets/20231009/)]() for images") << ChecklistCheck::ImagePlaceholders;
        QTest::newRow("placeholder images")
            << QStringLiteral("Replace placeholder images") << ChecklistCheck::ImagePlaceholders;
        QTest::newRow("update is not date") << QStringLiteral("Library and info updates") << ChecklistCheck::None;
        QTest::newRow("ICYDNCI") << QStringLiteral("Update ICYDNCI") << ChecklistCheck::None;
        QTest::newRow("feature") << QStringLiteral("Feature story") << ChecklistCheck::None;
        QTest::newRow("view in browser") << QStringLiteral("Link \"View this email in your browser.\"")
                                         << ChecklistCheck::None;
        QTest::newRow("images without width") << QStringLiteral("Credit all images") << ChecklistCheck::None;
    }

    void recognisesVerifiableItems()
    {
        QFETCH(QString, text);
        QFETCH(ChecklistCheck, check);
        QCOMPARE(checklistCheckFor(text), check);
    }

    // The example draft is the template copied as it is: nothing verifiable is done yet.
    void theUntouchedDraftFailsEveryVerification()
    {
        ExampleDraft draft;
        QVERIFY(draft.isValid());
        const auto &[example, path, site] = draft;
        const QString text = weeklyText(example);
        const auto items = checklistItems(text);
        const auto results = verifyChecklist(items, text, path, &*site);
        QCOMPARE(results.size(), items.size());
        QList<ChecklistCheck> checks;
        for (const auto &r : results) {
            checks.append(r.check);
            QCOMPARE(r.state == State::Manual, r.check == ChecklistCheck::None);
        }
        QCOMPARE(checks,
                 (QList<ChecklistCheck> {ChecklistCheck::None, ChecklistCheck::IssueDate, ChecklistCheck::Title,
                                         ChecklistCheck::None, ChecklistCheck::ImagePlaceholders, ChecklistCheck::None,
                                         ChecklistCheck::ImageWidths, ChecklistCheck::None}));
        QCOMPARE(results.at(1).state, State::Failed);
        QVERIFY2(results.at(1).detail.contains(u"template"), qPrintable(results.at(1).detail));
        QCOMPARE(results.at(2).state, State::Failed);
        QCOMPARE(results.at(4).state, State::Failed);
        QVERIFY2(results.at(4).detail.contains(u"20231009-name.jpg"), qPrintable(results.at(4).detail));
        // Every image the example ships is 550 px wide at most.
        QCOMPARE(results.at(6).state, State::Passed);

        // The template itself can never pass the date and title items.
        const QString templatePath = example.path(QStringLiteral("_drafts/template.md"));
        QCOMPARE(verification(text, templatePath, *site, ChecklistCheck::IssueDate).state, State::Failed);
    }

    // A long post's placeholders: the item's detail (its tooltip) names the first ten and counts the
    // rest, rather than hundreds of lines no tooltip can show.
    void aLongListInADetailIsShortened()
    {
        ExampleDraft draft;
        QVERIFY(draft.isValid());
        const auto &[example, path, site] = draft;
        QString text = weeklyText(example);
        const int before = int(text.count(QStringLiteral("-name.jpg")));
        QVERIFY(before > 0);
        for (int i = 0; i < 40; ++i)
            text += QStringLiteral("\n![figure %1](../assets/20231009/figure-%1-name.jpg)\n").arg(i);
        const auto result = verification(text, path, *site, ChecklistCheck::ImagePlaceholders);
        QCOMPARE(result.state, State::Failed);
        const QStringList lines = result.detail.split(u'\n');
        QCOMPARE(lines.size(), 12); // what it is, ten images, how many more
        QVERIFY2(lines.first().contains(QString::number(before + 40)), qPrintable(lines.first()));
        QVERIFY2(lines.at(1).contains(u"-name.jpg"), qPrintable(lines.at(1)));
        QVERIFY2(lines.last().contains(QString::number(before + 40 - 10)), qPrintable(lines.last()));
        QVERIFY(!result.detail.contains(u"figure-39-name.jpg"));
    }

    // A finished issue: new date everywhere, new title, real images.
    void aFinishedIssuePassesEveryVerification()
    {
        ExampleSite example;
        QVERIFY(example.isValid());
        const QString path = example.path(QStringLiteral("_drafts/2023-10-16-draft.md"));
        QString text = weeklyText(example);
        text.replace(QStringLiteral("2023-10-09 07:00"), QStringLiteral("2023-10-16 07:00"));
        text.replace(QStringLiteral("assets/20231009/"), QStringLiteral("assets/20231016/"));
        text.replace(QStringLiteral("\"Featured story title here!\""), QStringLiteral("\"Python 3.12 is out\""));
        text.replace(QRegularExpression(QStringLiteral(R"(\[!\[title\]\([^)]*-name\.jpg\)\]\(url\))")),
                     QStringLiteral("[![Python](../assets/20231016/blinka.png)](https://python.org)"));
        text.replace(QStringLiteral("NUMBER"), QStringLiteral("37K"));
        QVERIFY(
            copyTree(example.path(QStringLiteral("assets/20231009")), example.path(QStringLiteral("assets/20231016"))));
        QVERIFY(writeAll(path, text.toUtf8()));
        const auto site = Site::find(path);
        QVERIFY(site);
        for (const auto check : {ChecklistCheck::IssueDate, ChecklistCheck::Title, ChecklistCheck::ImageWidths,
                                 ChecklistCheck::ImagePlaceholders}) {
            const auto result = verification(text, path, *site, check);
            QVERIFY2(result.state == State::Passed, qPrintable(result.detail));
        }

        // Each way of getting it wrong fails its item.
        auto fails
            = [&](const QString &changed, const QString &filePath, ChecklistCheck check, const QString &inDetail) {
                  const auto result = verification(changed, filePath, *site, check);
                  return result.state == State::Failed && result.detail.contains(inDetail);
              };
        QVERIFY(fails(text, example.path(QStringLiteral("_drafts/2023-10-17-draft.md")), ChecklistCheck::IssueDate,
                      QStringLiteral("2023-10-17")));
        QVERIFY(fails(QString(text).replace(QStringLiteral("../assets/20231016/blinka.png"),
                                            QStringLiteral("../assets/20231009/blinka.png")),
                      path, ChecklistCheck::IssueDate, QStringLiteral("2023-10-09")));
        QVERIFY(fails(QString(text).replace(QStringLiteral("\"Python 3.12 is out\""), QStringLiteral("\"\"")), path,
                      ChecklistCheck::Title, QStringLiteral("no title")));
        QVERIFY(fails(QString(text).replace(QStringLiteral("](../assets/20231016/blinka.png)"),
                                            QStringLiteral("](../assets/20231016/)")),
                      path, ChecklistCheck::ImagePlaceholders, QStringLiteral("../assets/20231016/")));

        QImage wide(600, 10, QImage::Format_RGB32);
        wide.fill(Qt::white);
        QVERIFY(wide.save(example.path(QStringLiteral("assets/20231016/blinka.png"))));
        QVERIFY(fails(text, path, ChecklistCheck::ImageWidths, QStringLiteral("600 px")));
    }
};

QTEST_GUILESS_MAIN(ChecklistTest)
#include "checklist_test.moc"
