// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/problem.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>
#include <variant>

namespace Masthead
{

class Site;

// A Liquid value as Jekyll's templates see it: nil, a boolean, an integer, a float, a string, a time, a
// range, a list or a map (ordered by insertion, as Ruby's hashes are). A value type: copies are cheap
// (lists and maps are shared until one copy is changed), and it is safe to read from several threads.
class LiquidValue
{
public:
    enum class Type { Nil, Bool, Integer, Float, String, Date, Range, List, Map };
    using List = QList<LiquidValue>;
    using Map = QList<std::pair<QString, LiquidValue>>;

    LiquidValue() = default;
    LiquidValue(bool value)
        : m_data(value)
    {
    }
    template<typename Integer>
        requires(std::is_integral_v<Integer> && !std::is_same_v<Integer, bool>)
    LiquidValue(Integer value)
        : m_data(qint64(value))
    {
    }
    LiquidValue(double value)
        : m_data(value)
    {
    }
    LiquidValue(const QString &value)
        : m_data(value)
    {
    }
    template<typename A, typename B>
    LiquidValue(const QStringBuilder<A, B> &value)
        : m_data(QString(value))
    {
    }
    LiquidValue(const char16_t *value)
        : m_data(QString::fromUtf16(value))
    {
    }
    // A time, shown in its own zone or offset (Jekyll shows page.date in the site's time zone).
    LiquidValue(const QDateTime &value)
        : m_data(value)
    {
    }
    LiquidValue(const List &list);
    LiquidValue(const Map &map);
    static LiquidValue range(qint64 first, qint64 last);
    static LiquidValue list(const QStringList &strings);

    // YAML as Ruby's Psych reads it for Jekyll: plain scalars become nil, booleans (true, yes, on...),
    // integers and floats; quoted scalars and everything else strings (dates and times included: the
    // date filter reads them). Invalid YAML gives nil and, when error is given, the parser's message.
    static LiquidValue fromYaml(const QByteArray &yaml, QString *error = nullptr);

    Type type() const { return Type(m_data.index()); }
    bool isNil() const { return type() == Type::Nil; }
    bool isNumber() const { return type() == Type::Integer || type() == Type::Float; }
    bool isString() const { return type() == Type::String; }
    bool isList() const { return type() == Type::List || type() == Type::Range; }
    bool isMap() const { return type() == Type::Map; }
    // Liquid's truth: everything but nil and false.
    bool isTruthy() const;
    // Empty string, list or map (what "== empty" and the default filter test).
    bool isEmpty() const;

    bool toBool() const { return type() == Type::Bool && std::get<bool>(m_data); }
    qint64 toInteger() const; // numbers truncated, strings by their leading digits (Ruby's to_i)
    double toFloat() const;
    QDateTime toDateTime() const { return type() == Type::Date ? std::get<QDateTime>(m_data) : QDateTime(); }
    std::pair<qint64, qint64> toRange() const;
    // The elements of a list or range; a map gives its [key, value] pairs; anything else an empty list.
    List toList() const;
    const Map &toMap() const;

    // The text Liquid outputs for the value: nil is empty, lists are joined, maps look like Ruby's.
    QString toString() const;
    // Ruby's inspect (strings quoted), as the inspect filter and the output of maps use it.
    QString inspect() const;
    // JSON, as Jekyll's jsonify writes it (times as their text).
    QString toJson() const;

    // Map lookup; nil when there is no such key or this is not a map.
    LiquidValue value(QStringView key) const;
    bool contains(QStringView key) const;
    // Sets key (replacing its value, or appending it); nil turns into a map first.
    void insert(const QString &key, const LiquidValue &value);
    // Appends to a list; nil turns into a list first.
    void append(const LiquidValue &value);
    // Elements of lists and ranges, negative indexes count from the end; nil outside.
    LiquidValue at(qsizetype index) const;
    // Number of characters, elements or keys; 0 for everything else.
    qsizetype size() const;

    // Ruby's ==: 1 == 1.0, but "1" != 1; lists and maps compare element by element.
    bool operator==(const LiquidValue &other) const;

private:
    struct RangeData {
        qint64 first = 0;
        qint64 last = -1;
        bool operator==(const RangeData &) const = default;
    };
    std::variant<std::monostate, bool, qint64, double, QString, QDateTime, RangeData, std::shared_ptr<List>,
                 std::shared_ptr<Map>>
        m_data;
};

// Everything a document's Liquid is rendered with. Build it with liquidContextFor() (or
// liquidSiteContext() once per site and setLiquidPage() per document); a default-constructed context
// renders with empty site and page. Copies share the site's values.
struct LiquidContext {
    LiquidValue site; // _config.yml as a tree with Jekyll's defaults, site.data, site.time
    LiquidValue page; // the front matter, plus url, date (a time), path, id, slug, categories, tags...
    QString siteRoot; // absolute; empty outside a site (then include, link and post_url cannot resolve)
    QString documentPath; // absolute path of the document being rendered (for include_relative, problems)
    int firstLine = 1; // the document line the rendered source starts on (the line after the front matter)
    // The zone Jekyll would show times in: the site's `timezone`, else this machine's (as `jekyll serve`).
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    // The site's posts for site.posts, as a list of page-like maps; asked for only when a template
    // uses site.posts, at most once per render. Empty: site.posts is an empty list.
    std::function<LiquidValue()> posts;
};

struct LiquidResult {
    QString output;
    QList<Problem> problems;
    // For each line of output, the line of source (both 0-based) it came from: an include's or a
    // tag's lines come from the tag's line. Empty when output is source unchanged.
    QList<int> sourceLines;
};

// Renders the Liquid in source (a document body, after its front matter) as Jekyll 4.3 would before
// Markdown. Never fails: what cannot be evaluated (unknown tags and filters, syntax errors, missing
// includes or posts) stays visible as a marker, <span class="mh-liquid-unsupported">, holding the
// original text HTML-escaped, and is reported in problems: "liquid-unsupported" (a warning: what
// Masthead cannot preview, such as a plugin's tag), "liquid-error" (an error: what makes Jekyll refuse
// to build the page) or "liquid-warning" (syntax Liquid reads only loosely). Text without "{{" or "{%",
// and the text of a page with render_with_liquid: false, comes back unchanged. Pure (reads only the site's include and
// post files) and thread-safe.
LiquidResult renderLiquid(QStringView source, const LiquidContext &context);

// The site part of a context: site from _config.yml as the site read it (and _data/), siteRoot,
// timeZone and posts. Reads _data/ now; posts are read when needed.
LiquidContext liquidSiteContext(const Site &site);
// Fills page, documentPath and firstLine for a document from its text; reads nothing from disk but,
// for a draft without a date, its file's modification time (Jekyll's date for it).
void setLiquidPage(LiquidContext &context, const QString &documentPath, QStringView documentText);
// Both: the context to render the body of documentText, saved (or to be saved) at documentPath.
LiquidContext liquidContextFor(const QString &documentPath, QStringView documentText);

// The class of the marker renderLiquid() leaves for what it cannot evaluate.
inline constexpr QLatin1StringView liquidMarkerClass {"mh-liquid-unsupported"};

} // namespace Masthead
