package plugin

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strings"

	"github.com/grafana/grafana-plugin-sdk-go/backend"
)

// PluginID is the nested data source's id (src/datasource/plugin.json).
const PluginID = "anomalylens-verdict-datasource"

// Settings are the data source's configuration: jsonData plus the decrypted secureJsonData. The service key and
// the Loki credentials live in secureJsonData, so only Grafana's server and this process ever see them.
type Settings struct {
	ServiceURL string
	APIKey     string
	// LokiDatasourceUID is the Grafana Loki data source the Explain links open (the browser-side path).
	LokiDatasourceUID string
	Loki              LokiConnection
}

// LokiConnection is the Loki the service queries for this data source, as POST /api/v1/query takes it.
type LokiConnection struct {
	URL    string    `json:"url"`
	Tenant string    `json:"tenant,omitempty"`
	Auth   *LokiAuth `json:"auth,omitempty"`
}

// LokiAuth is basic or bearer authentication towards Loki.
type LokiAuth struct {
	Type     string `json:"type"`
	Username string `json:"username,omitempty"`
	Password string `json:"password,omitempty"`
	Token    string `json:"token,omitempty"`
}

type jsonData struct {
	ServiceURL        string `json:"serviceUrl"`
	LokiDatasourceUID string `json:"lokiDatasourceUid"`
	LokiURL           string `json:"lokiUrl"`
	LokiTenant        string `json:"lokiTenant"`
	LokiAuth          string `json:"lokiAuth"`
	LokiUser          string `json:"lokiUser"`
}

// LoadSettings parses and validates the instance settings; every problem is named with the field to fix.
func LoadSettings(s backend.DataSourceInstanceSettings) (Settings, error) {
	var j jsonData
	if len(s.JSONData) > 0 {
		if err := json.Unmarshal(s.JSONData, &j); err != nil {
			return Settings{}, fmt.Errorf("the data source's jsonData is not valid JSON: %w", err)
		}
	}
	secure := s.DecryptedSecureJSONData
	out := Settings{
		ServiceURL:        strings.TrimRight(strings.TrimSpace(j.ServiceURL), "/"),
		APIKey:            secure["apiKey"],
		LokiDatasourceUID: strings.TrimSpace(j.LokiDatasourceUID),
		Loki: LokiConnection{
			URL:    strings.TrimRight(strings.TrimSpace(j.LokiURL), "/"),
			Tenant: strings.TrimSpace(j.LokiTenant),
		},
	}
	if err := checkHTTPURL("Service URL", out.ServiceURL); err != nil {
		return out, err
	}
	if err := checkHTTPURL("Loki URL (as the Anomaly Lens service reaches it)", out.Loki.URL); err != nil {
		return out, err
	}
	switch j.LokiAuth {
	case "", "none":
	case "basic":
		if strings.TrimSpace(j.LokiUser) == "" {
			return out, fmt.Errorf("Loki authentication is basic but no Loki user is set")
		}
		out.Loki.Auth = &LokiAuth{Type: "basic", Username: strings.TrimSpace(j.LokiUser), Password: secure["lokiPassword"]}
	case "bearer":
		if secure["lokiToken"] == "" {
			return out, fmt.Errorf("Loki authentication is bearer but no Loki token is set")
		}
		out.Loki.Auth = &LokiAuth{Type: "bearer", Token: secure["lokiToken"]}
	default:
		return out, fmt.Errorf("Loki authentication %q is not one of none, basic, bearer", j.LokiAuth)
	}
	return out, nil
}

func checkHTTPURL(name, raw string) error {
	if raw == "" {
		return fmt.Errorf("%s is not set", name)
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return fmt.Errorf("%s %q is not an http(s) URL without query or fragment", name, raw)
	}
	return nil
}
