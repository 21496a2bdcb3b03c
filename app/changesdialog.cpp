// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/changesdialog.h"

#include "app/diffhtml.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Masthead
{

ChangesDialog::ChangesDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(u"changes_dialog"_s);
    setWindowTitle(tr("Changes Since Opening"));
    m_browser->setObjectName(u"changes_view"_s);
    m_browser->setOpenLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(760, 560);
}

void ChangesDialog::setChanges(const QList<SectionChange> &changes)
{
    m_browser->setHtml(toHtml(changes));
}

QString ChangesDialog::html() const
{
    return m_browser->toHtml();
}

QString ChangesDialog::toHtml(const QList<SectionChange> &changes)
{
    int changed = 0;
    for (const SectionChange &change : changes)
        changed += change.kind != SectionChange::Kind::Unchanged;
    QString html = u"<html><body>"_s;
    if (changed == 0)
        html += u"<p>"_s + tr("Nothing has changed since the file was opened.") + u"</p>"_s;
    else
        html += u"<p>"_s + tr("Sections changed since the file was opened: %1 of %2.").arg(changed).arg(changes.size())
            + u"</p>"_s;
    constexpr int context = 2; // unchanged lines shown around a change
    for (const SectionChange &change : changes) {
        const QString title = change.level == 0 ? tr("Before the first heading")
                                                : QString(change.level, u'#') + u' ' + change.title.toHtmlEscaped();
        QString state;
        QString color;
        switch (change.kind) {
        case SectionChange::Kind::Unchanged:
            state = tr("unchanged");
            color = u"#808080"_s;
            break;
        case SectionChange::Kind::Changed:
            state = tr("changed");
            color = u"#b06000"_s;
            break;
        case SectionChange::Kind::Added:
            state = tr("added");
            color = u"#1a7f37"_s;
            break;
        case SectionChange::Kind::Removed:
            state = tr("removed");
            color = u"#cf222e"_s;
            break;
        }
        const bool unchanged = change.kind == SectionChange::Kind::Unchanged;
        html += u"<p style=\"margin: 2px 0\"><span style=\"color:"_s + color + u"\">["_s + state + u"]</span> "_s
            + (unchanged ? u"<span style=\"color:#808080\">"_s + title + u"</span>"_s : u"<b>"_s + title + u"</b>"_s)
            + u"</p>"_s;
        if (change.kind != SectionChange::Kind::Changed)
            continue;
        html += diffHtml(change.lines, context, 16);
    }
    html += u"</body></html>"_s;
    return html;
}

} // namespace Masthead
