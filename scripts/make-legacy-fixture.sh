#!/usr/bin/env bash
# Writes the storage fixtures of tests/Mentoring.Api.Tests/Migration: databases written by the last version that
# kept participants in the Orleans storage table and the membership shards (commit 5166a0f): one SQLite file, one
# PostgreSQL dump (pg_dump --inserts), and manifest files that say what they hold, read back through the API of that
# version. Run on a checkout of that commit after `dotnet build Mentoring.sln -c Release`, with a PostgreSQL server
# reachable as $PG (a role that may CREATE DATABASE). The data is made through the public API, as a user would.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: make-legacy-fixture.sh OUTPUT_DIR}
PG=${PG:-"Host=127.0.0.1;Port=5432;Username=mentoring;Password=mentoring"}
PGURL=${PGURL:-"postgresql://mentoring:mentoring@127.0.0.1:5432"}
mkdir -p "$out"
out=$(cd "$out" && pwd)
api=$PWD/api/Mentoring.Api/bin/Release/net10.0/Mentoring.Api.dll
cli=$PWD/tools/Mentoring.Cli/bin/Release/net10.0/mentoring.dll
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

# 40 mentees and 12 mentors with most CSV columns in use.
csv="$work/people.csv"
echo "id,role,display_name,organisation,department,languages,time_zone,availability,formats,skills_offered,skills_wanted,goals,interests,capacity,max_time_zone_distance_hours,blocked" > "$csv"
terms=(kotlin leadership sql design negotiation)
for i in $(seq 1 12); do
  t=${terms[$((i % 5))]}
  echo "m-$i,mentor,Mentor $i,org-$((i % 3)),dept-$((i % 4)),en;de,Europe/Berlin,MONDAY 09:00-12:00;THURSDAY 18:00-20:00,online,$t:5;${terms[$(((i + 1) % 5))]}:4,,,$t,2,," >> "$csv"
done
for i in $(seq 1 40); do
  t=${terms[$((i % 5))]}
  blocked=""; [[ $i == 7 ]] && blocked="m-1"
  echo "e-$i,mentee,Mentee $i,org-$((i % 2)),dept-$((i % 3)),en,Europe/London,MONDAY 09:00-11:00,online;hybrid,,$t:3,$t,$t,,6,$blocked" >> "$csv"
done

start_api() { # name port extra-args...
  local name=$1 port=$2; shift 2
  (cd "$work" && exec dotnet "$api" --urls "http://127.0.0.1:$port" --Mentoring:Auth:Enabled=false \
    --Mentoring:Operations:Urls="http://127.0.0.1:$((port + 1))" --Mentoring:Web:Urls="http://127.0.0.1:$((port + 4))" --Mentoring:Cluster:SiloPort=$((port + 2)) \
    --Mentoring:Cluster:GatewayPort=$((port + 3)) --Mentoring:DataDirectory="$work/$name" "$@") > "$work/$name.log" 2>&1 &
  echo $! > "$work/$name.pid"
  for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$((port + 1))/health/ready" >/dev/null && return; sleep 0.5; done
  echo "server $name did not start"; cat "$work/$name.log"; exit 1
}

stop_api() { kill -INT "$(cat "$work/$1.pid")"; wait "$(cat "$work/$1.pid")" || true; }

populate() { # endpoint manifest-dir
  local m=(dotnet "$cli" --endpoint "$1")
  "${m[@]}" programmes create fixture --display-name "Fixture programme" --taxonomy kotlin,leadership,sql,design,negotiation >/dev/null
  "${m[@]}" programmes create empty --display-name "No participants" >/dev/null
  "${m[@]}" participants import "$csv" -p fixture >/dev/null
  local first
  first=$("${m[@]}" -o json rounds run fixture --request-id first | python3 -c 'import json,sys; print(json.load(sys.stdin)["round"]["name"])')
  # Lifecycle states: accepted by both (active), declined, accepted by one side; the rest stay proposed.
  "${m[@]}" rounds export "$first" --file "$work/first.csv" >/dev/null
  local a b c
  read -r a b c <<< "$(tail -n +2 "$work/first.csv" | cut -d, -f1 | head -3 | tr '\n' ' ')"
  "${m[@]}" matches accept "$first" "$a" --as mentee >/dev/null
  "${m[@]}" matches accept "$first" "$a" --as mentor >/dev/null
  "${m[@]}" matches decline "$first" "$b" --as mentee >/dev/null
  "${m[@]}" matches accept "$first" "$c" --as mentee >/dev/null
  "${m[@]}" -o json rounds run fixture --request-id second --unmatched-only >/dev/null
  "${m[@]}" participants erase e-40 -p fixture --yes >/dev/null
  mkdir -p "$2/participants" "$2/rounds"
  "${m[@]}" -o json rounds list fixture > "$2/rounds.json"
  for name in $(python3 -c 'import json,sys; [print(r["name"]) for r in json.load(open(sys.argv[1]))["rounds"]]' "$2/rounds.json"); do
    "${m[@]}" rounds export "$name" --file "$2/rounds/${name##*/}.csv" >/dev/null
  done
  for id in $(cut -d, -f1 "$csv" | tail -n +2); do
    [[ $id == e-40 ]] && continue
    "${m[@]}" -o json participants show "$id" -p fixture > "$2/participants/$id.json"
  done
}

start_api sqlite 47080
populate http://127.0.0.1:47080 "$out/sqlite"
stop_api sqlite
python3 - "$work/sqlite/mentoring.db" "$out/sqlite/mentoring.db" <<'PY'
import sqlite3, sys
src = sqlite3.connect(sys.argv[1]); src.execute("PRAGMA wal_checkpoint(TRUNCATE)"); src.execute("VACUUM INTO ?", (sys.argv[2],))
PY

db=mentoring_fixture_$$
psql "$PGURL/postgres" -qc "CREATE DATABASE $db"
start_api pg 47180 --Mentoring:Storage:Engine=PostgreSql --Mentoring:Storage:ConnectionString="$PG;Database=$db"
populate http://127.0.0.1:47180 "$out/postgresql"
stop_api pg
pg_dump --inserts --no-owner --no-privileges --no-comments "$PGURL/$db" | grep -v -e '^SET transaction_timeout' -e '^\\restrict ' -e '^\\unrestrict ' > "$out/postgresql/dump.sql"
psql "$PGURL/postgres" -qc "DROP DATABASE $db WITH (FORCE)"
git rev-parse HEAD > "$out/COMMIT"
