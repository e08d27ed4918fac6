/**
 * The recorded model info with the decision rule /api/v1/model now publishes, taken from the shipped bundle's
 * manifest (models/default): the recorded scores agree with these thresholds (548 of 548 verdicts in
 * scoreHdfs and scoreBgl). Not a recording: the lead's regenerated fixtures will carry the field themselves.
 */
import manifest from '../../models/default/manifest.json';
import type { ModelInfo } from '../services/contract';
import { modelInfo } from './modelInfo';

const byId = new Map(manifest.domains.map((d) => [d.id, d]));

export const modelInfoWithDecision: ModelInfo = {
  ...modelInfo,
  domains: modelInfo.domains.map((d) => {
    const m = byId.get(d.id);
    return m && m.type === 'mixed' ? { ...d, type: 'mixed', threshold: m.threshold } : d;
  }),
  decision: {
    combine: manifest.combine as 'top1' | 'soft',
    softThreshold: manifest.softThreshold,
    quietNovelPrior: manifest.quietNovelPrior,
  },
};
