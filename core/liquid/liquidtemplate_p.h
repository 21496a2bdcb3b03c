// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The parsed form of a Liquid template, shared by the parser (liquidparser.cpp) and the renderer
// (liquid.cpp). Internal to the Liquid engine.

#include "core/liquid/liquid.h"
#include "core/problem.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <variant>
#include <vector>

namespace Masthead::LiquidPrivate
{

struct Expression;
using ExpressionPtr = std::shared_ptr<const Expression>;

struct Lookup {
    QString name; // for .name and ["literal"]
    ExpressionPtr index; // for [expression]
    bool dotted = false; // .size, .first and .last work on lists only when written with a dot
};

struct Expression {
    enum class Kind { Literal, Empty, Blank, Variable, Range };
    Kind kind = Kind::Literal;
    LiquidValue literal;
    QString root; // a variable's name
    ExpressionPtr rootIndex; // [expression] as the root
    QList<Lookup> lookups;
    ExpressionPtr from, to; // a range's ends
};

struct FilterCall {
    QString name;
    QList<Expression> arguments;
    QList<std::pair<QString, Expression>> options;
};

struct Pipeline {
    Expression value;
    QList<FilterCall> filters;
};

struct Comparison {
    Expression left;
    QString op; // empty: the truth of left
    Expression right;
};

struct Condition {
    QList<Comparison> comparisons;
    QList<bool> ands; // between comparisons: true for "and", false for "or"
};

struct Node;
using Body = std::vector<Node>;

struct TextNode {
    qsizetype begin = 0;
    qsizetype end = 0;
};
struct MarkerNode {
    QString message;
    Problem::Severity severity = Problem::Severity::Warning;
    QString code;
};
struct OutputNode {
    Pipeline pipeline;
};
struct AssignNode {
    QString name;
    Pipeline value;
};
struct CaptureNode {
    QString name;
    Body body;
};
struct IfNode {
    struct Branch {
        std::optional<Condition> condition; // none: else
        Body body;
    };
    std::vector<Branch> branches;
    bool unless = false;
};
struct CaseNode {
    struct Branch {
        std::optional<QList<Expression>> values; // none: else
        Body body;
    };
    Expression subject;
    std::vector<Branch> branches;
};
struct ForNode {
    QString variable;
    QString name; // for offset: continue
    Expression collection;
    bool reversed = false;
    std::optional<Expression> limit;
    std::optional<Expression> offset;
    bool continueOffset = false;
    Body body;
    Body elseBody;
};
struct InterruptNode {
    bool isBreak = true;
};
struct CycleNode {
    std::optional<Expression> group;
    QString key;
    QList<Expression> values;
};
struct CounterNode {
    QString name;
    int delta = 1;
};
struct HighlightNode {
    QString language;
    bool lineNumbers = false;
    Body body;
};
struct LinkNode {
    QString markup;
};
struct PostUrlNode {
    QString path; // subfolder, "" or "cat/"
    QString date;
    QString slug;
};
struct IncludeNode {
    bool relative = false;
    QString file; // may hold {{ }}
    bool fileHasLiquid = false;
    QList<std::pair<QString, std::variant<QString, Expression>>> parameters;
    bool hasParameters = false;
};

struct Node {
    std::variant<TextNode, MarkerNode, OutputNode, AssignNode, CaptureNode, IfNode, CaseNode, ForNode, InterruptNode,
                 CycleNode, CounterNode, HighlightNode, LinkNode, PostUrlNode, IncludeNode>
        content;
    qsizetype begin = 0; // the tag in the source, for markers and line numbers
    qsizetype end = 0;
    int line = 0; // 0-based, within the template
};

struct Template {
    QString ownedSource; // includes own their text; the document's is borrowed
    QStringView source;
    QString file; // for problems
    int firstLine = 1;
    Body nodes;
    QList<Problem> problems; // found while parsing
};

// Parses source (borrowed when ownedSource is null, which then must outlive the template).
// Never fails: what cannot be read becomes a MarkerNode, and a problem in Template::problems.
std::shared_ptr<Template> parseTemplate(QString ownedSource, QStringView borrowed, const QString &file, int firstLine);
// A condition as "if" reads it ("a == 1 and b"), for where_exp; nothing when it cannot be read.
std::optional<Condition> parseCondition(QStringView markup);

} // namespace Masthead::LiquidPrivate
