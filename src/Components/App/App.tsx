import React, { Suspense, lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import type { AppRootProps } from '@grafana/data';
import { PluginPage } from '@grafana/runtime';
import { Alert, LoadingPlaceholder, TextLink } from '@grafana/ui';
import { PLUGIN_ID, ROUTES } from '../../constants';

interface AppSettings {
  serviceUrl?: string;
}

// Each page is its own chunk: opening Explain does not load the Model page.
const ExplainPage = lazy(() => import('../Explain/ExplainPage'));
const FailureDomainsPage = lazy(() => import('../FailureDomains/FailureDomainsPage'));
const ModelPage = lazy(() => import('../Model/ModelPage'));
const LabellingPage = lazy(() => import('../Labelling/LabellingPage'));

function PageFrame({ children, configured }: { children: React.ReactNode; configured: boolean }) {
  return (
    <PluginPage>
      {!configured && (
        <Alert severity="warning" title="Anomaly Lens is not configured">
          Set the service URL and API key on the{' '}
          <TextLink href={`/plugins/${PLUGIN_ID}`} inline>
            configuration page
          </TextLink>
          ; until then every request to the service fails.
        </Alert>
      )}
      <Suspense fallback={<LoadingPlaceholder text="Loading…" />}>{children}</Suspense>
    </PluginPage>
  );
}

function App({ meta }: AppRootProps<AppSettings>) {
  const configured = Boolean(meta?.jsonData?.serviceUrl);
  return (
    <Routes>
      <Route
        path={`${ROUTES.Explain}/*`}
        element={
          <PageFrame configured={configured}>
            <ExplainPage />
          </PageFrame>
        }
      />
      <Route
        path={`${ROUTES.FailureDomains}/*`}
        element={
          <PageFrame configured={configured}>
            <FailureDomainsPage />
          </PageFrame>
        }
      />
      <Route
        path={`${ROUTES.Model}/*`}
        element={
          <PageFrame configured={configured}>
            <ModelPage />
          </PageFrame>
        }
      />
      <Route
        path={`${ROUTES.Labelling}/*`}
        element={
          <PageFrame configured={configured}>
            <LabellingPage />
          </PageFrame>
        }
      />
      <Route path="*" element={<Navigate to={ROUTES.Explain} replace />} />
    </Routes>
  );
}

export default App;
