import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PluginExtensionPoints } from '@grafana/data';
import { plugin } from './module';
import { PLUGIN_BASE_URL, ROUTES } from './constants';

jest.mock('@grafana/runtime', () => ({}));

const read = (p: string) => JSON.parse(readFileSync(join(__dirname, p), 'utf8'));
const app = read('plugin.json');

describe('plugin.json', () => {
  it('declares every nested plugin it ships, with matching ids and types', () => {
    const nested = app.includes.filter((i: { type: string }) => i.type === 'panel' || i.type === 'datasource');
    expect(nested.map((i: { path: string }) => i.path).sort()).toEqual(['datasource/plugin.json', 'panel/plugin.json']);
    for (const inc of nested) {
      expect(existsSync(join(__dirname, inc.path))).toBe(true);
      const meta = read(inc.path);
      expect(meta.type).toBe(inc.type);
      expect(meta.name).toBe(inc.name);
    }
    expect(read('panel/plugin.json').id).toBe('anomalylens-explain-panel');
    expect(read('datasource/plugin.json')).toMatchObject({
      id: 'anomalylens-verdict-datasource',
      // Alert rules need a backend data source: the Go binary scripts/build-go.sh builds from pkg/.
      backend: true,
      alerting: true,
      executable: 'gpx_anomalylens_verdict_datasource',
    });
  });

  it('has a nav page for every route', () => {
    const pages = app.includes.filter((i: { type: string }) => i.type === 'page').map((i: { path: string }) => i.path);
    for (const route of Object.values(ROUTES)) {
      expect(pages).toContain(`/a/%PLUGIN_ID%/${route}`);
    }
  });

  it('declares exactly the links module.tsx registers', () => {
    const registered = plugin.addedLinkConfigs.map((l) => ({
      targets: l.targets,
      title: l.title,
      description: l.description,
    }));
    expect(registered).toEqual(app.extensions.addedLinks);
    expect(registered[0].targets).toEqual([PluginExtensionPoints.ExploreToolbarAction]);
    expect(plugin.addedLinkConfigs[0].path).toBe(`${PLUGIN_BASE_URL}/explain`);
  });

  it('reaches the service only through proxy routes that inject the key', () => {
    const bearer = { name: 'Authorization', content: 'Bearer {{ .SecureJsonData.apiKey }}' };
    // Each route states its role (a route's header replaces one the browser sent); reload, rollback and retrain
    // also carry the admin key the service asks for on those routes.
    const role = (r: string) => ({ name: 'X-Anomaly-Lens-Role', content: r });
    const adminKey = { name: 'X-Anomaly-Lens-Admin-Key', content: '{{ .SecureJsonData.adminKey }}' };
    const key = [bearer, role('Viewer')];
    expect(read('datasource/plugin.json').routes).toEqual([
      expect.objectContaining({ path: 'api', url: '{{ .JsonData.serviceUrl }}', headers: key }),
    ]);
    // Retraining needs an Editor and reload/rollback an Admin; the specific routes come first because Grafana
    // proxies through the first route whose path prefixes the request.
    expect(app.routes).toEqual([
      expect.objectContaining({
        path: 'api/api/v1/retrain',
        url: '{{ .JsonData.serviceUrl }}/api/v1/retrain',
        reqRole: 'Editor',
        headers: [bearer, role('Editor'), adminKey],
      }),
      expect.objectContaining({
        path: 'api/api/v1/admin',
        url: '{{ .JsonData.serviceUrl }}/api/v1/admin',
        reqRole: 'Admin',
        headers: [bearer, role('Admin'), adminKey],
      }),
      expect.objectContaining({ path: 'api', url: '{{ .JsonData.serviceUrl }}', reqRole: 'Viewer', headers: key }),
    ]);
  });
});
