// force timezone to UTC to allow tests to work regardless of local timezone
// generally used by snapshots, but can affect specific tests
process.env.TZ = 'UTC';

const { grafanaESModules, nodeModulesToTransform } = require('./.config/jest/utils');
const base = require('./.config/jest.config');

const plugin = {
  // Jest configuration provided by Grafana scaffolding
  ...base,
  displayName: 'plugin',
  // @grafana/* 13.1 pulls in d3 and friends as ESM `.mjs` files: transform those too.
  transform: {
    ...base.transform,
    '^.+\\.mjs$': base.transform['^.+\\.(t|j)sx?$'],
  },
  transformIgnorePatterns: [nodeModulesToTransform([...grafanaESModules, 'marked-mangle', 'ol-mapbox-style'])],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'mjs', 'json'],
};

// The repository's Node scripts and benches' pure helpers (release zip, quality report), tested beside them in
// Node, without the browser setup.
const scripts = {
  displayName: 'scripts',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/bench/**/*.test.js', '<rootDir>/scripts/**/*.test.js'],
  transform: base.transform,
};

module.exports = { projects: [plugin, scripts] };
