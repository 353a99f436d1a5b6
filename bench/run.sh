#!/usr/bin/env bash
# Throughput, memory and incremental-run benchmark. Not a test: run it by hand and record the
# table it prints in BENCHMARKS.md.
#
#   bench/run.sh [SIZE ...]        default: 100MB 1GB
#
# For each size it generates a corpus once (bench/gen_corpus.py, kept under $BENCH_DIR,
# default /tmp/numfacts-bench), warms the page cache, and times in the same run:
#   floor   every file through `cat | grep -c '[0-9]'` (read and scan), and `cat` alone to
#           /dev/null (read); best of 3 runs each
#   run     numfacts run --layout dataset --format parquet --full, with 1 and with 2 threads
#   claims  numfacts claims over that dataset, and a run with the default `files` layout
#           (2 threads), which builds the claims table itself
#   inc     the same run again after 1% of the files changed, then again after 1% new files
#           were added beside them (2 threads, incremental)
# Elapsed seconds come from bash's clock, peak RSS from /usr/bin/time, documents and facts
# from run.json; x_floor is a run's time over the read-and-scan floor's.
# Environment: THREADS="1 2" to choose thread counts, FORMAT=parquet,csv to write CSV too,
# PROSE=0.8 the share of paragraphs without figures (0.8: news-like, 0: dense; gen_corpus.py),
# TXT=1 a folder corpus (one .txt file per article, in folders of 1,000) instead of JSONL dumps,
# BIN=path/to/numfacts to time another build (say, an earlier commit's) instead of this one.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_DIR=${BENCH_DIR:-/tmp/numfacts-bench}
THREADS=${THREADS:-"1 2"}
FORMAT=${FORMAT:-parquet}
PROSE=${PROSE:-0.8}
TXT=${TXT:-}
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(100MB 1GB)
command -v /usr/bin/time >/dev/null || { echo "bench needs /usr/bin/time (Debian: apt install time)" >&2; exit 2; }

if [ -z "${BIN:-}" ]; then
  cargo build --release --quiet
  BIN=$PWD/target/release/numfacts
fi
mkdir -p "$BENCH_DIR"

# timed CMD...: runs CMD under /usr/bin/time; sets SECS (wall clock) and RSS_MB (peak).
timed() {
  local log="$BENCH_DIR/time.log" t0 t1
  t0=$EPOCHREALTIME
  /usr/bin/time -f "%M" -o "$log" "$@" >/dev/null
  t1=$EPOCHREALTIME
  SECS=$(awk "BEGIN{print $t1 - $t0}")
  RSS_MB=$(($(cat "$log") / 1024))
}

# best3 CMD...: the fastest of three runs of CMD, in SECS.
best3() {
  local best=999999
  for _ in 1 2 3; do
    timed "$@"
    best=$(awk "BEGIN{print ($SECS < $best) ? $SECS : $best}")
  done
  SECS=$best
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "numfacts $BIN at $(git rev-parse --short HEAD 2>/dev/null || echo '?'), format $FORMAT, prose share $PROSE${TXT:+, folder corpus (.txt files)}"
printf '%-7s %-22s %8s %9s %10s %11s %8s %8s\n' size run seconds MB/s docs/s facts/s RSS_MB x_floor
for size in "${SIZES[@]}"; do
  corpus="$BENCH_DIR/corpus-$size-prose$PROSE${TXT:+-txt}"
  [ -f "$corpus/.done" ] || { rm -rf "$corpus"; python3 bench/gen_corpus.py --size "$size" --prose-share "$PROSE" ${TXT:+--txt} --out "$corpus" >&2; touch "$corpus/.done"; }
  mb=$(du -sb --exclude=.done "$corpus" | awk '{print $1/1e6}')
  files=$(find "$corpus" -type f -name '*.jsonl' -o -type f -name '*.txt' | wc -l)
  find "$corpus" -type f -print0 | xargs -0 cat >/dev/null # warm the page cache
  best3 sh -c "find '$corpus' -type f -print0 | xargs -0 cat >/dev/null"
  cat_s=$SECS
  best3 sh -c "find '$corpus' -type f -print0 | xargs -0 cat | grep -c '[0-9]'"
  floor=$SECS
  printf '%-7s %-22s %8.3f %9.0f %10s %11s %8s %8.2f\n' "$size" "cat > /dev/null" "$cat_s" "$(awk "BEGIN{print $mb / $cat_s}")" - - - "$(awk "BEGIN{print $cat_s / $floor}")"
  printf '%-7s %-22s %8.3f %9.0f %10s %11s %8s %8.2f\n' "$size" "floor: cat | grep -c" "$floor" "$(awk "BEGIN{print $mb / $floor}")" - - - 1
  out="$BENCH_DIR/out-$size"
  for t in $THREADS; do
    timed "$BIN" run -i "$corpus" -o "$out" --layout dataset --format "$FORMAT" --full -q --threads "$t"
    docs=$(python3 -c "import json;print(json.load(open('$out/run.json'))['documents'])")
    facts=$(python3 -c "import json;print(json.load(open('$out/run.json'))['facts'])")
    printf '%-7s %-22s %8.2f %9.1f %10.0f %11.0f %8d %8.0f\n' "$size" "numfacts --threads $t" "$SECS" \
      "$(awk "BEGIN{print $mb / $SECS}")" "$(awk "BEGIN{print $docs / $SECS}")" "$(awk "BEGIN{print $facts / $SECS}")" "$RSS_MB" \
      "$(awk "BEGIN{print $SECS / $floor}")"
    full_s=$SECS
  done
  # Claims over the dataset (`numfacts claims`), and a `files` run, which builds them itself.
  timed "$BIN" claims "$out"
  printf '%-7s %-22s %8.2f %9s %10s %11s %8d %8s\n' "$size" "numfacts claims" "$SECS" - - - "$RSS_MB" -
  timed "$BIN" run -i "$corpus" -o "$out-files" --format "$FORMAT" --full -q --threads 2
  printf '%-7s %-22s %8.2f %9.1f %10s %11s %8d %8.0f  (layout files: facts and claims tables)\n' "$size" "numfacts files layout" "$SECS" \
    "$(awk "BEGIN{print $mb / $SECS}")" - - "$RSS_MB" "$(awk "BEGIN{print $SECS / $floor}")"
  # 1% of the files change (the first article in each gets one figure rewritten), then 1% new
  # files are added beside others; both spread over the whole corpus.
  n=$(( (files + 99) / 100 ))
  for step in changed added; do
    find "$corpus" -type f \( -name '*.jsonl' -o -name '*.txt' \) -not -name '*-added.*' | sort |
      awk -v n="$files" -v k="$n" -v o="$([ $step = added ] && echo 1 || echo 0)" 'NR % int(n / k) == o' | head -n "$n" |
      python3 bench/touch_corpus.py $([ $step = added ] && echo --add)
    timed "$BIN" run -i "$corpus" -o "$out" --layout dataset --format "$FORMAT" -q --threads 2
    reused=$(python3 -c "import json;r=json.load(open('$out/run.json'));print(f\"units reused {r['units_reused']}/{r['units']}, documents reused {r['documents_reused']}/{r['documents']}\")")
    printf '%-7s %-22s %8.2f %9s %10s %11s %8d %8s  (%.1f%% of the full run; %s; %d files %s)\n' "$size" "incremental, 1% $step" "$SECS" - - - "$RSS_MB" - \
      "$(awk "BEGIN{print 100 * $SECS / $full_s}")" "$reused" "$n" "$step"
  done
  rm -f "$corpus/.done" # the corpus was edited: regenerate it next time
done
