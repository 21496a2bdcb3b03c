// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/changesdialog.h"

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
        html
            += u"<p>"_s + tr("%n part(s) of the post changed since the file was opened.", nullptr, changed) + u"</p>"_s;
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"_s;
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
        html += u"<tr><td><b>"_s + title + u"</b></td><td align=\"right\" style=\"color:"_s + color + u"\">"_s + state
            + u"</td></tr>"_s;
        if (change.kind != SectionChange::Kind::Changed)
            continue;
        html += u"<tr><td colspan=\"2\"><pre style=\"margin-left: 12px\">"_s;
        for (const DiffLine &line : change.lines) {
            const QString text = line.text.toHtmlEscaped();
            switch (line.kind) {
            case DiffLine::Kind::Same:
                html += u"<span style=\"color:#808080\">  "_s + text + u"</span>\n"_s;
                break;
            case DiffLine::Kind::Removed:
                html += u"<span style=\"color:#cf222e; background:#ffebe9\">- "_s + text + u"</span>\n"_s;
                break;
            case DiffLine::Kind::Added:
                html += u"<span style=\"color:#1a7f37; background:#dafbe1\">+ "_s + text + u"</span>\n"_s;
                break;
            }
        }
        html += u"</pre></td></tr>"_s;
    }
    html += u"</table></body></html>"_s;
    return html;
}

} // namespace Masthead
