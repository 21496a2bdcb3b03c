// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/problemsdock.h"

#include "core/checks/linkchecker.h"
#include "core/document.h"
#include "core/site/site.h"
#include "editor/sourceeditor.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Masthead
{
namespace
{
constexpr int problemRole = Qt::UserRole + 1; // index into m_problems

enum Column { MessageColumn, LineColumn, CodeColumn };
} // namespace

ProblemsDock::ProblemsDock(Document *document, SourceEditor *editor, QWidget *parent)
    : QDockWidget(tr("Problems"), parent)
    , m_document(document)
    , m_editor(editor)
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_linksBox(new QCheckBox(tr("Check &links"), this))
    , m_table(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("problems_dock"));
    m_summary->setObjectName(QStringLiteral("problems_summary"));
    m_progress->setObjectName(QStringLiteral("problems_link_progress"));
    m_linksBox->setObjectName(QStringLiteral("problems_check_links"));
    m_table->setObjectName(QStringLiteral("problems_table"));
    m_linksBox->setToolTip(tr("Also ask each external link's server whether the page is there, in the background"));
    m_progress->setVisible(false);
    m_progress->setMaximumHeight(m_summary->sizeHint().height());
    m_progress->setFormat(tr("Links: %v of %m"));

    m_table->setColumnCount(3);
    m_table->setHeaderLabels({tr("Problem"), tr("Line"), tr("Check")});
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    m_table->header()->setSectionResizeMode(LineColumn, QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(CodeColumn, QHeaderView::ResizeToContents);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_progress);
    top->addWidget(m_linksBox);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    setWidget(content);

    connect(m_table, &QTreeWidget::itemActivated, this, &ProblemsDock::onItemActivated);
    connect(m_linksBox, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            check();
        else if (m_links)
            m_links->cancel();
    });
    connect(m_document, &Document::saved, this, &ProblemsDock::recheckInBackground);
    connect(m_document, &Document::siteChanged, this, &ProblemsDock::recheckInBackground);
    connect(m_document, &Document::loaded, this, [this] {
        delete m_links; // another issue: nothing known about its links
        recheckInBackground();
    });
    recheck();
}

ProblemsDock::~ProblemsDock() = default;

bool ProblemsDock::linksEnabled() const
{
    return m_linksBox->isChecked();
}

void ProblemsDock::setLinksEnabled(bool enabled)
{
    const QSignalBlocker blocker(m_linksBox);
    m_linksBox->setChecked(enabled);
}

bool ProblemsDock::isCheckingLinks() const
{
    return m_links && m_links->isRunning();
}

void ProblemsDock::check()
{
    if (m_links) {
        m_links->cancel();
        m_links->deleteLater();
        m_links = nullptr;
    }
    if (linksEnabled()) {
        const QList<ExternalLink> links = externalLinks(m_document->text());
        m_links = new LinkChecker(this);
        connect(m_links, &LinkChecker::progress, this, [this](int done, int total) {
            m_progress->setRange(0, total);
            m_progress->setValue(done);
        });
        connect(m_links, &LinkChecker::resultReady, this, [this] { display(m_local); });
        connect(m_links, &LinkChecker::finished, this, [this] {
            m_progress->setVisible(false);
            display(m_local);
            Q_EMIT linkCheckFinished();
        });
        QList<QUrl> urls;
        for (const ExternalLink &link : links)
            urls.append(link.url);
        m_progress->setRange(0, static_cast<int>(urls.size()));
        m_progress->setValue(0);
        m_progress->setVisible(!urls.isEmpty());
        m_links->check(urls);
    }
    recheck();
}

void ProblemsDock::recheckInBackground()
{
    const QString path = m_document->filePath();
    if (path.isEmpty() && m_document->isEmpty()) {
        recheck();
        return;
    }
    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<QList<Problem>>(this);
    connect(watcher, &QFutureWatcher<QList<Problem>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_local = watcher->result();
        display(m_local);
    });
    watcher->setFuture(QtConcurrent::run(
        [text = m_document->text(), path, site = m_document->site()] { return checkIssue(text, path, site.get()); }));
}

void ProblemsDock::recheck()
{
    ++m_generation; // a check still running is older
    const QString path = m_document->filePath();
    if (path.isEmpty() && m_document->isEmpty()) {
        m_local.clear(); // a new, empty window: nothing to say yet
        display(m_local);
        return;
    }
    m_local = checkIssue(m_document->text(), path, m_document->site().get());
    display(m_local);
}

void ProblemsDock::display(const QList<Problem> &local)
{
    QList<Problem> all = local;
    if (m_links) {
        all += m_links->problems(externalLinks(m_document->text()), m_document->filePath());
        std::stable_sort(all.begin(), all.end(), [](const Problem &a, const Problem &b) {
            if ((a.line == 0) != (b.line == 0))
                return a.line == 0;
            return a.line < b.line;
        });
    }
    m_problems = all;

    m_table->clear();
    QList<QTreeWidgetItem *> rows;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Problem &p = all.at(i);
        auto *row = new QTreeWidgetItem;
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        QString severity = tr("Note");
        if (p.severity == Problem::Severity::Error) {
            icon = QStyle::SP_MessageBoxCritical;
            severity = tr("Error");
        } else if (p.severity == Problem::Severity::Warning) {
            icon = QStyle::SP_MessageBoxWarning;
            severity = tr("Warning");
        }
        row->setIcon(MessageColumn, style()->standardIcon(icon));
        row->setText(MessageColumn, p.message);
        row->setToolTip(MessageColumn, severity + QStringLiteral(": ") + p.message);
        row->setData(MessageColumn, Qt::AccessibleDescriptionRole, severity);
        if (p.line > 0) {
            row->setText(LineColumn, QString::number(p.line));
            row->setTextAlignment(LineColumn, Qt::AlignRight | Qt::AlignVCenter);
        } else if (!p.file.isEmpty() && p.file != m_document->filePath()) {
            const auto site = m_document->site();
            row->setText(LineColumn, site ? QDir(site->rootPath()).relativeFilePath(p.file) : p.file);
        }
        row->setText(CodeColumn, p.code);
        row->setData(MessageColumn, problemRole, static_cast<int>(i));
        rows.append(row);
    }
    m_table->addTopLevelItems(rows);
    m_summary->setText(summary());
    Q_EMIT problemsChanged();
}

QString ProblemsDock::summary() const
{
    const int errors = countOf(m_problems, Problem::Severity::Error);
    const int warnings = countOf(m_problems, Problem::Severity::Warning);
    const int notes = countOf(m_problems, Problem::Severity::Info);
    if (m_problems.isEmpty())
        return tr("No problems found.");
    return tr("Errors: %1, warnings: %2, notes: %3").arg(errors).arg(warnings).arg(notes);
}

void ProblemsDock::onItemActivated(QTreeWidgetItem *item)
{
    const int index = item->data(MessageColumn, problemRole).toInt();
    if (index < 0 || index >= m_problems.size() || !m_editor)
        return;
    const Problem &p = m_problems.at(index);
    if (p.line <= 0)
        return;
    const QTextBlock block = m_document->findBlockByNumber(p.line - 1);
    if (!block.isValid())
        return;
    const int column = std::clamp(p.column - 1, 0, std::max(0, block.length() - 1));
    m_editor->setCursorPosition(block.position() + column);
    m_editor->setFocus(Qt::OtherFocusReason);
}

} // namespace Masthead
