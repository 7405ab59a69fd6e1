#!/usr/bin/env bash
# Lints protos/ with buf (STANDARD rules, see protos/buf.yaml) without touching the Buf Schema Registry.
# google/api, google/type and google/rpc imports resolve from the Google.Api.CommonProtos NuGet package,
# the same files Grpc.Tools compiles against, copied into the git-ignored protos/.deps/googleapis.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

version="$(sed -n 's/.*PackageVersion Include="Google.Api.CommonProtos" Version="\([^"]*\)".*/\1/p' Directory.Packages.props)"
packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
source_dir="$packages/google.api.commonprotos/$version/content/protos"
if [[ ! -d "$source_dir" ]]; then
  echo "Google.Api.CommonProtos $version not found in $packages; restoring api/Mentoring.Contracts." >&2
  dotnet restore api/Mentoring.Contracts/Mentoring.Contracts.csproj >&2
fi
if [[ ! -d "$source_dir" ]]; then
  echo "error: $source_dir is missing after restore." >&2
  exit 2
fi

deps="protos/.deps/googleapis"
stamp="$deps/.version"
if [[ "$(cat "$stamp" 2>/dev/null || true)" != "$version" ]]; then
  rm -rf "$deps"
  mkdir -p "$deps"
  cp -R "$source_dir/google" "$deps/"
  echo "$version" > "$stamp"
fi

if [[ ! -x node_modules/.bin/buf ]]; then
  npm ci --no-audit --no-fund >&2
fi

node_modules/.bin/buf lint protos
echo "buf lint: clean"
