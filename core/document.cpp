// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document.h"

#include "core/fileio.h"

#include "core/liquid/liquid.h"
#include "core/logging.h"
#include "core/site/site.h"
#include "core/textedit.h"

#include <QAbstractTextDocumentLayout>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QtConcurrentRun>

#include <cerrno>

namespace Masthead
{
namespace
{
QByteArray digest(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// A file too large to open: said before a byte of it is read.
std::expected<void, QString> checkSize(const QString &filePath)
{
    const QFileInfo info(filePath);
    if (!info.isFile() || info.size() <= Document::maxFileBytes)
        return {};
    const QLocale locale;
    return std::unexpected(
        Document::tr("“%1” is %2; Masthead opens posts up to %3. Open it in a plain text editor instead.")
            .arg(info.fileName(), locale.formattedDataSize(info.size(), 1, QLocale::DataSizeTraditionalFormat),
                 locale.formattedDataSize(Document::maxFileBytes, 0, QLocale::DataSizeTraditionalFormat)));
}

// A file as read and decoded on a worker thread.
struct ReadFile {
    std::expected<DecodedText, QString> decoded;
    QString legacyEncoding; // read-only: the encoding it was read as
    QByteArray digest;
    qint64 bytes = 0;
};

ReadFile readFile(const QString &filePath, bool readOnly)
{
    const QString name = QFileInfo(filePath).fileName();
    ReadFile result;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.decoded = std::unexpected(Document::tr("Could not open “%1”: %2").arg(name, file.errorString()));
        return result;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        result.decoded = std::unexpected(Document::tr("Could not read “%1”: %2").arg(name, file.errorString()));
        return result;
    }
    result.bytes = bytes.size();
    result.digest = digest(bytes);
    if (readOnly) {
        if (auto legacy = decodeLegacyText(bytes, name)) {
            result.decoded = std::move(legacy->decoded);
            result.legacyEncoding = std::move(legacy->encoding);
        } else {
            result.decoded = std::unexpected(legacy.error());
        }
        return result;
    }
    result.decoded = decodeText(bytes, name);
    return result;
}

// Characters put into the document per call: small enough that a slice of the event loop's time
// (sliceMs) is never overrun by much, large enough that the calls cost little.
constexpr qsizetype loadChunkChars = 32 * 1024;
// The first slice: the first screenful or so, so that it shows (and is highlighted) at once.
constexpr qsizetype firstSliceChars = 16 * 1024;
// Milliseconds of each event loop pass spent putting text in; the rest paints and answers input.
constexpr qint64 sliceMs = 40;
} // namespace

// A load begun with beginLoad(): the file being read, then its text going in.
struct Document::Loading {
    Q_DISABLE_COPY_MOVE(Loading)
    Loading() = default;
    // Deleted later: a load ends in the watcher's own signal when the file cannot be read.
    ~Loading()
    {
        reading->disconnect();
        reading->deleteLater();
    }

    QString filePath;
    bool readOnly = false; // by beginLoadReadOnly()
    QFutureWatcher<ReadFile> *reading = new QFutureWatcher<ReadFile>;
    ReadFile file;
    qsizetype inserted = 0; // characters of file.decoded->text in the document
    qsizetype firstSliceEnd = -1; // -1 until the first slice is in
    std::optional<Before> before; // the document's text before its first change by the load
};

namespace
{
// QTextDocument says what changed (contentsChange) only while it has a layout. An editor brings its
// own; until then, and for a document no editor shows (the command line, the preview on its own,
// tests), this one lets every change be reported. It computes nothing.
class UnshownLayout final : public QAbstractTextDocumentLayout
{
public:
    explicit UnshownLayout(QTextDocument *document)
        : QAbstractTextDocumentLayout(document)
    {
    }
    void draw(QPainter *, const PaintContext &) override { }
    int hitTest(const QPointF &, Qt::HitTestAccuracy) const override { return -1; }
    int pageCount() const override { return 1; }
    QSizeF documentSize() const override { return {}; }
    QRectF frameBoundingRect(QTextFrame *) const override { return {}; }
    QRectF blockBoundingRect(const QTextBlock &) const override { return {}; }

protected:
    void documentChanged(int, int, int) override { }
};
} // namespace

Document::Document(QObject *parent)
    : QTextDocument(parent)
{
    setDocumentLayout(new UnshownLayout(this));
    m_reader.setMaxThreadCount(1);
    m_reader.setObjectName(QStringLiteral("document reader"));
    // Editors save by writing a new file and renaming it over the old one; the watcher then loses the
    // file, so findSite() watches it again.
    connect(&m_siteWatcher, &QFileSystemWatcher::fileChanged, this, &Document::findSite);
    connect(&m_siteWatcher, &QFileSystemWatcher::directoryChanged, this, &Document::findSite);
    connect(this, &QTextDocument::contentsChange, this, &Document::onContentsChange);
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleDelayMs);
    connect(&m_settle, &QTimer::timeout, this, &Document::textSettled);
    m_loadStep.setSingleShot(true);
    m_loadStep.setInterval(0);
    connect(&m_loadStep, &QTimer::timeout, this, &Document::insertLoadSlice);
    m_diskCheck.setSingleShot(true);
    m_diskCheck.setInterval(150);
    connect(&m_diskCheck, &QTimer::timeout, this, &Document::checkDisk);
    connect(&m_fileWatcher, &QFileSystemWatcher::fileChanged, this, [this] { m_diskCheck.start(); });
    connect(&m_fileWatcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_diskCheck.start(); });
}

Document::~Document()
{
    abandonLoad();
}

void Document::watchFile()
{
    const QString folder = m_filePath.isEmpty() ? QString() : QFileInfo(m_filePath).absolutePath();
    for (const QString &path : m_fileWatcher.files() + m_fileWatcher.directories()) {
        if (path != m_filePath && path != folder)
            m_fileWatcher.removePath(path);
    }
    if (m_filePath.isEmpty())
        return;
    // A file replaced by rename (how editors, git and QSaveFile write) is no longer watched: add it
    // again whenever it exists and is not.
    if (!m_fileWatcher.files().contains(m_filePath) && QFileInfo::exists(m_filePath))
        m_fileWatcher.addPath(m_filePath);
    if (!m_fileWatcher.directories().contains(folder) && QFileInfo(folder).isDir())
        m_fileWatcher.addPath(folder);
}

QString Document::redatedPath() const
{
    // Jekyll's dated names: YYYY-MM-DD-slug.ext. A re-date keeps the folder and the slug.
    static const QRegularExpression dated(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}-(.+)$"));
    const QFileInfo info(m_filePath);
    const auto match = dated.match(info.fileName());
    if (!match.hasMatch())
        return {};
    const QStringList candidates
        = QDir(info.absolutePath())
              .entryList({QStringLiteral("[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]-") + match.captured(1)},
                         QDir::Files, QDir::Name);
    QStringList others;
    for (const QString &name : candidates) {
        if (name != info.fileName() && dated.match(name).hasMatch())
            others.append(name);
    }
    return others.size() == 1 ? info.absolutePath() + u'/' + others.constFirst() : QString();
}

void Document::replaceText(const QString &newText)
{
    const QString current = text();
    if (current != newText)
        applyTextEdit(this, minimalTextEdit(current, newText));
}

void Document::checkDisk()
{
    if (isLoading())
        return; // the file being loaded is looked at when it is in
    watchFile();
    if (m_filePath.isEmpty() || m_diskDigest.isEmpty() || isReadOnly())
        return;
    QFile file(m_filePath);
    if (!file.exists()) {
        if (!m_removedReported) {
            m_removedReported = true;
            // The text is no longer saved anywhere: it is unsaved (and journaled) from now on.
            setModified(true);
            qCDebug(lcCore) << m_filePath << "is gone from disk";
            DiskChange change;
            change.kind = DiskChange::Kind::Removed;
            change.followPath = redatedPath();
            Q_EMIT diskChanged(change);
        }
        return;
    }
    m_removedReported = false;
    if (!file.open(QIODevice::ReadOnly))
        return; // being replaced, or unreadable for now; the next change looks again
    const QByteArray bytes = file.readAll();
    const QByteArray newDigest = digest(bytes);
    if (newDigest == m_diskDigest || newDigest == m_reportedDigest)
        return; // our own save, or a change already reported
    auto decoded = decodeText(bytes, QFileInfo(m_filePath).fileName());
    if (!decoded) {
        m_reportedDigest = newDigest;
        DiskChange change;
        change.kind = DiskChange::Kind::Unreadable;
        change.message = decoded.error();
        Q_EMIT diskChanged(change);
        return;
    }
    qCDebug(lcCore) << m_filePath << "changed on disk; modified here:" << isModified();
    if (!isModified()) {
        replaceText(decoded->text);
        m_savedText = decoded->text;
        m_format = decoded->format;
        m_diskDigest = newDigest;
        m_reportedDigest.clear();
        setModified(false);
        Q_EMIT diskChanged({DiskChange::Kind::Reloaded, {}, {}, {}});
        return;
    }
    const auto merge = mergeText(m_savedText, text(), decoded->text);
    if (merge && merge->isClean()) {
        replaceText(merge->text());
        m_savedText = decoded->text;
        m_format = decoded->format;
        m_diskDigest = newDigest;
        m_reportedDigest.clear();
        setModified(text() != m_savedText);
        Q_EMIT diskChanged({DiskChange::Kind::Merged, {}, {}, {}});
        return;
    }
    m_reportedDigest = newDigest;
    m_pendingDisk = *decoded;
    m_pendingDigest = newDigest;
    DiskChange change;
    change.kind = DiskChange::Kind::Conflict;
    if (merge)
        change.merge = *merge;
    else
        change.merge.chunks = {{true, {}, text(), decoded->text}}; // no merge at all: the whole texts
    Q_EMIT diskChanged(change);
}

void Document::resolveDiskChange(const QString &resolvedText)
{
    if (m_pendingDigest.isEmpty())
        return;
    replaceText(resolvedText);
    m_savedText = m_pendingDisk.text;
    m_format = m_pendingDisk.format;
    m_diskDigest = m_pendingDigest;
    m_reportedDigest.clear();
    m_pendingDigest.clear();
    m_pendingDisk = {};
    setModified(text() != m_savedText);
}

void Document::followTo(const QString &path)
{
    m_removedReported = false;
    setFilePath(QFileInfo(path).absoluteFilePath());
    checkDisk();
}

bool Document::matchesText(int position, int length) const
{
    // Compared block by block: the highlighter's changes span one block or a few.
    const qsizetype end = qMin<qsizetype>(qsizetype(position) + length, m_text.size());
    qsizetype at = position;
    for (QTextBlock block = findBlock(position); block.isValid() && at < end; block = block.next()) {
        const QString line = block.text();
        const qsizetype from = at - block.position();
        const qsizetype take = qMin(line.size() - from, end - at);
        if (take > 0 && QStringView(line).sliced(from, take) != QStringView(m_text).sliced(at, take))
            return false;
        at += qMax<qsizetype>(take, 0);
        if (at < end) {
            if (m_text.at(at) != u'\n')
                return false;
            ++at;
        }
    }
    return at >= end;
}

void Document::followText(int position, int removed, int added)
{
    // The keystroke's own characters go into the copy of the text, so that text() never reads the
    // whole document again while typing: the preview asks for it after every keystroke. (When a
    // render still holds the copy, replacing detaches it: one memcpy, no walk over the blocks.)
    // Whatever does not add up (QTextDocument's counts are off by the final paragraph separator
    // when the whole text is replaced) makes text() read the document again.
    if (!m_textValid)
        return;
    const qsizetype size = m_text.size() - removed + added;
    if (position < 0 || removed < 0 || added < 0 || qsizetype(position) + removed > m_text.size()
        || size != characterCount() - 1) {
        m_textValid = false;
        m_text = QString();
        return;
    }
    QString inserted;
    inserted.reserve(added);
    const qsizetype end = qsizetype(position) + added;
    for (QTextBlock block = findBlock(position); block.isValid() && inserted.size() < added; block = block.next()) {
        const qsizetype at = qsizetype(position) + inserted.size();
        const QString line = block.text();
        const qsizetype from = at - block.position();
        if (from < 0 || from > line.size())
            break;
        inserted += QStringView(line).sliced(from, qMin(line.size() - from, end - at));
        if (inserted.size() < added && block.next().isValid())
            inserted += u'\n';
    }
    if (inserted.size() != added) {
        m_textValid = false;
        m_text = QString();
        return;
    }
    if (!m_text.isDetached())
        ++m_sharedTextCopies;
    m_text.replace(position, removed, inserted);
}

void Document::onContentsChange(int position, int removed, int added)
{
    // The highlighter reports new formats as a change of equal length (and so does typing over a
    // selection of the same length): a change only when the characters differ.
    // (Without the text at hand, nobody asked for it since the last change: counted as a change.)
    // While a file loads in steps, its partial text is nobody's business: finishLoad() reports it.
    if (isLoading())
        return;
    if (removed == added && m_textValid && matchesText(position, added))
        return;
    followText(position, removed, added);
    m_settle.start();
    Q_EMIT textChanged(position, removed, added);
}

void Document::setFilePath(const QString &filePath)
{
    if (m_filePath == filePath)
        return;
    m_filePath = filePath;
    findSite();
    Q_EMIT filePathChanged(m_filePath);
}

void Document::setIntendedPath(const QString &path)
{
    m_intendedPath = path;
    if (m_filePath.isEmpty())
        findSite();
}

void Document::findSite()
{
    const QString path = m_filePath.isEmpty() ? m_intendedPath : m_filePath;
    const std::optional<Site> found = path.isEmpty() ? std::nullopt : Site::find(path);
    if (const QStringList watched = m_siteWatcher.files() + m_siteWatcher.directories(); !watched.isEmpty())
        m_siteWatcher.removePaths(watched);
    if (found) {
        // The root too: a _masthead.yml that is created, or replaced by rename, shows up there.
        const QString root = found->rootPath();
        m_siteWatcher.addPath(root);
        for (const QString &name : {QStringLiteral("_config.yml"), QStringLiteral("_masthead.yml")}) {
            if (QFileInfo::exists(root + u'/' + name))
                m_siteWatcher.addPath(root + u'/' + name);
        }
    }
    // A change to the root folder that leaves both files as they were (a draft saved beside them) is
    // no change of the site.
    const bool same = found && m_site && found->rootPath() == m_site->rootPath()
        && found->configYaml() == m_site->configYaml() && found->settings() == m_site->settings()
        && found->problems() == m_site->problems();
    if (same || (!found && !m_site))
        return;
    m_site = found ? std::make_shared<const Site>(*found) : nullptr;
    m_liquidContext.reset();
    qCDebug(lcCore) << "site of" << path << "is" << (m_site ? m_site->rootPath() : QStringLiteral("none"));
    Q_EMIT siteChanged();
}

std::shared_ptr<const LiquidContext> Document::liquidContext() const
{
    if (!m_liquidContext) {
        m_liquidContext = std::make_shared<const LiquidContext>(m_site ? liquidSiteContext(*m_site) : LiquidContext());
    }
    return m_liquidContext;
}

std::expected<void, QString> Document::load(const QString &filePath)
{
    return loadAtOnce(filePath, false);
}

std::expected<void, QString> Document::loadReadOnly(const QString &filePath)
{
    return loadAtOnce(QFileInfo(filePath).absoluteFilePath(), true);
}

std::expected<void, QString> Document::loadAtOnce(const QString &filePath, bool readOnly)
{
    if (auto size = checkSize(filePath); !size)
        return size;
    const ReadFile file = readFile(filePath, readOnly);
    if (!file.decoded)
        return std::unexpected(file.decoded.error());

    abandonLoad(); // a long file still coming in gives way
    setPlainText(file.decoded->text);
    m_textValid = false;
    m_text = QString();
    setModified(false);
    clearUndoRedoStacks();
    takeFile(filePath, *file.decoded, file.legacyEncoding, file.digest);
    if (isReadOnly())
        qCDebug(lcCore) << "loaded read-only" << filePath << "as" << m_readOnlyEncoding;
    else
        qCDebug(lcCore) << "loaded" << filePath << file.bytes << "bytes";
    Q_EMIT loaded();
    return {};
}

void Document::takeFile(const QString &filePath, const DecodedText &decoded, const QString &legacyEncoding,
                        const QByteArray &diskDigest)
{
    m_format = decoded.format;
    m_readOnlyEncoding = legacyEncoding;
    m_diskDigest = diskDigest;
    m_savedText = decoded.text;
    m_reportedDigest.clear();
    m_pendingDigest.clear();
    m_removedReported = false;
    setFilePath(filePath);
    watchFile();
}

std::expected<void, QString> Document::beginLoad(const QString &filePath)
{
    return beginLoad(filePath, false);
}

std::expected<void, QString> Document::beginLoadReadOnly(const QString &filePath)
{
    return beginLoad(QFileInfo(filePath).absoluteFilePath(), true);
}

std::expected<void, QString> Document::beginLoad(const QString &filePath, bool readOnly)
{
    if (auto size = checkSize(filePath); !size)
        return size;
    const QFileInfo info(filePath);
    if (!info.isFile() || info.size() < stepwiseLoadBytes)
        return readOnly ? loadReadOnly(filePath) : load(filePath);
    QFile probe(filePath);
    if (!probe.open(QIODevice::ReadOnly))
        return std::unexpected(tr("Could not open “%1”: %2").arg(info.fileName(), probe.errorString()));
    probe.close();

    // A load already running gives way; what was here before it is what a cancel brings back.
    std::optional<Before> before;
    if (m_loading) {
        before = std::move(m_loading->before);
        m_loading->before.reset();
        abandonLoad();
    }
    m_loading = std::make_unique<Loading>();
    m_loading->filePath = filePath;
    m_loading->readOnly = readOnly;
    m_loading->before = std::move(before);
    connect(m_loading->reading, &QFutureWatcher<ReadFile>::finished, this, &Document::onFileDecoded);
    m_loading->reading->setFuture(QtConcurrent::run(&m_reader, readFile, filePath, readOnly));
    qCDebug(lcCore) << "loading" << filePath << info.size() << "bytes in steps";
    Q_EMIT loadStarted(filePath, info.size());
    Q_EMIT loadProgress(0, 0);
    return {};
}

QString Document::loadingPath() const
{
    return m_loading ? m_loading->filePath : QString();
}

void Document::onFileDecoded()
{
    m_loading->file = m_loading->reading->result();
    if (!m_loading->file.decoded) {
        const QString path = m_loading->filePath;
        const QString message = m_loading->file.decoded.error();
        restoreBefore();
        Q_EMIT loadFailed(path, message);
        return;
    }
    if (!m_loading->before)
        m_loading->before = Before {text(), isModified()};
    // The text that was here (or an abandoned load's part of a text) goes; the file's comes in
    // without undo steps (and without the cost of recording them), like setPlainText().
    setUndoRedoEnabled(false);
    setPlainText(QString());
    m_textValid = false;
    m_text = QString();
    insertLoadSlice();
}

void Document::insertLoadSlice()
{
    Loading &loading = *m_loading;
    const QString &fileText = loading.file.decoded->text;
    QElapsedTimer slice;
    slice.start();
    {
        // The first screenful is reported as it comes in (the highlighter colours it at once); the
        // rest reaches the layout (which QTextDocument tells directly) and nobody else until the
        // end: reported slice by slice, QSyntaxHighlighter alone would make the load three times
        // as long, going over every new line, and reported at the end as one change, it would stop
        // the window for seconds. Receivers that need the whole text wait for loaded().
        const QSignalBlocker quiet(loading.firstSliceEnd >= 0 ? this : nullptr);
        QTextCursor end(this);
        end.movePosition(QTextCursor::End);
        const qsizetype budget = loading.firstSliceEnd < 0 ? firstSliceChars : fileText.size();
        const qsizetype stop = qMin(fileText.size(), loading.inserted + budget);
        while (loading.inserted < stop && (loading.firstSliceEnd < 0 || slice.elapsed() < sliceMs)) {
            qsizetype next = qMin(stop, loading.inserted + loadChunkChars);
            // Never between the two halves of a surrogate pair.
            if (next < fileText.size() && fileText.at(next - 1).isHighSurrogate())
                ++next;
            end.insertText(fileText.sliced(loading.inserted, next - loading.inserted));
            loading.inserted = next;
        }
        if (loading.firstSliceEnd < 0)
            loading.firstSliceEnd = loading.inserted;
    }
    m_textValid = false;
    m_text = QString();
    Q_EMIT loadProgress(loading.inserted, fileText.size());
    if (loading.inserted < fileText.size())
        m_loadStep.start();
    else
        finishLoad();
}

void Document::finishLoad()
{
    const qsizetype length = m_loading->file.decoded->text.size();
    const qsizetype before = m_loading->before ? m_loading->before->text.size() : 0;
    // What the blocked signals did not say and costs nothing to hear (m_loading still set: the
    // journal and onContentsChange() let it pass); contentsChange() is not repeated, see above.
    Q_EMIT contentsChanged();
    Q_EMIT blockCountChanged(blockCount());
    const std::unique_ptr<Loading> done = std::move(m_loading);
    setUndoRedoEnabled(true);
    clearUndoRedoStacks();
    setModified(false);
    m_text = done->file.decoded->text;
    m_textValid = true;
    m_settle.start();
    Q_EMIT textChanged(0, int(before), int(length));

    takeFile(done->filePath, *done->file.decoded, done->file.legacyEncoding, done->file.digest);
    if (isReadOnly())
        qCDebug(lcCore) << "loaded read-only" << done->filePath << "as" << m_readOnlyEncoding << "in steps";
    else
        qCDebug(lcCore) << "loaded" << done->filePath << done->file.bytes << "bytes in steps";
    Q_EMIT loaded();
}

void Document::restoreBefore()
{
    // Called while m_loading is set, so that the restored text is not reported as a change: it is
    // the text textChanged()'s receivers last saw.
    if (m_loading->before) {
        // (At once: the text from before is seldom long. When it is, this takes a while.)
        const Before before = std::move(*m_loading->before);
        m_loadStep.stop();
        setPlainText(before.text);
        setUndoRedoEnabled(true);
        clearUndoRedoStacks();
        setModified(before.modified);
        m_text = before.text;
        m_textValid = true;
    }
    m_loadStep.stop();
    m_loading.reset();
}

void Document::cancelLoad()
{
    if (!m_loading)
        return;
    qCDebug(lcCore) << "cancelled loading" << m_loading->filePath;
    restoreBefore();
    Q_EMIT loadCancelled();
}

void Document::abandonLoad()
{
    if (!m_loading)
        return;
    m_loading.reset();
    m_loadStep.stop();
    setUndoRedoEnabled(true);
}

void Document::loadUntitled(const QString &intendedPath)
{
    abandonLoad();
    setPlainText(QString());
    setModified(false);
    clearUndoRedoStacks();
    m_readOnlyEncoding.clear();
    m_format = {};
    m_diskDigest.clear();
    m_savedText.clear();
    m_reportedDigest.clear();
    m_pendingDigest.clear();
    m_intendedPath = intendedPath;
    if (m_filePath.isEmpty())
        findSite();
    else
        setFilePath(QString());
    Q_EMIT loaded();
}

std::expected<void, SaveError> Document::save(SaveMode mode)
{
    if (isLoading()) {
        return std::unexpected(SaveError {SaveError::Kind::WriteFailed,
                                          tr("“%1” is still being opened; nothing was saved.").arg(displayName())});
    }
    if (m_filePath.isEmpty())
        return std::unexpected(SaveError {SaveError::Kind::NoPath, tr("The document has no file name yet.")});
    if (isReadOnly())
        return std::unexpected(readOnlyError());
    if (mode == SaveMode::Safe && !m_diskDigest.isEmpty() && !QFileInfo::exists(m_filePath)) {
        return std::unexpected(SaveError {SaveError::Kind::ChangedOnDisk,
                                          tr("“%1” was moved or deleted on disk since you opened it. Saving now "
                                             "would create it again.")
                                              .arg(displayName())});
    }
    if (mode == SaveMode::Safe && isChangedOnDisk()) {
        return std::unexpected(
            SaveError {SaveError::Kind::ChangedOnDisk,
                       tr("“%1” was changed on disk by another program since you opened it. Saving now would "
                          "overwrite those changes.")
                           .arg(displayName())});
    }
    return write(m_filePath);
}

SaveError Document::readOnlyError() const
{
    return SaveError {SaveError::Kind::ReadOnly,
                      tr("“%1” is open read-only: it is not UTF-8, and saving the text back would change the "
                         "encoding of every character outside ASCII. Use Save As to write a UTF-8 copy to a new "
                         "file; “%1” stays as it is.")
                          .arg(displayName())};
}

std::expected<void, SaveError> Document::saveAs(const QString &filePath)
{
    if (isReadOnly()) {
        const QFileInfo target(filePath);
        const QFileInfo original(m_filePath);
        const bool same = target.absoluteFilePath() == original.absoluteFilePath()
            || (target.exists() && target.canonicalFilePath() == original.canonicalFilePath());
        if (same)
            return std::unexpected(readOnlyError());
    }
    if (isLoading()) {
        return std::unexpected(SaveError {SaveError::Kind::WriteFailed,
                                          tr("“%1” is still being opened; nothing was saved.").arg(displayName())});
    }
    auto result = write(filePath);
    if (result) {
        setFilePath(filePath);
        watchFile();
    }
    return result;
}

std::expected<void, SaveError> Document::write(const QString &filePath)
{
    const QString saving = text();
    const QByteArray bytes = encodeText(saving, m_format);
    QSaveFile file(filePath);
    const QString name = QFileInfo(filePath).fileName();
    if (!file.open(QIODevice::WriteOnly)) {
        return std::unexpected(
            SaveError {SaveError::Kind::WriteFailed,
                       tr("Could not save “%1”: %2. Your text is still here, unsaved.").arg(name, file.errorString())});
    }
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        const int error = errno;
        return std::unexpected(SaveError {SaveError::Kind::WriteFailed,
                                          tr("Could not save “%1”: %2. The file on disk is unchanged and "
                                             "your text is still here, unsaved.")
                                              .arg(name, writeErrorText(file, error))});
    }
    m_diskDigest = digest(bytes);
    m_savedText = saving;
    // The lines as now written are the ones the next save keeps.
    if (m_format.mixedLineEndings) {
        if (auto written = decodeText(bytes, name))
            m_format = written->format;
    }
    m_reportedDigest.clear();
    m_pendingDigest.clear();
    m_removedReported = false;
    // Only saveAs() writes a read-only document, to another file and in UTF-8: that one is editable.
    m_readOnlyEncoding.clear();
    setModified(false);
    Q_EMIT saved();
    return {};
}

QString plainTextOf(const QTextDocument &document)
{
    QString raw = document.toRawText();
    raw.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return raw;
}

QString Document::text() const
{
    if (!m_textValid) {
        m_text = plainTextOf(*this);
        m_textValid = true;
        ++m_wholeTextReads;
    }
    return m_text;
}

QString Document::unshared(QString text)
{
    if (text.isNull())
        return text;
    QString copy(text.constData(), text.size());
    text = QString(); // now: a parameter may live on until the end of the caller's expression
    return copy;
}

QString Document::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool Document::isChangedOnDisk() const
{
    if (m_filePath.isEmpty() || m_diskDigest.isEmpty())
        return false;
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return true; // moved, deleted or unreadable: saving must not silently bring it back
    return digest(file.readAll()) != m_diskDigest;
}

} // namespace Masthead
