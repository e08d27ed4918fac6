/* Recorded from the shipped bundle through the real service by scripts/record-fixtures.js; do not edit by hand. */
import recorded from '../../tests/fixtures/plugin/modelTemplatesPage2.json';
import type { ModelTemplatesResponse } from '../services/contract';

export const modelTemplatesPage2 = recorded as ModelTemplatesResponse;
