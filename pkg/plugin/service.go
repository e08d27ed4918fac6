package plugin

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// The service's answers, as backend/src/contract/query.ts defines them (the OpenAPI document has the same).

// QueryRequest is the body of POST /api/v1/query.
type QueryRequest struct {
	Loki          LokiConnection `json:"loki"`
	Query         string         `json:"query"`
	Type          string         `json:"type"`
	Start         string         `json:"start"`
	End           string         `json:"end"`
	StepMs        int64          `json:"stepMs,omitempty"`
	Limit         int            `json:"limit,omitempty"`
	AnomaliesOnly bool           `json:"anomaliesOnly,omitempty"`
	MaxSequences  int            `json:"maxSequences,omitempty"`
}

// ModelRef names the bundle that scored the lines.
type ModelRef struct {
	ID      string `json:"id"`
	Version string `json:"version"`
}

// QueryStats says what one query read and scored.
type QueryStats struct {
	Lines     int     `json:"lines"`
	Scored    int     `json:"scored"`
	Cached    int     `json:"cached"`
	Truncated bool    `json:"truncated"`
	LokiMs    float64 `json:"lokiMs"`
	ScoreMs   float64 `json:"scoreMs"`
}

// QueryLine is one scored line.
type QueryLine struct {
	Ts       string            `json:"ts"`
	Line     string            `json:"line"`
	Labels   map[string]string `json:"labels"`
	Verdict  string            `json:"verdict"`
	Score    float64           `json:"score"`
	Domain   string            `json:"domain"`
	Template struct {
		ID   string `json:"id"`
		Text string `json:"text"`
	} `json:"template"`
	Novel bool `json:"novel"`
}

// RateSeries is one domain's anomaly rate per step; a nil rate is a step without lines of the domain.
type RateSeries struct {
	Domain    string     `json:"domain"`
	Rates     []*float64 `json:"rates"`
	Anomalies []int64    `json:"anomalies"`
	Totals    []int64    `json:"totals"`
}

// RateAnswer is the rate of every domain that has lines.
type RateAnswer struct {
	StepMs int64        `json:"stepMs"`
	Times  []int64      `json:"times"`
	Series []RateSeries `json:"series"`
}

// Sequence is one explained anomalous sequence.
type Sequence struct {
	Start   string   `json:"start"`
	End     string   `json:"end"`
	Title   string   `json:"title"`
	Text    string   `json:"text"`
	Tags    []string `json:"tags"`
	Domains []string `json:"domains"`
	Score   float64  `json:"score"`
	KeyType string   `json:"keyType"`
	Key     *string  `json:"key"`
	Events  int      `json:"events"`
	FocusTs string   `json:"focusTs"`
}

// QueryResponse is the answer of POST /api/v1/query.
type QueryResponse struct {
	Model     ModelRef    `json:"model"`
	Type      string      `json:"type"`
	Stats     QueryStats  `json:"stats"`
	Lines     []QueryLine `json:"lines"`
	Rate      *RateAnswer `json:"rate"`
	Sequences []Sequence  `json:"sequences"`
}

// Health is GET /readyz.
type Health struct {
	Status string    `json:"status"`
	Model  *ModelRef `json:"model"`
	Device *string   `json:"device"`
}

// ModelInfo is the part of GET /api/v1/model the health check reports.
type ModelInfo struct {
	ID      string `json:"id"`
	Version string `json:"version"`
	Device  string `json:"device"`
	Domains []struct {
		ID string `json:"id"`
	} `json:"domains"`
}

// CheckLokiResponse is POST /api/v1/query/check-loki.
type CheckLokiResponse struct {
	OK     bool     `json:"ok"`
	Labels []string `json:"labels"`
	Ms     float64  `json:"ms"`
}

// ServiceError is an error answer of the service: {"error": {"code", "message"}} and its HTTP status.
type ServiceError struct {
	Status  int
	Code    string
	Message string
}

func (e *ServiceError) Error() string {
	return fmt.Sprintf("Anomaly Lens service: %s (HTTP %d %s)", e.Message, e.Status, e.Code)
}

// ServiceClient calls the Anomaly Lens service with the data source's key.
type ServiceClient struct {
	BaseURL string
	APIKey  string
	HTTP    *http.Client
}

// Query runs POST /api/v1/query.
func (c *ServiceClient) Query(ctx context.Context, req QueryRequest) (*QueryResponse, error) {
	var out QueryResponse
	if err := c.do(ctx, http.MethodPost, "/api/v1/query", req, true, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Ready runs GET /readyz (no key needed).
func (c *ServiceClient) Ready(ctx context.Context) (*Health, error) {
	var out Health
	if err := c.do(ctx, http.MethodGet, "/readyz", nil, false, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Model runs GET /api/v1/model.
func (c *ServiceClient) Model(ctx context.Context) (*ModelInfo, error) {
	var out ModelInfo
	if err := c.do(ctx, http.MethodGet, "/api/v1/model", nil, true, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// CheckLoki runs POST /api/v1/query/check-loki.
func (c *ServiceClient) CheckLoki(ctx context.Context, loki LokiConnection) (*CheckLokiResponse, error) {
	var out CheckLokiResponse
	if err := c.do(ctx, http.MethodPost, "/api/v1/query/check-loki", map[string]any{"loki": loki}, true, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// maxAnswerBytes bounds what is read of one answer (a lines query of 5,000 long lines is a few MB).
const maxAnswerBytes = 256 << 20

func (c *ServiceClient) do(ctx context.Context, method, path string, body any, auth bool, out any) error {
	var reader io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		reader = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.BaseURL+path, reader)
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if auth && c.APIKey != "" {
		req.Header.Set("Authorization", "Bearer "+c.APIKey)
	}
	res, err := c.HTTP.Do(req)
	if err != nil {
		return fmt.Errorf("Anomaly Lens service at %s is unreachable: %w", c.BaseURL, err)
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(res.Body, maxAnswerBytes))
	if err != nil {
		return fmt.Errorf("reading the Anomaly Lens service's answer to %s: %w", path, err)
	}
	if res.StatusCode < 200 || res.StatusCode > 299 {
		var e struct {
			Error struct {
				Code    string `json:"code"`
				Message string `json:"message"`
			} `json:"error"`
		}
		if json.Unmarshal(raw, &e) == nil && e.Error.Message != "" {
			return &ServiceError{Status: res.StatusCode, Code: e.Error.Code, Message: e.Error.Message}
		}
		// /readyz answers 503 with a Health body; anything else is not the service's error shape.
		if path == "/readyz" {
			var h Health
			if json.Unmarshal(raw, &h) == nil && h.Status != "" {
				return &ServiceError{Status: res.StatusCode, Code: "unavailable", Message: "not ready: " + h.Status}
			}
		}
		return &ServiceError{Status: res.StatusCode, Code: "unexpected", Message: strings.TrimSpace(truncate(string(raw), 300))}
	}
	if err := json.Unmarshal(raw, out); err != nil {
		return fmt.Errorf("the Anomaly Lens service's answer to %s is not what the contract says: %w", path, err)
	}
	return nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// AsServiceError unwraps a *ServiceError.
func AsServiceError(err error) (*ServiceError, bool) {
	var se *ServiceError
	ok := errors.As(err, &se)
	return se, ok
}
