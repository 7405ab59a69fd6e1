#!/usr/bin/env bash
# Starts the docker-compose topology as plain processes on 127.0.0.1, for machines without a container engine:
# two silos and a client-mode gRPC gateway sharing the PostgreSQL database in Mentoring__Storage__ConnectionString.
# Every process applies the schema scripts at start. Ctrl-C (or the end of any process) stops them all.
#
#   gateway  gRPC http://127.0.0.1:5080   operations http://127.0.0.1:5081 (/health/live, /health/ready, /metrics)
#            web  http://127.0.0.1:5082   (REST, /openapi/v1.json, round reports; from its appsettings.json)
#   silo 1   silo 11111, gateway 30000    operations http://127.0.0.1:8081 (/health/*, /metrics, /dashboard if on)
#   silo 2   silo 11112, gateway 30001    operations http://127.0.0.1:8082
#
# Optional: MENTORING_SILOS (default 2), GATEWAY_URL (default http://127.0.0.1:5080), and any Mentoring__* or OTEL_*
# variable, which every process inherits (e.g. Mentoring__Telemetry__Prometheus=true, Mentoring__Operations__Dashboard=true).
set -euo pipefail
cd "$(dirname "$0")/.."

: "${Mentoring__Storage__ConnectionString:?set Mentoring__Storage__ConnectionString to a PostgreSQL connection string}"
export Mentoring__Storage__Engine=PostgreSql
export Mentoring__Cluster__Clustering=AdoNet
export Mentoring__Cluster__ClusterId="${Mentoring__Cluster__ClusterId:-mentoring}"
export Mentoring__Cluster__AdvertisedAddress=127.0.0.1
export DOTNET_ENVIRONMENT="${DOTNET_ENVIRONMENT:-Production}"
silos="${MENTORING_SILOS:-2}"
gateway_url="${GATEWAY_URL:-http://127.0.0.1:5080}"

# Published ReadyToRun, as the images are: a fresh process starts on precompiled code, not the JIT's first tier.
out=.run-cluster
r2r=(-c Release -r "linux-$(uname -m | sed 's/x86_64/x64/;s/aarch64/arm64/')" --self-contained false -p:PublishReadyToRun=true -p:UseAppHost=false -v quiet -nologo)
dotnet publish silo/Mentoring.Silo/Mentoring.Silo.csproj "${r2r[@]}" -o "$out/silo"
dotnet publish api/Mentoring.Api/Mentoring.Api.csproj "${r2r[@]}" -o "$out/gateway"

pids=()
stop() {
  trap - EXIT INT TERM
  # SIGTERM lets each silo leave the cluster and hand over its work.
  kill -TERM "${pids[@]}" 2>/dev/null || true
  wait || true
}
trap stop EXIT INT TERM

for ((i = 0; i < silos; i++)); do
  dotnet "$out/silo/Mentoring.Silo.dll" \
    --Mentoring:Cluster:SiloPort=$((11111 + i)) --Mentoring:Cluster:GatewayPort=$((30000 + i)) \
    --Mentoring:Operations:Urls="http://127.0.0.1:$((8081 + i))" &
  pids+=($!)
done

dotnet "$out/gateway/Mentoring.Api.dll" \
  --Mentoring:GatewayMode=Client --Urls="$gateway_url" --Mentoring:Operations:Urls=http://127.0.0.1:5081 &
pids+=($!)

echo "run-cluster: $silos silo(s) and a gateway on $gateway_url starting; readiness: curl http://127.0.0.1:5081/health/ready" >&2
wait -n
