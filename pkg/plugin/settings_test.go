package plugin

import (
	"strings"
	"testing"

	"github.com/grafana/grafana-plugin-sdk-go/backend"
)

func instance(jsonData string, secure map[string]string) backend.DataSourceInstanceSettings {
	return backend.DataSourceInstanceSettings{UID: "verdicts", JSONData: []byte(jsonData), DecryptedSecureJSONData: secure}
}

func TestLoadSettings(t *testing.T) {
	s, err := LoadSettings(instance(`{"serviceUrl":" http://svc:8080/ ","lokiUrl":"http://loki:3100","lokiTenant":"team-a","lokiAuth":"basic","lokiUser":"grafana","lokiDatasourceUid":"loki"}`,
		map[string]string{"apiKey": "k", "lokiPassword": "p"}))
	if err != nil {
		t.Fatal(err)
	}
	if s.ServiceURL != "http://svc:8080" || s.APIKey != "k" || s.LokiDatasourceUID != "loki" {
		t.Fatalf("settings %+v", s)
	}
	if s.Loki.URL != "http://loki:3100" || s.Loki.Tenant != "team-a" || *s.Loki.Auth != (LokiAuth{Type: "basic", Username: "grafana", Password: "p"}) {
		t.Fatalf("loki %+v", s.Loki)
	}
	b, err := LoadSettings(instance(`{"serviceUrl":"https://svc","lokiUrl":"http://loki:3100","lokiAuth":"bearer"}`, map[string]string{"lokiToken": "t"}))
	if err != nil || *b.Loki.Auth != (LokiAuth{Type: "bearer", Token: "t"}) {
		t.Fatalf("bearer: %+v %v", b.Loki, err)
	}
}

func TestLoadSettingsNamesWhatToFix(t *testing.T) {
	cases := map[string]struct {
		json   string
		secure map[string]string
		want   string
	}{
		"no service URL":  {`{"lokiUrl":"http://loki:3100"}`, nil, "Service URL is not set"},
		"bad service URL": {`{"serviceUrl":"svc:8080","lokiUrl":"http://loki:3100"}`, nil, "is not an http(s) URL"},
		"no Loki URL":     {`{"serviceUrl":"http://svc"}`, nil, "Loki URL (as the Anomaly Lens service reaches it) is not set"},
		"Loki query":      {`{"serviceUrl":"http://svc","lokiUrl":"http://loki:3100?x=1"}`, nil, "without query"},
		"basic, no user":  {`{"serviceUrl":"http://svc","lokiUrl":"http://loki","lokiAuth":"basic"}`, nil, "no Loki user"},
		"bearer, no key":  {`{"serviceUrl":"http://svc","lokiUrl":"http://loki","lokiAuth":"bearer"}`, nil, "no Loki token"},
		"unknown auth":    {`{"serviceUrl":"http://svc","lokiUrl":"http://loki","lokiAuth":"oauth"}`, nil, `"oauth" is not one of`},
		"not JSON":        {`{`, nil, "not valid JSON"},
	}
	for name, c := range cases {
		_, err := LoadSettings(instance(c.json, c.secure))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", name, err, c.want)
		}
	}
}
