import React, { Suspense, lazy } from 'react';
import { AppPlugin, PluginExtensionPoints, type AppRootProps } from '@grafana/data';
import { LoadingPlaceholder } from '@grafana/ui';
import type { AppConfigProps } from './Components/AppConfig/AppConfig';
import { PLUGIN_BASE_URL } from './constants';
import { explainPathFromExplore, type ExploreLinkContext } from './services/exploreLink';

const LazyApp = lazy(() => import('./Components/App/App'));
const LazyAppConfig = lazy(() => import('./Components/AppConfig/AppConfig'));

const App = (props: AppRootProps) => (
  <Suspense fallback={<LoadingPlaceholder text="" />}>
    <LazyApp {...props} />
  </Suspense>
);

const AppConfig = (props: AppConfigProps) => (
  <Suspense fallback={<LoadingPlaceholder text="" />}>
    <LazyAppConfig {...props} />
  </Suspense>
);

export const plugin = new AppPlugin<{}>()
  .setRootPage(App)
  .addConfigPage({
    title: 'Configuration',
    icon: 'cog',
    body: AppConfig,
    id: 'configuration',
  })
  // Declared in plugin.json extensions.addedLinks; shown in Explore's "Add" menu for Loki queries only.
  .addLink<ExploreLinkContext>({
    targets: [PluginExtensionPoints.ExploreToolbarAction],
    title: 'Explain anomalies',
    description:
      'Open the Loki query and time range in Anomaly Lens: per-line verdicts and the reasoning of anomalous sequences',
    icon: 'bolt',
    path: `${PLUGIN_BASE_URL}/explain`,
    configure: (context) => {
      const path = explainPathFromExplore(context, PLUGIN_BASE_URL);
      return path ? { path } : undefined;
    },
  });
