#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Masthead contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# lifecycle_jekyll_test.sh MASTHEAD JEKYLL SITE: on a copy of SITE, `masthead new` then `masthead publish`
# the new issue, then build with real Jekyll and check the post's output path, title and date from
# Jekyll's own output; then that "../assets/" paths break on the post's page and the paths Fix Paths
# writes ("{{ site.baseurl }}/assets/") work.
set -euo pipefail
masthead=$1
jekyll=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$3" "$work/site"
cd "$work/site"

draft=$(env -u DISPLAY "$masthead" new)
[ "$draft" = "$work/site/_drafts/2023-10-16-draft.md" ] || { echo "new created $draft"; exit 1; }
# A fresh issue is full of the template's placeholders: publish refuses without --force.
if env -u DISPLAY "$masthead" publish "$draft" >/dev/null 2>&1; then echo "publish did not refuse the errors"; exit 1; fi
[ -f "$draft" ] || { echo "the refused publish moved the draft"; exit 1; }
post=$(env -u DISPLAY "$masthead" publish --force "$draft" 2>/dev/null)
[ "$post" = "$work/site/_posts/2023-10-16-featured-story-title-here.md" ] || { echo "publish created $post"; exit 1; }

"$jekyll" build --quiet --safe --destination "$work/out" || { echo "jekyll build failed"; exit 1; }
# Jekyll's default permalink for a post in category "weekly": /weekly/YYYY/MM/DD/slug.html
page="$work/out/weekly/2023/10/16/featured-story-title-here.html"
[ -f "$page" ] || { echo "Jekyll did not write $page; it wrote:"; (cd "$work/out" && find . -name '*.html' | sort); exit 1; }
grep -q '<title>Featured story title here!</title>' "$page" || { echo "the post has not its title"; exit 1; }
# 07:00 -0800 is 15:00 UTC the same day, whatever the build machine's zone.
grep -Eq 'datetime="2023-10-1[67]T' "$page" || { echo "the post has not its date"; grep -o 'datetime="[^"]*"' "$page"; exit 1; }
grep -q 'src="../assets/20231016/blinka.png"' "$page" || { echo "the post lost its reused image link"; exit 1; }
[ -f "$work/out/assets/20231016/blinka.png" ] || { echo "the new assets folder was not published"; exit 1; }
# ...which is broken from the post's address (relative-path-breaks-when-published):
[ ! -e "$work/out/weekly/2023/10/16/../assets/20231016/blinka.png" ] || { echo "../assets resolves from the post after all"; exit 1; }
# What Fix Paths writes works from the post's address.
sed -i 's|(\.\./assets/|({{ site.baseurl }}/assets/|g' "$post"
"$jekyll" build --quiet --safe --destination "$work/out" || { echo "jekyll build failed after fixing the paths"; exit 1; }
grep -q 'src="/assets/20231016/blinka.png"' "$page" || { echo "the fixed path was not rendered site-absolute"; exit 1; }
[ -f "$work/out/assets/20231016/blinka.png" ] || { echo "the fixed path does not resolve"; exit 1; }
echo "masthead new + publish, then jekyll build: $page has its title, date and images"
