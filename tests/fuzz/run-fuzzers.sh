#!/bin/sh
# SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs every fuzz target (or the ones named) for a bounded time, one after the other, each on a copy of its seed
# corpus and regression inputs in a scratch folder: nothing is written into the repository.
#
#     tests/fuzz/run-fuzzers.sh BUILD_DIR SECONDS_PER_TARGET [TARGET...]
#
# BUILD_DIR is a build of the fuzz preset (build/fuzz). Prints one summary line per target from libFuzzer's final
# statistics. Exits non-zero when a target crashes, leaks, times out or runs out of memory; the input that did it
# is kept under BUILD_DIR/fuzz-artifacts/<target>/ (printed, with its base64 when small) so it can be added to
# tests/fuzz/regressions/<target>/. Environment: FUZZ_RSS_LIMIT_MB (default 2048), FUZZ_TIMEOUT (seconds per
# input, default 10), FUZZ_KEEP_CORPUS (a folder to copy each grown corpus into, optional), FUZZ_SEED (libFuzzer's
# random seed; unset, each run picks its own).
set -u

here=$(cd "$(dirname "$0")" && pwd)
all_targets="hourparser archivereader csvwriter clusterresponse demorequest"

if [ $# -lt 2 ]; then
    echo "usage: $0 BUILD_DIR SECONDS_PER_TARGET [TARGET...]  (targets: $all_targets)" >&2
    exit 2
fi
build=$(cd "$1" 2>/dev/null && pwd) || { echo "run-fuzzers: no build folder $1" >&2; exit 2; }
seconds=$2
shift 2
case $seconds in
'' | *[!0-9]*) echo "run-fuzzers: seconds must be a whole number, not '$seconds'" >&2; exit 2 ;;
esac
targets=${*:-$all_targets}
rss_limit=${FUZZ_RSS_LIMIT_MB:-2048}
timeout=${FUZZ_TIMEOUT:-10}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/lue-fuzz.XXXXXX") || exit 2
trap 'rm -rf "$scratch"' EXIT
trap 'exit 130' INT TERM

dictionaries() {
    case $1 in
    hourparser) echo json ;;
    archivereader) echo zip json ;;
    csvwriter) echo csv ;;
    clusterresponse) echo http json ;;
    demorequest) echo http ;;
    esac
}

max_len() {
    case $1 in
    archivereader) echo 65536 ;;
    hourparser) echo 16384 ;;
    *) echo 4096 ;;
    esac
}

# The last value of "name: N" on libFuzzer's status lines, or of "stat::name: N" in its final statistics.
last_field() {
    sed -n "s/.* $1: \([0-9][0-9]*\).*/\1/p" "$2" | tail -n 1
}
final_stat() {
    sed -n "s/^stat::$1: *\([0-9][0-9]*\).*/\1/p" "$2" | tail -n 1
}

failed=""
summary=""
for target in $targets; do
    binary="$build/tests/fuzz/fuzz_$target"
    if [ ! -x "$binary" ]; then
        echo "run-fuzzers: $binary is missing (build the fuzz preset first)" >&2
        failed="$failed $target"
        continue
    fi
    work="$scratch/$target"
    artifacts="$build/fuzz-artifacts/$target"
    mkdir -p "$work/corpus" "$work/tmp" "$artifacts"
    for folder in corpus regressions; do
        if [ -d "$here/$folder/$target" ]; then
            cp -R "$here/$folder/$target/." "$work/corpus/"
        fi
    done
    dictionary="$work/$target.dict"
    for name in $(dictionaries "$target"); do
        cat "$here/dict/$name.dict" >>"$dictionary"
    done
    log="$work/fuzz.log"
    echo "run-fuzzers: fuzz_$target for ${seconds}s"
    # The readers' temporary files (a compressed inner archive is inflated to one) stay in the scratch folder.
    TMPDIR="$work/tmp" \
        ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" \
        UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:suppressions=$here/ubsan.supp}" \
        LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$here/../sanitizers/lsan.supp:print_suppressions=0}" \
        "$binary" -max_total_time="$seconds" -rss_limit_mb="$rss_limit" -timeout="$timeout" \
        -max_len="$(max_len "$target")" -dict="$dictionary" -print_final_stats=1 ${FUZZ_SEED:+-seed="$FUZZ_SEED"} \
        -artifact_prefix="$artifacts/" "$work/corpus" >"$log" 2>&1
    status=$?

    execs=$(final_stat number_of_executed_units "$log")
    rate=$(final_stat average_exec_per_sec "$log")
    rss=$(final_stat peak_rss_mb "$log")
    cov=$(last_field cov "$log")
    ft=$(last_field ft "$log")
    corpus_files=$(find "$work/corpus" -type f | wc -l)
    corpus_bytes=$(du -sk "$work/corpus" | cut -f1)
    if [ -n "${FUZZ_KEEP_CORPUS:-}" ]; then
        mkdir -p "$FUZZ_KEEP_CORPUS/$target" && cp -R "$work/corpus/." "$FUZZ_KEEP_CORPUS/$target/"
    fi
    result=ok
    if [ "$status" -ne 0 ]; then
        result="FAILED (exit $status)"
        failed="$failed $target"
        echo "---- fuzz_$target failed; the end of its output:" >&2
        tail -n 60 "$log" >&2
        for crash in $(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log"); do
            echo "---- crash input: $crash" >&2
            if [ -f "$crash" ] && [ "$(wc -c <"$crash")" -le 65536 ]; then
                echo "---- base64 of the crash input:" >&2
                base64 "$crash" >&2
            fi
        done
    fi
    line="fuzz_$target: ${seconds}s execs=${execs:-?} exec/s=${rate:-?} cov=${cov:-?} ft=${ft:-?}"
    line="$line corpus=${corpus_files}files/${corpus_bytes}KiB peak_rss=${rss:-?}MB $result"
    echo "$line"
    summary="$summary$line
"
done

echo "==== fuzz summary"
printf '%s' "$summary"
if [ -n "$failed" ]; then
    echo "run-fuzzers: failed:$failed" >&2
    exit 1
fi
exit 0
