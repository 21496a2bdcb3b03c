// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace Masthead
{

// The command line is described once, here: the parsers, "masthead --help", "masthead COMMAND
// --help" and the man page (masthead.1, made at build time by "masthead --man") all come from
// these descriptions, so they cannot drift apart.
struct CommandOption {
    QStringList names; // "site", or "h" and "help"
    QString description;
    QString valueName; // empty for a flag
    QString defaultValue;
    friend bool operator==(const CommandOption &, const CommandOption &) = default;
};

struct CommandArgument {
    QString name; // as --help shows it: "file"
    QString description;
    friend bool operator==(const CommandArgument &, const CommandArgument &) = default;
};

struct CommandHelp {
    QString name; // "render"; empty for the program itself, which opens the window
    QString summary; // one line: the list of commands, the man page's NAME
    QString details; // what else --help says about it, empty or whole sentences
    QList<CommandArgument> arguments; // all required, in this order
    QList<CommandOption> options; // besides -h, --help, which every command has
    friend bool operator==(const CommandHelp &, const CommandHelp &) = default;
};

// The program first, then new, publish, redate, render, info and check.
QList<CommandHelp> commandHelp();
// What --help prints for the program (an empty name) or one of its commands. program: the name
// the user typed it by, usually "masthead".
QString helpText(const QString &command, const QString &program);
// masthead(1) in roff: every command, argument and option with the same text as --help.
QString manPage();
// Sets up a parser with a command's options and arguments, -h and --help included.
void setUpParser(QCommandLineParser &parser, const CommandHelp &command);

// The headless commands (new, publish, redate, render, info, check): the same core as the window,
// with no display needed. Exit status: 0 success, 1 the command found problems or could not be done,
// 2 a usage error. Messages go to stderr, data to stdout.
bool isHeadlessCommand(const char *argument);
int runHeadlessCommand(const QStringList &arguments);

} // namespace Masthead
