// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document.h"

#include "core/logging.h"

#include <QAbstractTextDocumentLayout>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Masthead
{
namespace
{
QByteArray digest(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}
} // namespace

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
}

std::expected<void, QString> Document::load(const QString &filePath)
{
    const QString name = QFileInfo(filePath).fileName();
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(tr("Could not open “%1”: %2").arg(name, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return std::unexpected(tr("Could not read “%1”: %2").arg(name, file.errorString()));

    auto decoded = decodeText(bytes, name);
    if (!decoded)
        return std::unexpected(decoded.error());

    setPlainText(decoded->text);
    setModified(false);
    clearUndoRedoStacks();
    m_format = decoded->format;
    m_diskDigest = digest(bytes);
    if (m_filePath != filePath) {
        m_filePath = filePath;
        Q_EMIT filePathChanged(m_filePath);
    }
    qCDebug(lcCore) << "loaded" << filePath << bytes.size() << "bytes";
    Q_EMIT loaded();
    return {};
}

std::expected<void, SaveError> Document::save(SaveMode mode)
{
    if (m_filePath.isEmpty())
        return std::unexpected(SaveError {SaveError::Kind::NoPath, tr("The document has no file name yet.")});
    if (mode == SaveMode::Safe && isChangedOnDisk()) {
        return std::unexpected(
            SaveError {SaveError::Kind::ChangedOnDisk,
                       tr("“%1” was changed on disk by another program since you opened it. Saving now would "
                          "overwrite those changes.")
                           .arg(displayName())});
    }
    return write(m_filePath);
}

std::expected<void, SaveError> Document::saveAs(const QString &filePath)
{
    auto result = write(filePath);
    if (result && m_filePath != filePath) {
        m_filePath = filePath;
        Q_EMIT filePathChanged(m_filePath);
    }
    return result;
}

std::expected<void, SaveError> Document::write(const QString &filePath)
{
    const QByteArray bytes = encodeText(text(), m_format);
    QSaveFile file(filePath);
    const QString name = QFileInfo(filePath).fileName();
    if (!file.open(QIODevice::WriteOnly)) {
        return std::unexpected(
            SaveError {SaveError::Kind::WriteFailed,
                       tr("Could not save “%1”: %2. Your text is still here, unsaved.").arg(name, file.errorString())});
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return std::unexpected(SaveError {SaveError::Kind::WriteFailed,
                                          tr("Could not save “%1”: %2. The file on disk is unchanged and "
                                             "your text is still here, unsaved.")
                                              .arg(name, file.errorString())});
    }
    m_diskDigest = digest(bytes);
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
    return plainTextOf(*this);
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
        return file.exists(); // vanished is not "changed"; unreadable is
    return digest(file.readAll()) != m_diskDigest;
}

} // namespace Masthead
