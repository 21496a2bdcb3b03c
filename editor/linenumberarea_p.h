// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Masthead
{
class SourceEditor;

// The gutter left of the text; SourceEditor paints it.
class LineNumberArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineNumberArea)

public:
    explicit LineNumberArea(SourceEditor *editor);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    SourceEditor *m_editor;
};

} // namespace Masthead
