// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/liquid/liquid.h"

#include "core/fileio.h"
#include "core/liquid/liquid_p.h"
#include "core/liquid/liquidtemplate_p.h"
#include "core/markdown/codehighlighter.h"
#include "core/markdown/htmlescape.h"
#include "core/site/permalink.h"
#include "core/site/postdate.h"
#include "core/site/rubytime.h"
#include "core/site/sitepath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <memory>
#include <optional>
#include <variant>
#include <vector>

// The renderer of parsed templates (liquidtemplate_p.h) with Liquid's and Jekyll's semantics. What it
// cannot evaluate becomes a marker in the output, so a document always renders.

namespace Masthead
{
namespace
{
using namespace LiquidPrivate;

// ---------------------------------------------------------------------------------------------
// The renderer.

// The text of a marker: the source as it was, every ASCII punctuation character written as a
// character reference so that neither Liquid nor Markdown reads it again.
void appendMarker(QString &out, QStringView source, const QString &title)
{
    out += QLatin1String("<span class=\"") + liquidMarkerClass + QLatin1String("\" title=\"");
    out += escapeHtml(title);
    out += QLatin1String("\">");
    for (const QChar c : source) {
        const char16_t u = c.unicode();
        if (u < 128 && u > 32 && !c.isLetterOrNumber())
            out += QLatin1String("&#") + QString::number(u) + u';';
        else
            out += c;
    }
    out += QLatin1String("</span>");
}

// Where the document has Markdown code: fenced code blocks and code spans. A marker there would show
// as HTML source, so there the original text stays as it was written.
class CodeRegions
{
public:
    explicit CodeRegions(QStringView source)
        : m_source(source)
    {
        qsizetype fenceBegin = -1;
        QChar fenceChar;
        qsizetype fenceLength = 0;
        for (qsizetype begin = 0; begin < source.size();) {
            qsizetype end = source.indexOf(u'\n', begin);
            if (end < 0)
                end = source.size();
            const QStringView line = source.sliced(begin, end - begin);
            qsizetype indent = 0;
            while (indent < line.size() && indent < 4 && line[indent] == u' ')
                ++indent;
            qsizetype run = 0;
            const QChar c = indent < line.size() ? line[indent] : QChar();
            while (indent < 4 && (c == u'`' || c == u'~') && indent + run < line.size() && line[indent + run] == c)
                ++run;
            if (fenceBegin < 0 && run >= 3 && !(c == u'`' && line.sliced(indent + run).contains(u'`'))) {
                fenceBegin = begin;
                fenceChar = c;
                fenceLength = run;
            } else if (fenceBegin >= 0 && c == fenceChar && run >= fenceLength
                       && line.sliced(indent + run).trimmed().isEmpty()) {
                m_fences.append({fenceBegin, end});
                fenceBegin = -1;
            }
            begin = end + 1;
        }
        if (fenceBegin >= 0)
            m_fences.append({fenceBegin, source.size()});
    }

    bool contains(qsizetype position) const
    {
        for (const auto &[begin, end] : m_fences) {
            if (position >= begin && position < end)
                return true;
        }
        return inCodeSpan(position);
    }

private:
    // Code spans: a backtick run and the next run of the same length on its line. Each line is
    // read once.
    bool inCodeSpan(qsizetype position) const
    {
        const qsizetype lineBegin = m_source.lastIndexOf(u'\n', position) + 1;
        auto spans = m_spans.find(lineBegin);
        if (spans == m_spans.end()) {
            qsizetype lineEnd = m_source.indexOf(u'\n', position);
            if (lineEnd < 0)
                lineEnd = m_source.size();
            spans = m_spans.insert(lineBegin, codeSpans(lineBegin, lineEnd));
        }
        for (const auto &[begin, end] : std::as_const(*spans)) {
            if (position >= begin && position < end)
                return true;
        }
        return false;
    }

    QList<std::pair<qsizetype, qsizetype>> codeSpans(qsizetype begin, qsizetype end) const
    {
        QList<std::pair<qsizetype, qsizetype>> runs; // start, length
        for (qsizetype i = begin; i < end;) {
            if (m_source[i] != u'`') {
                ++i;
                continue;
            }
            qsizetype run = 0;
            while (i + run < end && m_source[i + run] == u'`')
                ++run;
            runs.append({i, run});
            i += run;
        }
        QList<std::pair<qsizetype, qsizetype>> spans;
        for (qsizetype r = 0; r < runs.size(); ++r) {
            for (qsizetype c = r + 1; c < runs.size(); ++c) {
                if (runs[c].second == runs[r].second) {
                    spans.append({runs[r].first, runs[c].first + runs[c].second});
                    r = c;
                    break;
                }
            }
        }
        return spans;
    }

    QStringView m_source;
    QList<std::pair<qsizetype, qsizetype>> m_fences;
    mutable QHash<qsizetype, QList<std::pair<qsizetype, qsizetype>>> m_spans; // by line start
};

class Renderer
{
public:
    Renderer(const LiquidContext &context, QList<Problem> &problems)
        : m_context(context)
        , m_facts(siteFacts(context))
        , m_problems(problems)
        , m_environment {context, context.site.value(u"baseurl").toString(), context.site.value(u"url").toString()}
    {
        m_scopes.emplace_back();
    }

    // Where the output's text came from: see LiquidResult::sourceLines.
    struct SourceAnchor {
        qsizetype output = 0; // where in the document's output
        qsizetype source = 0; // where in the document's source
        qsizetype length = 0; // of copied text; 0 for what a tag wrote
    };

    void render(const Template &tpl, QString &out)
    {
        m_document = &tpl;
        m_documentOutput = &out;
        for (const Problem &p : tpl.problems)
            addProblem(p);
        renderBody(tpl, tpl.nodes, out);
    }

private:
    enum class Flow { Normal, Break, Continue };
    static constexpr qint64 maxSteps = 1'000'000;
    static constexpr int maxIncludeDepth = 16;
    static constexpr qsizetype maxOutput = 64 * 1024 * 1024; // characters
    // What filters may produce: one value (characters of a string, elements of a list), and all values
    // of a render together, so that {% assign s = s | append: s %} repeated stops in megabytes, not
    // gigabytes, and a loop of big filters stops in a fraction of a second.
    static constexpr qsizetype maxValueSize = 16 * 1024 * 1024;
    static constexpr qint64 maxFilterWork = 256 * 1024 * 1024;

    void addProblem(const Problem &problem)
    {
        const QString key = problem.file + u'\n' + QString::number(problem.line) + u'\n' + problem.message;
        if (m_problemKeys.contains(key))
            return;
        m_problemKeys.insert(key);
        m_problems.append(problem);
    }

    void marker(const Template &tpl, const Node &node, QString &out, const QString &message,
                Problem::Severity severity = Problem::Severity::Error,
                const QString &code = QStringLiteral("liquid-error"))
    {
        addProblem({severity, code, tpl.file, tpl.firstLine + node.line, 0, message});
        showMarker(tpl, node, out, message);
    }

    void showMarker(const Template &tpl, const Node &node, QString &out, const QString &message)
    {
        const QStringView source = tpl.source.sliced(node.begin, node.end - node.begin);
        if (&tpl == m_document) {
            if (!m_code)
                m_code.emplace(tpl.source);
            if (m_code->contains(node.begin)) {
                out += source;
                return;
            }
        }
        appendMarker(out, source, message);
    }

    bool overBudget(const Template &tpl, const Node &node, QString &out)
    {
        if (++m_steps <= maxSteps)
            return false;
        stopForBudget(tpl, node, out);
        return true;
    }

    void stopForBudget(const Template &tpl, const Node &node, QString &out)
    {
        m_steps = maxSteps + 1;
        if (!m_budgetReported) {
            m_budgetReported = true;
            marker(
                tpl, node, out,
                LiquidMessages::tr("This Liquid loops too often or writes too much to preview; Masthead stopped here."),
                Problem::Severity::Warning, QStringLiteral("liquid-unsupported"));
        }
    }

    Flow renderBody(const Template &tpl, const Body &body, QString &out)
    {
        for (const Node &node : body) {
            if (m_steps > maxSteps)
                return Flow::Break;
            if (out.size() > maxOutput) {
                stopForBudget(tpl, node, out);
                return Flow::Break;
            }
            if (&tpl == m_document && &out == m_documentOutput) {
                const auto *text = std::get_if<TextNode>(&node.content);
                m_anchors.append(text ? SourceAnchor {out.size(), text->begin, text->end - text->begin}
                                      : SourceAnchor {out.size(), node.begin, 0});
            }
            const Flow flow = renderNode(tpl, node, out);
            if (flow != Flow::Normal)
                return flow;
        }
        return Flow::Normal;
    }

    Flow renderNode(const Template &tpl, const Node &node, QString &out)
    {
        return std::visit([&](const auto &content) { return renderContent(tpl, node, content, out); }, node.content);
    }

    Flow renderContent(const Template &tpl, const Node &, const TextNode &text, QString &out)
    {
        out += tpl.source.sliced(text.begin, text.end - text.begin);
        return Flow::Normal;
    }

    Flow renderContent(const Template &tpl, const Node &node, const MarkerNode &m, QString &out)
    {
        showMarker(tpl, node, out, m.message);
        return Flow::Normal;
    }

    Flow renderContent(const Template &tpl, const Node &node, const OutputNode &output, QString &out)
    {
        if (const auto value = evaluatePipeline(tpl, node, output.pipeline, out))
            out += value->toString();
        return Flow::Normal;
    }

    Flow renderContent(const Template &tpl, const Node &node, const AssignNode &assign, QString &out)
    {
        if (const auto value = evaluatePipeline(tpl, node, assign.value, out))
            m_scopes.front().insert(assign.name, *value);
        return Flow::Normal;
    }

    Flow renderContent(const Template &tpl, const Node &, const CaptureNode &capture, QString &out)
    {
        QString captured;
        const Flow flow = renderBody(tpl, capture.body, captured);
        m_scopes.front().insert(capture.name, captured);
        Q_UNUSED(out);
        return flow;
    }

    Flow renderContent(const Template &tpl, const Node &node, const IfNode &block, QString &out)
    {
        for (size_t i = 0; i < block.branches.size(); ++i) {
            const IfNode::Branch &branch = block.branches[i];
            bool holds = true;
            if (branch.condition) {
                holds = evaluateCondition(*branch.condition);
                if (!m_conditionError.isEmpty()) {
                    addProblem({Problem::Severity::Error, QStringLiteral("liquid-error"), tpl.file,
                                tpl.firstLine + node.line, 0,
                                LiquidMessages::tr("Liquid error: %1; Jekyll will not build the page.")
                                    .arg(m_conditionError)});
                    m_conditionError.clear();
                }
                if (i == 0 && block.unless)
                    holds = !holds;
            }
            if (holds)
                return renderBody(tpl, branch.body, out);
        }
        return Flow::Normal;
    }

    Flow renderContent(const Template &tpl, const Node &, const CaseNode &block, QString &out)
    {
        const LiquidValue subject = evaluate(block.subject);
        bool matched = false;
        for (const CaseNode::Branch &branch : block.branches) {
            if (!branch.values) {
                if (!matched) {
                    if (const Flow flow = renderBody(tpl, branch.body, out); flow != Flow::Normal)
                        return flow;
                }
                continue;
            }
            bool hit = false;
            for (const Expression &value : *branch.values)
                hit = hit || equals(block.subject, subject, value, evaluate(value));
            if (hit) {
                matched = true;
                if (const Flow flow = renderBody(tpl, branch.body, out); flow != Flow::Normal)
                    return flow;
            }
        }
        return Flow::Normal;
    }

    Flow renderContent(const Template &tpl, const Node &node, const ForNode &loop, QString &out)
    {
        const LiquidValue collection = evaluate(loop.collection);
        qint64 from = 0;
        if (loop.continueOffset)
            from = m_forOffsets.value(loop.name, 0);
        else if (loop.offset)
            from = evaluate(*loop.offset).toInteger();
        std::optional<qint64> to;
        if (loop.limit)
            to = from + evaluate(*loop.limit).toInteger();

        LiquidValue::List items;
        if (collection.type() == LiquidValue::Type::Range) {
            const auto [first, last] = collection.toRange();
            const qint64 count = std::max<qint64>(0, last - first + 1);
            const qint64 stop = std::min(count, to.value_or(count));
            if (stop - from > maxSteps - m_steps) {
                stopForBudget(tpl, node, out);
                return Flow::Break;
            }
            for (qint64 i = std::max<qint64>(0, from); i < stop; ++i)
                items.append(first + i);
        } else if (collection.isString()) {
            if (!collection.isEmpty() && from == 0 && to.value_or(1) > 0)
                items.append(collection);
        } else {
            const LiquidValue::List all = collection.toList();
            const qint64 stop = std::min<qint64>(all.size(), to.value_or(all.size()));
            for (qint64 i = std::max<qint64>(0, from); i < stop; ++i)
                items.append(all.at(qsizetype(i)));
        }
        m_forOffsets.insert(loop.name, from + items.size());
        if (loop.reversed)
            std::reverse(items.begin(), items.end());
        if (items.isEmpty())
            return renderBody(tpl, loop.elseBody, out);

        const LiquidValue parent = lookupVariable(QStringLiteral("forloop"));
        m_scopes.emplace_back();
        const qsizetype length = items.size();
        for (qsizetype i = 0; i < length; ++i) {
            if (overBudget(tpl, node, out))
                break;
            LiquidValue forloop = LiquidValue::Map();
            forloop.insert(QStringLiteral("name"), loop.name);
            forloop.insert(QStringLiteral("length"), length);
            forloop.insert(QStringLiteral("index"), i + 1);
            forloop.insert(QStringLiteral("index0"), i);
            forloop.insert(QStringLiteral("rindex"), length - i);
            forloop.insert(QStringLiteral("rindex0"), length - i - 1);
            forloop.insert(QStringLiteral("first"), i == 0);
            forloop.insert(QStringLiteral("last"), i == length - 1);
            forloop.insert(QStringLiteral("parentloop"), parent);
            auto &scope = m_scopes.back();
            scope.insert(QStringLiteral("forloop"), forloop);
            scope.insert(loop.variable, items.at(i));
            const Flow flow = renderBody(tpl, loop.body, out);
            if (flow == Flow::Break)
                break;
        }
        m_scopes.pop_back();
        return Flow::Normal;
    }

    Flow renderContent(const Template &, const Node &, const InterruptNode &interrupt, QString &)
    {
        return interrupt.isBreak ? Flow::Break : Flow::Continue;
    }

    Flow renderContent(const Template &, const Node &, const CycleNode &cycle, QString &out)
    {
        const QString key = cycle.group ? evaluate(*cycle.group).toString() : cycle.key;
        int &position = m_cycles[key];
        out += evaluate(cycle.values.at(position % cycle.values.size())).toString();
        position = (position + 1) % int(cycle.values.size());
        return Flow::Normal;
    }

    Flow renderContent(const Template &, const Node &, const CounterNode &counter, QString &out)
    {
        qint64 &value = m_counters[counter.name];
        if (counter.delta > 0) {
            out += QString::number(value);
            ++value;
        } else {
            --value;
            out += QString::number(value);
        }
        return Flow::Normal;
    }

    Flow renderContent(const Template &tpl, const Node &, const HighlightNode &highlight, QString &out)
    {
        QString code;
        const Flow flow = renderBody(tpl, highlight.body, code);
        qsizetype begin = 0, end = code.size();
        while (begin < end && (code[begin] == u'\n' || code[begin] == u'\r'))
            ++begin;
        while (end > begin && (code[end - 1] == u'\n' || code[end - 1] == u'\r'))
            --end;
        // Jekyll colours the code with Rouge (plain text for a language Rouge does not know).
        const QStringView trimmed = QStringView(code).sliced(begin, end - begin);
        const QString escaped = highlightAsRouge(trimmed, highlight.language).value_or(escapeCode(trimmed));
        QString language = highlight.language;
        out += QLatin1String("<figure class=\"highlight\"><pre><code class=\"language-") + language.replace(u'+', u'-')
            + QLatin1String("\" data-lang=\"") + highlight.language + QLatin1String("\">");
        if (highlight.lineNumbers) {
            // Rouge's HTMLTable formatter.
            const qsizetype lines = escaped.count(u'\n') + 1;
            out += QLatin1String(
                "<table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">");
            for (qsizetype i = 1; i <= lines; ++i)
                out += QString::number(i) + u'\n';
            out += QLatin1String("</pre></td><td class=\"code\"><pre>") + escaped
                + QLatin1String("\n</pre></td></tr></tbody></table>");
        } else {
            out += escaped;
        }
        out += QLatin1String("</code></pre></figure>");
        return flow;
    }

    Flow renderContent(const Template &tpl, const Node &node, const LinkNode &link, QString &out)
    {
        QString path = link.markup;
        if (path.contains(QLatin1String("{{")) || path.contains(QLatin1String("{%")))
            path = renderFragment(path);
        path = path.trimmed();
        if (m_facts.root.isEmpty()) {
            marker(tpl, node, out, LiquidMessages::tr("“link” needs the document to be in a Jekyll site."));
            return Flow::Normal;
        }
        const auto url = siteFileUrl(m_facts, path);
        if (!url) {
            marker(tpl, node, out,
                   LiquidMessages::tr("There is no file “%1” in the site for “link”; Jekyll will not build the page.")
                       .arg(path));
            return Flow::Normal;
        }
        out += relativeUrl(*url, m_facts.baseurl());
        return Flow::Normal;
    }

    Flow renderContent(const Template &tpl, const Node &node, const PostUrlNode &post, QString &out)
    {
        if (m_facts.root.isEmpty()) {
            marker(tpl, node, out, LiquidMessages::tr("“post_url” needs the document to be in a Jekyll site."));
            return Flow::Normal;
        }
        if (!m_postFiles)
            m_postFiles = postFiles(m_facts);
        // PostComparer: "_posts/<path><date>-<slug>.<ext>" or "<path>_posts/<date>-<slug>.<ext>".
        const QString name = post.date + u'-' + post.slug + u'.';
        for (const QString &rel : std::as_const(*m_postFiles)) {
            const QString prefixes[] = {QStringLiteral("_posts/") + post.path, post.path + QStringLiteral("_posts/"),
                                        post.path + QStringLiteral("_posts")};
            for (const QString &prefix : prefixes) {
                const QString head = prefix + name;
                if (rel.startsWith(head) && rel.size() > head.size() && rel[head.size()] != u'.') {
                    if (const auto url = siteFileUrl(m_facts, rel)) {
                        out += relativeUrl(*url, m_facts.baseurl());
                        return Flow::Normal;
                    }
                }
            }
        }
        // Jekyll's deprecated fallback: the same date and slug anywhere.
        for (const QString &rel : std::as_const(*m_postFiles)) {
            const QString fileName = rel.sliced(rel.lastIndexOf(u'/') + 1);
            const auto date = dateOfFileName(fileName);
            if (date && fileName.sliced(11).startsWith(post.slug + u'.') && Ruby::parseTime(post.date, m_facts.zone)
                && date == Ruby::parseTime(post.date, m_facts.zone)->date()) {
                if (const auto url = siteFileUrl(m_facts, rel)) {
                    out += relativeUrl(*url, m_facts.baseurl());
                    return Flow::Normal;
                }
            }
        }
        marker(tpl, node, out,
               LiquidMessages::tr("No post matches “%1”; Jekyll will not build the page.")
                   .arg(post.path + post.date + u'-' + post.slug));
        return Flow::Normal;
    }

    Flow renderContent(const Template &tpl, const Node &node, const IncludeNode &include, QString &out)
    {
        static const QRegularExpression validName(QStringLiteral(R"(^[\w/.\-()+~#@]+$)"));
        static const QRegularExpression invalidSequence(QStringLiteral(R"([./]{2,})"));
        QString file = include.fileHasLiquid ? renderFragment(include.file).trimmed() : include.file;
        if (invalidSequence.match(file).hasMatch() || !validName.match(file).hasMatch()) {
            marker(tpl, node, out,
                   LiquidMessages::tr(
                       "Invalid syntax for the include tag: the file “%1” has invalid characters or sequences; "
                       "Jekyll will not build the page.")
                       .arg(file));
            return Flow::Normal;
        }
        QString folder;
        if (include.relative) {
            folder = QFileInfo(m_context.documentPath).absolutePath();
        } else if (!m_facts.root.isEmpty()) {
            folder = QDir(m_facts.root).filePath(m_facts.folder(u"includes_dir", u"_includes"));
        }
        if (folder.isEmpty() || (include.relative && m_context.documentPath.isEmpty())) {
            marker(tpl, node, out, LiquidMessages::tr("“include” needs the document to be in a Jekyll site."));
            return Flow::Normal;
        }
        const QString path = QDir::cleanPath(folder + u'/' + file);
        // Jekyll's safe mode (GitHub Pages) reads an include only when its real path, links
        // resolved, is inside the folder it is included from; so does Masthead, always.
        if (QFileInfo(path).exists()
            && (!isInsideFolder(folder, path) || (!m_facts.root.isEmpty() && !isInsideSite(m_facts.root, path)))) {
            marker(tpl, node, out,
                   LiquidMessages::tr("The included file “%1” is a symbolic link that leads outside %2; Masthead does "
                                      "not read it, and GitHub Pages (Jekyll's safe mode) will not build the page.")
                       .arg(file, QDir::toNativeSeparators(folder)));
            return Flow::Normal;
        }
        if (!QFileInfo(path).isFile()) {
            marker(tpl, node, out,
                   LiquidMessages::tr("The included file “%1” is not in %2; Jekyll will not build the page.")
                       .arg(file, QDir::toNativeSeparators(folder)));
            return Flow::Normal;
        }
        if (m_includeDepth >= maxIncludeDepth) {
            marker(tpl, node, out, LiquidMessages::tr("The includes nest too deeply (does one include itself?)."));
            return Flow::Normal;
        }
        std::shared_ptr<Template> &partial = m_includes[path];
        if (!partial) {
            const auto text = readTextFile(path);
            if (!text) {
                marker(tpl, node, out, text.error());
                return Flow::Normal;
            }
            partial = parseTemplate(text->text, {}, path, 1);
            for (const Problem &p : partial->problems)
                addProblem(p);
        }
        const std::shared_ptr<Template> keep = partial; // the cache may grow while rendering
        LiquidValue parameters = LiquidValue::Map();
        for (const auto &[key, value] : include.parameters) {
            if (const QString *text = std::get_if<QString>(&value))
                parameters.insert(key, *text);
            else
                parameters.insert(key, evaluate(std::get<Expression>(value)));
        }
        if (include.hasParameters) {
            m_scopes.emplace_back();
            m_scopes.back().insert(QStringLiteral("include"), parameters);
        }
        ++m_includeDepth;
        const Flow flow = renderBody(*keep, keep->nodes, out);
        --m_includeDepth;
        if (include.hasParameters)
            m_scopes.pop_back();
        return flow;
    }

    // Liquid inside a tag's markup ({% include {{ page.x }} %}, {% link {{ y }} %}).
    QString renderFragment(const QString &markup)
    {
        const auto tpl = parseTemplate(markup, {}, m_context.documentPath, 1);
        QString out;
        renderBody(*tpl, tpl->nodes, out);
        return out;
    }

    // ---- values

    std::optional<LiquidValue> evaluatePipeline(const Template &tpl, const Node &node, const Pipeline &pipeline,
                                                QString &out)
    {
        LiquidValue value = evaluate(pipeline.value);
        for (const FilterCall &filter : pipeline.filters) {
            QList<LiquidValue> arguments;
            arguments.reserve(filter.arguments.size());
            for (const Expression &argument : filter.arguments)
                arguments.append(evaluate(argument));
            LiquidValue::Map options;
            for (const auto &[key, option] : filter.options)
                options.append({key, evaluate(option)});
            if (filter.name == u"where_exp" || filter.name == u"find_exp") {
                const auto result = whereExpression(value, arguments, filter.name == u"find_exp");
                if (!result) {
                    marker(tpl, node, out,
                           LiquidMessages::tr(
                               "Masthead cannot read the expression of “%1”; Jekyll will not build the page.")
                               .arg(filter.name));
                    return std::nullopt;
                }
                value = *result;
                continue;
            }
            const FilterResult result = applyFilter(filter.name, value, arguments, options, m_environment);
            if (result.status != FilterResult::Status::Ok) {
                marker(tpl, node, out,
                       result.status == FilterResult::Status::Error
                           ? LiquidMessages::tr("Liquid error in “%1”: %2; Jekyll will not build the page.")
                                 .arg(filter.name, result.error)
                           : LiquidMessages::tr("Masthead cannot preview the Liquid filter “%1”.").arg(filter.name));
                return std::nullopt;
            }
            value = result.value;
            const qsizetype size = value.type() == LiquidValue::Type::Range ? 0 : value.size();
            m_filterWork += size;
            if (size > maxValueSize || m_filterWork > maxFilterWork) {
                stopForBudget(tpl, node, out);
                return std::nullopt;
            }
        }
        return value;
    }

    std::optional<LiquidValue> whereExpression(const LiquidValue &input, const QList<LiquidValue> &arguments, bool find)
    {
        if (!input.isList() && !input.isMap())
            return input;
        const QString variable = arguments.value(0).toString();
        const QString expression = arguments.value(1).toString();
        auto cached = m_conditions.find(expression);
        if (cached == m_conditions.end()) {
            const auto condition = parseCondition(expression);
            if (!condition)
                return std::nullopt;
            cached = m_conditions.insert(expression, *condition);
        }
        LiquidValue::List items;
        if (input.isMap()) {
            for (const auto &pair : input.toMap())
                items.append(pair.second);
        } else {
            items = input.toList();
        }
        LiquidValue::List out;
        m_scopes.emplace_back();
        for (const LiquidValue &item : items) {
            m_scopes.back().insert(variable, item);
            const bool holds = evaluateCondition(*cached);
            m_conditionError.clear();
            if (holds) {
                if (find) {
                    m_scopes.pop_back();
                    return item;
                }
                out.append(item);
            }
        }
        m_scopes.pop_back();
        return find ? LiquidValue() : LiquidValue(out);
    }

    LiquidValue evaluate(const Expression &e)
    {
        switch (e.kind) {
        case Expression::Kind::Literal:
            return e.literal;
        case Expression::Kind::Empty:
        case Expression::Kind::Blank:
            return QString();
        case Expression::Kind::Range: {
            const LiquidValue from = evaluate(*e.from);
            const LiquidValue to = evaluate(*e.to);
            return LiquidValue::range(from.toInteger(), to.toInteger());
        }
        case Expression::Kind::Variable:
            break;
        }
        LiquidValue value;
        qsizetype firstLookup = 0;
        if (e.rootIndex) {
            value = lookupVariable(evaluate(*e.rootIndex).toString());
        } else if (e.root == u"site" && !e.lookups.isEmpty() && e.lookups.first().dotted
                   && e.lookups.first().name == u"posts") {
            value = sitePosts();
            firstLookup = 1;
        } else {
            value = lookupVariable(e.root);
            if (e.root == u"site" && e.lookups.isEmpty())
                value.insert(QStringLiteral("posts"), sitePosts());
        }
        for (qsizetype i = firstLookup; i < e.lookups.size(); ++i) {
            const Lookup &lookup = e.lookups.at(i);
            const LiquidValue key = lookup.index ? evaluate(*lookup.index) : LiquidValue(lookup.name);
            value = lookupIn(value, key, lookup.dotted);
            if (value.isNil())
                return value;
        }
        return value;
    }

    // Liquid's VariableLookup for one step.
    static LiquidValue lookupIn(const LiquidValue &object, const LiquidValue &key, bool dotted)
    {
        if (object.isMap() && key.isString() && object.contains(key.toString()))
            return object.value(key.toString());
        if (object.type() == LiquidValue::Type::List && key.type() == LiquidValue::Type::Integer)
            return object.at(qsizetype(key.toInteger()));
        if (dotted && key.isString()) {
            const QString name = key.toString();
            if (name == u"size" && (object.isList() || object.isMap() || object.isString()))
                return object.size();
            if (name == u"first" && (object.isList() || object.isMap()))
                return object.isMap() ? object.toList().value(0) : object.at(0);
            if (name == u"last" && object.isList())
                return object.at(-1);
        }
        return {};
    }

    LiquidValue lookupVariable(const QString &name)
    {
        for (auto scope = m_scopes.rbegin(); scope != m_scopes.rend(); ++scope) {
            if (const auto found = scope->find(name); found != scope->end())
                return *found;
        }
        if (const auto counter = m_counters.find(name); counter != m_counters.end())
            return *counter;
        if (name == u"page")
            return m_context.page;
        if (name == u"site")
            return m_context.site;
        if (name == u"jekyll") {
            LiquidValue jekyll = LiquidValue::Map();
            jekyll.insert(QStringLiteral("version"), QStringLiteral("4.3.4"));
            jekyll.insert(QStringLiteral("environment"), QStringLiteral("development"));
            return jekyll;
        }
        return {};
    }

    LiquidValue sitePosts()
    {
        if (!m_sitePosts)
            m_sitePosts = m_context.posts ? m_context.posts() : LiquidValue(LiquidValue::List());
        return *m_sitePosts;
    }

    bool evaluateCondition(const Condition &condition)
    {
        for (qsizetype i = 0; i < condition.comparisons.size(); ++i) {
            const bool result = evaluateComparison(condition.comparisons.at(i));
            if (i == condition.ands.size())
                return result;
            if (condition.ands.at(i) ? !result : result)
                return result;
        }
        return false;
    }

    static bool isEmptyLiteral(const Expression &e) { return e.kind == Expression::Kind::Empty; }
    static bool isBlankLiteral(const Expression &e) { return e.kind == Expression::Kind::Blank; }

    // Condition#equal_variables.
    static bool equals(const Expression &leftExpression, const LiquidValue &left, const Expression &rightExpression,
                       const LiquidValue &right)
    {
        if (isBlankLiteral(leftExpression) || isBlankLiteral(rightExpression))
            return false; // blank? is not a method of plain Ruby values
        if (isEmptyLiteral(leftExpression) && isEmptyLiteral(rightExpression))
            return false;
        if (isEmptyLiteral(leftExpression))
            return (right.isString() || right.isList() || right.isMap()) && right.isEmpty();
        if (isEmptyLiteral(rightExpression))
            return (left.isString() || left.isList() || left.isMap()) && left.isEmpty();
        return left == right;
    }

    bool evaluateComparison(const Comparison &c)
    {
        const LiquidValue left = evaluate(c.left);
        if (c.op.isEmpty())
            return left.isTruthy();
        const LiquidValue right = evaluate(c.right);
        if (c.op == u"==")
            return equals(c.left, left, c.right, right);
        if (c.op == u"!=" || c.op == u"<>")
            return !equals(c.left, left, c.right, right);
        if (c.op == u"contains") {
            if (left.isString())
                return !right.isNil() && left.toString().contains(right.toString());
            if (left.isList()) {
                const LiquidValue::List list = left.toList();
                return std::any_of(list.begin(), list.end(), [&](const LiquidValue &item) { return item == right; });
            }
            if (left.isMap())
                return right.isString() && left.contains(right.toString());
            return false;
        }
        // <, >, <=, >= between numbers, strings or times; anything else is not true.
        int order = 0;
        if (left.isNumber() && right.isNumber()) {
            const double a = left.toFloat(), b = right.toFloat();
            if (left.type() == LiquidValue::Type::Integer && right.type() == LiquidValue::Type::Integer)
                order = left.toInteger() < right.toInteger() ? -1 : (left.toInteger() > right.toInteger() ? 1 : 0);
            else
                order = a < b ? -1 : (a > b ? 1 : 0);
        } else if (left.isString() && right.isString()) {
            order = QString::compare(left.toString(), right.toString());
        } else if (left.type() == LiquidValue::Type::Date && right.type() == LiquidValue::Type::Date) {
            order = left.toDateTime() < right.toDateTime() ? -1 : (left.toDateTime() > right.toDateTime() ? 1 : 0);
        } else {
            // Ruby compares numbers, strings and times only among themselves, and fails the build.
            auto comparable = [](const LiquidValue &v) {
                return v.isNumber() || v.isString() || v.type() == LiquidValue::Type::Date;
            };
            if (comparable(left) && comparable(right))
                m_conditionError
                    = LiquidMessages::tr("comparison of %1 with %2 failed").arg(left.inspect(), right.inspect());
            return false;
        }
        if (c.op == u"<")
            return order < 0;
        if (c.op == u">")
            return order > 0;
        if (c.op == u"<=")
            return order <= 0;
        if (c.op == u">=")
            return order >= 0;
        return false;
    }

    const LiquidContext &m_context;
    SiteFacts m_facts;
    QList<Problem> &m_problems;
    FilterEnvironment m_environment;
    std::vector<QHash<QString, LiquidValue>> m_scopes; // [0]: assign and capture
    QHash<QString, qint64> m_counters;
    QHash<QString, int> m_cycles;
    QHash<QString, qint64> m_forOffsets;
    QHash<QString, std::shared_ptr<Template>> m_includes;
    QHash<QString, Condition> m_conditions;
    const Template *m_document = nullptr;
    const QString *m_documentOutput = nullptr;
    QList<SourceAnchor> m_anchors;

public:
    // The source line (0-based) of each line of the document's output.
    QList<int> sourceLines(QStringView source, const QString &output) const
    {
        QList<qsizetype> lineStarts {0};
        for (qsizetype i = source.indexOf(u'\n'); i >= 0; i = source.indexOf(u'\n', i + 1))
            lineStarts.append(i + 1);
        auto lineOf = [&](qsizetype offset) {
            return int(std::upper_bound(lineStarts.cbegin(), lineStarts.cend(), offset) - lineStarts.cbegin()) - 1;
        };
        QList<int> lines;
        qsizetype anchor = -1;
        for (qsizetype start = 0;;) {
            // The last anchor at or before the line's start: copied text maps character by
            // character, a tag's output to where the tag is.
            while (anchor + 1 < m_anchors.size() && m_anchors[anchor + 1].output <= start)
                ++anchor;
            int line = 0;
            if (anchor >= 0) {
                const SourceAnchor &a = m_anchors[anchor];
                line = lineOf(a.source + qMin(start - a.output, a.length));
            }
            lines.append(line);
            const qsizetype end = output.indexOf(u'\n', start);
            if (end < 0)
                break;
            start = end + 1;
        }
        return lines;
    }
    std::optional<CodeRegions> m_code; // of the document, found when the first marker is shown
    std::optional<LiquidValue> m_sitePosts;
    QString m_conditionError; // set by a comparison Liquid refuses
    std::optional<QStringList> m_postFiles;
    QSet<QString> m_problemKeys;
    int m_includeDepth = 0;
    qint64 m_steps = 0;
    qint64 m_filterWork = 0; // characters and elements made by filters so far
    bool m_budgetReported = false;
};

bool hasLiquid(QStringView source)
{
    for (qsizetype i = source.indexOf(u'{'); i >= 0 && i + 1 < source.size(); i = source.indexOf(u'{', i + 1)) {
        if (source[i + 1] == u'{' || source[i + 1] == u'%')
            return true;
    }
    return false;
}
} // namespace

LiquidResult renderLiquid(QStringView source, const LiquidContext &context)
{
    LiquidResult result;
    // Jekyll renders no Liquid where there is none, nor in a document whose front matter says
    // render_with_liquid: false.
    const LiquidValue enabled = context.page.value(u"render_with_liquid");
    if (!hasLiquid(source) || (enabled.type() == LiquidValue::Type::Bool && !enabled.toBool())) {
        result.output = source.toString();
        return result;
    }
    const auto tpl = parseTemplate(QString(), source, context.documentPath, context.firstLine);
    result.output.reserve(source.size() + source.size() / 8);
    Renderer renderer(context, result.problems);
    renderer.render(*tpl, result.output);
    result.sourceLines = renderer.sourceLines(source, result.output);
    return result;
}

} // namespace Masthead
