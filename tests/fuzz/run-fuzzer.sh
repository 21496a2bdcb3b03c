#!/bin/sh
# SPDX-FileCopyrightText: 2026 Masthead contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# run-fuzzer.sh TARGET RUNS FINDINGS SEEDS...: runs a libFuzzer target for RUNS inputs, starting from
# the committed corpus folders SEEDS (read only: new inputs go to a temporary folder). A crash, leak
# or timeout fails the test; its input is copied to FINDINGS, to be kept as a regression in the corpus.
set -eu
target=$1 runs=$2 findings=$3
shift 3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus" "$findings"
status=0
"$target" -runs="$runs" -seed=1 -max_len=4096 -timeout=20 -rss_limit_mb=3072 -print_final_stats=1 \
    -artifact_prefix="$work/" "$work/corpus" "$@" || status=$?
for artifact in "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-*; do
    [ -e "$artifact" ] || continue
    cp "$artifact" "$findings/"
    echo "finding kept in $findings/$(basename "$artifact")"
done
exit $status
