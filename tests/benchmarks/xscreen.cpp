// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xscreen.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>

#include <algorithm>

#include <poll.h>
#include <sys/ipc.h>
#include <sys/shm.h>

// After Qt: the X headers define macros (None, Bool, Status, KeyPress...) that Qt's headers use as names.
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XShm.h>
#include <X11/extensions/XTest.h>
#include <X11/extensions/Xdamage.h>

namespace Masthead::Bench
{
namespace
{
// XShmAttach fails asynchronously when the server cannot reach the segment (another IPC namespace):
// the error handler notes it and grabs fall back to XGetImage.
bool shmFailed = false;
int onXError(Display *, XErrorEvent *event)
{
    if (event->request_code != 0)
        shmFailed = true;
    return 0;
}

struct ShmImage {
    XImage *image = nullptr;
    XShmSegmentInfo info {};
};
} // namespace

struct XScreen::Private {
    Display *display = nullptr;
    Window root = 0;
    int damageEventBase = 0;
    Damage damage = 0;
    bool useShm = false;
    QMap<std::pair<int, int>, ShmImage> shmImages;

    ShmImage *shmImage(int width, int height)
    {
        const auto key = std::make_pair(width, height);
        if (auto it = shmImages.find(key); it != shmImages.end())
            return &it.value();
        ShmImage shm;
        const int screen = XDefaultScreen(display);
        shm.image = XShmCreateImage(display, XDefaultVisual(display, screen), unsigned(XDefaultDepth(display, screen)),
                                    ZPixmap, nullptr, &shm.info, unsigned(width), unsigned(height));
        if (!shm.image)
            return nullptr;
        shm.info.shmid = shmget(IPC_PRIVATE, size_t(shm.image->bytes_per_line) * size_t(height), IPC_CREAT | 0600);
        if (shm.info.shmid < 0) {
            XDestroyImage(shm.image);
            return nullptr;
        }
        shm.info.shmaddr = static_cast<char *>(shmat(shm.info.shmid, nullptr, 0));
        shm.image->data = shm.info.shmaddr;
        shm.info.readOnly = 0;
        XShmAttach(display, &shm.info);
        XSync(display, 0);
        // Marked for removal now: it goes away with the last detach, even if the benchmark crashes.
        shmctl(shm.info.shmid, IPC_RMID, nullptr);
        if (shmFailed) {
            shmdt(shm.info.shmaddr);
            shm.image->data = nullptr;
            XDestroyImage(shm.image);
            useShm = false;
            return nullptr;
        }
        return &shmImages.insert(key, shm).value();
    }
};

std::unique_ptr<XScreen> XScreen::open(QString *error)
{
    Display *display = XOpenDisplay(nullptr);
    if (!display) {
        *error = QStringLiteral("cannot open the X display (run under xvfb-run)");
        return nullptr;
    }
    int eventBase = 0, errorBase = 0, major = 0, minor = 0;
    if (!XDamageQueryExtension(display, &eventBase, &errorBase)) {
        *error = QStringLiteral("the X server has no DAMAGE extension");
        XCloseDisplay(display);
        return nullptr;
    }
    int damageEventBase = eventBase;
    if (!XTestQueryExtension(display, &eventBase, &errorBase, &major, &minor)) {
        *error = QStringLiteral("the X server has no XTEST extension");
        XCloseDisplay(display);
        return nullptr;
    }
    XSetErrorHandler(onXError);
    std::unique_ptr<XScreen> screen(new XScreen);
    screen->d = std::make_unique<Private>();
    screen->d->display = display;
    screen->d->root = XDefaultRootWindow(display);
    screen->d->damageEventBase = damageEventBase;
    // Raw rectangles on the root window: every drawing operation on the screen, as it happens.
    screen->d->damage = XDamageCreate(display, screen->d->root, XDamageReportRawRectangles);
    screen->d->useShm = XShmQueryExtension(display);
    XSync(display, 0);
    return screen;
}

XScreen::~XScreen()
{
    if (!d)
        return;
    for (ShmImage &shm : d->shmImages) {
        XShmDetach(d->display, &shm.info);
        shmdt(shm.info.shmaddr);
        shm.image->data = nullptr;
        XDestroyImage(shm.image);
    }
    XDamageDestroy(d->display, d->damage);
    XCloseDisplay(d->display);
}

QSize XScreen::size() const
{
    const int screen = XDefaultScreen(d->display);
    return {XDisplayWidth(d->display, screen), XDisplayHeight(d->display, screen)};
}

QImage XScreen::grab(const QRect &rect)
{
    const QRect r = rect.intersected(QRect(QPoint(0, 0), size()));
    if (r.isEmpty())
        return {};
    if (d->useShm) {
        if (ShmImage *shm = d->shmImage(r.width(), r.height())) {
            if (XShmGetImage(d->display, d->root, shm->image, r.x(), r.y(), ~0UL)) {
                return QImage(reinterpret_cast<const uchar *>(shm->image->data), r.width(), r.height(),
                              shm->image->bytes_per_line, QImage::Format_RGB32)
                    .copy();
            }
        }
    }
    XImage *image
        = XGetImage(d->display, d->root, r.x(), r.y(), unsigned(r.width()), unsigned(r.height()), ~0UL, ZPixmap);
    if (!image)
        return {};
    QImage copy = QImage(reinterpret_cast<const uchar *>(image->data), r.width(), r.height(), image->bytes_per_line,
                         QImage::Format_RGB32)
                      .copy();
    XDestroyImage(image);
    return copy;
}

unsigned long XScreen::windowOfProcess(qint64 pid)
{
    const Atom pidAtom = XInternAtom(d->display, "_NET_WM_PID", 1);
    if (pidAtom == 0)
        return 0;
    Window rootReturn = 0, parent = 0;
    Window *children = nullptr;
    unsigned int count = 0;
    if (!XQueryTree(d->display, d->root, &rootReturn, &parent, &children, &count))
        return 0;
    Window best = 0;
    long bestArea = 0;
    for (unsigned int i = 0; i < count; ++i) {
        Atom type = 0;
        int format = 0;
        unsigned long items = 0, after = 0;
        unsigned char *data = nullptr;
        if (XGetWindowProperty(d->display, children[i], pidAtom, 0, 1, 0, AnyPropertyType, &type, &format, &items,
                               &after, &data)
                == Success
            && data && items == 1 && format == 32) {
            const unsigned long windowPid = *reinterpret_cast<unsigned long *>(data);
            XWindowAttributes attributes;
            if (qint64(windowPid) == pid && XGetWindowAttributes(d->display, children[i], &attributes)
                && attributes.map_state == IsViewable && long(attributes.width) * attributes.height > bestArea) {
                best = children[i];
                bestArea = long(attributes.width) * attributes.height;
            }
        }
        if (data)
            XFree(data);
    }
    if (children)
        XFree(children);
    return best;
}

QRect XScreen::windowRect(unsigned long window)
{
    XWindowAttributes attributes;
    if (!XGetWindowAttributes(d->display, window, &attributes))
        return {};
    int x = 0, y = 0;
    Window child = 0;
    XTranslateCoordinates(d->display, window, d->root, 0, 0, &x, &y, &child);
    return {x, y, attributes.width, attributes.height};
}

void XScreen::moveResize(unsigned long window, const QRect &rect)
{
    XMoveResizeWindow(d->display, window, rect.x(), rect.y(), unsigned(rect.width()), unsigned(rect.height()));
    XSync(d->display, 0);
}

void XScreen::focus(unsigned long window)
{
    XSetInputFocus(d->display, window, RevertToParent, CurrentTime);
    XSync(d->display, 0);
}

void XScreen::key(const char *key, const QStringList &modifiers)
{
    std::vector<KeyCode> held;
    for (const QString &modifier : modifiers)
        held.push_back(XKeysymToKeycode(d->display, XStringToKeysym(modifier.toLatin1().constData())));
    const KeyCode code = XKeysymToKeycode(d->display, XStringToKeysym(key));
    for (KeyCode m : held)
        XTestFakeKeyEvent(d->display, m, 1, 0);
    XTestFakeKeyEvent(d->display, code, 1, 0);
    XTestFakeKeyEvent(d->display, code, 0, 0);
    for (auto it = held.rbegin(); it != held.rend(); ++it)
        XTestFakeKeyEvent(d->display, *it, 0, 0);
    XFlush(d->display);
}

void XScreen::type(const QString &text)
{
    static const QHash<QChar, const char *> names = {
        {u' ', "space"}, {u'-', "minus"}, {u'.', "period"}, {u',', "comma"}, {u':', "colon"},
    };
    for (const QChar c : text) {
        if (const auto it = names.find(c); it != names.end()) {
            key(it.value(), c == u':' ? QStringList {QStringLiteral("Shift_L")} : QStringList {});
        } else if (c.isUpper()) {
            key(QString(c.toLower()).toLatin1().constData(), {QStringLiteral("Shift_L")});
        } else {
            key(QString(c).toLatin1().constData());
        }
    }
}

void XScreen::flush()
{
    XFlush(d->display);
}

XScreen::Batch XScreen::waitForDamage(Clock::time_point deadline)
{
    Batch batch;
    for (;;) {
        while (XPending(d->display) > 0) {
            if (batch.rects.empty())
                batch.arrivedAt = Clock::now();
            XEvent event;
            XNextEvent(d->display, &event);
            if (event.type == d->damageEventBase + XDamageNotify) {
                const auto *damage = reinterpret_cast<const XDamageNotifyEvent *>(&event);
                batch.rects.emplace_back(damage->area.x, damage->area.y, damage->area.width, damage->area.height);
            }
        }
        if (!batch.rects.empty())
            return batch;
        const auto now = Clock::now();
        if (now >= deadline)
            return batch;
        pollfd fd {XConnectionNumber(d->display), POLLIN, 0};
        const auto left = std::chrono::duration_cast<std::chrono::microseconds>(deadline - now).count();
        const timespec timeout {time_t(left / 1'000'000), long(left % 1'000'000) * 1000};
        ppoll(&fd, 1, &timeout, nullptr);
    }
}

void XScreen::drain()
{
    XSync(d->display, 0);
    while (XPending(d->display) > 0) {
        XEvent event;
        XNextEvent(d->display, &event);
    }
}

bool XScreen::waitQuiet(const std::vector<QRect> &areas, std::chrono::milliseconds quietFor, Clock::time_point deadline)
{
    auto last = Clock::now();
    for (;;) {
        const Batch batch = waitForDamage(std::min(deadline, last + quietFor));
        const auto now = Clock::now();
        if (batch.rects.empty()) {
            if (now >= last + quietFor)
                return true;
            if (now >= deadline)
                return false;
            continue;
        }
        const bool touches = std::ranges::any_of(batch.rects, [&](const QRect &r) {
            return std::ranges::any_of(areas, [&](const QRect &area) { return area.intersects(r); });
        });
        if (touches)
            last = batch.arrivedAt;
        if (now >= deadline)
            return false;
    }
}

QRect differenceBox(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return QRect(QPoint(0, 0), a.size().expandedTo(b.size()));
    int left = a.width(), right = -1, top = a.height(), bottom = -1;
    for (int y = 0; y < a.height(); ++y) {
        const auto *lineA = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *lineB = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        if (std::equal(lineA, lineA + a.width(), lineB))
            continue;
        top = std::min(top, y);
        bottom = y;
        for (int x = 0; x < a.width(); ++x) {
            if (lineA[x] != lineB[x]) {
                left = std::min(left, x);
                right = std::max(right, x);
            }
        }
    }
    if (right < 0)
        return {};
    return QRect(QPoint(left, top), QPoint(right, bottom));
}

bool differsBeyondCursor(const QImage &a, const QImage &b)
{
    const QRect box = differenceBox(a, b);
    return !box.isNull() && box.width() > 3;
}

std::vector<qint64> processTree(qint64 pid)
{
    QHash<qint64, std::vector<qint64>> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 child = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(child));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid ...": the command may hold spaces and parentheses, so parse after the last ')'.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.sliced(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1)
            children[fields.at(1).toLongLong()].push_back(child);
    }
    std::vector<qint64> tree {pid};
    for (size_t i = 0; i < tree.size(); ++i) {
        for (qint64 child : children.value(tree[i]))
            tree.push_back(child);
    }
    return tree;
}

TreeMemory processTreeMemory(qint64 pid)
{
    TreeMemory memory;
    for (qint64 process : processTree(pid)) {
        QFile rollup(QStringLiteral("/proc/%1/smaps_rollup").arg(process));
        if (!rollup.open(QIODevice::ReadOnly))
            continue;
        ++memory.processes;
        // /proc files have no size: read to the end rather than asking atEnd().
        const QList<QByteArray> lines = rollup.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("Pss:")) {
                memory.pssKb += line.sliced(4).trimmed().split(' ').value(0).toLongLong();
                break;
            }
        }
    }
    return memory;
}

} // namespace Masthead::Bench
