// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/liquid/liquid_p.h"
#include "core/liquid/liquidtemplate_p.h"

#include <QCoreApplication>
#include <QRegularExpression>

// A tokenizer and a parser after Liquid 5's (Tokenizer, BlockBody, Parser, Lexer, Expression,
// Condition, Variable#lax_parse) with the tags of Liquid and Jekyll 4.3. What cannot be read becomes
// a marker node, so a template always parses.

namespace Masthead::LiquidPrivate
{
namespace
{

// How deep blocks and expressions may nest: far beyond real templates, well within a thread's stack.
constexpr int maxNesting = 64;

// ---------------------------------------------------------------------------------------------
// Tokens: text, {{ output }}, {% tag %}, and an opening "{{" or "{%" that is never closed.

struct Token {
    enum class Kind { Text, Output, Tag, Unterminated };
    Kind kind = Kind::Text;
    qsizetype begin = 0; // the whole token in the source
    qsizetype end = 0;
    qsizetype markupBegin = 0; // inside the delimiters and whitespace-control dashes
    qsizetype markupEnd = 0;
    bool trimLeft = false; // {{- and {%-
    bool trimRight = false; // -}} and -%}
    int line = 0; // 0-based line of begin
};

bool isLiquidSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
}

std::vector<Token> tokenize(QStringView source)
{
    std::vector<Token> tokens;
    int line = 0;
    qsizetype counted = 0;
    auto lineAt = [&](qsizetype pos) {
        line += int(source.sliced(counted, pos - counted).count(u'\n'));
        counted = pos;
        return line;
    };
    qsizetype pos = 0;
    const qsizetype n = source.size();
    while (pos < n) {
        qsizetype open = source.indexOf(u'{', pos);
        while (open >= 0 && open + 1 < n && source[open + 1] != u'{' && source[open + 1] != u'%')
            open = source.indexOf(u'{', open + 1);
        if (open < 0 || open + 1 >= n) {
            tokens.push_back({Token::Kind::Text, pos, n, pos, n, false, false, lineAt(pos)});
            break;
        }
        if (open > pos)
            tokens.push_back({Token::Kind::Text, pos, open, pos, open, false, false, lineAt(pos)});
        Token t;
        t.begin = open;
        t.line = lineAt(open);
        if (source[open + 1] == u'%') {
            const qsizetype close = source.indexOf(u"%}", open + 2);
            if (close < 0) {
                t.kind = Token::Kind::Unterminated;
                t.end = open + 2;
            } else {
                t.kind = Token::Kind::Tag;
                t.end = close + 2;
                t.markupBegin = open + 2;
                t.markupEnd = close;
            }
        } else {
            // Liquid ends a variable at the first '}' ("{{ x }" is an error, "{{ x }}" is not).
            const qsizetype close = source.indexOf(u'}', open + 2);
            if (close < 0) {
                t.kind = Token::Kind::Unterminated;
                t.end = open + 2;
            } else if (close + 1 < n && source[close + 1] == u'}') {
                t.kind = Token::Kind::Output;
                t.end = close + 2;
                t.markupBegin = open + 2;
                t.markupEnd = close;
            } else {
                t.kind = Token::Kind::Unterminated;
                t.end = close + 1;
            }
        }
        if (t.kind != Token::Kind::Unterminated) {
            if (t.markupBegin < t.markupEnd && source[t.markupBegin] == u'-') {
                t.trimLeft = true;
                ++t.markupBegin;
            }
            if (t.markupBegin < t.markupEnd && source[t.markupEnd - 1] == u'-') {
                t.trimRight = true;
                --t.markupEnd;
            }
        }
        tokens.push_back(t);
        pos = t.end;
    }
    // Whitespace control strips the neighbouring text's whitespace, newlines included.
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].kind == Token::Kind::Text)
            continue;
        if (tokens[i].trimLeft && i > 0 && tokens[i - 1].kind == Token::Kind::Text) {
            Token &text = tokens[i - 1];
            while (text.markupEnd > text.markupBegin && isLiquidSpace(source[text.markupEnd - 1]))
                --text.markupEnd;
        }
        if (tokens[i].trimRight && i + 1 < tokens.size() && tokens[i + 1].kind == Token::Kind::Text) {
            Token &text = tokens[i + 1];
            while (text.markupBegin < text.markupEnd && isLiquidSpace(source[text.markupBegin]))
                ++text.markupBegin;
        }
    }
    return tokens;
}

// ---------------------------------------------------------------------------------------------
// Expressions.

struct Lexeme {
    enum class Kind {
        End,
        Identifier,
        String,
        Number,
        Comparison,
        Pipe,
        Dot,
        DotDot,
        Colon,
        Comma,
        OpenSquare,
        CloseSquare,
        OpenRound,
        CloseRound,
        Other
    };
    Kind kind = Kind::End;
    QStringView text;
};

std::vector<Lexeme> lex(QStringView s)
{
    std::vector<Lexeme> out;
    qsizetype i = 0;
    const qsizetype n = s.size();
    auto isIdentifierStart = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
    };
    auto isWord = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
    };
    while (true) {
        while (i < n && s[i].isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype start = i;
        const QChar c = s[i];
        Lexeme::Kind kind = Lexeme::Kind::Other;
        if (c == u'=' && i + 1 < n && s[i + 1] == u'=') {
            i += 2;
            kind = Lexeme::Kind::Comparison;
        } else if (c == u'!' && i + 1 < n && s[i + 1] == u'=') {
            i += 2;
            kind = Lexeme::Kind::Comparison;
        } else if (c == u'<' || c == u'>') {
            ++i;
            if (i < n && (s[i] == u'=' || (c == u'<' && s[i] == u'>')))
                ++i;
            kind = Lexeme::Kind::Comparison;
        } else if (c == u'\'' || c == u'"') {
            const qsizetype close = s.indexOf(c, i + 1);
            if (close < 0) {
                i = n;
                kind = Lexeme::Kind::Other;
            } else {
                i = close + 1;
                kind = Lexeme::Kind::String;
            }
        } else if (c.isDigit() || (c == u'-' && i + 1 < n && s[i + 1].isDigit())) {
            ++i;
            while (i < n && s[i].isDigit())
                ++i;
            if (i + 1 < n && s[i] == u'.' && s[i + 1].isDigit()) {
                ++i;
                while (i < n && s[i].isDigit())
                    ++i;
            }
            kind = Lexeme::Kind::Number;
        } else if (isIdentifierStart(c)) {
            ++i;
            while (i < n && (isWord(s[i]) || s[i] == u'-'))
                ++i;
            if (i < n && s[i] == u'?')
                ++i;
            kind = s.sliced(start, i - start) == u"contains" ? Lexeme::Kind::Comparison : Lexeme::Kind::Identifier;
        } else if (c == u'.' && i + 1 < n && s[i + 1] == u'.') {
            i += 2;
            kind = Lexeme::Kind::DotDot;
        } else {
            ++i;
            switch (c.unicode()) {
            case '|':
                kind = Lexeme::Kind::Pipe;
                break;
            case '.':
                kind = Lexeme::Kind::Dot;
                break;
            case ':':
                kind = Lexeme::Kind::Colon;
                break;
            case ',':
                kind = Lexeme::Kind::Comma;
                break;
            case '[':
                kind = Lexeme::Kind::OpenSquare;
                break;
            case ']':
                kind = Lexeme::Kind::CloseSquare;
                break;
            case '(':
                kind = Lexeme::Kind::OpenRound;
                break;
            case ')':
                kind = Lexeme::Kind::CloseRound;
                break;
            default:
                kind = Lexeme::Kind::Other;
            }
        }
        out.push_back({kind, s.sliced(start, i - start)});
    }
    out.push_back({Lexeme::Kind::End, {}});
    return out;
}

class ExpressionParser
{
public:
    explicit ExpressionParser(QStringView markup)
        : m_lexemes(lex(markup))
    {
    }

    bool atEnd() const { return peek().kind == Lexeme::Kind::End; }
    const Lexeme &peek(size_t ahead = 0) const { return m_lexemes[std::min(m_pos + ahead, m_lexemes.size() - 1)]; }
    bool accept(Lexeme::Kind kind)
    {
        if (peek().kind != kind)
            return false;
        ++m_pos;
        return true;
    }
    bool acceptWord(QStringView word)
    {
        if (peek().kind != Lexeme::Kind::Identifier || peek().text != word)
            return false;
        ++m_pos;
        return true;
    }
    std::optional<QStringView> identifier()
    {
        if (peek().kind != Lexeme::Kind::Identifier)
            return std::nullopt;
        return m_lexemes[m_pos++].text;
    }

    std::optional<Expression> expression()
    {
        // Brackets and ranges nest; a pathological source must not exhaust the stack.
        if (m_depth >= maxNesting)
            return std::nullopt;
        ++m_depth;
        auto e = expressionAt();
        --m_depth;
        return e;
    }

    std::optional<Expression> expressionAt()
    {
        const Lexeme token = peek();
        Expression e;
        switch (token.kind) {
        case Lexeme::Kind::String:
            ++m_pos;
            e.literal = token.text.sliced(1, token.text.size() - 2).toString();
            return e;
        case Lexeme::Kind::Number:
            ++m_pos;
            if (token.text.contains(u'.'))
                e.literal = token.text.toDouble();
            else
                e.literal = integerLiteral(token.text);
            return e;
        case Lexeme::Kind::OpenRound: {
            ++m_pos;
            auto from = expression();
            if (!from || !accept(Lexeme::Kind::DotDot))
                return std::nullopt;
            auto to = expression();
            if (!to || !accept(Lexeme::Kind::CloseRound))
                return std::nullopt;
            e.kind = Expression::Kind::Range;
            e.from = std::make_shared<Expression>(*from);
            e.to = std::make_shared<Expression>(*to);
            return e;
        }
        case Lexeme::Kind::Identifier:
        case Lexeme::Kind::OpenSquare: {
            e.kind = Expression::Kind::Variable;
            if (token.kind == Lexeme::Kind::Identifier) {
                ++m_pos;
                e.root = token.text.toString();
            } else {
                ++m_pos;
                auto index = expression();
                if (!index || !accept(Lexeme::Kind::CloseSquare))
                    return std::nullopt;
                e.rootIndex = std::make_shared<Expression>(*index);
            }
            while (true) {
                if (accept(Lexeme::Kind::Dot)) {
                    const auto name = identifier();
                    if (!name)
                        return std::nullopt;
                    e.lookups.append({name->toString(), nullptr, true});
                } else if (accept(Lexeme::Kind::OpenSquare)) {
                    auto index = expression();
                    if (!index || !accept(Lexeme::Kind::CloseSquare))
                        return std::nullopt;
                    e.lookups.append({QString(), std::make_shared<Expression>(*index), false});
                } else {
                    break;
                }
            }
            if (e.lookups.isEmpty() && !e.rootIndex) {
                // Expression.parse's literals.
                if (e.root == u"nil" || e.root == u"null") {
                    e = Expression();
                } else if (e.root == u"true" || e.root == u"false") {
                    e = Expression {Expression::Kind::Literal, e.root == u"true", {}, {}, {}, {}, {}};
                } else if (e.root == u"empty") {
                    e.kind = Expression::Kind::Empty;
                } else if (e.root == u"blank") {
                    e.kind = Expression::Kind::Blank;
                }
            }
            return e;
        }
        default:
            return std::nullopt;
        }
    }

    // value | filter: argument, key: value | ...
    std::optional<Pipeline> pipeline()
    {
        Pipeline p;
        if (atEnd())
            return p; // {{ }} outputs nothing
        auto value = expression();
        if (!value)
            return std::nullopt;
        p.value = *value;
        while (accept(Lexeme::Kind::Pipe)) {
            const auto name = identifier();
            if (!name)
                return std::nullopt;
            FilterCall filter;
            filter.name = name->toString();
            if (accept(Lexeme::Kind::Colon)) {
                do {
                    if (peek().kind == Lexeme::Kind::Identifier && peek(1).kind == Lexeme::Kind::Colon) {
                        const QString key = identifier()->toString();
                        accept(Lexeme::Kind::Colon);
                        auto option = expression();
                        if (!option)
                            return std::nullopt;
                        filter.options.append({key, *option});
                    } else {
                        auto argument = expression();
                        if (!argument)
                            return std::nullopt;
                        filter.arguments.append(*argument);
                    }
                } while (accept(Lexeme::Kind::Comma));
            }
            p.filters.append(filter);
        }
        return p;
    }

    std::optional<Condition> condition()
    {
        Condition c;
        while (true) {
            auto left = expression();
            if (!left)
                return std::nullopt;
            Comparison comparison {*left, {}, {}};
            if (peek().kind == Lexeme::Kind::Comparison) {
                comparison.op = m_lexemes[m_pos++].text.toString();
                auto right = expression();
                if (!right)
                    return std::nullopt;
                comparison.right = *right;
            }
            c.comparisons.append(comparison);
            if (acceptWord(u"and"))
                c.ands.append(true);
            else if (acceptWord(u"or"))
                c.ands.append(false);
            else
                break;
        }
        return c;
    }

private:
    static LiquidValue integerLiteral(QStringView text)
    {
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        return ok ? LiquidValue(n) : LiquidValue(text.toDouble());
    }

    std::vector<Lexeme> m_lexemes;
    size_t m_pos = 0;
    int m_depth = 0;
};

// Liquid's lax parsing (Variable#lax_parse, Expression.parse, VariableLookup.parse), for markup the
// strict parser refuses.

const QString &quotedFragment()
{
    static const QString pattern = QStringLiteral(R"re((?:"[^"]*"|'[^']*'|(?:[^\s,\|'"]|"[^"]*"|'[^']*')+))re");
    return pattern;
}

Expression laxExpression(QStringView text, int depth = 0);

// VariableLookup.parse: a name, then .names and [expressions].
Expression laxLookup(QStringView markup, int depth)
{
    QList<std::pair<QStringView, bool>> parts; // text, bracketed
    qsizetype i = 0;
    while (i < markup.size()) {
        if (markup[i] == u'[') {
            int open = 0;
            qsizetype j = i;
            for (; j < markup.size(); ++j) {
                if (markup[j] == u'[')
                    ++open;
                else if (markup[j] == u']' && --open == 0)
                    break;
            }
            if (j >= markup.size())
                break;
            parts.append({markup.sliced(i + 1, j - i - 1), true});
            i = j + 1;
        } else if (markup[i].isLetterOrNumber() || markup[i] == u'_' || markup[i] == u'-') {
            const qsizetype begin = i;
            while (i < markup.size() && (markup[i].isLetterOrNumber() || markup[i] == u'_' || markup[i] == u'-'))
                ++i;
            if (i < markup.size() && markup[i] == u'?')
                ++i;
            parts.append({markup.sliced(begin, i - begin), false});
        } else {
            ++i;
        }
    }
    Expression e;
    e.kind = Expression::Kind::Variable;
    if (parts.isEmpty())
        return Expression();
    if (parts.first().second)
        e.rootIndex = std::make_shared<Expression>(laxExpression(parts.first().first, depth + 1));
    else
        e.root = parts.first().first.toString();
    for (qsizetype k = 1; k < parts.size(); ++k) {
        if (parts[k].second) {
            e.lookups.append(
                {QString(), std::make_shared<Expression>(laxExpression(parts[k].first, depth + 1)), false});
        } else {
            const QString name = parts[k].first.toString();
            e.lookups.append({name, nullptr, name == u"size" || name == u"first" || name == u"last"});
        }
    }
    return e;
}

// Expression.parse.
Expression laxExpression(QStringView text, int depth)
{
    static const QRegularExpression integer(QStringLiteral(R"(^(-?\d+)$)"));
    static const QRegularExpression range(QStringLiteral(R"(^\(\s*(\S+)\s*\.\.\s*(\S+)\s*\)$)"));
    static const QRegularExpression floating(QStringLiteral(R"(^(-?\d[\d\.]+)$)"));
    const QStringView markup = text.trimmed();
    Expression e;
    if (markup.size() >= 2 && (markup.front() == u'"' || markup.front() == u'\'') && markup.back() == markup.front()) {
        e.literal = markup.sliced(1, markup.size() - 2).toString();
        return e;
    }
    if (integer.matchView(markup).hasMatch()) {
        bool ok = false;
        const qint64 n = markup.toLongLong(&ok);
        e.literal = ok ? LiquidValue(n) : LiquidValue(markup.toDouble());
        return e;
    }
    if (const auto m = range.matchView(markup); m.hasMatch()) {
        e.kind = Expression::Kind::Range;
        e.from = std::make_shared<Expression>(laxExpression(m.capturedView(1), depth + 1));
        e.to = std::make_shared<Expression>(laxExpression(m.capturedView(2), depth + 1));
        return e;
    }
    if (floating.matchView(markup).hasMatch()) {
        // Ruby's to_f reads the leading number of "1.2.3".
        const qsizetype second = markup.indexOf(u'.', markup.indexOf(u'.') + 1);
        e.literal = (second < 0 ? markup : markup.first(second)).toDouble();
        return e;
    }
    if (markup.isEmpty() || markup == u"nil" || markup == u"null")
        return e;
    if (markup == u"true" || markup == u"false") {
        e.literal = markup == u"true";
        return e;
    }
    if (markup == u"empty" || markup == u"blank") {
        e.kind = markup == u"empty" ? Expression::Kind::Empty : Expression::Kind::Blank;
        return e;
    }
    return depth < maxNesting ? laxLookup(markup, depth) : Expression();
}

Pipeline laxPipeline(QStringView markup)
{
    static const QRegularExpression nameAndRest(u'(' + quotedFragment() + QStringLiteral(")(.*)"),
                                                QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression filterMarkup(QStringLiteral(R"(\|\s*(.*))"),
                                                 QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression filterParser(QStringLiteral(R"((?:\s+|)") + quotedFragment()
                                                 + QStringLiteral("|,)+"));
    static const QRegularExpression word(QStringLiteral(R"(\w+)"));
    static const QRegularExpression filterArgument(QStringLiteral(R"((?::|,)\s*((?:\w+\s*\:\s*)?)") + quotedFragment()
                                                   + u')');
    static const QRegularExpression keyword(QStringLiteral(R"(^(\w[\w-]*)\s*\:\s*()") + quotedFragment()
                                            + QStringLiteral(")$"));
    Pipeline pipeline;
    const auto m = nameAndRest.matchView(markup);
    if (!m.hasMatch())
        return pipeline; // renders nothing
    pipeline.value = laxExpression(m.capturedView(1));
    const auto filters = filterMarkup.matchView(m.capturedView(2));
    if (!filters.hasMatch())
        return pipeline;
    for (auto it = filterParser.globalMatchView(filters.capturedView(1)); it.hasNext();) {
        const QStringView f = it.next().capturedView();
        const auto name = word.matchView(f);
        if (!name.hasMatch())
            continue;
        FilterCall call;
        call.name = name.captured();
        for (auto args = filterArgument.globalMatchView(f); args.hasNext();) {
            const QStringView argument = args.next().capturedView(1);
            if (const auto k = keyword.matchView(argument); k.hasMatch())
                call.options.append({k.captured(1), laxExpression(k.capturedView(2))});
            else
                call.arguments.append(laxExpression(argument));
        }
        pipeline.filters.append(call);
    }
    return pipeline;
}

// ---------------------------------------------------------------------------------------------
// The parser.

// The collection's text in a for tag's markup ("x in site.posts limit: 3" -> "site.posts").
QString collectionText(QStringView markup)
{
    static const QRegularExpression in(QStringLiteral(R"(\bin\s+(\S+))"));
    const auto m = in.matchView(markup);
    return m.hasMatch() ? m.captured(1) : markup.toString();
}

QString tagName(QStringView markup, qsizetype *nameEnd)
{
    qsizetype i = 0;
    while (i < markup.size() && markup[i].isSpace())
        ++i;
    const qsizetype begin = i;
    if (i < markup.size() && markup[i] == u'#') {
        *nameEnd = i + 1;
        return QStringLiteral("#");
    }
    while (i < markup.size() && (markup[i].isLetterOrNumber() || markup[i] == u'_'))
        ++i;
    *nameEnd = i;
    return markup.sliced(begin, i - begin).toString();
}

class Parser
{
public:
    explicit Parser(Template &tpl)
        : m_tpl(tpl)
        , m_tokens(tokenize(tpl.source))
    {
    }

    void parse()
    {
        Body body;
        parseBody(body, {});
        m_tpl.nodes = std::move(body);
    }

private:
    struct Tag {
        QString name;
        QStringView markup; // after the name, trimmed
        size_t token = 0;
    };

    Tag tagAt(size_t index) const
    {
        const Token &t = m_tokens[index];
        const QStringView markup = m_tpl.source.sliced(t.markupBegin, t.markupEnd - t.markupBegin);
        qsizetype nameEnd = 0;
        const QString name = tagName(markup, &nameEnd);
        return {name, markup.sliced(nameEnd).trimmed(), index};
    }

    Node nodeAt(size_t index) const
    {
        const Token &t = m_tokens[index];
        Node node;
        node.begin = t.begin;
        node.end = t.end;
        node.line = t.line;
        return node;
    }

    Node marker(size_t index, const QString &message, Problem::Severity severity, const QString &code)
    {
        Node node = nodeAt(index);
        node.content = MarkerNode {message, severity, code};
        report(node, message, severity, code);
        return node;
    }

    Node syntaxError(size_t index, const QString &message)
    {
        return marker(index, message, Problem::Severity::Error, QStringLiteral("liquid-error"));
    }

    void report(const Node &node, const QString &message, Problem::Severity severity, const QString &code)
    {
        m_tpl.problems.append({severity, code, m_tpl.file, m_tpl.firstLine + node.line, 0, message});
    }

    // Parses nodes into body until one of the end tags; returns the index of the end tag's token, or
    // nothing when the template ended first.
    std::optional<size_t> parseBody(Body &body, const QStringList &endTags)
    {
        while (m_pos < m_tokens.size()) {
            const size_t index = m_pos++;
            const Token &token = m_tokens[index];
            switch (token.kind) {
            case Token::Kind::Text:
                if (token.markupEnd > token.markupBegin) {
                    Node node = nodeAt(index);
                    node.content = TextNode {token.markupBegin, token.markupEnd};
                    body.push_back(std::move(node));
                }
                break;
            case Token::Kind::Unterminated:
                body.push_back(syntaxError(index,
                                           m_tpl.source[token.begin + 1] == u'%'
                                               ? LiquidMessages::tr("“{%” is never closed with “%}”; Jekyll will not "
                                                                    "build the page.")
                                               : LiquidMessages::tr("“{{” is never closed with “}}”; Jekyll will not "
                                                                    "build the page.")));
                break;
            case Token::Kind::Output: {
                Node node = nodeAt(index);
                const QStringView markup = m_tpl.source.sliced(token.markupBegin, token.markupEnd - token.markupBegin);
                if (auto pipeline = parsePipeline(markup, index, &node)) {
                    node.content = OutputNode {std::move(*pipeline)};
                }
                body.push_back(std::move(node));
                break;
            }
            case Token::Kind::Tag: {
                const Tag tag = tagAt(index);
                if (endTags.contains(tag.name))
                    return index;
                parseTag(body, tag);
                break;
            }
            }
        }
        return std::nullopt;
    }

    // A pipeline, or a marker in node when it cannot be read or uses a filter nobody has.
    std::optional<Pipeline> parsePipeline(QStringView markup, size_t index, Node *node)
    {
        ExpressionParser parser(markup);
        auto pipeline = parser.pipeline();
        if (!pipeline || !parser.atEnd()) {
            // Jekyll's Liquid runs in "warn" mode: what the strict parser refuses, the lax one reads.
            pipeline = laxPipeline(markup);
            report(nodeAt(index),
                   LiquidMessages::tr("Liquid reads this only loosely and Jekyll warns about it; check its syntax."),
                   Problem::Severity::Warning, QStringLiteral("liquid-warning"));
        }
        for (const FilterCall &filter : pipeline->filters) {
            if (filter.name == u"where_exp" || filter.name == u"find_exp")
                continue;
            const FilterResult::Status status = filterAvailability(filter.name);
            if (status == FilterResult::Status::Unknown) {
                *node = marker(
                    index,
                    LiquidMessages::tr("Masthead cannot preview the Liquid filter “%1”: neither Liquid nor Jekyll "
                                       "has it (a plugin may).")
                        .arg(filter.name),
                    Problem::Severity::Warning, QStringLiteral("liquid-unsupported"));
                return std::nullopt;
            }
            if (status == FilterResult::Status::Unsupported) {
                *node = marker(index,
                               LiquidMessages::tr("Masthead cannot preview the Liquid filter “%1”.").arg(filter.name),
                               Problem::Severity::Warning, QStringLiteral("liquid-unsupported"));
                return std::nullopt;
            }
        }
        return pipeline;
    }

    void parseBlock(Body &body, const Tag &tag)
    {
        if (tag.name == u"if" || tag.name == u"unless")
            parseIf(body, tag);
        else if (tag.name == u"case")
            parseCase(body, tag);
        else if (tag.name == u"for")
            parseFor(body, tag);
        else if (tag.name == u"capture")
            parseCapture(body, tag);
        else
            parseHighlight(body, tag);
    }

    void parseTag(Body &body, const Tag &tag)
    {
        const size_t index = tag.token;
        const QString &name = tag.name;
        Node node = nodeAt(index);
        if (name == u"#")
            return; // {% # a comment %}
        static const QStringList blocks {QStringLiteral("if"),  QStringLiteral("unless"),  QStringLiteral("case"),
                                         QStringLiteral("for"), QStringLiteral("capture"), QStringLiteral("highlight")};
        if (blocks.contains(name)) {
            if (m_blockDepth >= maxNesting) {
                body.push_back(marker(index, LiquidMessages::tr("The Liquid blocks nest too deeply to preview."),
                                      Problem::Severity::Warning, QStringLiteral("liquid-unsupported")));
                return;
            }
            ++m_blockDepth;
            parseBlock(body, tag);
            --m_blockDepth;
            return;
        }
        if (name == u"raw") {
            parseRaw(body, tag);
        } else if (name == u"comment") {
            skipComment(body, tag);
        } else if (name == u"assign") {
            const qsizetype equals = tag.markup.indexOf(u'=');
            const QString variable = equals > 0 ? tag.markup.first(equals).trimmed().toString() : QString();
            if (variable.isEmpty()) {
                body.push_back(syntaxError(index, LiquidMessages::tr("“assign” needs a variable, “=” and a value.")));
                return;
            }
            if (auto value = parsePipeline(tag.markup.sliced(equals + 1), index, &node))
                node.content = AssignNode {variable, *value};
            body.push_back(std::move(node));
        } else if (name == u"echo") {
            if (auto value = parsePipeline(tag.markup, index, &node))
                node.content = OutputNode {*value};
            body.push_back(std::move(node));
        } else if (name == u"increment" || name == u"decrement") {
            node.content = CounterNode {tag.markup.toString(), name == u"increment" ? 1 : -1};
            body.push_back(std::move(node));
        } else if (name == u"break" || name == u"continue") {
            node.content = InterruptNode {name == u"break"};
            body.push_back(std::move(node));
        } else if (name == u"cycle") {
            parseCycle(body, tag);
        } else if (name == u"include" || name == u"include_relative" || name == u"include_cached") {
            parseInclude(body, tag);
        } else if (name == u"link") {
            node.content = LinkNode {tag.markup.toString()};
            body.push_back(std::move(node));
        } else if (name == u"post_url") {
            static const QRegularExpression matcher(QStringLiteral(R"(^(.+/)*(\d+-\d+-\d+)-(.*)$)"));
            QString postName = tag.markup.toString();
            if (postName.startsWith(u'/'))
                postName.remove(0, 1);
            const auto m = matcher.match(postName);
            if (!m.hasMatch()) {
                body.push_back(
                    syntaxError(index,
                                LiquidMessages::tr(
                                    "“%1” is not the name of a post (YYYY-MM-DD-slug); Jekyll will not build the page.")
                                    .arg(tag.markup)));
                return;
            }
            node.content = PostUrlNode {m.captured(1), m.captured(2), m.captured(3)};
            body.push_back(std::move(node));
        } else if (isStrayTag(name)) {
            body.push_back(syntaxError(
                index,
                LiquidMessages::tr("“%1” closes or continues a block that is not open; Jekyll will not build the page.")
                    .arg(name)));
        } else if (name == u"tablerow" || name == u"ifchanged" || name == u"render" || name == u"liquid") {
            body.push_back(marker(index, LiquidMessages::tr("Masthead cannot preview the Liquid tag “%1”.").arg(name),
                                  Problem::Severity::Warning, QStringLiteral("liquid-unsupported")));
        } else {
            body.push_back(
                marker(index,
                       LiquidMessages::tr("Masthead cannot preview the Liquid tag “%1”: neither Liquid nor Jekyll has "
                                          "it (a plugin may).")
                           .arg(name.isEmpty() ? tag.markup.toString() : name),
                       Problem::Severity::Warning, QStringLiteral("liquid-unsupported")));
        }
    }

    static bool isStrayTag(const QString &name)
    {
        static const QStringList stray {
            QStringLiteral("else"),        QStringLiteral("elsif"),        QStringLiteral("when"),
            QStringLiteral("endif"),       QStringLiteral("endunless"),    QStringLiteral("endcase"),
            QStringLiteral("endfor"),      QStringLiteral("endcapture"),   QStringLiteral("endraw"),
            QStringLiteral("endcomment"),  QStringLiteral("endhighlight"), QStringLiteral("endtablerow"),
            QStringLiteral("endifchanged")};
        return stray.contains(name);
    }

    using Parts = std::vector<std::pair<std::optional<size_t>, Body>>;

    // A block whose end tag never comes: the opening tag (and the tags continuing it) become markers,
    // and what they held renders as if they were not there.
    void unclosed(Body &body, size_t openIndex, const QString &name, const QString &endName, Parts parts)
    {
        body.push_back(syntaxError(
            openIndex,
            LiquidMessages::tr("“%1” is never closed with “%2”; Jekyll will not build the page.").arg(name, endName)));
        for (auto &[tagIndex, partBody] : parts) {
            if (tagIndex)
                body.push_back(syntaxError(
                    *tagIndex, LiquidMessages::tr("This belongs to a “%1” that is never closed.").arg(name)));
            for (Node &n : partBody)
                body.push_back(std::move(n));
        }
    }

    std::optional<Condition> parseCondition(QStringView markup, size_t index, Body &body)
    {
        ExpressionParser parser(markup);
        auto condition = parser.condition();
        if (!condition || !parser.atEnd()) {
            body.push_back(syntaxError(
                index, LiquidMessages::tr("Masthead cannot read this condition; Jekyll will not build the page.")));
            return std::nullopt;
        }
        return condition;
    }

    void parseIf(Body &body, const Tag &tag)
    {
        Node node = nodeAt(tag.token);
        IfNode block;
        block.unless = tag.name == u"unless";
        const QString endName = u"end" + tag.name;
        Body conditionErrors;
        auto condition = parseCondition(tag.markup, tag.token, conditionErrors);
        bool valid = condition.has_value();
        std::vector<std::optional<size_t>> branchTags; // the elsif or else opening each branch
        std::optional<size_t> branchTag;
        IfNode::Branch branch {condition, {}};
        while (true) {
            const auto stop = parseBody(branch.body, {QStringLiteral("elsif"), QStringLiteral("else"), endName});
            branchTags.push_back(branchTag);
            block.branches.push_back(std::move(branch));
            if (!stop) {
                Parts parts;
                for (size_t i = 0; i < block.branches.size(); ++i)
                    parts.push_back({branchTags[i], std::move(block.branches[i].body)});
                unclosed(body, tag.token, tag.name, endName, std::move(parts));
                return;
            }
            const Tag next = tagAt(*stop);
            if (next.name == endName)
                break;
            branchTag = *stop;
            if (next.name == u"elsif") {
                auto c = parseCondition(next.markup, *stop, conditionErrors);
                valid = valid && c.has_value();
                branch = IfNode::Branch {c, {}};
            } else {
                branch = IfNode::Branch {std::nullopt, {}};
            }
        }
        if (!valid) {
            // Which branch holds is unknown: only the markers of what cannot be read.
            for (Node &n : conditionErrors)
                body.push_back(std::move(n));
            return;
        }
        node.content = std::move(block);
        body.push_back(std::move(node));
    }

    void parseCase(Body &body, const Tag &tag)
    {
        Node node = nodeAt(tag.token);
        CaseNode block;
        ExpressionParser subject(tag.markup);
        const auto value = subject.expression();
        const bool valid = value.has_value() && subject.atEnd();
        if (valid)
            block.subject = *value;
        const QStringList stops {QStringLiteral("when"), QStringLiteral("else"), QStringLiteral("endcase")};
        Parts parts;
        Body ignored; // Liquid drops what stands before the first "when"
        auto stop = parseBody(ignored, stops);
        parts.push_back({std::nullopt, std::move(ignored)});
        while (stop) {
            const Tag next = tagAt(*stop);
            if (next.name == u"endcase")
                break;
            CaseNode::Branch branch;
            if (next.name == u"when") {
                ExpressionParser parser(next.markup);
                QList<Expression> values;
                do {
                    auto v = parser.expression();
                    if (!v) {
                        values.clear();
                        break;
                    }
                    values.append(*v);
                } while (parser.accept(Lexeme::Kind::Comma) || parser.acceptWord(u"or"));
                if (values.isEmpty() || !parser.atEnd()) {
                    body.push_back(syntaxError(
                        *stop,
                        LiquidMessages::tr("Masthead cannot read this “when”; Jekyll will not build the page.")));
                    values.clear();
                }
                branch.values = values;
            }
            const size_t branchTag = *stop;
            stop = parseBody(branch.body, stops);
            parts.push_back({branchTag, branch.body});
            block.branches.push_back(std::move(branch));
        }
        if (!stop) {
            unclosed(body, tag.token, QStringLiteral("case"), QStringLiteral("endcase"), std::move(parts));
            return;
        }
        if (!valid) {
            body.push_back(syntaxError(
                tag.token, LiquidMessages::tr("Masthead cannot read this “case”; Jekyll will not build the page.")));
            return;
        }
        node.content = std::move(block);
        body.push_back(std::move(node));
    }

    void parseFor(Body &body, const Tag &tag)
    {
        Node node = nodeAt(tag.token);
        ForNode loop;
        ExpressionParser parser(tag.markup);
        const auto variable = parser.identifier();
        std::optional<Expression> collection;
        bool valid = variable.has_value() && parser.acceptWord(u"in") && (collection = parser.expression()).has_value();
        if (valid) {
            loop.variable = variable->toString();
            loop.collection = *collection;
            // Liquid names the loop for offset:continue by its variable and collection.
            loop.name = loop.variable + u'-' + collectionText(tag.markup);
            loop.reversed = parser.acceptWord(u"reversed");
            while (valid && !parser.atEnd()) {
                parser.accept(Lexeme::Kind::Comma);
                const auto attribute = parser.identifier();
                if (!attribute || (*attribute != u"limit" && *attribute != u"offset")
                    || !parser.accept(Lexeme::Kind::Colon)) {
                    valid = false;
                    break;
                }
                const bool isLimit = *attribute == u"limit";
                if (!isLimit && parser.acceptWord(u"continue")) {
                    loop.continueOffset = true;
                    continue;
                }
                auto value = parser.expression();
                if (!value) {
                    valid = false;
                    break;
                }
                (isLimit ? loop.limit : loop.offset) = *value;
            }
        }
        const auto elseOrEnd = parseBody(loop.body, {QStringLiteral("else"), QStringLiteral("endfor")});
        std::optional<size_t> end = elseOrEnd;
        if (elseOrEnd && tagAt(*elseOrEnd).name == u"else")
            end = parseBody(loop.elseBody, {QStringLiteral("endfor")});
        if (!end) {
            Parts parts;
            parts.push_back({std::nullopt, std::move(loop.body)});
            if (elseOrEnd)
                parts.push_back({elseOrEnd, std::move(loop.elseBody)});
            unclosed(body, tag.token, QStringLiteral("for"), QStringLiteral("endfor"), std::move(parts));
            return;
        }
        if (!valid) {
            body.push_back(syntaxError(
                tag.token, LiquidMessages::tr("Masthead cannot read this “for”; Jekyll will not build the page.")));
            return;
        }
        node.content = std::move(loop);
        body.push_back(std::move(node));
    }

    void parseCapture(Body &body, const Tag &tag)
    {
        Node node = nodeAt(tag.token);
        QString name = tag.markup.toString();
        if (name.size() >= 2 && (name.front() == u'"' || name.front() == u'\'') && name.back() == name.front())
            name = name.sliced(1, name.size() - 2);
        static const QRegularExpression valid(QStringLiteral(R"(^[\w-]+$)"));
        CaptureNode capture {name, {}};
        const auto end = parseBody(capture.body, {QStringLiteral("endcapture")});
        if (!end) {
            Parts parts;
            parts.push_back({std::nullopt, std::move(capture.body)});
            unclosed(body, tag.token, QStringLiteral("capture"), QStringLiteral("endcapture"), std::move(parts));
            return;
        }
        if (!valid.match(name).hasMatch()) {
            body.push_back(syntaxError(
                tag.token, LiquidMessages::tr("“capture” needs a variable name; Jekyll will not build the page.")));
            return;
        }
        node.content = std::move(capture);
        body.push_back(std::move(node));
    }

    void parseHighlight(Body &body, const Tag &tag)
    {
        static const QRegularExpression syntax(
            QStringLiteral(R"(^([a-zA-Z0-9.+#_-]+)((\s+\w+(=(\w+|"([0-9]+\s)*[0-9]+"))?)*)$)"));
        Node node = nodeAt(tag.token);
        HighlightNode highlight;
        const auto m = syntax.matchView(tag.markup);
        if (m.hasMatch()) {
            highlight.language = m.captured(1).toLower();
            static const QRegularExpression options(QStringLiteral(R"((?:\w="[^"]*"|\w=\w|\w)+)"));
            for (auto it = options.globalMatch(m.captured(2)); it.hasNext();) {
                if (it.next().captured().section(u'=', 0, 0) == u"linenos")
                    highlight.lineNumbers = true;
            }
        }
        const auto end = parseBody(highlight.body, {QStringLiteral("endhighlight")});
        if (!end) {
            Parts parts;
            parts.push_back({std::nullopt, std::move(highlight.body)});
            unclosed(body, tag.token, QStringLiteral("highlight"), QStringLiteral("endhighlight"), std::move(parts));
            return;
        }
        if (!m.hasMatch()) {
            body.push_back(syntaxError(tag.token,
                                       LiquidMessages::tr("“highlight” needs a language (highlight <lang> [linenos]); "
                                                          "Jekyll will not build the page.")));
            return;
        }
        node.content = std::move(highlight);
        body.push_back(std::move(node));
    }

    void parseRaw(Body &body, const Tag &tag)
    {
        // Liquid's Raw#parse: the body ends at the first token that ends with "{% endraw %}" (written
        // without whitespace control), whatever stands before it in that token.
        static const QRegularExpression fullToken(QStringLiteral(R"(^(.*)\{%\s*(\w+)\s*(.*)?%\}$)"),
                                                  QRegularExpression::DotMatchesEverythingOption);
        const Token &open = m_tokens[tag.token];
        if (!tag.markup.isEmpty())
            body.push_back(syntaxError(tag.token,
                                       LiquidMessages::tr("“raw” takes nothing after its name; Jekyll will not "
                                                          "build the page.")));
        for (size_t i = m_pos; i < m_tokens.size(); ++i) {
            const Token &token = m_tokens[i];
            if (token.kind == Token::Kind::Text)
                continue;
            const auto m = fullToken.matchView(m_tpl.source.sliced(token.begin, token.end - token.begin));
            if (!m.hasMatch() || m.capturedView(2) != u"endraw")
                continue;
            const qsizetype end = token.begin + m.capturedLength(1);
            m_pos = i + 1;
            if (end > open.end) {
                Node node = nodeAt(tag.token);
                node.content = TextNode {open.end, end};
                body.push_back(std::move(node));
            }
            return;
        }
        unclosed(body, tag.token, QStringLiteral("raw"), QStringLiteral("endraw"), {});
    }

    void skipComment(Body &body, const Tag &tag)
    {
        int depth = 1;
        bool raw = false;
        for (size_t i = m_pos; i < m_tokens.size(); ++i) {
            if (m_tokens[i].kind != Token::Kind::Tag)
                continue;
            const QString name = tagAt(i).name;
            if (raw) {
                raw = name != u"endraw";
            } else if (name == u"raw") {
                raw = true;
            } else if (name == u"comment") {
                ++depth;
            } else if (name == u"endcomment" && --depth == 0) {
                m_pos = i + 1;
                return;
            }
        }
        unclosed(body, tag.token, QStringLiteral("comment"), QStringLiteral("endcomment"), {});
    }

    void parseCycle(Body &body, const Tag &tag)
    {
        Node node = nodeAt(tag.token);
        CycleNode cycle;
        ExpressionParser parser(tag.markup);
        auto first = parser.expression();
        bool valid = first.has_value();
        if (valid && parser.accept(Lexeme::Kind::Colon)) {
            cycle.group = first;
            first = parser.expression();
            valid = first.has_value();
        }
        if (valid) {
            cycle.values.append(*first);
            while (valid && parser.accept(Lexeme::Kind::Comma)) {
                auto value = parser.expression();
                valid = value.has_value();
                if (valid)
                    cycle.values.append(*value);
            }
            valid = valid && parser.atEnd();
        }
        if (!valid) {
            body.push_back(syntaxError(
                tag.token, LiquidMessages::tr("Masthead cannot read this “cycle”; Jekyll will not build the page.")));
            return;
        }
        const qsizetype colon = cycle.group ? tag.markup.indexOf(u':') : -1;
        cycle.key = tag.markup.sliced(colon + 1).trimmed().toString();
        node.content = std::move(cycle);
        body.push_back(std::move(node));
    }

    void parseInclude(Body &body, const Tag &tag)
    {
        // Jekyll::Tags::IncludeTag's syntax.
        static const QRegularExpression variableSyntax(
            QStringLiteral(R"(^(?<variable>[^{]*(\{\{\s*[\w\-.]+\s*(\|.*)?\}\}[^\s{}]*)+)(?<params>.*)$)"),
            QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression validSyntax(QStringLiteral(
            R"re(([\w-]+)\s*=\s*(?:"([^"\\]*(?:\\.[^"\\]*)*)"|'([^'\\]*(?:\\.[^'\\]*)*)'|([\w.-]+)))re"));
        static const QRegularExpression fullValidSyntax(QStringLiteral(
            R"re(^\s*(?:([\w-]+)\s*=\s*(?:"([^"\\]*(?:\\.[^"\\]*)*)"|'([^'\\]*(?:\\.[^'\\]*)*)'|([\w.-]+))(?=\s|$)\s*)*$)re"));
        Node node = nodeAt(tag.token);
        IncludeNode include;
        include.relative = tag.name == u"include_relative";
        QString params;
        if (const auto m = variableSyntax.matchView(tag.markup); m.hasMatch()) {
            include.file = m.captured(u"variable").trimmed();
            include.fileHasLiquid = true;
            params = m.captured(u"params").trimmed();
        } else {
            const QString markup = tag.markup.toString();
            const qsizetype space = markup.indexOf(QRegularExpression(QStringLiteral("\\s")));
            include.file = space < 0 ? markup : markup.first(space);
            params = space < 0 ? QString() : markup.sliced(space).trimmed();
        }
        if (include.file.isEmpty()) {
            body.push_back(syntaxError(tag.token, LiquidMessages::tr("“%1” needs a file name.").arg(tag.name)));
            return;
        }
        if (!params.isEmpty()) {
            if (!fullValidSyntax.match(params).hasMatch()) {
                body.push_back(syntaxError(tag.token,
                                           LiquidMessages::tr("Invalid syntax for the include tag: %1 (write "
                                                              "param=\"value\"); Jekyll will not build the page.")
                                               .arg(params)));
                return;
            }
            include.hasParameters = true;
            for (auto it = validSyntax.globalMatch(params); it.hasNext();) {
                const auto m = it.next();
                if (m.capturedStart(2) >= 0) {
                    include.parameters.append(
                        {m.captured(1), m.captured(2).replace(QLatin1String("\\\""), QLatin1String("\""))});
                } else if (m.capturedStart(3) >= 0) {
                    include.parameters.append(
                        {m.captured(1), m.captured(3).replace(QLatin1String("\\'"), QLatin1String("'"))});
                } else {
                    ExpressionParser parser(m.capturedView(4));
                    auto value = parser.expression();
                    include.parameters.append({m.captured(1),
                                               value ? std::variant<QString, Expression>(*value)
                                                     : std::variant<QString, Expression>(Expression())});
                }
            }
        }
        node.content = std::move(include);
        body.push_back(std::move(node));
    }

    Template &m_tpl;
    std::vector<Token> m_tokens;
    size_t m_pos = 0;
    int m_blockDepth = 0;
};

} // namespace

std::shared_ptr<Template> parseTemplate(QString ownedSource, QStringView borrowed, const QString &file, int firstLine)
{
    auto tpl = std::make_shared<Template>();
    tpl->ownedSource = std::move(ownedSource);
    tpl->source = tpl->ownedSource.isNull() ? borrowed : QStringView(tpl->ownedSource);
    tpl->file = file;
    tpl->firstLine = firstLine;
    Parser(*tpl).parse();
    return tpl;
}

std::optional<Condition> parseCondition(QStringView markup)
{
    ExpressionParser parser(markup);
    auto condition = parser.condition();
    if (!condition || !parser.atEnd())
        return std::nullopt;
    return condition;
}

} // namespace Masthead::LiquidPrivate
