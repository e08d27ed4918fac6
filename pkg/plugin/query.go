package plugin

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/grafana/grafana-plugin-sdk-go/backend"
	"github.com/grafana/grafana-plugin-sdk-go/backend/gtime"
)

// QueryModel is a query as the data source's query editor saves it (src/datasource/types.ts VerdictQuery), in
// dashboards and in alert rules alike.
type QueryModel struct {
	QueryType     string `json:"queryType"`
	LokiUID       string `json:"lokiUid"`
	Expr          string `json:"expr"`
	MaxLines      int    `json:"maxLines"`
	AnomaliesOnly bool   `json:"anomaliesOnly"`
	// Interval is the rate's step, e.g. "1m"; empty: Grafana's interval, at least range/60.
	Interval     string `json:"interval"`
	MaxSequences int    `json:"maxSequences"`
	// Domain keeps one failure domain's rate series (alert rules made by "Create alert rule" for a domain).
	Domain string `json:"domain"`
}

const (
	defaultLogLines = 1000
	// maxLogLines is one Loki page (Loki's default max_entries_limit_per_query), as the service allows.
	maxLogLines = 5000
)

// parseQuery reads a query's JSON model; the editor's type names map to the service's
// (annotations are the service's "sequences").
func parseQuery(q backend.DataQuery) (QueryModel, string, error) {
	var m QueryModel
	if err := json.Unmarshal(q.JSON, &m); err != nil {
		return m, "", fmt.Errorf("the query is not valid JSON: %w", err)
	}
	if m.QueryType == "" {
		m.QueryType = q.QueryType
	}
	m.Expr = strings.TrimSpace(m.Expr)
	if m.Expr == "" {
		return m, "", fmt.Errorf("the query has no LogQL expression")
	}
	switch m.QueryType {
	case "", "lines":
		return m, "lines", nil
	case "rate":
		return m, "rate", nil
	case "annotations", "sequences":
		return m, "sequences", nil
	default:
		return m, "", fmt.Errorf("query type %q is not one of lines, rate, annotations", m.QueryType)
	}
}

// buildRequest turns one Grafana query into the service's request.
func buildRequest(s Settings, q backend.DataQuery, m QueryModel, kind string) (QueryRequest, error) {
	from, to := q.TimeRange.From, q.TimeRange.To
	if !from.Before(to) {
		return QueryRequest{}, fmt.Errorf("the time range is empty (%s to %s)", from.Format(time.RFC3339), to.Format(time.RFC3339))
	}
	req := QueryRequest{
		Loki:  s.Loki,
		Query: m.Expr,
		Type:  kind,
		Start: fmt.Sprint(from.UnixNano()),
		End:   fmt.Sprint(to.UnixNano()),
	}
	switch kind {
	case "lines":
		req.Limit = m.MaxLines
		if req.Limit <= 0 {
			req.Limit = defaultLogLines
		}
		if req.Limit > maxLogLines {
			req.Limit = maxLogLines
		}
		req.AnomaliesOnly = m.AnomaliesOnly
	case "rate":
		step, err := stepFor(m.Interval, q.Interval, to.Sub(from))
		if err != nil {
			return QueryRequest{}, err
		}
		req.StepMs = step.Milliseconds()
	case "sequences":
		req.MaxSequences = m.MaxSequences
		if req.MaxSequences <= 0 {
			req.MaxSequences = 10
		}
		if req.MaxSequences > 50 {
			req.MaxSequences = 50
		}
	}
	return req, nil
}

var niceSteps = []time.Duration{
	time.Second, 5 * time.Second, 10 * time.Second, 15 * time.Second, 30 * time.Second, time.Minute,
	2 * time.Minute, 5 * time.Minute, 10 * time.Minute, 15 * time.Minute, 30 * time.Minute, time.Hour,
	2 * time.Hour, 3 * time.Hour, 6 * time.Hour, 12 * time.Hour, 24 * time.Hour, 7 * 24 * time.Hour,
}

// stepFor is the query's own interval when it names one; otherwise Grafana's interval, but never a step that
// splits the range into more than 60 (alert rules get a 1 s interval; a 1 s rate of a quiet stream is noise).
func stepFor(explicit string, grafana time.Duration, rangeDur time.Duration) (time.Duration, error) {
	if explicit = strings.TrimSpace(explicit); explicit != "" {
		d, err := gtime.ParseDuration(explicit)
		if err != nil || d < time.Second {
			return 0, fmt.Errorf("interval %q is not a duration of at least 1s (e.g. 30s, 1m, 5m)", explicit)
		}
		return d.Truncate(time.Second), nil
	}
	floor := niceSteps[len(niceSteps)-1]
	for _, s := range niceSteps {
		if s >= rangeDur/60 {
			floor = s
			break
		}
	}
	if grafana > floor {
		return grafana.Truncate(time.Second), nil
	}
	return floor, nil
}
