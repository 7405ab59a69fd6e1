#!/usr/bin/env bash
# Starts the cluster topology as plain processes on 127.0.0.1: two silos and a client-mode gateway,
# sharing the PostgreSQL database in Mentoring__Storage__ConnectionString. Ctrl-C stops them all.
set -euo pipefail
cd "$(dirname "$0")/.."

: "${Mentoring__Storage__ConnectionString:?set Mentoring__Storage__ConnectionString to a PostgreSQL connection string}"
export Mentoring__Storage__Engine=PostgreSql
export Mentoring__Cluster__Clustering=AdoNet
export Mentoring__Cluster__ClusterId="${Mentoring__Cluster__ClusterId:-mentoring}"

dotnet build Mentoring.sln -c Release -v quiet
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait' EXIT INT TERM

for i in 0 1; do
  dotnet silo/Mentoring.Silo/bin/Release/net10.0/Mentoring.Silo.dll \
    --Mentoring:Cluster:SiloPort=$((11111 + i)) --Mentoring:Cluster:GatewayPort=$((30000 + i)) &
  pids+=($!)
done

dotnet api/Mentoring.Api/bin/Release/net10.0/Mentoring.Api.dll \
  --Mentoring:GatewayMode=Client --Urls="${GATEWAY_URL:-http://127.0.0.1:5080}" &
pids+=($!)
wait -n
