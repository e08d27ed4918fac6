package plugin

import (
	"os"
	"testing"
	"time"

	"github.com/grafana/grafana-plugin-sdk-go/backend"
	"github.com/grafana/grafana-plugin-sdk-go/data"
	"github.com/grafana/grafana-plugin-sdk-go/experimental"
)

// The frames as Grafana receives them (data-plane JSON, schema and values), pinned with the SDK's golden-file
// checker. UPDATE_GOLDEN=1 go test ./pkg/plugin rewrites testdata/*.jsonc after an intended change.
var updateGolden = os.Getenv("UPDATE_GOLDEN") == "1"

func TestGoldenFrames(t *testing.T) {
	lines := LogsFrame("A", answer(t, linesAnswer), ExplainLink("loki", `{job="bgl"}`, t0.Add(-time.Hour), t0))
	experimental.CheckGoldenJSONFrame(t, "testdata", "logs", lines, updateGolden)

	rate := RateFrames("A", &QueryResponse{Type: "rate", Stats: QueryStats{Lines: 120, Scored: 60, Cached: 60}, Rate: &RateAnswer{
		StepMs: 60_000, Times: []int64{1796352900000, 1796352960000},
		Series: []RateSeries{{Domain: "memory", Rates: []*float64{f64(0.5), nil}, Anomalies: []int64{5, 0}, Totals: []int64{10, 0}}},
	}})
	experimental.CheckGoldenJSONResponse(t, "testdata", "rate", &backend.DataResponse{Frames: rate}, updateGolden)

	seqs := AnnotationsFrame("A", &QueryResponse{Type: "sequences", Sequences: []Sequence{{
		Start: "1796353200000000000", End: "1796353260000000000", Title: "Anomalous hdfs-block blk_1",
		Text: "Verdict: anomaly", Tags: []string{"anomaly-lens", "storage"}, Score: 0.98, Events: 30,
	}}})
	experimental.CheckGoldenJSONResponse(t, "testdata", "annotations", &backend.DataResponse{Frames: data.Frames{seqs}}, updateGolden)
}
