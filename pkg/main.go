// Command gpx_anomalylens_verdict_datasource is the backend of the anomalylens-verdict-datasource data source:
// Grafana starts it (go-plugin handshake over gRPC) and calls it for health checks, server-side queries and alert
// rule evaluations.
package main

import (
	"os"

	"github.com/grafana/grafana-plugin-sdk-go/backend/datasource"
	"github.com/grafana/grafana-plugin-sdk-go/backend/log"

	"github.com/anomalylens/anomalylens-explain-app/pkg/plugin"
)

func main() {
	if err := datasource.Manage(plugin.PluginID, plugin.NewDatasource, datasource.ManageOpts{}); err != nil {
		log.DefaultLogger.Error(err.Error())
		os.Exit(1)
	}
}
