import pluginJson from './plugin.json';

export const PLUGIN_ID = pluginJson.id;
export const PLUGIN_BASE_URL = `/a/${pluginJson.id}`;

export enum ROUTES {
  Explain = 'explain',
  FailureDomains = 'failure-domains',
  Model = 'model',
  Labelling = 'labelling',
}
