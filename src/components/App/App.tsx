import React, { Suspense, lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import type { AppRootProps } from '@grafana/data';
import { PluginPage } from '@grafana/runtime';
import { LoadingPlaceholder } from '@grafana/ui';
import { ROUTES } from '../../constants';

// Each page is its own chunk: opening Explain does not load the Model page.
const ExplainPage = lazy(() => import('../Explain/ExplainPage'));
const FailureDomainsPage = lazy(() => import('../FailureDomains/FailureDomainsPage'));
const ModelPage = lazy(() => import('../Model/ModelPage'));

function Page({ children }: { children: React.ReactNode }) {
  return (
    <PluginPage>
      <Suspense fallback={<LoadingPlaceholder text="Loading…" />}>{children}</Suspense>
    </PluginPage>
  );
}

function App(_props: AppRootProps) {
  return (
    <Routes>
      <Route
        path={`${ROUTES.Explain}/*`}
        element={
          <Page>
            <ExplainPage />
          </Page>
        }
      />
      <Route
        path={`${ROUTES.FailureDomains}/*`}
        element={
          <Page>
            <FailureDomainsPage />
          </Page>
        }
      />
      <Route
        path={`${ROUTES.Model}/*`}
        element={
          <Page>
            <ModelPage />
          </Page>
        }
      />
      <Route path="*" element={<Navigate to={ROUTES.Explain} replace />} />
    </Routes>
  );
}

export default App;
