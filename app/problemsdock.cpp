// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/problemsdock.h"

#include "core/background.h"
#include "core/checks/linkchecker.h"
#include "core/document.h"
#include "core/site/site.h"
#include "core/text/links.h"
#include "core/text/outline.h"
#include "core/textedit.h"
#include "editor/sourceeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <tuple>

namespace Masthead
{
namespace
{
constexpr int problemRole = Qt::UserRole + 1; // index into m_problems

enum Column { MessageColumn, LineColumn, CodeColumn };

int rank(Problem::Severity severity)
{
    return severity == Problem::Severity::Error ? 0 : severity == Problem::Severity::Warning ? 1 : 2;
}

QStyle::StandardPixmap iconOf(Problem::Severity severity)
{
    switch (severity) {
    case Problem::Severity::Error:
        return QStyle::SP_MessageBoxCritical;
    case Problem::Severity::Warning:
        return QStyle::SP_MessageBoxWarning;
    case Problem::Severity::Info:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

// A problem's row. Its tooltip, the severity and the message, is made when it is shown rather than
// kept for each of thousands of rows.
class ProblemRow final : public QTreeWidgetItem
{
public:
    QVariant data(int column, int role) const override
    {
        if (column == MessageColumn && role == Qt::ToolTipRole) {
            return QString(QTreeWidgetItem::data(MessageColumn, Qt::AccessibleDescriptionRole).toString()
                           + QStringLiteral(": ") + text(MessageColumn));
        }
        return QTreeWidgetItem::data(column, role);
    }
};
} // namespace

// What a group of problems of one kind is called in the list.
static QString kindTitle(const QString &code)
{
    static const QHash<QString, const char *> titles {
        {QStringLiteral("placeholder"),
         QT_TRANSLATE_NOOP("Masthead::ProblemsDock", "Placeholders left from the template")},
        {QStringLiteral("unticked-item"), QT_TRANSLATE_NOOP("Masthead::ProblemsDock", "Checklist items not ticked")},
        {QStringLiteral("missing-image"), QT_TRANSLATE_NOOP("Masthead::ProblemsDock", "Missing images")},
        {QStringLiteral("image-too-wide"), QT_TRANSLATE_NOOP("Masthead::ProblemsDock", "Images too wide")},
        {QStringLiteral("gif-too-large"), QT_TRANSLATE_NOOP("Masthead::ProblemsDock", "GIFs too large")},
        {QStringLiteral("unreadable-image"), QT_TRANSLATE_NOOP("Masthead::ProblemsDock", "Unreadable images")},
        {QStringLiteral("uppercase-extension"), QT_TRANSLATE_NOOP("Masthead::ProblemsDock", "Upper-case extensions")},
        {QStringLiteral("empty-link"), QT_TRANSLATE_NOOP("Masthead::ProblemsDock", "Empty links")},
        {QStringLiteral("image-without-link"), QT_TRANSLATE_NOOP("Masthead::ProblemsDock", "Images not linked yet")},
        {QStringLiteral("date-mismatch"), QT_TRANSLATE_NOOP("Masthead::ProblemsDock", "Dates that disagree")},
        {QStringLiteral("duplicate-link"), QT_TRANSLATE_NOOP("Masthead::ProblemsDock", "Links used twice")},
        {QStringLiteral("broken-link"), QT_TRANSLATE_NOOP("Masthead::ProblemsDock", "Broken links")},
        {QStringLiteral("relative-path-breaks-when-published"),
         QT_TRANSLATE_NOOP("Masthead::ProblemsDock", "Paths that break once published")},
        {QStringLiteral("invalid-front-matter"), QT_TRANSLATE_NOOP("Masthead::ProblemsDock", "Front matter")},
    };
    if (const char *title = titles.value(code))
        return ProblemsDock::tr(title);
    return code;
}

ProblemsDock::ProblemsDock(Document *document, SourceEditor *editor, QWidget *parent)
    : QDockWidget(tr("Problems"), parent)
    , m_document(document)
    , m_editor(editor)
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_linksBox(new QCheckBox(tr("Check &links"), this))
    , m_filter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_fixPaths(new QPushButton(tr("&Fix Paths"), this))
    , m_showAll(new QPushButton(tr("Show &All"), this))
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
    m_filter->setObjectName(QStringLiteral("problems_filter"));
    m_filter->addItem(tr("All problems"), -1);
    m_filter->addItem(tr("Errors"), int(Problem::Severity::Error));
    m_filter->addItem(tr("Warnings"), int(Problem::Severity::Warning));
    m_filter->addItem(tr("Notes"), int(Problem::Severity::Info));
    m_filter->setToolTip(tr("Show problems of one severity only"));
    m_search->setObjectName(QStringLiteral("problems_search"));
    m_search->setPlaceholderText(tr("Search problems"));
    m_search->setClearButtonEnabled(true);
    m_fixPaths->setObjectName(QStringLiteral("problems_fix_paths"));
    m_fixPaths->setToolTip(
        tr("Rewrite “../assets/…” to “{{ site.baseurl }}/assets/…”, which works from the published post too"));
    m_fixPaths->setVisible(false);
    m_showAll->setObjectName(QStringLiteral("problems_show_all"));
    m_showAll->setToolTip(tr("Show every problem again, not only those of the checklist item"));
    m_showAll->setVisible(false);
    m_table->setRootIsDecorated(true);
    // Room for a few groups and their first problems, not five rows.
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 9);
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
    top->addWidget(m_showAll);
    top->addWidget(m_fixPaths);
    top->addWidget(m_filter);
    top->addWidget(m_search);
    top->addWidget(m_progress);
    top->addWidget(m_linksBox);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    setWidget(content);

    connect(m_table, &QTreeWidget::itemActivated, this, &ProblemsDock::onItemActivated);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ProblemsDock::fill);
    connect(m_search, &QLineEdit::textChanged, this, &ProblemsDock::fill);
    connect(m_fixPaths, &QPushButton::clicked, this, &ProblemsDock::fixPaths);
    connect(m_showAll, &QPushButton::clicked, this, [this] { showKinds({}); });
    connect(m_linksBox, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            check();
        else if (m_links)
            m_links->cancel();
    });
    connect(m_document, &Document::saved, this, &ProblemsDock::recheckInBackground);
    // Live as the text changes, coalesced and off the GUI thread: one check once typing pauses.
    connect(m_document, &Document::textSettled, this, &ProblemsDock::recheckInBackground);
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
    using Checked = std::pair<QList<Problem>, QList<OutlineSection>>;
    auto *watcher = new QFutureWatcher<Checked>(this);
    connect(watcher, &QFutureWatcher<Checked>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        std::tie(m_local, m_sections) = watcher->result();
        display(m_local);
    });
    watcher->setFuture(runInBackground([text = m_document->text(), path, site = m_document->site()] {
        return Checked {checkIssue(text, path, site.get()), outlineSections(text)};
    }));
}

void ProblemsDock::recheck()
{
    ++m_generation; // a check still running is older
    const QString path = m_document->filePath();
    if (path.isEmpty() && m_document->isEmpty()) {
        m_local.clear(); // a new, empty window: nothing to say yet
        m_sections.clear();
        display(m_local);
        return;
    }
    m_local = checkIssue(m_document->text(), path, m_document->site().get());
    m_sections = outlineSections(m_document->text());
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
    // Rebuilding the tree costs tens of milliseconds on the GUI thread for a long post's thousands of
    // problems, right when the text settles, which is when the next key often comes; typing a word
    // seldom changes any problem.
    // (The tree shows the sections' titles and lines; their offsets move with every key.)
    const auto sameRows = [](const OutlineSection &a, const OutlineSection &b) {
        return a.title == b.title && a.line == b.line && a.endLine == b.endLine;
    };
    if (m_filled && all == m_problems && std::ranges::equal(m_sections, m_filledSections, sameRows)) {
        Q_EMIT problemsChanged();
        return;
    }
    m_problems = all;

    fill();
    m_summary->setText(summary());
    Q_EMIT problemsChanged();
}

void ProblemsDock::fill()
{
    const int severityFilter = m_filter->currentData().toInt();
    const QString search = m_search->text().trimmed();
    const QList<OutlineSection> &sections = m_sections;
    m_filledSections = m_sections;
    m_filled = true;

    // The problems that pass the filter, by kind.
    QMap<QString, QList<int>> byKind;
    for (qsizetype i = 0; i < m_problems.size(); ++i) {
        const Problem &p = m_problems.at(i);
        if (severityFilter >= 0 && int(p.severity) != severityFilter)
            continue;
        if (!m_kinds.isEmpty() && !m_kinds.contains(p.code))
            continue;
        if (!search.isEmpty() && !p.message.contains(search, Qt::CaseInsensitive)
            && !p.code.contains(search, Qt::CaseInsensitive)
            && !kindTitle(p.code).contains(search, Qt::CaseInsensitive))
            continue;
        byKind[p.code].append(int(i));
    }
    QList<QString> kinds = byKind.keys();
    // Errors first, then warnings, then notes; within a severity the kinds with most problems first.
    auto worst = [&](const QString &kind) {
        int best = 2;
        for (int i : byKind.value(kind))
            best = std::min(best, rank(m_problems.at(i).severity));
        return best;
    };
    std::ranges::stable_sort(kinds, [&](const QString &a, const QString &b) {
        if (worst(a) != worst(b))
            return worst(a) < worst(b);
        return byKind.value(a).size() > byKind.value(b).size();
    });

    // One icon per severity, shared by every row: the style makes a new QIcon, with its own files
    // and pixmap cache, each time it is asked (at 1 MB, thousands of them).
    std::array<QIcon, 3> icons;
    auto iconFor = [&](Problem::Severity severity) -> const QIcon & {
        QIcon &icon = icons.at(rank(severity));
        if (icon.isNull())
            icon = style()->standardIcon(iconOf(severity));
        return icon;
    };

    auto problemRow = [&](int index) {
        const Problem &p = m_problems.at(index);
        auto *row = new ProblemRow;
        QString severity = tr("Note");
        if (p.severity == Problem::Severity::Error)
            severity = tr("Error");
        else if (p.severity == Problem::Severity::Warning)
            severity = tr("Warning");
        row->setIcon(MessageColumn, iconFor(p.severity));
        row->setText(MessageColumn, p.message);
        row->setData(MessageColumn, Qt::AccessibleDescriptionRole, severity);
        if (p.line > 0) {
            row->setText(LineColumn, QString::number(p.line));
            row->setTextAlignment(LineColumn, Qt::AlignRight | Qt::AlignVCenter);
        } else if (!p.file.isEmpty() && p.file != m_document->filePath()) {
            const auto site = m_document->site();
            row->setText(LineColumn, site ? QDir(site->rootPath()).relativeFilePath(p.file) : p.file);
        }
        row->setText(CodeColumn, p.code);
        row->setData(MessageColumn, problemRole, index);
        return row;
    };
    auto groupRow = [&](const QString &title, const QList<int> &members) {
        auto *group = new QTreeWidgetItem;
        int best = 2;
        for (int i : members)
            best = std::min(best, rank(m_problems.at(i).severity));
        const Problem::Severity severity = best == 0 ? Problem::Severity::Error
            : best == 1                              ? Problem::Severity::Warning
                                                     : Problem::Severity::Info;
        group->setIcon(MessageColumn, iconFor(severity));
        group->setText(MessageColumn, tr("%1: %2").arg(title).arg(members.size()));
        group->setData(MessageColumn, problemRole, -1);
        group->setFirstColumnSpanned(false);
        return group;
    };

    m_table->setUpdatesEnabled(false);
    m_table->clear();
    bool canFixPaths = false;
    for (const QString &kind : std::as_const(kinds)) {
        const QList<int> members = byKind.value(kind);
        QTreeWidgetItem *group = groupRow(kindTitle(kind), members);
        group->setText(CodeColumn, kind);
        m_table->addTopLevelItem(group);
        if (kind == u"relative-path-breaks-when-published")
            canFixPaths = true;
        if (kind == u"placeholder") {
            // Meant to be there until the editor fills them in: one collapsed entry per section.
            QMap<int, QList<int>> bySection;
            for (int i : members)
                bySection[sectionAtLine(sections, m_problems.at(i).line - 1)].append(i);
            for (auto it = bySection.cbegin(); it != bySection.cend(); ++it) {
                const QString title = it.key() < 0 ? tr("Before the first heading") : sections.at(it.key()).title;
                QTreeWidgetItem *section = groupRow(title, it.value());
                if (it.key() >= 0) {
                    section->setText(LineColumn, QString::number(sections.at(it.key()).line + 1));
                    section->setTextAlignment(LineColumn, Qt::AlignRight | Qt::AlignVCenter);
                }
                group->addChild(section);
                for (int i : it.value())
                    section->addChild(problemRow(i));
            }
            // Low-key: expanded only when searched for.
            group->setExpanded(!search.isEmpty());
            QFont font = group->font(MessageColumn);
            font.setItalic(true);
            group->setFont(MessageColumn, font);
            // Muted, but readable on light and dark palettes alike: two thirds text, one third background.
            const QColor text = palette().color(QPalette::Text);
            const QColor base = palette().color(QPalette::Base);
            group->setForeground(MessageColumn,
                                 QColor((2 * text.red() + base.red()) / 3, (2 * text.green() + base.green()) / 3,
                                        (2 * text.blue() + base.blue()) / 3));
            continue;
        }
        for (int i : members)
            group->addChild(problemRow(i));
        group->setExpanded(members.size() <= 25 || !search.isEmpty());
    }
    m_table->setUpdatesEnabled(true);
    m_fixPaths->setVisible(canFixPaths);
}

QTreeWidgetItem *ProblemsDock::itemOf(int index) const
{
    QList<QTreeWidgetItem *> pending;
    for (int i = 0; i < m_table->topLevelItemCount(); ++i)
        pending.append(m_table->topLevelItem(i));
    while (!pending.isEmpty()) {
        QTreeWidgetItem *item = pending.takeFirst();
        if (item->data(MessageColumn, problemRole).toInt() == index && item->childCount() == 0)
            return item;
        for (int i = 0; i < item->childCount(); ++i)
            pending.append(item->child(i));
    }
    return nullptr;
}

void ProblemsDock::setSeverityFilter(int severity)
{
    m_filter->setCurrentIndex(std::max(0, m_filter->findData(severity)));
}

void ProblemsDock::showKinds(const QStringList &codes)
{
    m_kinds = codes;
    m_showAll->setVisible(!codes.isEmpty());
    fill();
    // What was asked for, open: the kinds are few.
    if (!codes.isEmpty()) {
        for (int i = 0; i < m_table->topLevelItemCount(); ++i)
            m_table->topLevelItem(i)->setExpanded(true);
    }
}

void ProblemsDock::setSearchText(const QString &text)
{
    m_search->setText(text);
}

bool ProblemsDock::fixPaths()
{
    const auto site = m_document->site();
    if (!site)
        return false;
    const QString before = m_document->text();
    const QString after = withBaseurlTargets(before, m_document->filePath(), site->rootPath());
    if (after == before)
        return false;
    const QTextCursor cursor = applyTextEdit(m_document, minimalTextEdit(before, after));
    if (m_editor)
        m_editor->setTextCursor(cursor);
    recheck();
    return true;
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
    int index = item->data(MessageColumn, problemRole).toInt();
    // A group goes to its first problem.
    QTreeWidgetItem *first = item;
    while (index < 0 && first->childCount() > 0) {
        first = first->child(0);
        index = first->data(MessageColumn, problemRole).toInt();
    }
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
