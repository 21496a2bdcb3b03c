#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Masthead contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# jekyll_build_test.sh JEKYLL SITE: builds SITE with real Jekyll into a temporary folder and checks from
# Jekyll's own output that the draft was rendered as a page with its title and its images.
set -euo pipefail
jekyll=$1
site=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$site" "$work/site"
(cd "$work/site" && "$jekyll" build --quiet --safe --destination "$work/out") || { echo "jekyll build failed"; exit 1; }

page="$work/out/drafts/2023-10-09-draft.html"
[ -f "$page" ] || { echo "no draft page in Jekyll's output:"; (cd "$work/out" && find . -type f | sort); exit 1; }
grep -q '<title>Featured story title here!</title>' "$page" || { echo "the draft page has not the draft's title"; exit 1; }
grep -q '<h2 id="python-3120-final-released">Python 3.12.0 Final Released</h2>' "$page" \
    || { echo "the draft page lacks its kramdown headings"; exit 1; }
grep -q 'src="../assets/20231009/20231009p312.jpg"' "$page" || { echo "the draft page lacks its image"; exit 1; }
[ -f "$work/out/assets/20231009/20231009p312.jpg" ] || { echo "the assets folder was not published"; exit 1; }
echo "jekyll built the example site: $(find "$work/out" -type f | wc -l) files; the draft page has its title, headings and images"
