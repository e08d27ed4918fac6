package plugin

import (
	"strings"
	"testing"
	"time"

	"github.com/grafana/grafana-plugin-sdk-go/backend"
)

var (
	t0 = time.Date(2026, 12, 4, 3, 0, 0, 0, time.UTC)
	s0 = Settings{ServiceURL: "http://svc", Loki: LokiConnection{URL: "http://loki:3100", Tenant: "a"}}
)

func dq(json string, rangeDur, interval time.Duration) backend.DataQuery {
	return backend.DataQuery{RefID: "A", JSON: []byte(json), Interval: interval,
		TimeRange: backend.TimeRange{From: t0.Add(-rangeDur), To: t0}}
}

func build(t *testing.T, q backend.DataQuery) (QueryRequest, error) {
	t.Helper()
	m, kind, err := parseQuery(q)
	if err != nil {
		return QueryRequest{}, err
	}
	return buildRequest(s0, q, m, kind)
}

func TestBuildRequestPerType(t *testing.T) {
	r, err := build(t, dq(`{"queryType":"rate","expr":" {job=\"bgl\"} ","interval":"1m"}`, 5*time.Minute, time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if r.Query != `{job="bgl"}` || r.Type != "rate" || r.StepMs != 60_000 || r.Loki != s0.Loki {
		t.Fatalf("rate request %+v", r)
	}
	if r.End != "1796353200000000000" || r.Start != "1796352900000000000" {
		t.Fatalf("range %s..%s", r.Start, r.End)
	}

	l, _ := build(t, dq(`{"expr":"{job=\"bgl\"}","maxLines":20000,"anomaliesOnly":true}`, time.Hour, 0))
	if l.Type != "lines" || l.Limit != maxLogLines || !l.AnomaliesOnly {
		t.Fatalf("lines request %+v", l)
	}
	d, _ := build(t, dq(`{"expr":"{job=\"bgl\"}"}`, time.Hour, 0))
	if d.Limit != defaultLogLines {
		t.Fatalf("default limit %d", d.Limit)
	}
	a, _ := build(t, dq(`{"queryType":"annotations","expr":"{job=\"bgl\"}"}`, time.Hour, 0))
	if a.Type != "sequences" || a.MaxSequences != 10 {
		t.Fatalf("annotations request %+v", a)
	}
}

func TestStepFor(t *testing.T) {
	cases := []struct {
		explicit     string
		grafana, rng time.Duration
		want         time.Duration
	}{
		{"30s", 0, time.Hour, 30 * time.Second},
		// An alert rule's 1 s interval over 5 minutes: at most 60 steps.
		{"", time.Second, 5 * time.Minute, 5 * time.Second},
		{"", 2 * time.Minute, time.Hour, 2 * time.Minute},
		{"", 0, 24 * time.Hour, 30 * time.Minute},
	}
	for _, c := range cases {
		got, err := stepFor(c.explicit, c.grafana, c.rng)
		if err != nil || got != c.want {
			t.Errorf("stepFor(%q, %v, %v) = %v, %v; want %v", c.explicit, c.grafana, c.rng, got, err, c.want)
		}
	}
	if _, err := stepFor("100ms", 0, time.Hour); err == nil || !strings.Contains(err.Error(), "at least 1s") {
		t.Errorf("100ms: %v", err)
	}
}

func TestQueryErrors(t *testing.T) {
	cases := map[string]string{
		`{"queryType":"rate"}`:                                      "no LogQL expression",
		`{"queryType":"metrics","expr":"{a=\"b\"}"}`:                `"metrics" is not one of`,
		`{"queryType":"rate","expr":"{a=\"b\"}","interval":"soon"}`: "interval",
		`not json`: "not valid JSON",
	}
	for js, want := range cases {
		if _, err := build(t, dq(js, time.Hour, 0)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: got %v, want %q", js, err, want)
		}
	}
	q := dq(`{"expr":"{a=\"b\"}"}`, time.Hour, 0)
	q.TimeRange.From = q.TimeRange.To
	if _, err := build(t, q); err == nil || !strings.Contains(err.Error(), "time range is empty") {
		t.Errorf("empty range: %v", err)
	}
}
