package plugin

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/grafana/grafana-plugin-sdk-go/backend"
	"github.com/grafana/grafana-plugin-sdk-go/backend/httpclient"
	"github.com/grafana/grafana-plugin-sdk-go/backend/instancemgmt"
	"github.com/grafana/grafana-plugin-sdk-go/backend/log"
	"github.com/grafana/grafana-plugin-sdk-go/data"
)

var (
	_ backend.QueryDataHandler      = (*Datasource)(nil)
	_ backend.CheckHealthHandler    = (*Datasource)(nil)
	_ instancemgmt.InstanceDisposer = (*Datasource)(nil)
)

// Datasource is one configured instance of the data source. Grafana makes a new one when the settings change.
type Datasource struct {
	settings Settings
	// settingsErr is kept rather than failing the instance, so that CheckHealth can say what to fix.
	settingsErr error
	client      *ServiceClient
}

// NewDatasource is the instance factory Grafana's instance manager calls.
func NewDatasource(_ context.Context, s backend.DataSourceInstanceSettings) (instancemgmt.Instance, error) {
	settings, err := LoadSettings(s)
	// The service answers a lines query of 5,000 lines or a rate over 500,000 in seconds; alert evaluations have
	// their own (shorter) deadline in the context.
	hc, herr := httpclient.New(httpclient.Options{Timeouts: &httpclient.TimeoutOptions{
		Timeout: 120 * time.Second, DialTimeout: 10 * time.Second, KeepAlive: 30 * time.Second,
		TLSHandshakeTimeout: 10 * time.Second, ExpectContinueTimeout: time.Second, MaxIdleConns: 16,
		MaxIdleConnsPerHost: 4, IdleConnTimeout: 90 * time.Second,
	}})
	if herr != nil {
		return nil, herr
	}
	return &Datasource{
		settings:    settings,
		settingsErr: err,
		client:      &ServiceClient{BaseURL: settings.ServiceURL, APIKey: settings.APIKey, HTTP: hc},
	}, nil
}

// NewDatasourceWithClient is NewDatasource with a given HTTP client (tests).
func NewDatasourceWithClient(s backend.DataSourceInstanceSettings, hc *http.Client) *Datasource {
	settings, err := LoadSettings(s)
	return &Datasource{settings: settings, settingsErr: err, client: &ServiceClient{BaseURL: settings.ServiceURL, APIKey: settings.APIKey, HTTP: hc}}
}

// Dispose closes idle connections of a replaced instance.
func (d *Datasource) Dispose() {
	d.client.HTTP.CloseIdleConnections()
}

// QueryData runs each query through the service; one query's failure is that query's error only.
func (d *Datasource) QueryData(ctx context.Context, req *backend.QueryDataRequest) (*backend.QueryDataResponse, error) {
	response := backend.NewQueryDataResponse()
	for _, q := range req.Queries {
		response.Responses[q.RefID] = d.query(ctx, q)
	}
	return response, nil
}

func (d *Datasource) query(ctx context.Context, q backend.DataQuery) backend.DataResponse {
	if d.settingsErr != nil {
		return backend.ErrDataResponseWithSource(backend.StatusBadRequest, backend.ErrorSourceDownstream,
			"data source settings: "+d.settingsErr.Error())
	}
	model, kind, err := parseQuery(q)
	if err != nil {
		return backend.ErrDataResponseWithSource(backend.StatusBadRequest, backend.ErrorSourceDownstream, err.Error())
	}
	request, err := buildRequest(d.settings, q, model, kind)
	if err != nil {
		return backend.ErrDataResponseWithSource(backend.StatusBadRequest, backend.ErrorSourceDownstream, err.Error())
	}
	answer, err := d.client.Query(ctx, request)
	if err != nil {
		log.DefaultLogger.FromContext(ctx).Warn("query failed", "refId", q.RefID, "type", kind, "error", err.Error())
		return errorResponse(err)
	}
	var frames data.Frames
	switch kind {
	case "lines":
		lokiUID := model.LokiUID
		if lokiUID == "" {
			lokiUID = d.settings.LokiDatasourceUID
		}
		frames = data.Frames{LogsFrame(q.RefID, answer, ExplainLink(lokiUID, model.Expr, q.TimeRange.From, q.TimeRange.To))}
	case "rate":
		if model.Domain != "" && answer.Rate != nil {
			kept := answer.Rate.Series[:0]
			for _, s := range answer.Rate.Series {
				if s.Domain == model.Domain {
					kept = append(kept, s)
				}
			}
			answer.Rate.Series = kept
		}
		frames = RateFrames(q.RefID, answer)
	case "sequences":
		frames = data.Frames{AnnotationsFrame(q.RefID, answer)}
	}
	return backend.DataResponse{Frames: frames}
}

// errorResponse maps the service's status onto Grafana's: its 4xx are the query's fault, 502 is Loki's, 429/503/504
// the service's load; all of them lie outside this plugin (downstream).
func errorResponse(err error) backend.DataResponse {
	se, ok := AsServiceError(err)
	if !ok {
		return backend.ErrDataResponseWithSource(backend.StatusBadGateway, backend.ErrorSourceDownstream, err.Error())
	}
	status := backend.Status(se.Status)
	switch {
	case se.Status == 401 || se.Status == 403:
		return backend.ErrDataResponseWithSource(backend.StatusUnauthorized, backend.ErrorSourceDownstream,
			"the Anomaly Lens service refused the data source's API key: "+se.Message)
	case se.Status >= 400 && se.Status < 600:
		return backend.ErrDataResponseWithSource(status, backend.ErrorSourceDownstream, se.Error())
	default:
		return backend.ErrDataResponseWithSource(backend.StatusInternal, backend.ErrorSourceDownstream, se.Error())
	}
}

// CheckHealth checks what an alert evaluation needs: the service is ready, accepts the key, and reaches the
// configured Loki with the configured credentials (asked of the service: it is the one that queries Loki).
func (d *Datasource) CheckHealth(ctx context.Context, _ *backend.CheckHealthRequest) (*backend.CheckHealthResult, error) {
	fail := func(format string, args ...any) (*backend.CheckHealthResult, error) {
		return &backend.CheckHealthResult{Status: backend.HealthStatusError, Message: fmt.Sprintf(format, args...)}, nil
	}
	if d.settingsErr != nil {
		return fail("Settings: %s", d.settingsErr.Error())
	}
	health, err := d.client.Ready(ctx)
	if err != nil {
		return fail("Service at %s is not ready: %s", d.settings.ServiceURL, message(err))
	}
	model, err := d.client.Model(ctx)
	if err != nil {
		if se, ok := AsServiceError(err); ok && se.Status == 401 {
			return fail("Service at %s refused the API key (set the key it accepts in AUTH_TOKENS)", d.settings.ServiceURL)
		}
		return fail("Service at %s: %s", d.settings.ServiceURL, message(err))
	}
	loki, err := d.client.CheckLoki(ctx, d.settings.Loki)
	if err != nil {
		return fail("Service ready (model %s %s), but it cannot query Loki at %s: %s", model.ID, model.Version, d.settings.Loki.URL, message(err))
	}
	domains := make([]string, len(model.Domains))
	for i, dm := range model.Domains {
		domains[i] = dm.ID
	}
	return &backend.CheckHealthResult{
		Status: backend.HealthStatusOk,
		Message: fmt.Sprintf("Service %s: model %s %s (%s, %s), domains %s. Loki at %s answers the service (%d label names in the last hour).",
			health.Status, model.ID, model.Version, model.Device, d.settings.ServiceURL, strings.Join(domains, ", "),
			d.settings.Loki.URL, len(loki.Labels)),
	}, nil
}

func message(err error) string {
	if se, ok := AsServiceError(err); ok {
		return fmt.Sprintf("%s (HTTP %d)", se.Message, se.Status)
	}
	return err.Error()
}
