/**
 * Stands in for @grafana/runtime in the browser harness: Grafana's backend answers from the recorded fixtures,
 * so the page runs its real api, Loki and scoring code.
 */
import React from 'react';
import { fakeDataSourceSrv, fakeFetch } from '../../../src/__fixtures__/fakeGrafana';

const fake = fakeFetch();
(window as unknown as { __annotations: unknown[] }).__annotations = fake.annotations;

export const getBackendSrv = () => ({ fetch: fake.fetch });
export const getDataSourceSrv = () => fakeDataSourceSrv();
export const getTemplateSrv = () => ({ replace: (s: string) => s });
export const PluginPage = ({ children }: { children: React.ReactNode }) => <>{children}</>;
export const PanelRenderer = ({ title }: { title: string }) => <div aria-label={title}>{title}</div>;
