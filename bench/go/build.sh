#!/bin/sh
# Builds bench/go/main.go against a local checkout of github.com/tailscale/hujson, without the
# network: the library's own files (not its tests) are copied into a temporary module beside it.
#   bench/go/build.sh HUJSON_CHECKOUT OUTPUT_BINARY
# then `HUJSON_GO=OUTPUT_BINARY npm run bench -- hujson go-diff` times Go beside us and compares
# its output with ours on generated documents.
set -eu
if [ $# -ne 2 ]; then
  echo "usage: bench/go/build.sh HUJSON_CHECKOUT OUTPUT_BINARY" >&2
  exit 2
fi
source=$1
output=$(realpath -m "$2")
here=$(dirname "$(realpath "$0")")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/hujson" "$work/hujson-go"
for file in "$source"/*.go; do
  case $file in *_test.go) ;; *) cp "$file" "$work/hujson/" ;; esac
done
cp "$here/main.go" "$work/hujson-go/"
version=$(go env GOVERSION | sed 's/^go//; s/^\([0-9]*\.[0-9]*\).*/\1/')
cat > "$work/go.mod" <<MOD
module bench

go $version

replace github.com/tailscale/hujson => ./hujson

require github.com/tailscale/hujson v0.0.0
MOD
printf 'module github.com/tailscale/hujson\n\ngo %s\n' "$version" > "$work/hujson/go.mod"
cd "$work"
GOFLAGS=-mod=mod GOPROXY=off go build -o "$output" ./hujson-go
commit=$(git -C "$source" rev-parse --short HEAD 2>/dev/null || echo 'not a git checkout')
echo "built $output with $(go version) from $source ($commit)"
