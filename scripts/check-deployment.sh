#!/usr/bin/env bash
# Checks the deployment without a container engine: docker-compose.yml parses (with and without the observability
# profile), every file it builds from or mounts exists, and the images' publish step (dotnet publish of the silo and
# the gateway, as their Dockerfiles run it) succeeds. Any failure stops with a message and a non-zero exit.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "check-deployment: FAILED: $*" >&2; exit 1; }

command -v docker-compose >/dev/null || fail "docker-compose is not installed (Debian package 'docker-compose')."
docker-compose --file docker-compose.yml config --quiet || fail "docker-compose.yml does not parse."
docker-compose --file docker-compose.yml --profile observability config --quiet || fail "docker-compose.yml with --profile observability does not parse."

for path in silo/Mentoring.Silo/Dockerfile api/Mentoring.Api/Dockerfile .dockerignore \
            deploy/postgres/10-mentoring-schema.sh silo/Mentoring.Storage/Sql/PostgreSql \
            deploy/observability/otel-collector.yaml deploy/observability/prometheus.yml; do
  [[ -e "$path" ]] || fail "$path, used by docker-compose.yml, is missing."
done
for script in Main Persistence Clustering Reminders; do
  [[ -f "silo/Mentoring.Storage/Sql/PostgreSql/$script.sql" ]] || fail "schema script $script.sql applied on PostgreSQL's first start is missing."
done
bash -n deploy/postgres/10-mentoring-schema.sh || fail "deploy/postgres/10-mentoring-schema.sh has a syntax error."

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# As the images publish (ReadyToRun for the machine's architecture).
r2r=(-r "linux-$(uname -m | sed 's/x86_64/x64/;s/aarch64/arm64/')" --self-contained false -p:PublishReadyToRun=true)
dotnet publish silo/Mentoring.Silo/Mentoring.Silo.csproj -c Release "${r2r[@]}" -o "$out/silo" -p:UseAppHost=false -v quiet -nologo || fail "dotnet publish of the silo failed."
dotnet publish api/Mentoring.Api/Mentoring.Api.csproj -c Release "${r2r[@]}" -o "$out/gateway" -p:UseAppHost=false -v quiet -nologo || fail "dotnet publish of the gateway failed."
[[ -f "$out/silo/Mentoring.Silo.dll" && -f "$out/silo/appsettings.json" ]] || fail "the silo's publish output lacks its entry assembly or settings."
[[ -f "$out/gateway/Mentoring.Api.dll" && -f "$out/gateway/appsettings.json" ]] || fail "the gateway's publish output lacks its entry assembly or settings."

echo "check-deployment: compose file valid, silo and gateway publish"
