#!/usr/bin/env bash
# Builds the data source's Go backend (pkg/) into dist/datasource/gpx_anomalylens_verdict_datasource_<os>_<arch>,
# the names Grafana looks for beside dist/datasource/plugin.json ("executable"). Static (CGO off), reproducible
# (-trimpath, no VCS stamp). Targets: linux amd64 + arm64 by default (what `npm run build` and CI need: the demo's
# Grafana image and arm64 hosts); GO_TARGETS="linux/amd64 darwin/arm64 …" or `npm run build:go:release` for more.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v go >/dev/null || { echo "build-go: Go is not installed (https://go.dev/dl/); the data source's backend needs it" >&2; exit 1; }
targets=${GO_TARGETS:-"linux/amd64 linux/arm64"}
out=dist/datasource
mkdir -p "$out"
for target in $targets; do
  os=${target%/*}
  arch=${target#*/}
  ext=""
  [ "$os" = windows ] && ext=.exe
  bin="$out/gpx_anomalylens_verdict_datasource_${os}_${arch}${ext}"
  CGO_ENABLED=0 GOOS=$os GOARCH=$arch go build -trimpath -buildvcs=false -ldflags "-s -w" -o "$bin" ./pkg
  echo "built $bin ($(du -h "$bin" | cut -f1))"
done
