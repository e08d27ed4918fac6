/**
 * Browser harness: mounts each app page or the Explain anomaly panel with Grafana's theme and recorded data.
 * Views: #explain, #explain-patterns, #explain-fields, #explain-incidents, #explain-bgl, #explain-10k (10,000 synthetic lines),
 * #failure-domains, #model, #labelling, #panel; ?theme=light for the light theme.
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
import { ExplainPage } from '../../../src/Components/Explain/ExplainPage';
import { FailureDomainsPage } from '../../../src/Components/FailureDomains/FailureDomainsPage';
import { LabellingPage } from '../../../src/Components/Labelling/LabellingPage';
import { ModelPage } from '../../../src/Components/Model/ModelPage';
import { ExplainPanel } from '../../../src/panel/ExplainPanel';
import { DEFAULT_PANEL_OPTIONS, type ExplainPanelOptions } from '../../../src/panel/types';

const mode = new URLSearchParams(window.location.search).get('theme') === 'light' ? 'light' : 'dark';
const theme = createTheme({ colors: { mode } });
const view = window.location.hash.slice(1) || 'explain';

// The recorded HDFS rows span 9–10 November 2008.
const HDFS = `ds=loki&query=${encodeURIComponent('{job="hdfs"}')}&from=1226262000000&to=1226315000000`;
const SYNTHETIC = 'ds=loki&query=synthetic:10000&from=1117838000000&to=1117900000000&maxLines=10000';
// The recorded BGL rows span 3–25 June 2005.
const BGL = `ds=loki&query=${encodeURIComponent('{job="bgl"}')}&from=1117838000000&to=1119716000000`;

const PAGES: Record<string, { title: string; route: string; search: string; render: () => React.ReactNode }> = {
  explain: { title: 'Explain', route: 'explain', search: HDFS, render: () => <ExplainPage listHeight={520} /> },
  'explain-patterns': {
    title: 'Explain',
    route: 'explain',
    search: `${BGL}&tab=patterns`,
    render: () => <ExplainPage listHeight={520} />,
  },
  'explain-fields': {
    title: 'Explain',
    route: 'explain',
    search: `${BGL}&tab=fields`,
    render: () => <ExplainPage listHeight={520} />,
  },
  'explain-incidents': {
    title: 'Explain',
    route: 'explain',
    search: `${HDFS}&tab=incidents`,
    render: () => <ExplainPage listHeight={520} />,
  },
  'explain-bgl': { title: 'Explain', route: 'explain', search: BGL, render: () => <ExplainPage listHeight={520} /> },
  'explain-10k': {
    title: 'Explain',
    route: 'explain',
    search: SYNTHETIC,
    render: () => <ExplainPage listHeight={600} />,
  },
  'failure-domains': {
    title: 'Failure domains',
    route: 'failure-domains',
    search: BGL,
    render: () => <FailureDomainsPage chartWidth={1360} />,
  },
  model: { title: 'Model', route: 'model', search: '', render: () => <ModelPage /> },
  labelling: { title: 'Labelling', route: 'labelling', search: BGL, render: () => <LabellingPage /> },
};

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
          <MemoryRouter initialEntries={[`/a/anomalylens-explain-app/${PAGES[view].route}?${PAGES[view].search}`]}>
            <h1 style={{ fontSize: 22 }}>{PAGES[view].title}</h1>
            {PAGES[view].render()}
          </MemoryRouter>
        )}
      </main>
    </ThemeContext.Provider>
  );
}

performance.mark('harness-start');
createRoot(document.getElementById('root')!).render(<Harness />);
