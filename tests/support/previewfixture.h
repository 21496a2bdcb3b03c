// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A document in a real preview, for the tests of the preview and of what the app shows in it.

#include "core/document.h"
#include "preview/previewview.h"

#include <QSignalSpy>
#include <QSize>

namespace MastheadTest
{

// A document and a preview view of the given size, shown on screen, with a spy on the view's
// updated(). Load or type the document's text, then show() it.
struct PreviewFixture {
    explicit PreviewFixture(QSize size = QSize(900, 700))
    {
        view.resize(size);
        view.show();
    }
    Q_DISABLE_COPY_MOVE(PreviewFixture)

    // Puts the document in the view; false when the page did not come, or came with an error.
    bool show()
    {
        view.setMarkdownDocument(&doc);
        return waitForUpdate();
    }

    // The next update of the page (or one that came since the last call): false when none came
    // within 30 seconds, or it failed.
    bool waitForUpdate()
    {
        if (updated.isEmpty() && !updated.wait(30'000))
            return false;
        const bool ok = updated.takeLast().value(0).toBool();
        updated.clear();
        return ok;
    }

    Masthead::Document doc; // before the view, which observes it
    Masthead::PreviewView view;
    QSignalSpy updated {&view, &Masthead::PreviewView::updated};
};

} // namespace MastheadTest
