// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../preview/webpagetesting.h"
#include "app/changesdialog.h"
#include "app/mainwindow.h"
#include "app/outlinedock.h"
#include "app/sectionmode.h"
#include "app/sectionsdock.h"
#include "core/document.h"
#include "core/preferences.h"
#include "editor/snippetsession.h"
#include "editor/sourceeditor.h"
#include "preview/previewview.h"
#include "support/screenshots.h"
#include "support/sitefixture.h"

#include <QAction>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>

using namespace Masthead;
using namespace MastheadTest;
using namespace Qt::StringLiterals;

namespace
{
// Saves a screenshot of a widget under the build tree, to look at.
int templateRow(const SectionsDock &dock, const QString &heading)
{
    const auto &templates = dock.templates();
    const auto it = std::ranges::find(templates, heading, &SectionTemplate::heading);
    return it == templates.end() ? -1 : int(it - templates.begin());
}
} // namespace

// The docks and section mode in the real main window, with the preview.
class SectionsUiTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void docksAndSectionModeInTheWindow()
    {
        ExampleSite site;
        QVERIFY(site.isValid());
        QTemporaryDir settings;
        Preferences preferences(settings.filePath(u"masthead.ini"_s));
        MainWindow window(&preferences);
        QSignalSpy updated(window.preview(), &PreviewView::updated);
        const QString draft = site.path(u"_drafts/2023-10-09-draft.md"_s);
        QVERIFY(window.openPath(draft).has_value());
        window.resize(1600, 950);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(updated.wait(30'000) || !updated.isEmpty());
        QTRY_VERIFY(window.preview()->patchedGeneration() > 0);

        // Both docks are there from the start, filled from the post and its site.
        OutlineDock *outline = window.outlineDock();
        SectionsDock *sections = window.sectionsDock();
        QVERIFY(outline->isVisible());
        QVERIFY(sections->isVisible());
        QVERIFY(outline->model()->rowCount() > 20);
        const int events = templateRow(*sections, u"Upcoming Events!"_s);
        QVERIFY(events >= 0);
        QVERIFY(templateRow(*sections, u"New Boards Supported by CircuitPython"_s) >= 0);
        sections->list()->setCurrentRow(events);
        window.editor()->setCursorPosition(int(window.document()->text().indexOf(u"## Upcoming Events!"_s)) + 5);
        QCOMPARE(outline->model()->item(outline->currentSection())->text().trimmed(), u"Upcoming Events!"_s);
        saveShot(&window, u"sections-docks.png"_s);

        // Section mode on "Upcoming Events!": only it in the editor; the preview goes to it and marks it.
        const QString original = window.document()->text();
        const auto &outlineSections = outline->sections();
        const int index = int(std::ranges::find(outlineSections, u"Upcoming Events!"_s, &OutlineSection::title)
                              - outlineSections.begin());
        Q_EMIT outline->editSectionRequested(index);
        SectionMode *mode = window.sectionMode();
        QVERIFY(mode->isActive());
        QVERIFY(window.action(u"section_leave"_s)->isEnabled());
        QCOMPARE(window.editor()->document()->firstBlock().text(), u"## Upcoming Events!"_s);
        QWebEnginePage *page = window.preview()->page();
        QTRY_VERIFY(evaluate(page, u"document.querySelectorAll('.mh-section-edited').length"_s).toInt() >= 10);
        QCOMPARE(evaluate(page, u"document.querySelector('.mh-section-edited').id"_s).toString(), u"upcoming-events"_s);
        // The next section is not marked.
        QCOMPARE(evaluate(page, u"document.getElementById('latest-releases').classList.contains('mh-section-edited')"_s)
                     .toBool(),
                 false);
        const QString headingTop = u"document.getElementById('upcoming-events').getBoundingClientRect().top"_s;
        QTRY_VERIFY2(std::abs(evaluate(page, headingTop).toDouble()) < 40,
                     qPrintable(evaluate(page, headingTop).toString()));

        // Adding an event to its section, in section mode: after the last event, fields to fill in.
        QVERIFY(sections->addToSection(events));
        QVERIFY(sections->snippetSession()->isActive());
        QCOMPARE(window.editor()->textCursor().selectedText(), u"Maker Faire Bay Area"_s);
        QTest::keyClicks(window.editor(), u"PyCon US"_s);
        QTest::keyClick(window.editor(), Qt::Key_Tab);
        QCOMPARE(window.editor()->textCursor().selectedText(), u"mfba"_s);
        QTest::keyClicks(window.editor(), u"pycon"_s);
        QTest::keyClick(window.editor(), Qt::Key_Escape);
        QVERIFY(!sections->snippetSession()->isActive());
        QVERIFY(window.document()->text().contains(u"[![PyCon US](../assets/20231009/20231009pycon.jpg)]"_s));
        // The preview shows the new event, still marked.
        QTRY_VERIFY(evaluate(page,
                             u"Array.from(document.querySelectorAll('.mh-section-edited img'))"
                             ".some(function (i) { return i.alt === 'PyCon US'; })"_s)
                        .toBool());
        saveShot(&window, u"section-mode.png"_s);

        // The Changes view lists the changed section only.
        window.action(u"section_changes"_s)->trigger();
        auto *changes = window.findChild<ChangesDialog *>();
        QVERIFY(changes && changes->isVisible());
        QVERIFY(changes->html().contains(u"PyCon US"_s));
        saveShot(changes, u"section-changes.png"_s);
        changes->close();

        // Saving writes the whole file, with only that section changed.
        QVERIFY(window.document()->save());
        const QString saved = readText(draft);
        const qsizetype begin = original.indexOf(u"## Upcoming Events!"_s);
        const qsizetype end = original.indexOf(u"## Latest Releases"_s);
        QCOMPARE(saved.first(begin), original.first(begin));
        QCOMPARE(saved.sliced(saved.indexOf(u"## Latest Releases"_s)), original.sliced(end));

        window.action(u"section_leave"_s)->trigger();
        QVERIFY(!mode->isActive());
        QCOMPARE(window.editor()->document(), window.document());
        QTRY_COMPARE(evaluate(page, u"document.querySelectorAll('.mh-section-edited').length"_s).toInt(), 0);
    }
};

QTEST_MAIN(SectionsUiTest)
#include "sectionsui_test.moc"
