#!/usr/bin/env bash
# SMTP load benchmark of the gateway against Postfix's smtp-sink (see bench/README.md).
#
# Per repetition and database: smtp-source sends COUNT_SMALL x 2 KB and COUNT_LARGE x 200 KB
# messages over SESSIONS parallel sessions, first to smtp-sink (the baseline: what the client and
# the loopback can do), then to a freshly started gateway (fresh data dir, fresh database) in
# journal mode. It reports messages/s accepted (wall clock of smtp-source), its ratio to
# smtp-sink in the same repetition, and messages/s fully processed (every record PROCESSED in
# the API and every message found by the full-text search), from the first message sent.
#
# Environment (defaults in brackets):
#   COUNT_SMALL [20000]  COUNT_LARGE [2000]  SESSIONS [20]  REPEAT [3]  DB [both: h2|postgres|both]
#   WARMUP [1000]        2 KB messages sent to each fresh gateway before measuring (JIT warm-up)
#   SIZE_SMALL [2048]    SIZE_LARGE [204800]   payload bytes (smtp-source -l)
#   REUSE_CONNECTIONS [1]  1: smtp-source -d (a session sends many messages); 0: one per connection
#   PROCESS_TIMEOUT [900]  seconds to wait for processing of one phase
#   QUIET_WAIT [600]     before each repetition, wait up to this long for the machine to idle
#   PG_HOST [127.0.0.1]  PG_PORT [5432]  PG_USER [postgres]
#   OFFICIAL_MAIL_JAVA_OPTS  JVM options of the gateway; GATEWAY_ARGS  more gateway arguments
#   RESULTS_DIR [bench/results]  BUILD [1]: build the jar once first (0: use the existing one)
#   SINK_ONLY [0]        1: only the smtp-sink baseline, no gateway (prints, writes nothing)
# Only 127.0.0.1 is ever contacted.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COUNT_SMALL="${COUNT_SMALL:-20000}"
COUNT_LARGE="${COUNT_LARGE:-2000}"
SESSIONS="${SESSIONS:-20}"
REPEAT="${REPEAT:-3}"
DB="${DB:-both}"
WARMUP="${WARMUP:-1000}"
SIZE_SMALL="${SIZE_SMALL:-2048}"
SIZE_LARGE="${SIZE_LARGE:-204800}"
REUSE_CONNECTIONS="${REUSE_CONNECTIONS:-1}"
PROCESS_TIMEOUT="${PROCESS_TIMEOUT:-900}"
QUIET_WAIT="${QUIET_WAIT:-600}"
GATEWAY_ARGS="${GATEWAY_ARGS:-}"
PG_HOST="${PG_HOST:-127.0.0.1}"
PG_PORT="${PG_PORT:-5432}"
PG_USER="${PG_USER:-postgres}"
RESULTS_DIR="${RESULTS_DIR:-$ROOT/bench/results}"
BUILD="${BUILD:-1}"
FROM_ADDR="bench@moj.gov.vn"
TO_ADDR="vanthu@tuphap.gov.vn"
SUBJECT="Giay moi hop benchmark"
SEARCH_TERM="benchmark"
ADMIN_PASSWORD="bench"
HOST=127.0.0.1

case "$DB" in
  h2) DBS=(h2) ;;
  postgres) DBS=(postgres) ;;
  both) DBS=(h2 postgres) ;;
  *) echo "DB must be h2, postgres or both, not '$DB'" >&2; exit 2 ;;
esac

WORK="$(mktemp -d /var/tmp/om-bench.XXXXXX)" # on the real disk, not a tmpfs: fsync must cost
SINK_PID=""
GATEWAY_PID=""
PG_DATABASES=()
PG_WAITS=""
PG_DBNAME=""
SAMPLER_PID=""
DB_KIND=""

cleanup() {
  local rc=$?
  [ -n "$SINK_PID" ] && kill "$SINK_PID" 2>/dev/null && wait "$SINK_PID" 2>/dev/null || true
  stop_sampler || true
  stop_gateway || true
  for d in "${PG_DATABASES[@]}"; do
    dropdb -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" --if-exists "$d" 2>/dev/null || true
  done
  rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { echo "$*" | tee -a "$RAW"; }
now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.${2:-1}f\", $1 }"; }

# --- Postfix's smtp-source and smtp-sink, without a Postfix daemon ---------------------------
ensure_postfix() {
  export PATH="$PATH:/usr/sbin:/sbin"
  local sudo=()
  [ "$(id -u)" = 0 ] || sudo=(sudo)
  if ! command -v unzip >/dev/null || ! command -v jq >/dev/null; then
    "${sudo[@]}" apt-get update -qq >/dev/null
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q unzip jq >/dev/null
  fi
  if command -v smtp-source >/dev/null && command -v smtp-sink >/dev/null; then return; fi
  echo "Installing postfix for smtp-source/smtp-sink (no daemon is left running)..." >&2
  echo "postfix postfix/main_mailer_type select No configuration" | "${sudo[@]}" debconf-set-selections
  "${sudo[@]}" apt-get update -qq >/dev/null
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postfix >/dev/null
  "${sudo[@]}" postfix stop 2>/dev/null || true
  if command -v systemctl >/dev/null; then "${sudo[@]}" systemctl stop postfix 2>/dev/null || true; fi
  if ss -Htln 'sport = :25' | grep -q .; then
    echo "Something listens on port 25 after installing postfix; stop it first." >&2
    exit 1
  fi
}

free_port() {
  local p
  for _ in $(seq 1 200); do
    p=$((20000 + RANDOM % 12000)) # below the ephemeral range (32768-): no outgoing connection holds it
    if ! ss -Htln "sport = :$p" | grep -q .; then echo "$p"; return; fi
  done
  echo "no free port" >&2; exit 1
}

wait_port() { # port timeout-seconds
  local deadline=$(( $(date +%s) + $2 ))
  until ss -Htln "sport = :$1" | grep -q .; do
    [ "$(date +%s)" -lt "$deadline" ] || return 1
    sleep 0.1
  done
}

# smtp-source port count size label -> prints elapsed seconds; log to $WORK/source.log
send() {
  local port="$1" count="$2" size="$3" t0 t1 opts=()
  [ "$REUSE_CONNECTIONS" = 1 ] && opts+=(-d)
  t0=$(now)
  if ! smtp-source "${opts[@]}" -s "$SESSIONS" -m "$count" -l "$size" \
      -f "$FROM_ADDR" -t "$TO_ADDR" -S "$SUBJECT" "$HOST:$port" >"$WORK/source.log" 2>&1; then
    cat "$WORK/source.log" >&2
    echo "smtp-source failed (port $port, $count x $size)" >&2
    return 1
  fi
  t1=$(now)
  calc "$t1 - $t0" 3
}

# --- smtp-sink baseline -----------------------------------------------------------------------
sink_phase() { # count size -> sets SINK_RATE (msg/s)
  local port elapsed user=()
  port=$(free_port)
  [ "$(id -u)" = 0 ] && user=(-u nobody) # smtp-sink refuses to run as root without -u
  smtp-sink "${user[@]}" "$HOST:$port" 1000 >"$WORK/sink.log" 2>&1 &
  SINK_PID=$!
  wait_port "$port" 10 || { cat "$WORK/sink.log" >&2; exit 1; }
  elapsed=$(send "$port" "$1" "$2")
  kill "$SINK_PID" 2>/dev/null; wait "$SINK_PID" 2>/dev/null || true
  SINK_PID=""
  SINK_RATE=$(calc "$1 / $elapsed" 1)
}

# --- the gateway ------------------------------------------------------------------------------
start_gateway() { # db -> sets GATEWAY_PID SMTP_PORT HTTP_PORT GW_LOG
  local db="$1" args dbname
  SMTP_PORT=$(free_port)
  HTTP_PORT=$(free_port)
  while [ "$HTTP_PORT" = "$SMTP_PORT" ]; do HTTP_PORT=$(free_port); done
  local data="$WORK/data-$db-$RUN"
  rm -rf "$data"
  GW_LOG="$WORK/gateway-$db-$RUN.log"
  args=(--gateway.data-dir="$data" --gateway.mode=journal
    --gateway.smtp.bind-address=127.0.0.1 --gateway.smtp.port="$SMTP_PORT"
    --server.address=127.0.0.1 --server.port="$HTTP_PORT"
    --gateway.smtp.tls.enabled=false
    --gateway.security.bootstrap-admin.password="$ADMIN_PASSWORD"
    --gateway.spool.max-pending=100000
    # Sender authentication from static records (nothing leaves the machine): the bench sender's
    # domain authorises the loopback client, so every message passes SPF and is official.
    --gateway.authentication.dns.mode=static
    '--gateway.authentication.dns.static-records[0]=moj.gov.vn. 3600 IN TXT "v=spf1 ip4:127.0.0.0/8 -all"')
  # shellcheck disable=SC2206
  [ -n "$GATEWAY_ARGS" ] && args+=($GATEWAY_ARGS)
  if [ "$db" = postgres ]; then
    dbname="om_bench_$$_$RUN"
    PG_DBNAME=$dbname
    createdb -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$dbname"
    PG_DATABASES+=("$dbname")
    args+=(--spring.profiles.active=postgres
      --spring.datasource.url="jdbc:postgresql://$PG_HOST:$PG_PORT/$dbname"
      --spring.datasource.username="$PG_USER")
  fi
  # The launcher's JDK, on a private copy of the jar: a rebuild of mail-gateway/target during the
  # run (by anyone) must not pull classes from under the running gateway.
  # shellcheck disable=SC2086
  "$JDK/bin/java" ${OFFICIAL_MAIL_JAVA_OPTS:-} -jar "$WORK/official-mail.jar" "${args[@]}" >"$GW_LOG" 2>&1 &
  GATEWAY_PID=$!
  local deadline=$(( $(date +%s) + 240 ))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -u "admin:$ADMIN_PASSWORD" \
      "http://$HOST:$HTTP_PORT/api/messages?size=1")" = 200 ] && wait_port "$SMTP_PORT" 1; do
    if ! kill -0 "$GATEWAY_PID" 2>/dev/null || [ "$(date +%s)" -ge "$deadline" ]; then
      echo "The gateway did not start; the end of its log:" >&2
      tail -60 "$GW_LOG" >&2
      tail -200 "$GW_LOG" >>"$RAW"
      exit 1
    fi
    sleep 0.5
  done
}

stop_gateway() {
  [ -n "$GATEWAY_PID" ] || return 0
  kill "$GATEWAY_PID" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$GATEWAY_PID" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$GATEWAY_PID" 2>/dev/null || true
  wait "$GATEWAY_PID" 2>/dev/null || true
  GATEWAY_PID=""
}

api() { curl -sf -u "admin:$ADMIN_PASSWORD" "http://$HOST:$HTTP_PORT$1"; }
total_of() { sed -n 's/.*"total":\([0-9][0-9]*\).*/\1/p' | head -1; }
processed_total() { api "/api/messages?size=1&state=PROCESSED" | total_of; }
indexed_total() { api "/api/search?q=$SEARCH_TERM&limit=1" | total_of; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; } # utime+stime
pg_ticks() { # all PostgreSQL server processes (also serving others: the server is shared)
  local pids
  pids=$(pgrep -u postgres -d ' ' postgres || true)
  [ -n "$pids" ] || { echo 0; return; }
  for p in $pids; do cat "/proc/$p/stat" 2>/dev/null || true; done | awk '{ t += $14 + $15 } END { print t + 0 }'
}
child_ticks() { # CPU of this shell's finished children (smtp-source, curl, ...), in ticks
  times >"$WORK/times.txt" # not in a pipe or $(...): a forked shell would count its own children
  CHILD=$(awk -v hz="$CLK_TCK" 'NR == 2 { split($1, u, /[ms]/); split($2, s, /[ms]/)
    printf "%d\n", ((u[1] * 60 + u[2]) + (s[1] * 60 + s[2])) * hz }' "$WORK/times.txt")
}
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; } # all cores, no idle/iowait
CLK_TCK=$(getconf CLK_TCK)
NPROC=$(nproc)

# The time (epoch s) the newest messages' records were marked PROCESSED, by the gateway's clock:
# the latest processedAt among the 20 most recently received (the spool is FIFO), so the end
# of processing is known to the millisecond without polling the API hard (every API request
# checks the Basic password with bcrypt, which costs the gateway CPU).
last_processed_at() {
  local ids id at latest=""
  ids=$(api "/api/messages?size=20" | jq -r '.items[].id')
  for id in $ids; do
    at=$(api "/api/messages/$id" | jq -r '.processing.processedAt // empty')
    [ -n "$at" ] || continue
    at=$(date -d "$at" +%s.%N)
    if [ -z "$latest" ] || awk "BEGIN { exit !($at > $latest) }"; then latest=$at; fi
  done
  echo "$latest"
}

# gateway_phase count size base -> sets ACC, PROC (msg/s), the times and the CPU shares
gateway_phase() {
  local count="$1" size="$2" base="$3" target t0 t1 t2="" t3="" tp c0 c1 c2 b0 b1 b2 p=0 i=0 deadline
  target=$((base + count))
  local g0 g1 g2 k0 k1 k2
  if [ "$DB_KIND" = postgres ]; then # what the gateway's connections wait for, twice a second
    (while :; do psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -Atc "select coalesce(wait_event_type, 'CPU')
       || ':' || coalesce(wait_event, '-') || ' ' || left(regexp_replace(query, '\s+', ' ', 'g'), 50)
       from pg_stat_activity where datname = '$PG_DBNAME' and state = 'active'" 2>/dev/null; sleep 0.5; done \
     >"$WORK/pgwait.txt") &
    SAMPLER_PID=$!
  fi
  c0=$(cpu_ticks "$GATEWAY_PID"); b0=$(busy_ticks); g0=$(pg_ticks); child_ticks; k0=$CHILD; t0=$(now)
  send "$SMTP_PORT" "$count" "$size" >/dev/null
  t1=$(now); c1=$(cpu_ticks "$GATEWAY_PID"); b1=$(busy_ticks); g1=$(pg_ticks); child_ticks; k1=$CHILD
  ACC=$(calc "$count / ($t1 - $t0)" 1); ACC_S=$(calc "$t1 - $t0" 2)
  deadline=$(( $(date +%s) + PROCESS_TIMEOUT ))
  # Every message PROCESSED (polled each second), then every message found by the search.
  while [ -z "$t3" ]; do
    if ! kill -0 "$GATEWAY_PID" 2>/dev/null; then
      log "The gateway died; the end of its log:"; tail -80 "$GW_LOG" | tee -a "$RAW"; exit 1
    fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
      log "TIMEOUT after ${PROCESS_TIMEOUT}s: processed=$p indexed=$i of $target"
      PROC="timeout"; PROC_S="-"; SEARCH_S="-"; CPU_ACC="-"; CPU_ALL="-"
      stop_sampler
      return 0
    fi
    if [ -z "$t2" ]; then
      p=$(processed_total || true); p=${p:-0}
      if [ "$p" -ge "$target" ]; then
        t2=$(now); c2=$(cpu_ticks "$GATEWAY_PID"); b2=$(busy_ticks); g2=$(pg_ticks); child_ticks; k2=$CHILD
      else
        sleep 1; continue
      fi
    fi
    i=$(indexed_total || true); i=${i:-0}
    if [ "$i" -ge "$target" ]; then t3=$(now); else sleep 0.2; fi
  done
  tp=$(last_processed_at)
  [ -n "$tp" ] || tp=$t2 # no processedAt in the API: fall back on the poll
  PROC=$(calc "$count / ($tp - $t0)" 1)
  PROC_S=$(calc "$tp - $t0" 2); SEARCH_S=$(calc "$t3 - $t0" 2)
  # Average cores used during acceptance and until all processed, as
  # gateway/postgres/smtp-source(+curl)/others, others = the machine's busy time less those three.
  CPU_ACC=$(cpu_split "$c0" "$c1" "$g0" "$g1" "$k0" "$k1" "$b0" "$b1" "$t0" "$t1")
  CPU_ALL=$(cpu_split "$c0" "$c2" "$g0" "$g2" "$k0" "$k2" "$b0" "$b2" "$t0" "$t2")
  if [ -n "$SAMPLER_PID" ]; then
    stop_sampler
    PG_WAITS=$(sort "$WORK/pgwait.txt" | uniq -c | sort -rn | head -6 | awk '{ $1 = $1 "x"; print }' | paste -sd ';' -)
  fi
}

stop_sampler() {
  [ -n "$SAMPLER_PID" ] || return 0
  kill "$SAMPLER_PID" 2>/dev/null || true
  wait "$SAMPLER_PID" 2>/dev/null || true
  SAMPLER_PID=""
}

cpu_split() { # gw0 gw1 pg0 pg1 child0 child1 busy0 busy1 t0 t1 -> "gw/pg/src/others"
  awk -v hz="$CLK_TCK" -v dt="$(calc "${10} - $9" 3)" -v gw="$(($2 - $1))" -v pg="$(($4 - $3))" \
    -v src="$(($6 - $5))" -v all="$(($8 - $7))" 'BEGIN { o = all - gw - pg - src; if (o < 0) o = 0
      printf "%.2f/%.2f/%.2f/%.2f", gw / hz / dt, pg / hz / dt, src / hz / dt, o / hz / dt }'
}

machine_busy() { # cores busy over the next 2 s
  local b0 b1
  b0=$(busy_ticks); sleep 2; b1=$(busy_ticks)
  calc "($b1 - $b0) / $CLK_TCK / 2" 2
}

wait_quiet() { # waits up to QUIET_WAIT s for the machine to idle (others share these cores)
  local deadline=$(( $(date +%s) + QUIET_WAIT )) busy
  while :; do
    busy=$(machine_busy)
    awk "BEGIN { exit !($busy < 0.3) }" && { log "#   run $RUN: machine quiet (${busy} cores busy)"; return; }
    if [ "$(date +%s)" -ge "$deadline" ]; then
      log "#   run $RUN: machine NOT quiet after waiting ${QUIET_WAIT}s (${busy} cores busy by others)"; return
    fi
    sleep 8
  done
}

busy_processes() { # the processes using CPU now, from top's second frame (the first is since boot)
  top -b -n 2 -d 1 -w 200 | awk '/^top -/ { frame++ }
    frame == 2 && $1 ~ /^[0-9]+$/ && $9 + 0 >= 5 { printf "%s(%s) %s%%; ", $12, $1, $9 }'
}

median() { # numbers... -> median ("-" when none)
  printf '%s\n' "$@" | grep -E '^[0-9.]+$' | sort -g | awk '{ a[NR] = $1 }
    END { if (NR == 0) print "-"; else if (NR % 2) print a[(NR + 1) / 2]; else printf "%.1f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# --- main -------------------------------------------------------------------------------------
ensure_postfix
if [ "${SINK_ONLY:-0}" = 1 ]; then
  RAW=/dev/null
  for RUN in $(seq 1 "$REPEAT"); do
    sink_phase "$COUNT_SMALL" "$SIZE_SMALL"; echo "run $RUN smtp-sink 2KB:   $SINK_RATE msg/s"
    sink_phase "$COUNT_LARGE" "$SIZE_LARGE"; echo "run $RUN smtp-sink 200KB: $SINK_RATE msg/s"
  done
  exit 0
fi
mkdir -p "$RESULTS_DIR"
STAMP="$(date +%Y-%m-%d-%H%M)"

JDK="$("$ROOT/bin/official-mail" --print-jdk)"
JAR="$ROOT/mail-gateway/target/official-mail.jar"
boot_jar() { unzip -p "$1" META-INF/MANIFEST.MF 2>/dev/null | grep -q '^Start-Class:'; }
if [ "$BUILD" = 1 ] || ! boot_jar "$JAR"; then
  echo "Building the gateway jar..." >&2
  (cd "$ROOT" && JAVA_HOME="$JDK" ./mvnw -q -B -DskipTests -Dspotless.check.skip=true package -pl mail-gateway -am) >&2
fi
# Others may rebuild the tree meanwhile: take a private copy, and only a complete Spring Boot jar.
for _ in $(seq 1 30); do
  cp "$JAR" "$WORK/official-mail.jar" 2>/dev/null && boot_jar "$WORK/official-mail.jar" && break
  sleep 10
done
boot_jar "$WORK/official-mail.jar" || { echo "no complete gateway jar at $JAR" >&2; exit 1; }
JAR_STAMP="$(date -r "$ROOT/mail-gateway/target/official-mail.jar" -Is), sha256 $(sha256sum "$WORK/official-mail.jar" | cut -c1-12)"

for db in "${DBS[@]}"; do
  DB_KIND=$db
  RAW="$RESULTS_DIR/$STAMP-$db.txt"
  : >"$RAW"
  log "# official-mail SMTP load benchmark, $(date -Is), database: $db"
  log "# machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), kernel $(uname -r)"
  log "# disk of the data dir: $(df -hT "$WORK" | awk 'NR == 2 { print $1, $2, $3 }')"
  log "# commit: $(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?') (working tree may differ); jar built $JAR_STAMP; JDK $JDK"
  log "# COUNT_SMALL=$COUNT_SMALL SIZE_SMALL=$SIZE_SMALL COUNT_LARGE=$COUNT_LARGE SIZE_LARGE=$SIZE_LARGE SESSIONS=$SESSIONS REPEAT=$REPEAT WARMUP=$WARMUP REUSE_CONNECTIONS=$REUSE_CONNECTIONS GATEWAY_ARGS='$GATEWAY_ARGS' OFFICIAL_MAIL_JAVA_OPTS='${OFFICIAL_MAIL_JAVA_OPTS:-}'"
  if [ "$db" = postgres ]; then
    log "# PostgreSQL: $(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -Atc 'show server_version') fsync=$(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -Atc 'show fsync') synchronous_commit=$(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -Atc 'show synchronous_commit') wal_sync_method=$(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -Atc 'show wal_sync_method')"
  fi
  dd if=/dev/zero of="$WORK/ddtest" bs=4k count=500 oflag=dsync 2>&1 | tail -1 | sed 's/^/# 4 KiB O_DSYNC writes x500: /' | tee -a "$RAW"
  rm -f "$WORK/ddtest"
  log ""
  log "run size   count  sink_msg/s  gw_accepted_msg/s  ratio  accept_s  processed_s  searchable_s  gw_processed_msg/s  cores_accepting(gw/pg/src/other)  cores_until_processed(gw/pg/src/other)"
  S_SINK=(); S_ACC=(); S_RATIO=(); S_PROC=(); L_SINK=(); L_ACC=(); L_RATIO=(); L_PROC=()
  for RUN in $(seq 1 "$REPEAT"); do
    wait_quiet
    log "#   run $RUN: load average $(cut -d' ' -f1-3 /proc/loadavg); busy processes (1 s sample): $(busy_processes)"
    sink_phase "$COUNT_SMALL" "$SIZE_SMALL"; sink_small=$SINK_RATE
    sink_phase "$COUNT_LARGE" "$SIZE_LARGE"; sink_large=$SINK_RATE
    start_gateway "$db"
    base=0
    if [ "$WARMUP" -gt 0 ]; then
      gateway_phase "$WARMUP" "$SIZE_SMALL" 0
      log "$RUN   warmup $WARMUP  -  $ACC  -  $ACC_S  $PROC_S  $SEARCH_S  $PROC  $CPU_ACC  $CPU_ALL"
      base=$WARMUP
    fi
    gateway_phase "$COUNT_SMALL" "$SIZE_SMALL" "$base"
    ratio=$(calc "$ACC / $sink_small" 3)
    S_SINK+=("$sink_small"); S_ACC+=("$ACC"); S_RATIO+=("$ratio"); S_PROC+=("$PROC")
    log "$RUN   2KB    $COUNT_SMALL  $sink_small  $ACC  $ratio  $ACC_S  $PROC_S  $SEARCH_S  $PROC  $CPU_ACC  $CPU_ALL"
    [ -n "$PG_WAITS" ] && log "#     pg_stat_activity samples of the gateway's connections: $PG_WAITS"
    base=$((base + COUNT_SMALL))
    gateway_phase "$COUNT_LARGE" "$SIZE_LARGE" "$base"
    ratio=$(calc "$ACC / $sink_large" 3)
    L_SINK+=("$sink_large"); L_ACC+=("$ACC"); L_RATIO+=("$ratio"); L_PROC+=("$PROC")
    log "$RUN   200KB  $COUNT_LARGE  $sink_large  $ACC  $ratio  $ACC_S  $PROC_S  $SEARCH_S  $PROC  $CPU_ACC  $CPU_ALL"
    [ -n "$PG_WAITS" ] && log "#     pg_stat_activity samples of the gateway's connections: $PG_WAITS"
    base=$((base + COUNT_LARGE))
    # Sanity: nothing in error or quarantine, and the newest message got a register number.
    errors=$(api "/api/messages?size=1&state=ERROR" | total_of)
    quarantined=$(api "/api/messages?size=1&state=QUARANTINED" | total_of)
    newest=$(api "/api/messages?size=1")
    register=$(echo "$newest" | sed -n 's/.*"registerNumber":"\([^"]*\)".*/\1/p')
    log "#   run $RUN: total=$(echo "$newest" | total_of) error=$errors quarantined=$quarantined newest register entry: ${register:-NONE}"
    if [ "$db" = postgres ]; then # the database's work per message, to see what a change saved
      log "#   run $RUN: PostgreSQL per message: $(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -Atc "select
        'commits=' || round(xact_commit::numeric / $base, 2) || ' inserted=' || round(tup_inserted::numeric / $base, 2)
        || ' updated=' || round(tup_updated::numeric / $base, 2) || ' deleted=' || round(tup_deleted::numeric / $base, 2)
        || ' fetched=' || round(tup_fetched::numeric / $base, 2) || ' blocks_hit=' || round(blks_hit::numeric / $base, 1)
        from pg_stat_database where datname = '$PG_DBNAME'")"
    fi
    log "#   run $RUN: gateway log: $(grep -c ' ERROR ' "$GW_LOG" || true) ERROR lines, $(grep -c ' WARN ' "$GW_LOG" || true) WARN lines"
    grep -m5 -E ' (ERROR|WARN) ' "$GW_LOG" | sed 's/^/#     /' | tee -a "$RAW" || true
    stop_gateway
    rm -rf "$WORK/data-$db-$RUN"
  done
  log ""
  log "# medians over $REPEAT run(s), database $db"
  log "size   sink_msg/s  gw_accepted_msg/s  ratio_to_sink  gw_processed_msg/s"
  log "2KB    $(median "${S_SINK[@]}")  $(median "${S_ACC[@]}")  $(median "${S_RATIO[@]}")  $(median "${S_PROC[@]}")"
  log "200KB  $(median "${L_SINK[@]}")  $(median "${L_ACC[@]}")  $(median "${L_RATIO[@]}")  $(median "${L_PROC[@]}")"
  echo "raw output: $RAW" >&2
done
