package plugin

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/grafana/grafana-plugin-sdk-go/backend"
	"github.com/grafana/grafana-plugin-sdk-go/experimental/datasourcetest"
)

// fakeService answers like the Anomaly Lens service and records what it was asked.
type fakeService struct {
	mu       sync.Mutex
	requests []map[string]any
	auth     []string
	// answer of POST /api/v1/query per type; status != 200 answers an error.
	status int
	ready  int
}

func (f *fakeService) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.auth = append(f.auth, r.Header.Get("Authorization"))
	body, _ := io.ReadAll(r.Body)
	var req map[string]any
	_ = json.Unmarshal(body, &req)
	f.requests = append(f.requests, req)
	w.Header().Set("Content-Type", "application/json")
	switch r.URL.Path {
	case "/readyz":
		if f.ready != 0 {
			w.WriteHeader(f.ready)
			_, _ = w.Write([]byte(`{"status":"starting","model":null,"device":null}`))
			return
		}
		_, _ = w.Write([]byte(`{"status":"ok","model":{"id":"default","version":"2"},"device":"cpu"}`))
	case "/api/v1/model":
		if r.Header.Get("Authorization") != "Bearer service-key-0123456789" {
			w.WriteHeader(401)
			_, _ = w.Write([]byte(`{"error":{"code":"unauthorized","message":"invalid bearer token"}}`))
			return
		}
		_, _ = w.Write([]byte(`{"id":"default","version":"2","device":"cpu","domains":[{"id":"memory"},{"id":"storage"}]}`))
	case "/api/v1/query/check-loki":
		_, _ = w.Write([]byte(`{"ok":true,"labels":["job","system"],"ms":2}`))
	case "/api/v1/query":
		if f.status != 0 {
			w.WriteHeader(f.status)
			_, _ = w.Write([]byte(`{"error":{"code":"bad_request","message":"Loki rejected the query: parse error at line 1, col 11"}}`))
			return
		}
		switch req["type"] {
		case "lines":
			_, _ = w.Write([]byte(linesAnswer))
		case "rate":
			_, _ = fmt.Fprintf(w, `{"model":{"id":"default","version":"2"},"type":"rate","stats":{"lines":3,"scored":3,"cached":0,"truncated":false,"lokiMs":1,"scoreMs":1},
			  "rate":{"stepMs":60000,"times":[1796352900000],"series":[{"domain":"memory","rates":[0.5],"anomalies":[1],"totals":[2]},{"domain":"kernel","rates":[0],"anomalies":[0],"totals":[1]}]}}`)
		case "sequences":
			_, _ = w.Write([]byte(`{"model":{"id":"default","version":"2"},"type":"sequences","stats":{"lines":3,"scored":0,"cached":3,"truncated":false,"lokiMs":1,"scoreMs":1},"sequences":[]}`))
		}
	default:
		w.WriteHeader(404)
	}
}

func settingsFor(url string) backend.DataSourceInstanceSettings {
	return backend.DataSourceInstanceSettings{
		UID: "verdicts", Updated: time.Now(),
		JSONData:                []byte(fmt.Sprintf(`{"serviceUrl":%q,"lokiUrl":"http://loki:3100","lokiTenant":"t","lokiAuth":"bearer","lokiDatasourceUid":"loki"}`, url)),
		DecryptedSecureJSONData: map[string]string{"apiKey": "service-key-0123456789", "lokiToken": "loki-token"},
	}
}

func freeAddr(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

var (
	harnessOnce sync.Once
	harness     datasourcetest.TestPlugin
	harnessErr  error
)

// serve runs the data source behind a real gRPC server with the SDK's test harness (once per process: the SDK
// registers its metrics globally) and gives each test its own fake service and data source instance.
func serve(t *testing.T) (*fakeService, datasourcetest.TestPlugin, *backend.PluginContext) {
	harnessOnce.Do(func() {
		harness, harnessErr = datasourcetest.Manage(NewDatasource, datasourcetest.ManageOpts{Address: freeAddr(t)})
	})
	if harnessErr != nil {
		t.Fatal(harnessErr)
	}
	svc := &fakeService{}
	srv := httptest.NewServer(svc)
	t.Cleanup(srv.Close)
	s := settingsFor(srv.URL)
	s.UID = t.Name()
	return svc, harness, &backend.PluginContext{OrgID: 1, PluginID: PluginID, DataSourceInstanceSettings: &s}
}

func TestQueryDataOverGRPC(t *testing.T) {
	svc, tp, pc := serve(t)
	tr := backend.TimeRange{From: t0.Add(-5 * time.Minute), To: t0}
	res, err := tp.Client.QueryData(context.Background(), &backend.QueryDataRequest{PluginContext: *pc, Queries: []backend.DataQuery{
		{RefID: "L", TimeRange: tr, JSON: []byte(`{"queryType":"lines","expr":"{job=\"bgl\"}","maxLines":100}`)},
		{RefID: "R", TimeRange: tr, Interval: time.Second, JSON: []byte(`{"queryType":"rate","expr":"{job=\"bgl\"}","interval":"1m"}`)},
		{RefID: "S", TimeRange: tr, JSON: []byte(`{"queryType":"annotations","expr":"{job=\"bgl\"}"}`)},
		{RefID: "E", TimeRange: tr, JSON: []byte(`{"queryType":"rate"}`)},
		{RefID: "D", TimeRange: tr, JSON: []byte(`{"queryType":"rate","expr":"{job=\"bgl\"}","domain":"kernel"}`)},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if r := res.Responses["L"]; r.Error != nil || len(r.Frames) != 1 || r.Frames[0].Rows() != 2 {
		t.Fatalf("lines: %+v", r)
	}
	if r := res.Responses["R"]; r.Error != nil || len(r.Frames) != 2 || r.Frames[0].Name != "memory" {
		t.Fatalf("rate: %+v", r)
	}
	if r := res.Responses["S"]; r.Error != nil || len(r.Frames) != 1 || r.Frames[0].Rows() != 0 {
		t.Fatalf("sequences: %+v", r)
	}
	if r := res.Responses["E"]; r.Error == nil || !strings.Contains(r.Error.Error(), "no LogQL expression") || r.Status != backend.StatusBadRequest {
		t.Fatalf("a bad query fails alone, precisely: %+v", r)
	}
	if r := res.Responses["D"]; r.Error != nil || len(r.Frames) != 1 || r.Frames[0].Name != "kernel" {
		t.Fatalf("a domain's rule keeps that domain's series: %+v", r)
	}
	// What the service was asked: the key as a bearer token, the Loki connection with its secret.
	if len(svc.requests) != 4 {
		t.Fatalf("service calls %d", len(svc.requests))
	}
	rate := svc.requests[1]
	if rate["type"] != "rate" || rate["stepMs"] != float64(60000) || rate["start"] != fmt.Sprint(tr.From.UnixNano()) {
		t.Fatalf("rate request %v", rate)
	}
	loki := rate["loki"].(map[string]any)
	if loki["url"] != "http://loki:3100" || loki["tenant"] != "t" || loki["auth"].(map[string]any)["token"] != "loki-token" {
		t.Fatalf("loki connection %v", loki)
	}
	if svc.auth[0] != "Bearer service-key-0123456789" {
		t.Fatalf("auth %q", svc.auth[0])
	}
	if svc.requests[2]["type"] != "sequences" || svc.requests[0]["limit"] != float64(100) {
		t.Fatalf("requests %v", svc.requests)
	}
}

func TestQueryDataServiceErrorIsTheQuerysError(t *testing.T) {
	svc, tp, pc := serve(t)
	svc.status = 400
	res, err := tp.Client.QueryData(context.Background(), &backend.QueryDataRequest{PluginContext: *pc, Queries: []backend.DataQuery{
		{RefID: "A", TimeRange: backend.TimeRange{From: t0.Add(-time.Minute), To: t0}, JSON: []byte(`{"queryType":"rate","expr":"{job=\"bgl\""}`)},
	}})
	if err != nil {
		t.Fatal(err)
	}
	r := res.Responses["A"]
	if r.Error == nil || r.Status != backend.StatusBadRequest || !strings.Contains(r.Error.Error(), "Loki rejected the query: parse error") {
		t.Fatalf("%+v", r)
	}
}

func TestCheckHealthOverGRPC(t *testing.T) {
	svc, tp, pc := serve(t)
	res, err := tp.Client.CheckHealth(context.Background(), &backend.CheckHealthRequest{PluginContext: *pc})
	if err != nil {
		t.Fatal(err)
	}
	if res.Status != backend.HealthStatusOk || !strings.Contains(res.Message, "model default 2") || !strings.Contains(res.Message, "2 label names") {
		t.Fatalf("%+v", res)
	}
	checked := svc.requests[len(svc.requests)-1]["loki"].(map[string]any)
	if checked["url"] != "http://loki:3100" {
		t.Fatalf("the Loki checked is the configured one: %v", checked)
	}

	svc.ready = 503
	res, _ = tp.Client.CheckHealth(context.Background(), &backend.CheckHealthRequest{PluginContext: *pc})
	if res.Status != backend.HealthStatusError || !strings.Contains(res.Message, "not ready: starting") {
		t.Fatalf("%+v", res)
	}
}

func TestCheckHealthNamesTheProblem(t *testing.T) {
	ctx := context.Background()
	bad := NewDatasourceWithClient(backend.DataSourceInstanceSettings{JSONData: []byte(`{"lokiUrl":"http://loki"}`)}, http.DefaultClient)
	res, _ := bad.CheckHealth(ctx, nil)
	if res.Status != backend.HealthStatusError || res.Message != "Settings: Service URL is not set" {
		t.Fatalf("%+v", res)
	}
	svc := &fakeService{}
	srv := httptest.NewServer(svc)
	defer srv.Close()
	s := settingsFor(srv.URL)
	s.DecryptedSecureJSONData["apiKey"] = "wrong-key-0123456789"
	res, _ = NewDatasourceWithClient(s, srv.Client()).CheckHealth(ctx, nil)
	if res.Status != backend.HealthStatusError || !strings.Contains(res.Message, "refused the API key") {
		t.Fatalf("%+v", res)
	}
	down := NewDatasourceWithClient(settingsFor("http://127.0.0.1:9"), http.DefaultClient)
	res, _ = down.CheckHealth(ctx, nil)
	if res.Status != backend.HealthStatusError || !strings.Contains(res.Message, "unreachable") {
		t.Fatalf("%+v", res)
	}
}

func TestMain(m *testing.M) {
	code := m.Run()
	if harness.Client != nil {
		_ = harness.Shutdown()
	}
	os.Exit(code)
}
