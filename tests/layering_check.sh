#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Masthead contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# layering_check.sh SOURCE_DIR: fails, naming each file and line, when an #include crosses the layers:
#   core/                 includes only core/  (never editor/, preview/ or app/)
#   editor/, preview/     include core/ and themselves, never each other and never app/
#   tests/core/           tests the core alone: no editor/, preview/ or app/ either
#   core's rooms          include only the rooms below them (docs/architecture.md): markdown and site at the
#                         bottom; liquid on both; render on liquid; text on site and markdown; images on
#                         text; issue on images; checks on issue
# layering_check.sh --self-test: proves on a made-up tree that a violation fails the check.
set -euo pipefail

check() { # check ROOT: prints the violations, returns 1 when there are any
    local root=$1 folder forbidden file line number path bad=0
    for rule in "core:editor preview app" "editor:preview app" "preview:editor app" "tests/core:editor preview app" \
        "core/markdown:core/site core/liquid core/render core/text core/images core/issue core/checks" \
        "core/site:core/markdown core/liquid core/render core/text core/images core/issue core/checks" \
        "core/liquid:core/render core/text core/images core/issue core/checks" \
        "core/render:core/text core/images core/issue core/checks" \
        "core/text:core/liquid core/render core/images core/issue core/checks" \
        "core/images:core/liquid core/render core/issue core/checks" \
        "core/issue:core/liquid core/render core/checks"; do
        folder=${rule%%:*}
        forbidden=${rule#*:}
        [ -d "$root/$folder" ] || continue
        while IFS= read -r file; do
            while IFS=: read -r number line; do
                # The include's path, "…" or <…>, without leading ./ or ../ parts.
                [[ $line =~ include[[:space:]]*[\"\<]([^\">]*) ]] || continue
                path=${BASH_REMATCH[1]}
                while [[ $path == ./* || $path == ../* ]]; do path=${path#*/}; done
                for layer in $forbidden; do
                    case "$path" in "$layer"/*)
                        echo "${file#"$root"/}:$number: includes \"$path\"; $folder/ may not include $layer/"
                        bad=1
                        ;;
                    esac
                done
            done < <(grep -nE '^[[:space:]]*#[[:space:]]*include[[:space:]]*["<]' "$file" || true)
        done < <(find "$root/$folder" -type f \( -name '*.cpp' -o -name '*.h' \) | sort)
    done
    return $bad
}

self_test() {
    local out
    tree=$(mktemp -d)
    trap 'rm -rf "$tree"' EXIT
    mkdir -p "$tree/core/site" "$tree/editor" "$tree/preview" "$tree/app"
    printf '#include "core/site/site.h"\n#include <QString>\n' >"$tree/core/site/fine.cpp"
    printf '#include "editor/sourceeditor.h"\n' >"$tree/app/fine.cpp"
    if ! out=$(check "$tree"); then echo "a tree without violations failed:"; echo "$out"; exit 1; fi
    printf '// one\n#include "core/site/site.h"\n#include "editor/sourceeditor.h"\n' >"$tree/core/site/bad.cpp"
    printf '#include <preview/previewview.h>\n' >"$tree/editor/bad.h"
    printf '#  include "../editor/sourceeditor.h"\n' >"$tree/preview/bad.cpp"
    mkdir -p "$tree/core/markdown"
    printf '#include "core/site/site.h"\n' >"$tree/core/markdown/bad.cpp"
    if out=$(check "$tree"); then echo "a tree with violations passed"; exit 1; fi
    for expected in 'core/site/bad.cpp:3: includes "editor/sourceeditor.h"' 'editor/bad.h:1: includes "preview/previewview.h"' \
        'preview/bad.cpp:1: includes "editor/sourceeditor.h"' 'core/markdown/bad.cpp:1: includes "core/site/site.h"'; do
        grep -qF "$expected" <<<"$out" || { echo "not reported: $expected; the report was:"; echo "$out"; exit 1; }
    done
    [ "$(wc -l <<<"$out")" = 4 ] || { echo "expected 4 violations, got:"; echo "$out"; exit 1; }
    echo "layering_check self-test: a clean tree passes; 4 violations are reported by file and line"
}

if [ "${1:-}" = --self-test ]; then
    self_test
    exit 0
fi
root=$(cd "$1" && pwd)
if ! out=$(check "$root"); then
    echo "Includes that cross the layers (editor/ and preview/ build on core/ alone, app/ on all three; core's"
    echo "rooms build only on the rooms below them, see docs/architecture.md):"
    echo "$out"
    exit 1
fi
echo "layering_check: no include crosses the layers"
