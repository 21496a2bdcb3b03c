// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QRect>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace Masthead::Bench
{
using Clock = std::chrono::steady_clock;

// The X screen as a user sees it, for black-box measurements: keystrokes sent through XTest,
// rendering watched through the DAMAGE extension on the root window (which, without a compositing
// manager, reports what is drawn into every window on it), pixels read back with XShmGetImage.
// The X headers stay in xscreen.cpp: their macros (None, Bool, KeyPress...) clash with Qt.
class XScreen
{
public:
    // Connects to $DISPLAY; nullptr with the reason in error when the server lacks DAMAGE or XTEST.
    static std::unique_ptr<XScreen> open(QString *error);
    ~XScreen();
    XScreen(const XScreen &) = delete;
    XScreen &operator=(const XScreen &) = delete;

    QSize size() const;
    // The pixels of a rectangle of the screen (format RGB32).
    QImage grab(const QRect &rect);

    // The top-level window whose _NET_WM_PID is pid (0 when there is none yet), its rectangle on
    // the screen, and a request to move and resize it (there is no window manager under Xvfb, so
    // the request is the window's new geometry).
    unsigned long windowOfProcess(qint64 pid);
    QRect windowRect(unsigned long window);
    void moveResize(unsigned long window, const QRect &rect);
    // Gives the window the keyboard focus (a window manager would on a click).
    void focus(unsigned long window);

    // A key press and release; key is an X keysym name ("a", "Return", "Escape", "Right"),
    // modifiers are keysym names held meanwhile ("Control_L", "Shift_L").
    void key(const char *key, const QStringList &modifiers = {});
    // Types letters, digits, spaces and simple punctuation, one key at a time.
    void type(const QString &text);
    void flush();

    // Damage rectangles reported until the deadline; returns at the first batch (empty on time-out).
    // arrivedAt is when the batch was read, which is what the measurements use.
    struct Batch {
        std::vector<QRect> rects;
        Clock::time_point arrivedAt;
    };
    Batch waitForDamage(Clock::time_point deadline);
    // Forgets every damage reported so far (after XSync, so nothing in flight is left behind).
    void drain();
    // Waits until nothing in any of the areas has been drawn for quietFor, or until the deadline;
    // true when it went quiet.
    bool waitQuiet(const std::vector<QRect> &areas, std::chrono::milliseconds quietFor, Clock::time_point deadline);

private:
    XScreen() = default;
    struct Private;
    std::unique_ptr<Private> d;
};

// True when two grabs differ by more than the text cursor blinking: the differing pixels' bounding
// box is wider than a cursor (3 px). A glyph typed or deleted always makes a wider change.
bool differsBeyondCursor(const QImage &a, const QImage &b);
// The bounding box of the pixels in which two images of the same size differ (null when equal).
QRect differenceBox(const QImage &a, const QImage &b);

// Proportional set size, in kB, of a process and all its descendants (Qt WebEngine's processes),
// from /proc/PID/smaps_rollup; and how many processes that was.
struct TreeMemory {
    qint64 pssKb = 0;
    int processes = 0;
    // As if nothing outside the tree shared its pages (processmemory.h); -1 when unknown.
    qint64 aloneKb = -1;
};
TreeMemory processTreeMemory(qint64 pid);
// The process and all its descendants, by /proc's parent links.
std::vector<qint64> processTree(qint64 pid);

} // namespace Masthead::Bench
