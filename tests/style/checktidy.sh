#!/usr/bin/env bash
# Fails on any clang-tidy finding of the checks in .clang-tidy (use after move, dangling views,
# needless copies, …) in app/, models/ and views/. Run by ctest (label "tidy": `ctest --preset tidy`; not part of the
# `test` command: a full run parses every file again, about 15 minutes on two cores) with the
# build folder, whose compile_commands.json gives each file's flags, and the source root.
# Usage: checktidy.sh BUILD_DIR SOURCE_ROOT
set -uo pipefail
build=$1 root=$2

if ! command -v clang-tidy >/dev/null; then
    # A missing analyser must not turn CI green.
    if [ -n "${CI:-}" ]; then echo "clang-tidy is not installed, and CI is set" >&2; exit 1; fi
    echo "clang-tidy is not installed: clang-tidy check skipped"
    exit 77
fi
[ -f "$build/compile_commands.json" ] || { echo "no $build/compile_commands.json" >&2; exit 1; }

cd "$root" || exit 1
mapfile -t files < <(find app models views -name '*.cpp' | sort)
[ "${#files[@]}" -ge 100 ] || { echo "found only ${#files[@]} files under $root" >&2; exit 1; }

# The flags are GCC's: clang is told to ignore the options it does not know and not to turn
# warnings into errors; only clang-tidy's own findings ([check-name]) count.
log=$(mktemp) && trap 'rm -f "$log"' EXIT
printf '%s\0' "${files[@]}" | xargs -0 -P "$(nproc)" -n 8 clang-tidy -p "$build" --quiet \
    --extra-arg=-Wno-unknown-warning-option --extra-arg=-Wno-error >"$log" 2>&1
findings=$(grep -E 'warning: .*\[[a-z]+-[a-z0-9.-]+\]$' "$log" | grep -v '\[clang-diagnostic-' | sort -u)
if [ -n "$findings" ]; then
    echo "$findings"
    echo "$(wc -l <<<"$findings") clang-tidy findings in ${#files[@]} files; fix them, or say why with // NOLINT(<check>)" >&2
    exit 1
fi
echo "${#files[@]} files: no clang-tidy findings"
