/**
 * The inference service's contract, imported from its single definition in the backend workspace.
 * Types are erased at build time; the schemas (plain zod) validate service responses in the browser.
 */
export * from '@anomalylens/backend/contract';
