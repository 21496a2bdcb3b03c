// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/markdown/codehighlighter.h"

#include "core/markdown/htmlescape.h"
#include "core/markdown/rougelexers_p.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QHash>

#include <algorithm>
#include <cstring>
#include <mutex>

namespace Masthead
{
namespace
{

using KSyntaxHighlighting::Theme;

int rougeLexerIndex(QStringView language)
{
    QStringView name = language;
    const qsizetype question = name.indexOf(u'?');
    if (question >= 0)
        name = name.first(question);
    if (name.isEmpty() || name.size() > 64)
        return -1;
    const QByteArray key = name.toUtf8();
    const RougeName *begin = rougeNames;
    const RougeName *end = rougeNames + rougeNameCount;
    const RougeName *it = std::lower_bound(
        begin, end, key.constData(), [](const RougeName &n, const char *k) { return std::strcmp(n.name, k) < 0; });
    if (it == end || std::strcmp(it->name, key.constData()) != 0)
        return -1;
    return it->lexer;
}

// How a Rouge lexer names what KSyntaxHighlighting leaves as plain text, and a few of its habits.
enum class Family : quint8 {
    Plain, // plaintext: no tokens at all
    Code, // C, Python, Go, Rust, SQL, ...: names "n", punctuation "p", operators "o"
    JavaScript, // names "nx", "kd" declarations
    Java, // punctuation "o"
    Ruby,
    Python,
    Shell, // words stay plain text
    Console, // prompts "gp", output "go", commands as shell
    Markup, // HTML and XML: tags "nt", attributes "na"
    Yaml,
    Json,
    Css,
    Diff,
    Prose, // Markdown, INI, TOML, Dockerfile, ...: plain words stay plain
};

Family familyOf(const char *tag)
{
    static const QHash<QByteArray, Family> families {
        {"plaintext", Family::Plain},
        {"javascript", Family::JavaScript},
        {"typescript", Family::JavaScript},
        {"jsx", Family::JavaScript},
        {"tsx", Family::JavaScript},
        {"java", Family::Java},
        {"ruby", Family::Ruby},
        {"irb", Family::Ruby},
        {"python", Family::Python},
        {"shell", Family::Shell},
        {"powershell", Family::Shell},
        {"batchfile", Family::Shell},
        {"console", Family::Console},
        {"html", Family::Markup},
        {"xml", Family::Markup},
        {"yaml", Family::Yaml},
        {"json", Family::Json},
        {"css", Family::Css},
        {"scss", Family::Css},
        {"sass", Family::Css},
        {"diff", Family::Diff},
        {"markdown", Family::Prose},
        {"ini", Family::Prose},
        {"toml", Family::Prose},
        {"docker", Family::Prose},
        {"make", Family::Prose},
        {"conf", Family::Prose},
        {"nginx", Family::Prose},
        {"apache", Family::Prose},
        {"properties", Family::Prose},
        {"liquid", Family::Prose},
        {"http", Family::Prose},
        {"tex", Family::Prose},
    };
    return families.value(QByteArray(tag), Family::Code);
}

// KSyntaxHighlighting definition names for Rouge tags whose file names do not find them.
const char *definitionNameFor(const char *tag)
{
    static const QHash<QByteArray, const char *> names {
        {"shell", "Bash"},
        {"console", "Bash"},
        {"irb", "Ruby"},
        {"javascript", "JavaScript"},
        {"jsx", "JavaScript React (JSX)"},
        {"tsx", "TypeScript React (TSX)"},
        {"docker", "Dockerfile"},
        {"make", "Makefile"},
        {"erb", "Ruby/Rails/RHTML"},
        {"apache", "Apache Configuration"},
        {"nginx", "Nginx Configuration"},
        {"liquid", "Jekyll"},
        {"conf", "INI Files"},
        {"http", "HTTP"},
    };
    return names.value(QByteArray(tag), nullptr);
}

class TokenCollector : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    struct Run {
        int offset;
        int length;
        KSyntaxHighlighting::Format format;
    };

    KSyntaxHighlighting::State line(QStringView text, const KSyntaxHighlighting::State &state)
    {
        m_runs.clear();
        return highlightLine(text, state);
    }
    const std::vector<Run> &runs() const { return m_runs; }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        m_runs.push_back({offset, length, format});
    }

private:
    std::vector<Run> m_runs;
};

struct Highlighting {
    std::mutex mutex;
    KSyntaxHighlighting::Repository *repository = nullptr;
    QHash<int, KSyntaxHighlighting::Definition> definitions; // by Rouge lexer index
    TokenCollector collector;
};

Highlighting &highlighting()
{
    // Never destroyed: the repository may have been made on a worker thread that is gone at exit.
    static Highlighting *h = new Highlighting;
    return *h;
}

KSyntaxHighlighting::Definition definitionFor(Highlighting &h, int lexer)
{
    auto it = h.definitions.constFind(lexer);
    if (it != h.definitions.cend())
        return *it;
    if (!h.repository)
        h.repository = new KSyntaxHighlighting::Repository;
    const RougeLexer &rouge = rougeLexers[lexer];
    KSyntaxHighlighting::Definition def;
    if (familyOf(rouge.tag) != Family::Plain) {
        if (const char *name = definitionNameFor(rouge.tag))
            def = h.repository->definitionForName(QString::fromLatin1(name));
        if (!def.isValid() && rouge.fileName[0])
            def = h.repository->definitionForFileName(QString::fromLatin1(rouge.fileName));
        if (!def.isValid())
            def = h.repository->definitionForName(QString::fromLatin1(rouge.tag));
    }
    h.definitions.insert(lexer, def);
    return def;
}

bool isOperatorChar(QChar c)
{
    return QStringView(u"=+-*/%<>!&|^~?").contains(c);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

// Rouge's class for one character of a KSyntaxHighlighting format run.
QLatin1StringView rougeClass(Family family, const KSyntaxHighlighting::Format &format, QStringView run, QChar c,
                             bool lineStartsPrompt)
{
    using L = QLatin1StringView;
    Q_UNUSED(lineStartsPrompt)
    const QString formatName = format.name().toLower();
    switch (format.textStyle()) {
    case Theme::Normal:
    case Theme::Others:
        if (c.isSpace())
            return family == Family::Json ? L("w") : L();
        if (family == Family::Diff) {
            if (formatName.contains(QLatin1String("add")) || formatName.contains(QLatin1String("insert")))
                return L("gi");
            if (formatName.contains(QLatin1String("remov")) || formatName.contains(QLatin1String("delet")))
                return L("gd");
            return L();
        }
        if (family == Family::Markup) {
            if (formatName.contains(QLatin1String("attribute")))
                return L("na");
            return L();
        }
        if (family == Family::Shell || family == Family::Prose || family == Family::Plain || family == Family::Console)
            return isWordChar(c) ? L() : (c == u';' ? L("p") : L());
        if (isWordChar(c))
            return family == Family::JavaScript ? L("nx") : L("n");
        if (family == Family::Java)
            return L("o");
        if (family == Family::Yaml)
            return c == u':' || c == u'-' ? L("pi") : L();
        return isOperatorChar(c) ? L("o") : L("p");
    case Theme::Keyword:
        if (family == Family::Markup)
            return L("nt");
        if (family == Family::Css)
            return formatName.contains(QLatin1String("property")) ? L("nl") : L("k");
        if (family == Family::Yaml)
            return L("na");
        return L("k");
    case Theme::ControlFlow:
        return L("k");
    case Theme::Function:
        if (family == Family::Yaml || family == Family::Json)
            return family == Family::Json ? L("nl") : L("na");
        if (family == Family::Css)
            return L("nc");
        return L("nf");
    case Theme::Variable:
        if (family == Family::Ruby && run.startsWith(u'@'))
            return run.startsWith(QLatin1String("@@")) ? L("vc") : L("vi");
        if (family == Family::Ruby && run.startsWith(u'$'))
            return L("vg");
        if (family == Family::Css)
            return L("nl");
        if (family == Family::Json)
            return L("nl");
        if (family == Family::Yaml)
            return L("na");
        return L("nv");
    case Theme::Operator:
        return L("o");
    case Theme::BuiltIn:
        if (family == Family::Shell || family == Family::Console)
            return L("nb");
        if (family == Family::Ruby)
            return L("nb");
        return L("nb");
    case Theme::Extension:
        return L("nb");
    case Theme::Preprocessor:
        if (family == Family::Markup)
            return L("cp");
        return L("cp");
    case Theme::Attribute:
        if (family == Family::Markup)
            return L("na");
        if (family == Family::Ruby && run.startsWith(u':'))
            return L("ss");
        return L("na");
    case Theme::Char:
        return L("sc");
    case Theme::SpecialChar:
        if (family == Family::Markup)
            return L("ni");
        return L("se");
    case Theme::String:
    case Theme::VerbatimString:
        if (family == Family::Markup || family == Family::Css)
            return L("s");
        if (family == Family::Json)
            return L("s2");
        if (family == Family::Yaml)
            return L("s");
        if (family == Family::Code || family == Family::Java)
            return L("s");
        if (run.startsWith(u'\''))
            return L("s1");
        if (run.startsWith(u'"'))
            return L("s2");
        return family == Family::Shell || family == Family::Console ? L("s2") : L("s");
    case Theme::SpecialString:
        if (family == Family::Ruby && run.startsWith(u':'))
            return L("ss");
        return L("sr");
    case Theme::Import:
        return family == Family::Python ? L("kn") : L("nn");
    case Theme::DataType:
        if (family == Family::Markup)
            return L("cp");
        if (family == Family::Css)
            return L("nt");
        return L("kt");
    case Theme::DecVal:
        if (family == Family::Markup)
            return L("ni");
        if (family == Family::Css || family == Family::Yaml)
            return L("m");
        return L("mi");
    case Theme::BaseN:
        if (family == Family::Css || family == Family::Yaml)
            return L("m");
        return L("mh");
    case Theme::Float:
        if (family == Family::Css || family == Family::Yaml)
            return L("m");
        return L("mf");
    case Theme::Constant:
        if (family == Family::Css)
            return L("nb");
        {
            static const QStringList constants {
                QStringLiteral("true"),  QStringLiteral("false"),     QStringLiteral("null"),
                QStringLiteral("nil"),   QStringLiteral("None"),      QStringLiteral("True"),
                QStringLiteral("False"), QStringLiteral("undefined"), QStringLiteral("NULL")};
            if (constants.contains(run.trimmed().toString()))
                return family == Family::Python ? L("bp") : L("kc");
        }
        return L("no");
    case Theme::Comment:
    case Theme::Information:
    case Theme::Warning:
    case Theme::Alert:
    case Theme::CommentVar:
    case Theme::RegionMarker:
    case Theme::Documentation:
        if (family == Family::Shell || family == Family::Console)
            return L("c");
        if (run.startsWith(QLatin1String("/*")) || run.startsWith(QLatin1String("<!--")))
            return family == Family::Markup ? L("c") : L("cm");
        if (run.startsWith(QLatin1String("//")) || run.startsWith(u'#') || run.startsWith(QLatin1String("--"))
            || run.startsWith(u';'))
            return L("c1");
        return L("c");
    case Theme::Annotation:
        return L("nd");
    case Theme::Error:
        return L("err");
    }
    return L();
}

// Class names as small numbers, so that a class per character stays cheap.
class ClassTable
{
public:
    quint8 id(QLatin1StringView name)
    {
        if (name.isEmpty())
            return 0;
        for (qsizetype i = 0; i < m_names.size(); ++i) {
            if (m_names[i] == name)
                return quint8(i + 1);
        }
        m_names.append(name);
        return quint8(m_names.size());
    }
    QLatin1StringView name(quint8 id) const { return id ? m_names[id - 1] : QLatin1StringView(); }

private:
    QList<QLatin1StringView> m_names;
};

// One class per character of the code, from KSyntaxHighlighting's formats; 0 is plain text.
std::vector<quint8> classify(Highlighting &h, const KSyntaxHighlighting::Definition &def, Family family,
                             QStringView code, ClassTable &table)
{
    std::vector<quint8> classes(code.size(), 0);
    if (!def.isValid())
        return classes;
    h.collector.setDefinition(def);
    KSyntaxHighlighting::State state;
    qsizetype pos = 0;
    while (pos < code.size()) {
        qsizetype end = code.indexOf(u'\n', pos);
        if (end < 0)
            end = code.size();
        const QStringView line = code.sliced(pos, end - pos);
        bool prompt = false;
        qsizetype commandStart = 0;
        if (family == Family::Console) {
            // A prompt line: "$ cmd" or "# cmd"; anything else is output.
            static const QStringList prompts {QStringLiteral("$ "), QStringLiteral("# "), QStringLiteral("> "),
                                              QStringLiteral("% ")};
            for (const QString &p : prompts) {
                if (line.startsWith(p) || line == QStringView(p).first(1)) {
                    prompt = true;
                    commandStart = 1;
                    break;
                }
            }
            if (!prompt) {
                const quint8 output = table.id(QLatin1StringView("go"));
                for (qsizetype i = pos; i <= end && i < code.size(); ++i)
                    classes[i] = output;
                pos = end + 1;
                continue;
            }
            classes[pos] = table.id(QLatin1StringView("gp"));
            if (commandStart < line.size())
                classes[pos + commandStart] = table.id(QLatin1StringView("w"));
            commandStart = qMin(line.size(), commandStart + 1);
        }
        const QStringView command = line.sliced(commandStart);
        state = h.collector.line(command, state);
        for (const auto &run : h.collector.runs()) {
            const int from = qMax(0, run.offset);
            const int to = qMin(int(command.size()), run.offset + run.length);
            if (from >= to)
                continue;
            const QStringView text = command.sliced(from, to - from);
            for (int i = from; i < to; ++i) {
                classes[pos + commandStart + i] = table.id(rougeClass(family, run.format, text, command[i], prompt));
            }
        }
        // Rouge's line comments and diff lines take their line break along.
        if (end < code.size() && end > pos) {
            const QLatin1StringView last = table.name(classes[end - 1]);
            if (last == QLatin1StringView("c1") && family == Family::Python)
                classes[end] = classes[end - 1];
            else if (family == Family::Diff && (last == QLatin1StringView("gi") || last == QLatin1StringView("gd")))
                classes[end] = classes[end - 1];
        }
        pos = end + 1;
    }
    return classes;
}

} // namespace

bool rougeKnowsLanguage(QStringView language)
{
    return rougeLexerIndex(language) >= 0 || language.startsWith(QLatin1String("guess"));
}

std::optional<QString> highlightAsRouge(QStringView code, QStringView language, bool block)
{
    Q_UNUSED(block)
    const int lexer = rougeLexerIndex(language);
    if (lexer < 0) {
        if (language == u"guess" || language.startsWith(QLatin1String("guess?"))) {
            QString out;
            appendEscapedCode(out, code);
            return out;
        }
        return std::nullopt;
    }
    const Family family = familyOf(rougeLexers[lexer].tag);
    QString out;
    out.reserve(code.size() + code.size() / 2);
    if (family == Family::Plain || code.isEmpty()) {
        appendEscapedCode(out, code);
        return out;
    }
    Highlighting &h = highlighting();
    std::lock_guard lock(h.mutex);
    const KSyntaxHighlighting::Definition def = definitionFor(h, lexer);
    if (!def.isValid() && family != Family::Console) {
        appendEscapedCode(out, code);
        return out;
    }
    ClassTable table;
    const std::vector<quint8> classes = classify(h, def, family, code, table);
    qsizetype i = 0;
    while (i < code.size()) {
        qsizetype j = i + 1;
        while (j < code.size() && classes[j] == classes[i])
            ++j;
        const QLatin1StringView cls = table.name(classes[i]);
        if (cls.isEmpty()) {
            appendEscapedCode(out, code.sliced(i, j - i));
        } else {
            out += QLatin1String("<span class=\"") + cls + QLatin1String("\">");
            appendEscapedCode(out, code.sliced(i, j - i));
            out += QLatin1String("</span>");
        }
        i = j;
    }
    return out;
}

} // namespace Masthead
