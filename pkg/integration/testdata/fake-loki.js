// A Loki-protocol server for the Go integration test: the repository's FakeLoki (backend/src/loki/testing), which
// replays the recorded Loki responses (tests/fixtures/loki, a copy of ../shared/loki-fixtures) for the requests they
// were recorded for and answers other queries from memory in the recorded shape. It is seeded like those recordings:
// lines 501-800 of the demo's BGL sample (provisioning/demo-logs/bgl.txt: normal lines and KERNTERM alerts) as {job="bgl",system="bluegene"}, one second apart from argv[2] (ms), the
// Loghub label column removed (lines as the nodes wrote them). Prints {"url"} and lives until stdin closes.
const { readFileSync } = require('node:fs');
const path = require('node:path');
const root = path.resolve(__dirname, '../../..');
const { FakeLoki } = require(path.join(root, 'backend/dist/loki/testing/fake-loki.js'));

const startMs = Number(process.argv[2]);
const raw = readFileSync(path.join(root, 'provisioning/demo-logs/bgl.txt'), 'utf8').split('\n').slice(500, 800);
const loki = new FakeLoki([
  {
    method: 'GET',
    path: '/loki/api/v1/query_range',
    params: { query: '{job="bgl"' },
    fixture: 'query_range_bad_logql.txt',
  },
  { method: 'GET', path: '/loki/api/v1/labels', fixture: 'labels.json' },
]);
loki.add(
  { job: 'bgl', system: 'bluegene' },
  raw.map((line, i) => ({ ts: `${startMs + i * 1000}000000`, line: line.replace(/^\S+\s/, '') }))
);
loki.start().then((url) => process.stdout.write(`${JSON.stringify({ url, lines: raw.length })}\n`));
process.stdin.on('end', () => loki.stop().then(() => process.exit(0)));
process.stdin.resume();
