# Paired timing: A and B alternate (A B A B …) so machine noise hits both alike; each pair
# gives the ratio B/A for wall time and for CPU time (user + system, children included).
# Sourced by bench/run.sh.

# run_once COMMAND: sets wall_ms and cpu_ms; the command's output is thrown away.
run_once() {
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f "%U %S %M" -o "$out/time" bash -c "$1" >/dev/null 2>"$out/stderr" \
    || { echo "bench: failed: $1" >&2; cat "$out/stderr" >&2; exit 1; }
  end=$(date +%s%N)
  wall_ms=$(( (end - start) / 1000000 ))
  cpu_ms=$(tail -1 "$out/time" | awk '{printf "%d", ($1 + $2) * 1000}')
}

header() {
  printf '%-28s %-22s %-22s %s\n' comparison "wall ratio min/med/max" "CPU ratio min/med/max" "reference wall, CPU (median ms)"
}

# compare LABEL REFERENCE_COMMAND ENGINE_COMMAND PAIRS
compare() {
  local label=$1 a=$2 b=$3 n=$4 i
  : > "$out/pairs"
  for i in $(seq "$n"); do
    run_once "$a"; local aw=$wall_ms ac=$cpu_ms
    run_once "$b"
    echo "$aw $ac $wall_ms $cpu_ms" >> "$out/pairs"
  done
  printf '%-28s %-22s %-22s %s\n' "$label" "$(ratios 3 1)" "$(ratios 4 2)" \
    "$(col 1 | median) ms, $(col 2 | median) ms"
  echo "    A: $a"
  echo "    B: $b"
}

col() { awk -v c="$1" '{print $c}' "$out/pairs"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratios() {
  awk -v b="$1" -v a="$2" '{printf "%.3f\n", $b / ($a > 0 ? $a : 1)}' "$out/pairs" | sort -n \
    | awk '{r[NR]=$1} END {printf "%s/%s/%s", r[1], r[int((NR+1)/2)], r[NR]}'
}

# memory_run COMMAND: peak RSS and RSS every 10 s while it runs.
memory_run() {
  local start end samples=""
  start=$(date +%s)
  /usr/bin/time -f "%M" -o "$out/mtime" bash -c "exec $1" >/dev/null 2>"$out/stderr" &
  local pid=$!
  sleep 2
  local jpid; jpid=$(pgrep -P "$pid" | head -1 || true)
  while kill -0 "$pid" 2>/dev/null; do
    [ -n "$jpid" ] && samples+="$(awk '/VmRSS/ {printf "%d ", $2 / 1024}' "/proc/$jpid/status" 2>/dev/null)"
    sleep 10
  done
  wait "$pid" || { echo "bench: failed: $1" >&2; tail -3 "$out/stderr" >&2; }
  end=$(date +%s)
  echo "peak RSS $(( $(cat "$out/mtime" | tail -1) / 1024 )) MB in $(( end - start )) s; RSS samples (MB): $samples"
  echo "    $1"
}

# top_frames FILE.jfr N: the N most frequent top frames of execution samples, with shares.
top_frames() {
  "${JAVA_HOME:+$JAVA_HOME/bin/}jfr" print --events jdk.ExecutionSample "$1" | awk -v n="$2" '
    /stackTrace = \[/ { getline; sub(/^[ \t]+/, ""); sub(/[ \t]+line:.*/, ""); count[$0]++; total++ }
    END { for (f in count) printf "%6.1f%%  %s\n", 100 * count[f] / total, f; }' | sort -rn | head -"$2"
}

# top_methods FILE.jfr N: hep's and PDFBox's methods by inclusive share (in the stack of how
# many samples), which says where a handout's time goes better than the flat top frames.
top_methods() {
  "${JAVA_HOME:+$JAVA_HOME/bin/}jfr" print --stack-depth 256 --events jdk.ExecutionSample "$1" | awk -v n="$2" '
    /jdk.ExecutionSample/ { total++; delete seen; next }
    /line:/ { f = $0; sub(/^[ \t]+/, "", f); sub(/[ \t]+line:.*/, "", f)
              if (f ~ /^org\.(hep|apache\.(pdfbox|fontbox))\./ && !(f in seen)) { seen[f] = 1; incl[f]++ } }
    END { for (f in incl) printf "%6.1f%%  %s\n", 100 * incl[f] / total, f }' | sort -rn | head -"$2"
}
