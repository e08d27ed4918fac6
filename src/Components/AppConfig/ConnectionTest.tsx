/** "Test connection": /readyz and /api/v1/model through the app's proxy route, with the saved settings. */
import React, { useState } from 'react';
import { Alert, Button, Stack } from '@grafana/ui';
import { createApiClient, type ApiClient } from '../../services/api';
import type { HealthResponse, ModelInfo } from '../../services/contract';
import { toServiceError, type ServiceError } from '../../services/errors';
import { domainTitle } from '../Domain/DomainChip';
import { testIds } from '../testIds';

type Result =
  | { status: 'idle' }
  | { status: 'testing' }
  | { status: 'ok'; health: HealthResponse; model: ModelInfo }
  | { status: 'error'; step: string; error: ServiceError };

export function ConnectionTest({ client = createApiClient(), disabled }: { client?: ApiClient; disabled?: boolean }) {
  const [result, setResult] = useState<Result>({ status: 'idle' });

  const run = async () => {
    setResult({ status: 'testing' });
    let health: HealthResponse;
    try {
      health = await client.readyz();
    } catch (e) {
      setResult({ status: 'error', step: 'Readiness check (/readyz)', error: toServiceError(e, 'checking readiness') });
      return;
    }
    try {
      setResult({ status: 'ok', health, model: await client.model() });
    } catch (e) {
      setResult({ status: 'error', step: 'Model (/api/v1/model)', error: toServiceError(e, 'reading the model') });
    }
  };

  return (
    <Stack direction="column" gap={1}>
      <div>
        <Button
          variant="secondary"
          icon={result.status === 'testing' ? 'spinner' : 'heart-rate'}
          onClick={run}
          disabled={disabled || result.status === 'testing'}
          data-testid={testIds.appConfig.test}
          type="button"
        >
          Test connection
        </Button>
      </div>
      <div data-testid={testIds.appConfig.testResult} aria-live="polite">
        {result.status === 'ok' && (
          <Alert severity="success" title={`Connected: model ${result.model.id} ${result.model.version}`}>
            Ready on {result.model.device.toUpperCase()}, {result.model.templates.toLocaleString()} templates, domains:{' '}
            {result.model.domains.map((d) => domainTitle(d.id)).join(', ')}. Created {result.model.createdAt}.
          </Alert>
        )}
        {result.status === 'error' && (
          <Alert severity="error" title={`${result.step} failed: ${result.error.title}`}>
            {result.error.message}
          </Alert>
        )}
      </div>
    </Stack>
  );
}
