// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringView>

namespace Masthead
{

// Escapes &, <, > and " for HTML text and attribute values. An apostrophe stays as it is unless
// apostrophe names the entity to write for it: kramdown leaves it, Liquid's escape writes "&#39;",
// its xml_escape "&apos;".
QString escapeMarkup(QStringView text, QLatin1StringView apostrophe = {});

// Code as Rouge and kramdown write it: only &, < and > escaped; quotes stay as they are.
void appendEscapedCode(QString &out, QStringView code);
QString escapeCode(QStringView code);

} // namespace Masthead
