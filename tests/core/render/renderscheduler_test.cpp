// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document.h"
#include "core/render/renderscheduler.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

using namespace Masthead;

namespace
{
// Notes how many renders had started when a posted event reached it.
class Recorder : public QObject
{
public:
    explicit Recorder(const RenderScheduler &scheduler)
        : m_scheduler(scheduler)
    {
    }
    int rendersSeen = -1;

protected:
    bool event(QEvent *event) override
    {
        if (event->type() != QEvent::User)
            return QObject::event(event);
        rendersSeen = m_scheduler.renderCount();
        return true;
    }

private:
    const RenderScheduler &m_scheduler;
};
} // namespace

class RenderSchedulerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catchesUpWithTheNewestText()
    {
        RenderScheduler scheduler;
        QString text = QStringLiteral("one");
        scheduler.setTextSource([&text] { return text; });
        // Each render waits at the gate until the test lets it through.
        auto gate = std::make_shared<QSemaphore>();
        scheduler.setRenderer([gate](const QString &given) {
            gate->acquire();
            return renderPost(given);
        });
        QSignalSpy rendered(&scheduler, &RenderScheduler::rendered);
        // Keystrokes of one pass: one render.
        for (const char *typed : {"one t", "one tw", "one two"}) {
            text = QString::fromLatin1(typed);
            scheduler.requestRender();
        }
        QTRY_VERIFY(scheduler.isRendering());
        QCOMPARE(scheduler.renderCount(), 1);
        // Changes while it runs: one more render once it is done, of the newest text.
        text = QStringLiteral("three");
        scheduler.requestRender();
        text = QStringLiteral("four");
        scheduler.requestRender();
        QCOMPARE(scheduler.renderCount(), 1);
        gate->release(2);
        QTRY_COMPARE(rendered.size(), 2);
        QTRY_VERIFY(!scheduler.isBusy());
        QCOMPARE(scheduler.renderCount(), 2);
        QVERIFY(rendered.first().at(0).value<RenderedPost>().bodyHtml.contains(u"one two"));
        QVERIFY(rendered.last().at(0).value<RenderedPost>().bodyHtml.contains(u"four"));
    }

    void startsAfterTheRepaintAskedForBefore()
    {
        // Qt posts a window's repaint (QEvent::UpdateRequest) at low priority, during the keystroke,
        // before the text's change asks for a render. The render waits for it: the editor shows the
        // key before the render takes a core.
        RenderScheduler scheduler;
        scheduler.setTextSource([] { return QStringLiteral("text"); });
        Recorder repaint(scheduler);
        QCoreApplication::postEvent(&repaint, new QEvent(QEvent::User), Qt::LowEventPriority);
        scheduler.requestRender();
        QCOMPARE(scheduler.renderCount(), 0); // never started inside the keystroke
        QTRY_VERIFY(!scheduler.isBusy());
        QCOMPARE(repaint.rendersSeen, 0);
        QCOMPARE(scheduler.renderCount(), 1);
    }

    void leavesTheDocumentsTextUnshared()
    {
        // The preview's renderer keeps the text it rendered. Were it the document's own string, the
        // next keystroke would copy all of it on the GUI thread; it keeps a copy of its own.
        RenderScheduler scheduler;
        QString text(100'000, u'x');
        scheduler.setTextSource([&text] { return text; });
        auto kept = std::make_shared<QString>();
        scheduler.setRenderer([kept](QString given) {
            *kept = Document::unshared(std::move(given));
            return RenderedPost {};
        });
        scheduler.requestRender();
        QTRY_VERIFY(!scheduler.isBusy());
        QCOMPARE(*kept, text);
        QVERIFY(kept->constData() != text.constData());
        QVERIFY(text.isDetached());
        QVERIFY(kept->isDetached());
    }

    void goesAwayAfterItsLastRender()
    {
        // Gone while a render runs: waits for it (the renderer may use what the scheduler owns).
        auto gate = std::make_shared<QSemaphore>();
        auto finished = std::make_shared<std::atomic_bool>(false);
        auto scheduler = std::make_unique<RenderScheduler>();
        scheduler->setTextSource([] { return QStringLiteral("text"); });
        scheduler->setRenderer([gate, finished](const QString &) {
            gate->acquire();
            *finished = true;
            return RenderedPost {};
        });
        scheduler->requestRender();
        QTRY_VERIFY(scheduler->isRendering());
        std::thread opener([gate] {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            gate->release();
        });
        scheduler.reset();
        opener.join();
        QVERIFY(*finished);
        // Gone after its renders are over, their results taken: nothing to wait for.
        scheduler = std::make_unique<RenderScheduler>();
        scheduler->setTextSource([] { return QStringLiteral("text"); });
        QSignalSpy rendered(scheduler.get(), &RenderScheduler::rendered);
        scheduler->requestRender();
        QTRY_COMPARE(rendered.size(), 1);
        QTRY_VERIFY(!scheduler->isBusy());
        scheduler.reset();
    }

    void unsharedKeepsNullAndEmptyApart()
    {
        QVERIFY(Document::unshared(QString()).isNull());
        QVERIFY(!Document::unshared(QStringLiteral("")).isNull());
        const QString shared = QStringLiteral("shared");
        const QString copy = Document::unshared(shared);
        QCOMPARE(copy, shared);
        QVERIFY(copy.constData() != shared.constData());
    }
};

QTEST_GUILESS_MAIN(RenderSchedulerTest)
#include "renderscheduler_test.moc"
