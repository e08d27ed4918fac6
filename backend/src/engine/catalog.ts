/**
 * What a bundle says about itself without running it: the model card less the device (`bundleInfo`) and its templates, paged
 * (`templatesPage`). The detector answers `info`/`templates` with these; the service's main thread, which never
 * scores, loads only this (`loadCatalog`) instead of a second detector with its own ONNX session.
 */
import type { ModelInfo, ModelTemplatesResponse } from '../contract';
import { loadBundle, type LoadedBundle } from '../bundle/load';
import type { TemplateQuery } from './types';

/** The model card less the device, which is the scorer's (detector or worker pool), not the bundle's. */
export type BundleInfo = Omit<ModelInfo, 'device'>;

export interface BundleCatalog {
  readonly bundle: LoadedBundle;
  info(): BundleInfo;
  templates(query: TemplateQuery): ModelTemplatesResponse;
}

export function bundleInfo(bundle: LoadedBundle): BundleInfo {
  const { manifest } = bundle;
  return {
    id: manifest.id,
    version: manifest.version,
    formatVersion: manifest.formatVersion,
    createdAt: manifest.createdAt,
    domains: manifest.domains.map((d) => ({
      id: d.id,
      description: d.description,
      type: d.type,
      typicalCauses: d.typicalCauses,
      templates: d.templates,
      ...(d.type === 'mixed' ? { threshold: d.threshold } : {}),
    })),
    templates: bundle.templates.length,
    metrics: manifest.metrics,
    decision: {
      combine: manifest.combine,
      softThreshold: bundle.decision.softThreshold,
      quietNovelPrior: bundle.decision.quietNovelPrior,
    },
  };
}

export function templatesPage(bundle: LoadedBundle, query: TemplateQuery): ModelTemplatesResponse {
  const all = bundle.templates.filter((t) => !query.domain || t.domain === query.domain);
  const offset = query.offset ?? 0;
  const limit = query.limit ?? 100;
  return {
    total: all.length,
    offset,
    templates: all.slice(offset, offset + limit).map((t) => {
      const n = t.labelled.anomaly + t.labelled.normal;
      return {
        id: t.id,
        text: t.text,
        domain: t.domain,
        gloss: t.gloss,
        count: t.count,
        anomalyRate: n === 0 ? null : t.labelled.anomaly / n,
      };
    }),
  };
}

/** The bundle read and verified (bundle/load.ts) with no ONNX session: the graph is the detector's to check. */
export function loadCatalog(bundleDir: string): BundleCatalog {
  const bundle = loadBundle(bundleDir);
  const info = bundleInfo(bundle);
  return { bundle, info: () => info, templates: (query) => templatesPage(bundle, query) };
}
