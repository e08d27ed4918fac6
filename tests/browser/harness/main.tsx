/**
 * Browser harness: mounts the Explain page or the Explain anomaly panel with Grafana's theme and recorded data.
 * Views: #explain, #explain-10k (10,000 synthetic lines), #panel; ?theme=light for the light theme.
 */
import React from 'react';
import { createRoot } from 'react-dom/client';
import { MemoryRouter } from 'react-router-dom';
import {
  createTheme,
  dataFrameFromJSON,
  getDefaultTimeRange,
  LoadingState,
  ThemeContext,
  type PanelProps,
} from '@grafana/data';
import { GlobalStyles, PanelChrome } from '@grafana/ui';
import { hdfsLokiRows } from '../../../src/__fixtures__/hdfsLokiRows';
import { lokiFrameJSON } from '../../../src/__fixtures__/lokiFrames';
import { ExplainPage } from '../../../src/components/Explain/ExplainPage';
import { ExplainPanel } from '../../../src/panel/ExplainPanel';
import { DEFAULT_PANEL_OPTIONS, type ExplainPanelOptions } from '../../../src/panel/types';

const mode = new URLSearchParams(window.location.search).get('theme') === 'light' ? 'light' : 'dark';
const theme = createTheme({ colors: { mode } });
const view = window.location.hash.slice(1) || 'explain';

const HDFS = `ds=loki&query=${encodeURIComponent('{job="hdfs"}')}&from=1226260000000&to=1226270000000`;
const SYNTHETIC = 'ds=loki&query=synthetic:10000&from=1117838000000&to=1117900000000&maxLines=10000';

function Panel() {
  const props = {
    id: 1,
    data: {
      state: LoadingState.Done,
      series: [dataFrameFromJSON(lokiFrameJSON(hdfsLokiRows))],
      timeRange: getDefaultTimeRange(),
    },
    options: { ...DEFAULT_PANEL_OPTIONS, anomaliesOnly: false },
    width: 1000,
    height: 420,
    timeZone: 'utc',
  } as unknown as PanelProps<ExplainPanelOptions>;
  return (
    <div style={{ width: 1020, height: 470 }}>
      <PanelChrome title="HDFS: explain anomaly" width={1020} height={470}>
        {(w, h) => <ExplainPanel {...props} width={w} height={h} />}
      </PanelChrome>
    </div>
  );
}

function Harness() {
  return (
    <ThemeContext.Provider value={theme}>
      <GlobalStyles />
      <main style={{ padding: 16, background: theme.colors.background.canvas, minHeight: '100vh' }}>
        {view === 'panel' ? (
          <Panel />
        ) : (
          <MemoryRouter
            initialEntries={[`/a/anomalylens-explain-app/explain?${view === 'explain-10k' ? SYNTHETIC : HDFS}`]}
          >
            <h1 style={{ fontSize: 22 }}>Explain</h1>
            <ExplainPage listHeight={view === 'explain-10k' ? 600 : 520} />
          </MemoryRouter>
        )}
      </main>
    </ThemeContext.Provider>
  );
}

performance.mark('harness-start');
createRoot(document.getElementById('root')!).render(<Harness />);
