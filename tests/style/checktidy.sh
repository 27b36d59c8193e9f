#!/usr/bin/env bash
# Fails on any clang-tidy finding of the checks in .clang-tidy (use after move, dangling views,
# needless copies, …) in app/, models/ and views/, with the build folder (whose
# compile_commands.json gives each file's flags) and the source root.
#
# A full run parses every file again: about 20 CPU minutes (11 on two cores), a third of the test
# command's budget.
# So there are two tests:
#   style/clang-tidy-changed (label "style", in every `test`): --since-clean checks only the files
#     changed since the commit named in tests/style/tidy-clean, where a full run was last clean
#     (a changed header brings in the .cpp beside it);
#   style/clang-tidy (label "tidy", `ctest --preset tidy`): every file. When it passes, write the
#     commit it ran on into tests/style/tidy-clean, so the test command's share stays small.
# Usage: checktidy.sh BUILD_DIR SOURCE_ROOT [--since-clean]
set -uo pipefail
build=$1 root=$2 mode=${3:-all}

if ! command -v clang-tidy >/dev/null; then
    # A missing analyser must not turn CI green.
    if [ -n "${CI:-}" ]; then echo "clang-tidy is not installed, and CI is set" >&2; exit 1; fi
    echo "clang-tidy is not installed: clang-tidy check skipped"
    exit 77
fi
[ -f "$build/compile_commands.json" ] || { echo "no $build/compile_commands.json" >&2; exit 1; }

cd "$root" || exit 1
if [ "$mode" = --since-clean ]; then
    clean=$(grep -Eo '^[0-9a-f]{40}' tests/style/tidy-clean | head -n 1)
    git=(git -c safe.directory='*' -C "$root")
    if [ -z "$clean" ] || ! "${git[@]}" cat-file -e "$clean^{commit}" 2>/dev/null; then
        echo "tests/style/tidy-clean names no commit this clone has (${clean:-none}); a shallow clone needs" \
            "'git fetch --unshallow', or run the full check: ctest --preset tidy" >&2
        exit 1
    fi
    # Against the working tree, so uncommitted changes count too.
    mapfile -t changed < <("${git[@]}" diff --name-only "$clean" -- app models views)
    files=()
    for path in "${changed[@]}"; do
        case $path in
        *.cpp) candidate=$path ;;
        *.h) candidate=${path%.h}.cpp ;;
        *) continue ;;
        esac
        [ -f "$candidate" ] && files+=("$candidate")
    done
    mapfile -t files < <(printf '%s\n' "${files[@]}" | sort -u | grep -v '^$')
    if [ "${#files[@]}" -eq 0 ]; then
        echo "no C++ file under app/, models/ or views/ changed since ${clean:0:12}: nothing to check"
        exit 0
    fi
    scope="${#files[@]} files changed since ${clean:0:12}"
else
    mapfile -t files < <(find app models views -name '*.cpp' | sort)
    [ "${#files[@]}" -ge 100 ] || { echo "found only ${#files[@]} files under $root" >&2; exit 1; }
    scope="${#files[@]} files"
fi

# The flags are GCC's: clang is told to ignore the options it does not know and not to turn
# warnings into errors; only clang-tidy's own findings ([check-name]) count.
log=$(mktemp) && trap 'rm -f "$log"' EXIT
printf '%s\0' "${files[@]}" | xargs -0 -P "$(nproc)" -n 4 clang-tidy -p "$build" --quiet \
    --extra-arg=-Wno-unknown-warning-option --extra-arg=-Wno-error >"$log" 2>&1
findings=$(grep -E 'warning: .*\[[a-z]+-[a-z0-9.-]+\]$' "$log" | grep -v '\[clang-diagnostic-' | sort -u)
if grep -qE '(^|: )(fatal )?error: ' "$log"; then
    grep -E -A3 '(^|: )(fatal )?error: ' "$log" | head -40 >&2
    echo "clang-tidy could not analyse every file (see above)" >&2
    exit 1
fi
if [ -n "$findings" ]; then
    echo "$findings"
    echo "$(wc -l <<<"$findings") clang-tidy findings in $scope; fix them, or say why with // NOLINT(<check>)" >&2
    exit 1
fi
echo "$scope: no clang-tidy findings"
