#!/bin/sh
# SPDX-FileCopyrightText: 2026 Masthead contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Masthead @VERSION@ for x86_64 Linux: a self-extracting installer of the self-contained bundle
# (Qt, Qt WebEngine, KF6 and the other libraries included). Needs only sh, tar and gzip; installs
# for the current user, without root and without a network.
set -eu

version=@VERSION@
payload_line=@PAYLOAD_LINE@
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=$HOME/.local/opt/masthead
bindir=$HOME/.local/bin
desktop=1
extract_only=""

usage() {
    cat <<USAGE
Masthead $version installer (x86_64 Linux, for one user, no root needed)

Usage: sh $(basename "$0") [--prefix DIR] [--bindir DIR] [--no-desktop] [--extract DIR]

  --prefix DIR    install the program into DIR (default: ~/.local/opt/masthead)
  --bindir DIR    put the 'masthead' command there (default: ~/.local/bin)
  --no-desktop    no menu entry, icons, AppStream data or man page under $data_home
  --extract DIR   only unpack the bundle into DIR; it runs from there as DIR/bin/masthead
  -h, --help      show this help

Run it again to update; DIR/uninstall removes what it installed.
USAGE
}

while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix=${2:?--prefix needs a folder}; shift 2 ;;
        --bindir) bindir=${2:?--bindir needs a folder}; shift 2 ;;
        --no-desktop) desktop=""; shift ;;
        --extract) extract_only=${2:?--extract needs a folder}; shift 2 ;;
        -h | --help) usage; exit 0 ;;
        *) echo "masthead installer: unknown option: $1" >&2; usage >&2; exit 2 ;;
    esac
done

unpack() { # unpack DIR: the bundle's files straight into DIR
    mkdir -p "$1"
    tail -n +"$payload_line" "$0" | tar -xzf - -C "$1" --strip-components=1 --no-same-owner
}

if [ -n "$extract_only" ]; then
    unpack "$extract_only"
    echo "Masthead $version unpacked into $extract_only; start it with $extract_only/bin/masthead"
    exit 0
fi

case "$prefix" in /*) ;; *) prefix=$(pwd)/$prefix ;; esac
case "$bindir" in /*) ;; *) bindir=$(pwd)/$bindir ;; esac

# Unpack beside the old version, then swap, so that a failed update leaves the old one working.
rm -rf "$prefix.new"
unpack "$prefix.new"
if [ -e "$prefix/uninstall" ]; then
    sh "$prefix/uninstall" --keep-program >/dev/null 2>&1 || true
fi
rm -rf "$prefix.old"
if [ -e "$prefix" ]; then mv "$prefix" "$prefix.old"; fi
mv "$prefix.new" "$prefix"
rm -rf "$prefix.old"

installed="$bindir/masthead"
mkdir -p "$bindir"
ln -sf "$prefix/bin/masthead" "$bindir/masthead"

if [ -n "$desktop" ]; then
    app_id=org.masthead.Masthead
    mkdir -p "$data_home/applications" "$data_home/metainfo" "$data_home/man/man1"
    # The menu entry starts the program by its full path: ~/.local/bin is not on every session's PATH.
    sed -e "s|^Exec=masthead|Exec=$prefix/bin/masthead|" -e "s|^TryExec=masthead|TryExec=$prefix/bin/masthead|" \
        "$prefix/share/applications/$app_id.desktop" >"$data_home/applications/$app_id.desktop"
    cp "$prefix/share/metainfo/$app_id.metainfo.xml" "$data_home/metainfo/"
    cp "$prefix/share/man/man1/masthead.1" "$data_home/man/man1/"
    installed="$installed $data_home/applications/$app_id.desktop $data_home/metainfo/$app_id.metainfo.xml"
    installed="$installed $data_home/man/man1/masthead.1"
    for icon in "$prefix"/share/icons/hicolor/*/apps/$app_id.*; do
        size=$(basename "$(dirname "$(dirname "$icon")")")
        mkdir -p "$data_home/icons/hicolor/$size/apps"
        cp "$icon" "$data_home/icons/hicolor/$size/apps/"
        installed="$installed $data_home/icons/hicolor/$size/apps/$(basename "$icon")"
    done
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$data_home/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$data_home/icons/hicolor" 2>/dev/null || true
    fi
fi

cat >"$prefix/uninstall" <<UNINSTALL
#!/bin/sh
# Removes Masthead $version as its installer put it here. --keep-program: only the links and
# desktop files (the installer uses it when it updates).
for file in $installed; do
    rm -f "\$file"
done
if [ "\${1:-}" != --keep-program ]; then
    rm -rf "$prefix"
    echo "Masthead removed from $prefix"
fi
UNINSTALL
chmod +x "$prefix/uninstall"

echo "Masthead $version installed in $prefix"
case ":$PATH:" in
    *":$bindir:"*) echo "Start it with: masthead" ;;
    *) echo "Start it with: $bindir/masthead (add $bindir to your PATH to type just 'masthead')" ;;
esac
exit 0
# The bundle follows: a gzip-compressed tar archive.
