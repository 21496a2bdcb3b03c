// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/recoverydialog.h"

#include "app/diffhtml.h"
#include "core/fileio.h"
#include "core/text/linediff.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Masthead
{
RecoveryDialog::RecoveryDialog(const Journal &journal, const QList<JournalEntry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_entries(entries)
    , m_list(new QListWidget(this))
    , m_difference(new QTextBrowser(this))
{
    setObjectName(u"recovery_dialog"_s);
    setWindowTitle(tr("Recover Unsaved Text"));
    auto *intro
        = new QLabel(tr("Masthead did not close normally, and kept text that was never saved. Choose what to do "
                        "with each: recover it into the window, discard it, or keep it for later."),
                     this);
    intro->setWordWrap(true);
    m_list->setObjectName(u"recovery_list"_s);
    m_difference->setObjectName(u"recovery_difference"_s);
    m_difference->setOpenLinks(false);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_difference);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({260, 640});

    auto *buttons = new QDialogButtonBox(this);
    m_recover = buttons->addButton(tr("&Recover"), QDialogButtonBox::AcceptRole);
    m_recover->setObjectName(u"recovery_recover"_s);
    m_recover->setToolTip(tr("Open the text in the window, unsaved, with the file's own text one undo step away"));
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(u"recovery_discard"_s);
    m_discard->setToolTip(tr("Throw this text away for good"));
    QPushButton *later = buttons->addButton(tr("&Keep for Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(u"recovery_later"_s);
    later->setToolTip(tr("Leave the texts in the journal; Masthead offers them again next time"));
    connect(m_recover, &QPushButton::clicked, this, &RecoveryDialog::onRecover);
    connect(m_discard, &QPushButton::clicked, this, &RecoveryDialog::onDiscard);
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &RecoveryDialog::onSelectionChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(960, 600);
    fillList();
}

void RecoveryDialog::fillList()
{
    m_list->clear();
    for (const JournalEntry &entry : std::as_const(m_entries)) {
        const QString where = entry.filePath.isEmpty()
            ? (entry.intendedPath.isEmpty()
                   ? tr("never saved")
                   : tr("never saved, meant for %1").arg(QFileInfo(entry.intendedPath).fileName()))
            : QDir::toNativeSeparators(QFileInfo(entry.filePath).absolutePath());
        const QString when = QLocale().toString(entry.written.toLocalTime(), QLocale::ShortFormat);
        auto *item = new QListWidgetItem(entry.displayName() + u'\n' + where + u'\n' + tr("kept %1").arg(when), m_list);
        item->setToolTip(entry.filePath.isEmpty() ? entry.intendedPath : entry.filePath);
    }
    if (!m_entries.isEmpty())
        m_list->setCurrentRow(0);
    onSelectionChanged();
}

void RecoveryDialog::select(int row)
{
    m_list->setCurrentRow(row);
}

QString RecoveryDialog::differenceHtml() const
{
    return m_difference->toHtml();
}

void RecoveryDialog::onSelectionChanged()
{
    const int row = m_list->currentRow();
    const bool valid = row >= 0 && row < m_entries.size();
    m_recover->setEnabled(valid);
    m_discard->setEnabled(valid);
    m_difference->setHtml(valid ? differenceFromDisk(m_entries.at(row)) : QString());
}

void RecoveryDialog::onRecover()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    const JournalEntry entry = m_entries.at(row);
    accept();
    Q_EMIT recoverRequested(entry);
}

void RecoveryDialog::onDiscard()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    m_journal.remove(m_entries.at(row).id);
    m_entries.removeAt(row);
    if (m_entries.isEmpty()) {
        accept();
        return;
    }
    fillList();
    m_list->setCurrentRow(qMin(row, int(m_entries.size()) - 1));
}

QString RecoveryDialog::differenceFromDisk(const JournalEntry &entry)
{
    QString html = u"<html><body>"_s;
    QString disk;
    if (entry.filePath.isEmpty()) {
        html += u"<p>"_s + tr("This text was never saved; all of it is shown.") + u"</p>"_s;
    } else if (!QFileInfo::exists(entry.filePath)) {
        html += u"<p>"_s
            + tr("%1 no longer exists on disk; all of the text is shown. Recovering it opens it unsaved.")
                  .arg(QDir::toNativeSeparators(entry.filePath).toHtmlEscaped())
            + u"</p>"_s;
    } else if (auto read = readTextFile(entry.filePath); !read) {
        html += u"<p>"_s + read.error().toHtmlEscaped() + u"</p>"_s;
    } else {
        disk = read->text;
        if (disk == entry.text) {
            return html + u"<p>"_s
                + tr("The text is the same as the file on disk: nothing would be lost by discarding it.")
                + u"</p></body></html>"_s;
        }
        html += u"<p>"_s
            + tr("Lines of %1 that the recovered text removes are red, lines it adds are green.")
                  .arg(QDir::toNativeSeparators(entry.filePath).toHtmlEscaped())
            + u"</p>"_s;
    }
    // A recovered text differs from its file in a few places: those, with two lines around each.
    return html + diffHtml(diffLines(disk, entry.text), 2) + u"</body></html>"_s;
}

} // namespace Masthead
