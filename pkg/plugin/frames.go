package plugin

import (
	"encoding/json"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"time"

	"github.com/grafana/grafana-plugin-sdk-go/data"
)

// explainBase is the app's Explain page (src/constants.ts PLUGIN_BASE_URL + /explain).
const explainBase = "/a/anomalylens-explain-app/explain"

// ExplainLink opens the Explain page on one line of a logs frame; Grafana interpolates ${__data.fields.tsNs}.
func ExplainLink(lokiUID, expr string, from, to time.Time) string {
	params := url.Values{}
	params.Set("ds", lokiUID)
	params.Set("query", expr)
	params.Set("from", strconv.FormatInt(from.UnixMilli(), 10))
	params.Set("to", strconv.FormatInt(to.UnixMilli(), 10))
	return explainBase + "?" + params.Encode() + "&focus=${__data.fields.tsNs}"
}

func nsTime(ns string) time.Time {
	n, err := strconv.ParseInt(ns, 10, 64)
	if err != nil {
		return time.Time{}
	}
	return time.Unix(0, n).UTC()
}

// statsMeta carries what the query read and scored into the query inspector (and the frame's custom meta).
func statsMeta(t data.FrameType, v data.FrameTypeVersion, a *QueryResponse) *data.FrameMeta {
	stat := func(name string, value float64, unit string) data.QueryStat {
		return data.QueryStat{FieldConfig: data.FieldConfig{DisplayName: name, Unit: unit}, Value: value}
	}
	meta := &data.FrameMeta{
		Type:        t,
		TypeVersion: v,
		Stats: []data.QueryStat{
			stat("Lines read from Loki", float64(a.Stats.Lines), ""),
			stat("Lines scored now", float64(a.Stats.Scored), ""),
			stat("Lines from the score cache", float64(a.Stats.Cached), ""),
			stat("Loki time", a.Stats.LokiMs, "ms"),
			stat("Scoring time", a.Stats.ScoreMs, "ms"),
		},
		Custom: map[string]any{"model": a.Model, "stats": a.Stats},
	}
	if a.Stats.Truncated {
		meta.Notices = []data.Notice{{
			Severity: data.NoticeSeverityWarning,
			Text:     fmt.Sprintf("The range holds more lines than the %d shown (the newest); narrow the query or the range to see older ones.", len(a.Lines)),
		}}
	}
	return meta
}

// LogsFrame is the scored lines as a logs frame (Grafana's logs data-plane shape: timestamp, body, severity, id,
// labels), with the verdict, score, domain and template as fields and an Explain link on the body.
func LogsFrame(refID string, a *QueryResponse, link string) *data.Frame {
	n := len(a.Lines)
	ts := make([]time.Time, n)
	body := make([]string, n)
	severity := make([]string, n)
	ids := make([]string, n)
	labels := make([]json.RawMessage, n)
	tsNs := make([]string, n)
	verdict := make([]string, n)
	score := make([]float64, n)
	domain := make([]string, n)
	template := make([]string, n)
	for i, l := range a.Lines {
		ts[i] = nsTime(l.Ts)
		body[i] = l.Line
		if l.Verdict == "anomaly" {
			severity[i] = "error"
		} else {
			severity[i] = "info"
		}
		ids[i] = l.Ts + "_" + l.Template.ID + "_" + strconv.Itoa(i)
		withVerdict := make(map[string]string, len(l.Labels)+2)
		for k, v := range l.Labels {
			withVerdict[k] = v
		}
		withVerdict["domain"], withVerdict["verdict"] = l.Domain, l.Verdict
		labels[i], _ = json.Marshal(withVerdict)
		tsNs[i] = l.Ts
		verdict[i], score[i], domain[i], template[i] = l.Verdict, l.Score, l.Domain, l.Template.Text
	}
	links := []data.DataLink{{Title: "Explain", URL: link}}
	one, zero := data.ConfFloat64(1), data.ConfFloat64(0)
	frame := data.NewFrame("scored lines",
		data.NewField("timestamp", nil, ts),
		data.NewField("body", nil, body).SetConfig(&data.FieldConfig{Links: links}),
		data.NewField("severity", nil, severity),
		data.NewField("id", nil, ids),
		data.NewField("labels", nil, labels),
		data.NewField("tsNs", nil, tsNs),
		data.NewField("verdict", nil, verdict).SetConfig(&data.FieldConfig{Links: links}),
		data.NewField("score", nil, score).SetConfig(&data.FieldConfig{Min: &zero, Max: &one}),
		data.NewField("domain", nil, domain),
		data.NewField("template", nil, template),
	)
	frame.RefID = refID
	frame.Meta = statsMeta(data.FrameTypeLogLines, data.FrameTypeVersion{0, 0}, a)
	frame.Meta.PreferredVisualization = data.VisTypeLogs
	return frame
}

// RateFrames is one time-series frame per domain (the multi-frame time-series shape alert rules read: one time
// field and one number field labelled with its domain). Only the rate is a number field: the counts behind it
// would be further series with the same labels, which an alert condition cannot tell apart.
func RateFrames(refID string, a *QueryResponse) data.Frames {
	if a.Rate == nil || len(a.Rate.Series) == 0 {
		// No lines in the range: one empty frame keeps the stats; alerting reads it as "no data".
		frame := data.NewFrame("anomaly rate")
		frame.RefID = refID
		frame.Meta = statsMeta(data.FrameTypeTimeSeriesMulti, data.FrameTypeVersion{0, 1}, a)
		return data.Frames{frame}
	}
	times := make([]time.Time, len(a.Rate.Times))
	for i, ms := range a.Rate.Times {
		times[i] = time.UnixMilli(ms).UTC()
	}
	frames := make(data.Frames, 0, len(a.Rate.Series))
	one, zero := data.ConfFloat64(1), data.ConfFloat64(0)
	for _, s := range a.Rate.Series {
		rates := make([]*float64, len(s.Rates))
		copy(rates, s.Rates)
		value := data.NewField("anomaly rate", data.Labels{"domain": s.Domain}, rates).SetConfig(&data.FieldConfig{
			Unit:              "percentunit",
			Min:               &zero,
			Max:               &one,
			DisplayNameFromDS: s.Domain,
			Interval:          float64(a.Rate.StepMs),
		})
		frame := data.NewFrame(s.Domain, data.NewField("Time", nil, append([]time.Time(nil), times...)), value)
		frame.RefID = refID
		frame.Meta = statsMeta(data.FrameTypeTimeSeriesMulti, data.FrameTypeVersion{0, 1}, a)
		if len(frames) > 0 {
			// The stats belong to the query, not to each domain: shown once.
			frame.Meta.Stats, frame.Meta.Notices = nil, nil
		}
		frame.Meta.Custom = map[string]any{"anomalies": s.Anomalies, "lines": s.Totals, "stepMs": a.Rate.StepMs}
		frames = append(frames, frame)
	}
	return frames
}

// AnnotationsFrame is one time-region annotation per explained sequence, the reasoning summary as its text.
func AnnotationsFrame(refID string, a *QueryResponse) *data.Frame {
	seqs := append([]Sequence(nil), a.Sequences...)
	sort.SliceStable(seqs, func(i, j int) bool { return nsTime(seqs[i].Start).Before(nsTime(seqs[j].Start)) })
	n := len(seqs)
	start := make([]time.Time, n)
	end := make([]time.Time, n)
	isRegion := make([]bool, n)
	title := make([]string, n)
	text := make([]string, n)
	tags := make([]json.RawMessage, n)
	score := make([]float64, n)
	for i, s := range seqs {
		start[i], end[i] = nsTime(s.Start), nsTime(s.End)
		if end[i].Before(start[i]) {
			end[i] = start[i]
		}
		isRegion[i] = end[i].After(start[i])
		title[i], text[i], score[i] = s.Title, s.Text, s.Score
		tags[i], _ = json.Marshal(s.Tags)
	}
	frame := data.NewFrame("anomalous sequences",
		data.NewField("time", nil, start),
		data.NewField("timeEnd", nil, end),
		data.NewField("isRegion", nil, isRegion),
		data.NewField("title", nil, title),
		data.NewField("text", nil, text),
		data.NewField("tags", nil, tags),
		data.NewField("score", nil, score),
	)
	frame.RefID = refID
	frame.Meta = statsMeta("", data.FrameTypeVersion{}, a)
	return frame
}
