// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document.h"
#include "support/sitefixture.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSyntaxHighlighter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>

#include <csignal>

#include <sys/resource.h>

using namespace Masthead;
using namespace MastheadTest;
using namespace Qt::StringLiterals;

namespace
{
// Limits the size of any file this process writes to limit bytes while it lives, and makes a write
// past it fail with EFBIG instead of killing the process (SIGXFSZ). Root is subject to it too, unlike
// to a read-only folder's permissions, so the failure happens whoever runs the tests.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t limit)
    {
        m_ok = getrlimit(RLIMIT_FSIZE, &m_old) == 0;
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit lowered = m_old;
        lowered.rlim_cur = limit;
        m_ok = m_ok && setrlimit(RLIMIT_FSIZE, &lowered) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    Q_DISABLE_COPY_MOVE(FileSizeLimit)
    bool isActive() const { return m_ok; }

private:
    rlimit m_old {};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};
// Colours every other line, as the editor's highlighter formats lines: QTextDocument reports new
// formats as a change of the characters of equal length.
class StripeHighlighter final : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        QTextCharFormat format;
        format.setForeground(currentBlock().blockNumber() % 2 ? Qt::red : Qt::blue);
        setFormat(0, int(text.size()), format);
    }
};
} // namespace

class DocumentTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // text() is kept up to date change by change (a keystroke must not read the whole document);
    // after every kind of change it is what the document holds.
    void textFollowsEveryChange_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::newRow("typing") << u"type"_s;
        QTest::newRow("new line") << u"newline"_s;
        QTest::newRow("backspace joining lines") << u"join"_s;
        QTest::newRow("deleting across lines") << u"delete-span"_s;
        QTest::newRow("pasting several lines") << u"paste"_s;
        QTest::newRow("typing over a selection of equal length") << u"overtype"_s;
        QTest::newRow("one undo step of several changes") << u"edit-block"_s;
        QTest::newRow("undo and redo") << u"undo-redo"_s;
        QTest::newRow("at the very end") << u"end"_s;
        QTest::newRow("the whole text replaced") << u"replace-all"_s;
        QTest::newRow("no-break space and tab") << u"special"_s;
    }
    void textFollowsEveryChange()
    {
        QFETCH(QString, edit);
        Document document;
        document.setPlainText(u"---\ntitle: T\n---\n# One\n\nSome words here.\n\n- a\n- b\nlast"_s);
        StripeHighlighter highlighter(&document);
        QCoreApplication::processEvents(); // its first pass over the document; from now on, line by line
        QSignalSpy changes(&document, &Document::textChanged);
        const auto check = [&](const char *step) {
            const QString expected = plainTextOf(document);
            if (document.text() != expected)
                qWarning() << step << "text():" << document.text() << "document:" << expected;
            return document.text() == expected;
        };
        QVERIFY(check("before"));
        const int reads = document.wholeTextReads();
        QTextCursor cursor(&document);
        cursor.setPosition(document.findBlockByNumber(5).position() + 4);
        if (edit == u"type") {
            for (const QChar c : u"quick"_s) {
                cursor.insertText(QString(c));
                QVERIFY(check("key"));
            }
        } else if (edit == u"newline") {
            cursor.insertBlock();
            QVERIFY(check("block"));
            cursor.insertText(u"x"_s);
        } else if (edit == u"join") {
            cursor.movePosition(QTextCursor::StartOfBlock);
            cursor.deletePreviousChar();
            QVERIFY(check("join"));
            cursor.deletePreviousChar();
        } else if (edit == u"delete-span") {
            cursor.setPosition(document.findBlockByNumber(8).position() + 1, QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
        } else if (edit == u"paste") {
            cursor.insertText(u"one\ntwo\n\nthree"_s);
        } else if (edit == u"overtype") {
            cursor.setPosition(cursor.position() + 5, QTextCursor::KeepAnchor);
            cursor.insertText(u"WORDS"_s);
        } else if (edit == u"edit-block") {
            cursor.beginEditBlock();
            cursor.insertText(u"**"_s);
            cursor.setPosition(document.findBlockByNumber(1).position());
            cursor.insertText(u"new line\n"_s);
            cursor.setPosition(document.findBlockByNumber(9).position(), QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
            cursor.endEditBlock();
        } else if (edit == u"undo-redo") {
            cursor.insertText(u"abc\ndef"_s);
            QVERIFY(check("insert"));
            document.undo();
            QVERIFY(check("undo"));
            document.redo();
        } else if (edit == u"end") {
            cursor.movePosition(QTextCursor::End);
            cursor.insertText(u"\n"_s);
            QVERIFY(check("newline at end"));
            cursor.deletePreviousChar();
            QVERIFY(check("deleted at end"));
            cursor.movePosition(QTextCursor::Start);
            cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
        } else if (edit == u"replace-all") {
            document.setPlainText(u"entirely\nnew"_s);
        } else if (edit == u"special") {
            cursor.insertText(u"a\u00a0b\tc"_s);
        }
        QVERIFY(check("after"));
        QVERIFY(!changes.isEmpty());
        // Only replacing the whole text (QTextDocument's counts include the final paragraph
        // separator then) makes the document be read again.
        QCOMPARE(document.wholeTextReads(), reads + (edit == u"replace-all" ? 1 : 0));
    }

    // The preview asks for the text after every keystroke: typing into a long post never reads it
    // whole again.
    void typingDoesNotReadTheWholeText()
    {
        Document document;
        QString text;
        for (int i = 0; i < 2000; ++i)
            text += u"Paragraph %1 with a few words in it.\n\n"_s.arg(i);
        document.setPlainText(text);
        StripeHighlighter highlighter(&document);
        QCoreApplication::processEvents();
        const qsizetype middle = text.size() / 2;
        QTextCursor cursor(&document);
        cursor.setPosition(int(middle));
        QCOMPARE(document.text(), text);
        const int reads = document.wholeTextReads();
        for (int i = 0; i < 20; ++i) {
            cursor.insertText(u"x"_s);
            text.insert(middle + i, u'x');
            QCOMPARE(document.text(), text);
        }
        cursor.insertBlock();
        text.insert(middle + 20, u'\n');
        QCOMPARE(document.text(), text);
        QCOMPARE(document.wholeTextReads(), reads);
    }
    void untouchedSaveIsByteIdentical_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("newsletter seed") << seedBytes(weeklyTemplateSeed);
        QTest::newRow("blog article seed") << seedBytes(blogArticleSeed);
        QTest::newRow("CRLF with BOM") << QByteArray("\xEF\xBB\xBF---\r\ntitle: x\r\n---\r\n\r\nBody  \r\n");
        QTest::newRow("no-break space and tabs") << QByteArray("a\xC2\xA0"
                                                               "b\tc\n\n\n");
        QTest::newRow("no final newline") << QByteArray("# Title");
    }

    void untouchedSaveIsByteIdentical()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!bytes.isEmpty());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(writeAll(path, bytes));

        Document doc;
        const auto loaded = doc.load(path);
        QVERIFY2(loaded.has_value(), qPrintable(errorText(loaded)));
        QVERIFY(!doc.isModified());
        QVERIFY(doc.save().has_value());
        QCOMPARE(readAll(path), bytes);

        const QString other = dir.filePath(QStringLiteral("copy.md"));
        QVERIFY(doc.saveAs(other).has_value());
        QCOMPARE(readAll(other), bytes);
        QCOMPARE(doc.filePath(), other);
    }

    // A save rewrites only what the user changed: every other line keeps its ending (LF, CRLF, a lone
    // CR, U+2029), U+2028 inside a line, the BOM and the last line's missing newline stay as they were.
    void editingOneLineKeepsEveryOtherByte_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line"); // the line (block) replaced, or inserted before when insert is set
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<bool>("insert");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("one CRLF line in an LF file")
            << QByteArray("a\nb\r\nc\nd\n") << 3 << QStringLiteral("D") << false << QByteArray("a\nb\r\nc\nD\n");
        QTest::newRow("the CRLF line itself edited")
            << QByteArray("a\nb\r\nc\n") << 1 << QStringLiteral("B") << false << QByteArray("a\nB\r\nc\n");
        QTest::newRow("a lone CR") << QByteArray("a\rb\nc\n") << 2 << QStringLiteral("C") << false
                                   << QByteArray("a\rb\nC\n");
        QTest::newRow("only CR") << QByteArray("a\rb\rc\r") << 1 << QStringLiteral("B") << false
                                 << QByteArray("a\rB\rc\r");
        QTest::newRow("U+2029 paragraph separator") << QByteArray("a\xE2\x80\xA9"
                                                                  "b\nc\n")
                                                    << 2 << QStringLiteral("C") << false
                                                    << QByteArray("a\xE2\x80\xA9"
                                                                  "b\nC\n");
        QTest::newRow("U+2028 line separator inside a line") << QByteArray("a\xE2\x80\xA8"
                                                                           "b\nc\n")
                                                             << 1 << QStringLiteral("C") << false
                                                             << QByteArray("a\xE2\x80\xA8"
                                                                           "b\nC\n");
        QTest::newRow("BOM, CRLF, no final newline") << QByteArray("\xEF\xBB\xBF"
                                                                   "a\r\nb\r\nc")
                                                     << 0 << QStringLiteral("A") << false
                                                     << QByteArray("\xEF\xBB\xBF"
                                                                   "A\r\nb\r\nc");
        QTest::newRow("no final newline, last line edited")
            << QByteArray("a\r\nb\nc") << 2 << QStringLiteral("C") << false << QByteArray("a\r\nb\nC");
        QTest::newRow("a new line in a mixed file gets the usual ending")
            << QByteArray("a\nb\r\nc\nd\n") << 2 << QStringLiteral("new") << true << QByteArray("a\nb\r\nnew\nc\nd\n");
        QByteArray many = "first\r\n";
        for (int i = 0; i < 40; ++i)
            many += "line " + QByteArray::number(i) + (i % 7 == 0 ? "\r\n" : i % 11 == 0 ? "\r" : "\n");
        QByteArray manyEdited = many;
        manyEdited.replace("line 20\n", "line twenty\n");
        QTest::newRow("many endings, one line in the middle")
            << many << 21 << QStringLiteral("line twenty") << false << manyEdited;
    }

    void editingOneLineKeepsEveryOtherByte()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, replacement);
        QFETCH(bool, insert);
        QFETCH(QByteArray, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(writeAll(path, bytes));
        Document doc;
        QVERIFY(doc.load(path).has_value());
        QTextCursor cursor(doc.findBlockByNumber(line));
        if (insert) {
            cursor.insertText(replacement + u'\n');
        } else {
            cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            cursor.insertText(replacement);
        }
        QVERIFY(doc.save().has_value());
        QCOMPARE(readAll(path), expected);
        // And again: the second save starts from what the first one wrote.
        QTextCursor end(&doc);
        end.movePosition(QTextCursor::End);
        end.insertText(QStringLiteral("!"));
        QVERIFY(doc.save().has_value());
        QCOMPARE(readAll(path), expected + "!");
    }

    // The preview renders on contentsChange, which QTextDocument only emits while it has a layout;
    // a document that no editor shows must report its edits too, and only real edits.
    void reportsEditsWithoutAnEditor()
    {
        Document doc;
        doc.setPlainText(QStringLiteral("# Title\n\nSome text.\n"));
        QSignalSpy changes(&doc, &QTextDocument::contentsChange);
        QTextCursor cursor(&doc);
        cursor.setPosition(9);
        cursor.insertText(QStringLiteral("More "));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first(), (QVariantList {9, 0, 5}));
        // An empty edit block changes the revision but not the text.
        cursor.beginEditBlock();
        cursor.endEditBlock();
        QCOMPARE(changes.size(), 1);
    }

    // text() is made once per change and shared; every change of the characters (also one of the
    // same length, also setPlainText) makes it anew; formats alone do not. textChanged() and
    // textSettled() say so.
    void textFollowsEveryChangeOfTheCharacters()
    {
        Document doc;
        doc.setPlainText(QStringLiteral("# Title\n\nSome text.\n"));
        QSignalSpy changed(&doc, &Document::textChanged);
        QSignalSpy settled(&doc, &Document::textSettled);
        const QString first = doc.text();
        QVERIFY(first.isSharedWith(doc.text()));

        // Typing over a selection of the same length.
        QTextCursor cursor(&doc);
        cursor.setPosition(9);
        cursor.setPosition(13, QTextCursor::KeepAnchor);
        cursor.insertText(QStringLiteral("Much"));
        QCOMPARE(doc.text(), QStringLiteral("# Title\n\nMuch text.\n"));
        QCOMPARE(changed.size(), 1);

        // A format of the same span is no change of the text.
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        cursor.setPosition(0);
        cursor.setPosition(7, QTextCursor::KeepAnchor);
        const QString before = doc.text();
        cursor.mergeCharFormat(bold);
        QCOMPARE(changed.size(), 1);
        QVERIFY(before.isSharedWith(doc.text()));

        // Replacing the whole text by another of the same length.
        doc.setPlainText(QStringLiteral("# Other\n\nMuch text.\n"));
        QCOMPARE(doc.text(), QStringLiteral("# Other\n\nMuch text.\n"));
        QVERIFY(changed.size() > 1);

        // One pause after all that.
        QVERIFY(settled.wait(Document::settleDelayMs * 20));
        QCOMPARE(settled.size(), 1);
    }

    void editingMarksModifiedAndSavesTheEdit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(writeAll(path, "line one\r\nline two\r\n"));
        Document doc;
        QVERIFY(doc.load(path).has_value());
        QSignalSpy modified(&doc, &QTextDocument::modificationChanged);

        QTextCursor cursor(&doc);
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("line three\n"));
        QVERIFY(doc.isModified());
        QCOMPARE(modified.count(), 1);

        QSignalSpy saved(&doc, &Document::saved);
        QVERIFY(doc.save().has_value());
        QCOMPARE(saved.count(), 1);
        QVERIFY(!doc.isModified());
        QCOMPARE(readAll(path), QByteArray("line one\r\nline two\r\nline three\r\n"));
    }

    void refusesToOverwriteChangesMadeOnDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("draft.md"));
        QVERIFY(writeAll(path, "mine\n"));
        Document doc;
        QVERIFY(doc.load(path).has_value());
        QTextCursor(&doc).insertText(QStringLiteral("edited "));

        QVERIFY(writeAll(path, "theirs, from git pull\n"));
        QVERIFY(doc.isChangedOnDisk());
        const auto result = doc.save();
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().kind, SaveError::Kind::ChangedOnDisk);
        QVERIFY(result.error().message.contains(QStringLiteral("draft.md")));
        QCOMPARE(readAll(path), QByteArray("theirs, from git pull\n"));
        QVERIFY(doc.isModified());

        QVERIFY(doc.save(SaveMode::OverwriteChangesOnDisk).has_value());
        QCOMPARE(readAll(path), QByteArray("edited mine\n"));
        QVERIFY(!doc.isChangedOnDisk());
    }

    void aFailedLoadChangesNothing()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.md"));
        const QString latin1 = dir.filePath(QStringLiteral("latin1.md"));
        QVERIFY(writeAll(good, "kept\n"));
        QVERIFY(writeAll(latin1, "caf\xE9\n"));
        Document doc;
        QVERIFY(doc.load(good).has_value());

        const auto result = doc.load(latin1);
        QVERIFY(!result.has_value());
        QVERIFY2(result.error().contains(QStringLiteral("not UTF-8")), qPrintable(result.error()));
        QCOMPARE(doc.text(), QStringLiteral("kept\n"));
        QCOMPARE(doc.filePath(), good);
        QCOMPARE(readAll(latin1), QByteArray("caf\xE9\n"));

        const auto missing = doc.load(dir.filePath(QStringLiteral("missing.md")));
        QVERIFY(!missing.has_value());
        QVERIFY2(missing.error().contains(QStringLiteral("missing.md")), qPrintable(missing.error()));
    }

    void aFailedSaveKeepsTheTextAndTheFile_data()
    {
        QTest::addColumn<int>("room");
        // The file cannot grow at all, or the disk fills up halfway through the 8 new bytes.
        QTest::newRow("no room at all") << 0;
        QTest::newRow("full halfway") << 4;
    }

    void aFailedSaveKeepsTheTextAndTheFile()
    {
        QFETCH(int, room);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(writeAll(path, "old\n"));
        Document doc;
        QVERIFY(doc.load(path).has_value());
        QTextCursor(&doc).insertText(QStringLiteral("new "));
        std::expected<void, SaveError> result;
        {
            FileSizeLimit full {rlim_t(room)};
            QVERIFY(full.isActive());
            result = doc.save();
        }
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().kind, SaveError::Kind::WriteFailed);
        const QString message = result.error().message;
        QVERIFY2(message.contains(QStringLiteral("“post.md”")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("unchanged")), qPrintable(message));
        // Not QSaveFile's "Unknown error": what it means.
        QVERIFY2(message.contains(QStringLiteral("disk full or file too large")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("Unknown error")), qPrintable(message));
        QCOMPARE(readAll(path), QByteArray("old\n"));
        QCOMPARE(doc.text(), QStringLiteral("new old\n"));
        QVERIFY(doc.isModified());
        // Nothing is left behind either: the half-written temporary file is gone.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("post.md")});
    }

    void untitledDocumentsAskForAName()
    {
        Document doc;
        QCOMPARE(doc.displayName(), QStringLiteral("Untitled"));
        const auto result = doc.save();
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().kind, SaveError::Kind::NoPath);
    }
};

QTEST_MAIN(DocumentTest)
#include "document_test.moc"
