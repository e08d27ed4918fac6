// Package integration starts the built plugin binary the way Grafana does (hashicorp go-plugin handshake over
// gRPC) and calls CheckHealth and QueryData against the real Anomaly Lens service (node backend/dist/cli/main.js
// serve, the shipped model bundle) and a Loki-protocol server faithful to the recorded Loki responses.
//
// Needs `npm run build` (the binary in dist/datasource, the service in backend/dist) and node; without them the
// test skips, unless ANOMALYLENS_INTEGRATION=require (CI) makes a missing prerequisite a failure.
package integration

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/grafana/grafana-plugin-sdk-go/backend"
	"github.com/grafana/grafana-plugin-sdk-go/backend/grpcplugin"
	"github.com/grafana/grafana-plugin-sdk-go/data"
	"github.com/grafana/grafana-plugin-sdk-go/genproto/pluginv2"
	"github.com/hashicorp/go-hclog"
	goplugin "github.com/hashicorp/go-plugin"
)

const serviceKey = "integration-key-0123456789abcdef"

var root, _ = filepath.Abs("../..")

// t0 is a minute boundary; the 300 BGL lines lie in [t0, t0+300s).
var t0 = time.Date(2026, 12, 4, 3, 0, 0, 0, time.UTC)

func need(t *testing.T, path string) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(root, path)); err != nil {
		msg := fmt.Sprintf("%s is missing: run `npm run build` first", path)
		if os.Getenv("ANOMALYLENS_INTEGRATION") == "require" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
}

// child starts a process that dies with the test (stdin closed, then killed).
func child(t *testing.T, name string, env []string, args ...string) (*exec.Cmd, io.ReadCloser) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), env...)
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = stdin.Close()
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
	})
	return cmd, stdout
}

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func startLoki(t *testing.T) string {
	_, stdout := child(t, "node", nil, "pkg/integration/testdata/fake-loki.js", fmt.Sprint(t0.UnixMilli()))
	var hello struct {
		URL string `json:"url"`
	}
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || json.Unmarshal([]byte(line), &hello) != nil {
		t.Fatalf("fake Loki did not start: %q %v", line, err)
	}
	return hello.URL
}

func startService(t *testing.T) string {
	port := freePort(t)
	cmd, stdout := child(t, "node", []string{"AUTH_TOKENS=" + serviceKey, "WORKERS=1", "LABELS_DB=off", "LOG_LEVEL=warn"},
		"backend/dist/cli/main.js", "serve", "--model-dir", "models/default", "--host", "127.0.0.1", "--port", fmt.Sprint(port))
	go func() { _, _ = io.Copy(io.Discard, stdout) }()
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	deadline := time.Now().Add(90 * time.Second)
	for time.Now().Before(deadline) {
		if res, err := http.Get(url + "/readyz"); err == nil {
			res.Body.Close()
			if res.StatusCode == 200 {
				return url
			}
		}
		if cmd.ProcessState != nil {
			t.Fatal("the service exited")
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatal("the service did not become ready in 90 s")
	return ""
}

// startPlugin launches the binary as Grafana does: go-plugin's handshake (magic cookie, protocol 2, gRPC).
func startPlugin(t *testing.T, bin string) (pluginv2.DiagnosticsClient, pluginv2.DataClient) {
	client := goplugin.NewClient(&goplugin.ClientConfig{
		HandshakeConfig: goplugin.HandshakeConfig{
			ProtocolVersion:  grpcplugin.ProtocolVersion,
			MagicCookieKey:   grpcplugin.MagicCookieKey,
			MagicCookieValue: grpcplugin.MagicCookieValue,
		},
		VersionedPlugins: map[int]goplugin.PluginSet{grpcplugin.ProtocolVersion: {
			"diagnostics": &grpcplugin.DiagnosticsGRPCPlugin{},
			"data":        &grpcplugin.DataGRPCPlugin{},
		}},
		Cmd:              exec.Command(bin),
		AllowedProtocols: []goplugin.Protocol{goplugin.ProtocolGRPC},
		Logger:           hclog.New(&hclog.LoggerOptions{Level: hclog.Warn, Output: os.Stderr}),
	})
	t.Cleanup(client.Kill)
	rpc, err := client.Client()
	if err != nil {
		t.Fatalf("handshake with %s: %v", bin, err)
	}
	diag, err := rpc.Dispense("diagnostics")
	if err != nil {
		t.Fatal(err)
	}
	dataClient, err := rpc.Dispense("data")
	if err != nil {
		t.Fatal(err)
	}
	return diag.(pluginv2.DiagnosticsClient), dataClient.(pluginv2.DataClient)
}

func pluginContext(serviceURL, lokiURL, key string) backend.PluginContext {
	return backend.PluginContext{OrgID: 1, PluginID: "anomalylens-verdict-datasource",
		DataSourceInstanceSettings: &backend.DataSourceInstanceSettings{
			ID: 1, UID: "verdicts-" + key[:8], Name: "Anomaly Lens verdicts", Updated: time.Now(),
			JSONData:                []byte(fmt.Sprintf(`{"serviceUrl":%q,"lokiUrl":%q,"lokiDatasourceUid":"loki"}`, serviceURL, lokiURL)),
			DecryptedSecureJSONData: map[string]string{"apiKey": key},
		}}
}

func query(t *testing.T, dc pluginv2.DataClient, pc backend.PluginContext, q backend.DataQuery) backend.DataResponse {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	res, err := dc.QueryData(ctx, backend.ToProto().QueryDataRequest(&backend.QueryDataRequest{PluginContext: pc, Queries: []backend.DataQuery{q}}))
	if err != nil {
		t.Fatal(err)
	}
	out, err := backend.FromProto().QueryDataResponse(res)
	if err != nil {
		t.Fatal(err)
	}
	return out.Responses[q.RefID]
}

func stat(f *data.Frame, name string) float64 {
	for _, s := range f.Meta.Stats {
		if s.DisplayName == name {
			return s.Value
		}
	}
	return -1
}

// scoreDirectly asks POST /api/v1/score about the same lines (the other path into the same engine).
func scoreDirectly(t *testing.T, serviceURL string, lines []string) map[string][2]int {
	body := map[string]any{"lines": func() []map[string]any {
		out := make([]map[string]any, len(lines))
		for i, l := range lines {
			out[i] = map[string]any{"line": l, "labels": map[string]string{"job": "bgl", "system": "bluegene"},
				"timestamp": fmt.Sprint(t0.Add(time.Duration(i) * time.Second).UnixNano())}
		}
		return out
	}()}
	b, _ := json.Marshal(body)
	req, _ := http.NewRequest("POST", serviceURL+"/api/v1/score", bytes.NewReader(b))
	req.Header.Set("Authorization", "Bearer "+serviceKey)
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var answer struct {
		Results []struct {
			Verdict string `json:"verdict"`
			Domain  string `json:"domain"`
		} `json:"results"`
	}
	if err := json.NewDecoder(res.Body).Decode(&answer); err != nil {
		t.Fatal(err)
	}
	perDomain := map[string][2]int{}
	for _, r := range answer.Results {
		c := perDomain[r.Domain]
		c[1]++
		if r.Verdict == "anomaly" {
			c[0]++
		}
		perDomain[r.Domain] = c
	}
	return perDomain
}

func bglLines(t *testing.T) []string {
	raw, err := os.ReadFile(filepath.Join(root, "provisioning/demo-logs/bgl.txt"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(raw), "\n")[500:800]
	for i, l := range lines {
		if j := strings.IndexByte(l, ' '); j >= 0 {
			lines[i] = l[j+1:]
		}
	}
	return lines
}

func TestPluginBinaryAgainstServiceAndLoki(t *testing.T) {
	bin := fmt.Sprintf("dist/datasource/gpx_anomalylens_verdict_datasource_%s_%s", runtime.GOOS, runtime.GOARCH)
	need(t, bin)
	need(t, "backend/dist/cli/main.js")
	need(t, "backend/dist/loki/testing/fake-loki.js")
	if _, err := exec.LookPath("node"); err != nil {
		need(t, "node (not on PATH)")
	}
	lokiURL := startLoki(t)
	serviceURL := startService(t)
	diag, dc := startPlugin(t, filepath.Join(root, bin))
	pc := pluginContext(serviceURL, lokiURL, serviceKey)

	t.Run("CheckHealth", func(t *testing.T) {
		res, err := diag.CheckHealth(context.Background(), &pluginv2.CheckHealthRequest{PluginContext: backend.ToProto().PluginContext(pc)})
		if err != nil {
			t.Fatal(err)
		}
		h := backend.FromProto().CheckHealthResponse(res)
		if h.Status != backend.HealthStatusOk || !strings.Contains(h.Message, "model default") ||
			!strings.Contains(h.Message, "Loki at "+lokiURL+" answers the service (2 label names") {
			t.Fatalf("%v: %s", h.Status, h.Message)
		}
		bad := pluginContext(serviceURL, lokiURL, "wrong-key-0123456789abcdef")
		res, _ = diag.CheckHealth(context.Background(), &pluginv2.CheckHealthRequest{PluginContext: backend.ToProto().PluginContext(bad)})
		if h := backend.FromProto().CheckHealthResponse(res); h.Status != backend.HealthStatusError || !strings.Contains(h.Message, "refused the API key") {
			t.Fatalf("a wrong key: %v: %s", h.Status, h.Message)
		}
	})

	rateQuery := backend.DataQuery{RefID: "A", QueryType: "rate", Interval: time.Second, MaxDataPoints: 43200,
		TimeRange: backend.TimeRange{From: t0, To: t0.Add(5 * time.Minute)},
		JSON:      []byte(`{"refId":"A","queryType":"rate","expr":"{job=\"bgl\"}","interval":"1m"}`)}

	t.Run("QueryData rate: one frame per domain, the same verdicts as /api/v1/score, each line scored once", func(t *testing.T) {
		r := query(t, dc, pc, rateQuery)
		if r.Error != nil {
			t.Fatal(r.Error)
		}
		want := scoreDirectly(t, serviceURL, bglLines(t))
		t.Logf("/api/v1/score per domain [anomalies, lines]: %v", want)
		if len(r.Frames) != len(want) {
			t.Fatalf("%d frames for %d domains %v", len(r.Frames), len(want), want)
		}
		total := 0
		for _, f := range r.Frames {
			domain := f.Fields[1].Labels["domain"]
			custom := f.Meta.Custom.(map[string]any)
			anomalies, lines := sum(custom["anomalies"]), sum(custom["lines"])
			if [2]int{anomalies, lines} != want[domain] {
				t.Errorf("%s: %d of %d anomalous, /api/v1/score says %v", domain, anomalies, lines, want[domain])
			}
			if f.Fields[0].Len() != 5 {
				t.Errorf("%s: %d steps of 1m in 5m", domain, f.Fields[0].Len())
			}
			total += lines
		}
		if total != 300 || stat(r.Frames[0], "Lines read from Loki") != 300 {
			t.Fatalf("lines %d", total)
		}
		again := query(t, dc, pc, rateQuery)
		if stat(again.Frames[0], "Lines scored now") != 0 || stat(again.Frames[0], "Lines from the score cache") != 300 {
			t.Fatalf("the second evaluation scored again: %+v", again.Frames[0].Meta.Stats)
		}
	})

	t.Run("QueryData lines: the newest lines as a logs frame", func(t *testing.T) {
		r := query(t, dc, pc, backend.DataQuery{RefID: "L", TimeRange: rateQuery.TimeRange,
			JSON: []byte(`{"refId":"L","queryType":"lines","expr":"{job=\"bgl\"}","maxLines":50}`)})
		if r.Error != nil || len(r.Frames) != 1 {
			t.Fatal(r.Error)
		}
		f := r.Frames[0]
		if f.Rows() != 50 || f.Meta.Type != data.FrameTypeLogLines || len(f.Meta.Notices) != 1 {
			t.Fatalf("rows %d meta %+v", f.Rows(), f.Meta)
		}
		last := f.Fields[0].At(49).(time.Time)
		if !last.Equal(t0.Add(299 * time.Second)) {
			t.Fatalf("newest line at %v", last)
		}
		if body := f.Fields[1].At(49).(string); body != bglLines(t)[299] {
			t.Fatalf("body %q", body)
		}
	})

	t.Run("QueryData annotations: explained sequences", func(t *testing.T) {
		r := query(t, dc, pc, backend.DataQuery{RefID: "S", TimeRange: rateQuery.TimeRange,
			JSON: []byte(`{"refId":"S","queryType":"annotations","expr":"{job=\"bgl\"}","maxSequences":3}`)})
		if r.Error != nil || len(r.Frames) != 1 {
			t.Fatal(r.Error)
		}
		f := r.Frames[0]
		if f.Rows() > 3 || f.Fields[3].Name != "title" {
			t.Fatalf("frame %+v", f)
		}
		for i := 0; i < f.Rows(); i++ {
			if !strings.HasPrefix(f.Fields[3].At(i).(string), "Anomalous ") || f.Fields[4].At(i).(string) == "" {
				t.Fatalf("row %d: %v %v", i, f.Fields[3].At(i), f.Fields[4].At(i))
			}
		}
		t.Logf("%d anomalous sequences", f.Rows())
		if f.Rows() == 0 {
			t.Fatal("the KERNTERM alerts of the range make no anomalous sequence")
		}
	})

	t.Run("QueryData: Loki's parse error reaches the query (recorded response)", func(t *testing.T) {
		r := query(t, dc, pc, backend.DataQuery{RefID: "E", TimeRange: rateQuery.TimeRange,
			JSON: []byte(`{"refId":"E","queryType":"rate","expr":"{job=\"bgl\""}`)})
		if r.Error == nil || r.Status != backend.StatusBadRequest ||
			!strings.Contains(r.Error.Error(), "Loki rejected the query: parse error at line 1, col 11") {
			t.Fatalf("%v %v", r.Status, r.Error)
		}
	})
}

func sum(v any) int {
	total := 0
	for _, x := range v.([]any) {
		total += int(x.(float64))
	}
	return total
}
