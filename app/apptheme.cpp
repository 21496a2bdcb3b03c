// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/apptheme.h"

#include <QApplication>
#include <QStyle>

#include <optional>

namespace Masthead::AppTheme
{
namespace
{
std::optional<QPalette> &original()
{
    static std::optional<QPalette> palette;
    return palette;
}

bool isDark(const QColor &colour)
{
    return colour.lightness() < 128;
}
} // namespace

QPalette darkPalette(const QColor &background, const QColor &text, const QColor &highlight)
{
    QPalette p;
    const QColor window = background.lighter(125);
    const QColor button = background.lighter(140);
    const QColor disabled = text.darker(170);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, background);
    p.setColor(QPalette::AlternateBase, background.lighter(115));
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, button.lighter(150));
    p.setColor(QPalette::Midlight, button.lighter(120));
    p.setColor(QPalette::Mid, button.darker(120));
    p.setColor(QPalette::Dark, background.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xf0));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

void restore()
{
    if (original())
        QApplication::setPalette(*original());
}

void follow(const QPalette &editorPalette)
{
    if (!original())
        original() = QApplication::palette();
    const bool editorDark = isDark(editorPalette.color(QPalette::Base));
    const bool systemDark = isDark(original()->color(QPalette::Window));
    if (editorDark == systemDark) {
        if (QApplication::palette() != *original())
            QApplication::setPalette(*original());
        return;
    }
    if (editorDark) {
        QColor highlight = editorPalette.color(QPalette::Highlight);
        if (!isDark(highlight))
            highlight = QColor(0x3d, 0x6e, 0xa8);
        QApplication::setPalette(
            darkPalette(editorPalette.color(QPalette::Base), editorPalette.color(QPalette::Text), highlight));
    } else {
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
}

} // namespace Masthead::AppTheme
