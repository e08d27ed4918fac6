export * from './contract';
export { buildOpenApiDocument } from './api/openapi';
