#!/usr/bin/env bash
# Fails on any clazy finding (Qt-specific analysis: detaching loops, QStringBuilder traps, statics…)
# in app/, models/ and views/. Run by ctest (label "style") with the build folder, whose
# compile_commands.json gives each file's flags, and the source root.
# Usage: checkclazy.sh BUILD_DIR SOURCE_ROOT
set -uo pipefail
build=$1 root=$2
# The checks: clazy's levels 0 and 1, without qstring-ref (a Qt 5 advice: midRef() is gone in Qt 6).
checks=level0,level1,no-qstring-ref

if ! command -v clazy-standalone >/dev/null; then
    # A missing analyser must not turn CI green.
    if [ -n "${CI:-}" ]; then echo "clazy-standalone is not installed, and CI is set" >&2; exit 1; fi
    echo "clazy-standalone is not installed: clazy check skipped"
    exit 77
fi
[ -f "$build/compile_commands.json" ] || { echo "no $build/compile_commands.json" >&2; exit 1; }

cd "$root" || exit 1
mapfile -t files < <(find app models views -name '*.cpp' | sort)
[ "${#files[@]}" -ge 100 ] || { echo "found only ${#files[@]} files under $root" >&2; exit 1; }

# The flags are GCC's: clang is told to ignore the options it does not know, and only clazy's
# own findings ([-Wclazy-…]) count; the compiler's warnings are the ci build's business.
log=$(mktemp) && trap 'rm -f "$log"' EXIT
printf '%s\0' "${files[@]}" | xargs -0 -P "$(nproc)" -n 8 clazy-standalone -p "$build" --checks="$checks" \
    --extra-arg=-Wno-unknown-warning-option --extra-arg=-Wno-error --extra-arg=-Wno-overloaded-virtual \
    >"$log" 2>&1
findings=$(grep -E '\[-Wclazy-[a-z0-9-]+\]' "$log" | sort -u)
if grep -qE '(^|: )(fatal )?error: ' "$log"; then
    grep -E -A3 '(^|: )(fatal )?error: ' "$log" | head -40 >&2
    echo "clazy could not analyse every file (see above)" >&2
    exit 1
fi
if [ -n "$findings" ]; then
    echo "$findings"
    echo "$(wc -l <<<"$findings") clazy findings in ${#files[@]} files; fix them, or say why on the line before with" \
        "// clazy:exclude-next-line=<check>" >&2
    exit 1
fi
echo "${#files[@]} files: no clazy findings ($checks)"
