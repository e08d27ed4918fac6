#!/usr/bin/env bash
# Lints the chart and renders it with the default values and with every optional block switched on; each rendering
# must decode strictly into the Kubernetes API types (validate/), and the watcher's rendered watch.yaml must pass
# the service's own config parser. Helm comes from the Go module proxy (no binary download). No cluster is needed
# (or used): nothing here has been applied to a real cluster.
set -euo pipefail
cd "$(dirname "$0")"
HELM_VERSION=v4.3.2
export GOBIN="${GOBIN:-$PWD/../../.cache/go-bin}"
if ! "$GOBIN/helm" version --short 2>/dev/null | grep -q "^${HELM_VERSION%.*}"; then
  echo "installing helm $HELM_VERSION (go install helm.sh/helm/v4/cmd/helm)"
  go install "helm.sh/helm/v4/cmd/helm@$HELM_VERSION"
fi
helm="$GOBIN/helm"
key=(--set auth.apiKey=chart-check-key-0123456789)

(cd validate && go test ./...)
"$helm" lint anomaly-lens "${key[@]}" --strict
variants=(
  ""
  "--set gpu.enabled=true"
  "--set api.autoscaling.enabled=true --set serviceMonitor.enabled=true --set watcher.shards=3"
  "--set watcher.enabled=false --set auth.existingSecret=anomaly-lens-keys"
)
for v in "${variants[@]}"; do
  # shellcheck disable=SC2086
  "$helm" template check anomaly-lens "${key[@]}" $v >"${TMPDIR:-/tmp}/anomaly-lens-chart.yaml"
  echo "values: ${v:-defaults}"
  (cd validate && go run . <"${TMPDIR:-/tmp}/anomaly-lens-chart.yaml")
done

# The chart refuses to render without a key.
if "$helm" template check anomaly-lens >/dev/null 2>&1; then
  echo "the chart rendered without auth.apiKey or auth.existingSecret" >&2
  exit 1
fi

# The watcher's watch.yaml, as rendered, loads with the service's own loader.
rendered="${TMPDIR:-/tmp}/anomaly-lens-watch.yaml"
"$helm" template check anomaly-lens "${key[@]}" --show-only templates/watcher.yaml |
  node -e '
    const backend = require("path").resolve("../../backend");
    const yaml = require(require.resolve("yaml", { paths: [backend] }));
    const docs = yaml.parseAllDocuments(require("fs").readFileSync(0, "utf8")).map((d) => d.toJS());
    require("fs").writeFileSync(process.argv[1], docs.find((d) => d && d.kind === "ConfigMap").data["watch.yaml"]);
    const config = require(`${backend}/dist/watch/config`).loadWatchConfig(process.argv[1]);
    console.log(`rendered watch.yaml loads: ${config.selectors.length} selector(s), Loki ${config.loki.url}`);
  ' "$rendered"
echo "chart ok"
