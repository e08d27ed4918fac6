// Read at runtime so that the version has one source: backend/package.json.
export const PACKAGE_VERSION: string = require('../package.json').version;
