// Read at runtime so that the version has one source: backend/package.json.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const PACKAGE_VERSION: string = require('../package.json').version;
