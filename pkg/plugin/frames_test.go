package plugin

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/grafana/grafana-plugin-sdk-go/data"
)

func f64(v float64) *float64 { return &v }

func answer(t *testing.T, js string) *QueryResponse {
	t.Helper()
	var a QueryResponse
	if err := json.Unmarshal([]byte(js), &a); err != nil {
		t.Fatal(err)
	}
	return &a
}

const linesAnswer = `{"model":{"id":"default","version":"2"},"type":"lines",
 "stats":{"lines":2,"scored":1,"cached":1,"truncated":true,"lokiMs":3.5,"scoreMs":1.25},
 "lines":[
  {"ts":"1796353200000000001","line":"RAS KERNEL FATAL data TLB error interrupt","labels":{"job":"bgl"},"verdict":"anomaly","score":0.97,"domain":"memory","template":{"id":"t1","text":"RAS KERNEL FATAL data TLB error interrupt"},"novel":false},
  {"ts":"1796353201000000000","line":"RAS KERNEL INFO generating core.1","labels":{"job":"bgl"},"verdict":"normal","score":0.02,"domain":"kernel","template":{"id":"t2","text":"RAS KERNEL INFO generating core.<NUM>"},"novel":true}]}`

func TestLogsFrame(t *testing.T) {
	link := ExplainLink("loki-uid", `{job="bgl"}`, t0.Add(-time.Hour), t0)
	f := LogsFrame("A", answer(t, linesAnswer), link)
	if f.RefID != "A" || f.Meta.Type != data.FrameTypeLogLines || f.Meta.PreferredVisualization != data.VisTypeLogs {
		t.Fatalf("meta %+v", f.Meta)
	}
	names := []string{}
	for _, fl := range f.Fields {
		names = append(names, fl.Name)
	}
	if strings.Join(names, ",") != "timestamp,body,severity,id,labels,tsNs,verdict,score,domain,template" {
		t.Fatalf("fields %v", names)
	}
	ts := f.Fields[0].At(0).(time.Time)
	if ts.UnixNano() != 1796353200000000001 {
		t.Fatalf("nanoseconds lost: %d", ts.UnixNano())
	}
	if f.Fields[2].At(0) != "error" || f.Fields[2].At(1) != "info" {
		t.Fatal("severity follows the verdict")
	}
	var labels map[string]string
	_ = json.Unmarshal(f.Fields[4].At(0).(json.RawMessage), &labels)
	if labels["job"] != "bgl" || labels["domain"] != "memory" || labels["verdict"] != "anomaly" {
		t.Fatalf("labels %v", labels)
	}
	if f.Fields[7].At(1) != 0.02 || f.Fields[9].At(1) != "RAS KERNEL INFO generating core.<NUM>" {
		t.Fatal("score and template")
	}
	got := f.Fields[1].Config.Links[0].URL
	if got != "/a/anomalylens-explain-app/explain?ds=loki-uid&from=1796349600000&query=%7Bjob%3D%22bgl%22%7D&to=1796353200000&focus=${__data.fields.tsNs}" {
		t.Fatalf("link %s", got)
	}
	if len(f.Meta.Notices) != 1 || !strings.Contains(f.Meta.Notices[0].Text, "more lines than the 2 shown") {
		t.Fatalf("truncation must be said: %+v", f.Meta.Notices)
	}
	if f.Meta.Stats[1].Value != 1 || f.Meta.Stats[2].Value != 1 {
		t.Fatalf("stats %+v", f.Meta.Stats)
	}
}

func TestRateFrames(t *testing.T) {
	a := &QueryResponse{Type: "rate", Stats: QueryStats{Lines: 120, Scored: 60, Cached: 60}, Rate: &RateAnswer{
		StepMs: 60_000,
		Times:  []int64{1796352900000, 1796352960000},
		Series: []RateSeries{
			{Domain: "memory", Rates: []*float64{f64(0.5), nil}, Anomalies: []int64{5, 0}, Totals: []int64{10, 0}},
			{Domain: "kernel", Rates: []*float64{f64(0), f64(0.1)}, Anomalies: []int64{0, 1}, Totals: []int64{50, 10}},
		},
	}}
	frames := RateFrames("A", a)
	if len(frames) != 2 {
		t.Fatalf("one frame per domain, got %d", len(frames))
	}
	for i, domain := range []string{"memory", "kernel"} {
		f := frames[i]
		if f.Name != domain || f.RefID != "A" || f.Meta.Type != data.FrameTypeTimeSeriesMulti || len(f.Fields) != 2 {
			t.Fatalf("frame %d: %s %+v", i, f.Name, f.Meta)
		}
		if f.Fields[1].Labels["domain"] != domain || f.Fields[1].Config.Unit != "percentunit" {
			t.Fatalf("value field %+v", f.Fields[1])
		}
		if f.Fields[0].At(0).(time.Time).UnixMilli() != 1796352900000 {
			t.Fatal("times")
		}
	}
	if v := frames[0].Fields[1].At(1).(*float64); v != nil {
		t.Fatalf("a step without lines is null, not 0: %v", *v)
	}
	if *frames[1].Fields[1].At(1).(*float64) != 0.1 {
		t.Fatal("rate value")
	}
	if len(frames[0].Meta.Stats) != 5 || frames[1].Meta.Stats != nil {
		t.Fatal("the query's stats are on the first frame only")
	}
	// The data-plane shape alerting reads.
	if tt := frames[0].TimeSeriesSchema().Type; tt != data.TimeSeriesTypeWide {
		t.Fatalf("time series schema %v", tt)
	}
	empty := RateFrames("B", &QueryResponse{Type: "rate", Rate: &RateAnswer{StepMs: 1000}})
	if len(empty) != 1 || len(empty[0].Fields) != 0 || empty[0].Meta.Stats == nil {
		t.Fatal("no lines: one empty frame with the stats")
	}
}

func TestAnnotationsFrame(t *testing.T) {
	a := answer(t, `{"model":{"id":"m","version":"1"},"type":"sequences","stats":{"lines":9,"scored":9,"cached":0,"truncated":false,"lokiMs":1,"scoreMs":1},
	 "sequences":[
	  {"start":"1796353300000000000","end":"1796353300000000000","title":"Anomalous window","text":"one line","tags":["anomaly-lens","kernel"],"domains":["kernel"],"score":0.9,"keyType":"window","key":null,"events":1,"focusTs":"1796353300000000000"},
	  {"start":"1796353200000000000","end":"1796353260000000000","title":"Anomalous hdfs-block blk_1","text":"Verdict: anomaly","tags":["anomaly-lens","storage"],"domains":["storage"],"score":0.98,"keyType":"hdfs-block","key":"blk_1","events":30,"focusTs":"1796353210000000000"}]}`)
	f := AnnotationsFrame("A", a)
	if f.Rows() != 2 {
		t.Fatalf("rows %d", f.Rows())
	}
	if f.Fields[3].At(0) != "Anomalous hdfs-block blk_1" || f.Fields[4].At(0) != "Verdict: anomaly" {
		t.Fatal("sorted by start, title and text")
	}
	if !f.Fields[2].At(0).(bool) || f.Fields[2].At(1).(bool) {
		t.Fatal("a region only where the sequence spans time")
	}
	if string(f.Fields[5].At(0).(json.RawMessage)) != `["anomaly-lens","storage"]` {
		t.Fatalf("tags %s", f.Fields[5].At(0))
	}
}
