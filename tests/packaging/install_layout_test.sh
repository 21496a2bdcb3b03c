#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Masthead contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# install_layout_test.sh BUILD_DIR: installs the build into a temporary prefix, as the Debian
# package and the bundle are made, and checks what is there: the program, desktop entry, metainfo,
# icons (each PNG its size), man page (one section per command), example site; then runs the
# installed program, which must find the installed example site by itself.
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null

fail() { echo "install_layout: $*" >&2; exit 1; }
id=org.masthead.Masthead
expected=(
    bin/masthead
    share/applications/$id.desktop
    share/metainfo/$id.metainfo.xml
    share/icons/hicolor/scalable/apps/$id.svg
    share/man/man1/masthead.1
    share/masthead/examples/weekly/_config.yml
    share/masthead/examples/weekly/_drafts/2023-10-09-draft.md
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/$id.png")
done
for file in "${expected[@]}"; do
    [ -f "$prefix/$file" ] || fail "missing $file"
done
# Nothing of the bundle's deployment in a plain installation.
for unwanted in lib plugins libexec resources bin/qt.conf; do
    [ ! -e "$prefix/$unwanted" ] || fail "$unwanted belongs only to the bundle"
done

# Each PNG is the size its folder says (the IHDR chunk: width and height, big-endian, at bytes 16..23).
for size in 16 22 24 32 48 64 128 256; do
    png="$prefix/share/icons/hicolor/${size}x${size}/apps/$id.png"
    dims=$(od --endian=big -An -tu4 -j16 -N8 "$png" | tr -s ' ' | sed 's/^ //')
    want="$size $size"
    [ "$dims" = "$want" ] || fail "$png is not ${size}x${size} (IHDR: $dims)"
done

# The man page names every command and is the text of --help.
man="$prefix/share/man/man1/masthead.1"
head -n 2 "$man" | grep -q '^\.TH MASTHEAD 1' || fail "masthead.1 has no .TH line"
for command in new publish redate render info check; do
    grep -q "^\.SS \"\\\\fBmasthead $command\\\\fR" "$man" || fail "masthead.1 has no section for $command"
done
summary=$("$prefix/bin/masthead" render --help | sed -n 2p)
grep -qF "$(printf '%s' "$summary" | sed 's/-/\\-/g')" "$man" || fail "masthead.1 lacks render's summary: $summary"

# The installed program finds its installed example site (not the source tree's).
"$prefix/bin/masthead" --version | grep -q '^Masthead ' || fail "--version"
draft="$prefix/share/masthead/examples/weekly/_drafts/2023-10-09-draft.md"
info=$("$prefix/bin/masthead" info --json "$draft")
grep -q "\"site_root\": \"$prefix/share/masthead/examples/weekly\"" <<<"$info" || fail "info: $info"
html=$("$prefix/bin/masthead" render "$draft")
[ "$(grep -c '<h2' <<<"$html")" -ge 5 ] || fail "render printed too few sections"
echo "install_layout: ${#expected[@]} files in place, icons sized, man page complete, installed program runs"
