// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for tests that look into the preview's page.

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QWebEnginePage>
#include <QWebEngineScript>

namespace MastheadTest
{

// Runs script in Masthead's isolated world of the page and returns its value.
inline QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10'000))
        qWarning() << "script did not finish:" << script;
    return result;
}

// A property of the page's image with this alt text: "complete", "naturalWidth"…
inline QVariant imageProperty(QWebEnginePage *page, const char *alt, const char *property)
{
    return evaluate(page,
                    QStringLiteral("document.querySelector('img[alt=\"%1\"]').%2")
                        .arg(QLatin1String(alt), QLatin1String(property)));
}

// The 1-based number of the first line of doc that equals text, or -1.
inline int lineOf(const QTextDocument &doc, const QString &text)
{
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.text() == text)
            return b.blockNumber() + 1;
    }
    return -1;
}

} // namespace MastheadTest
