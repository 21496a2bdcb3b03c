#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Masthead contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# format_check.sh CLANG_FORMAT SOURCE_DIR: fails, listing the files, when a C++ source is not formatted
# as .clang-format says. Fix with: tools/devenv exec tools/format
set -euo pipefail
clang_format=$1
cd "$2"
mapfile -t files < <(find core editor preview app tests tools packaging -name '*.cpp' -o -name '*.h' | sort)
bad=()
for f in "${files[@]}"; do
    if ! "$clang_format" --dry-run --Werror "$f" >/dev/null 2>&1; then
        bad+=("$f")
    fi
done
if [ ${#bad[@]} -gt 0 ]; then
    echo "These files are not formatted with .clang-format (run tools/devenv exec tools/format):"
    printf '  %s\n' "${bad[@]}"
    "$clang_format" --dry-run "${bad[0]}" 2>&1 | head -n 40
    exit 1
fi
echo "format_check: ${#files[@]} files formatted"
