export const testIds = {
  appConfig: {
    apiKey: 'data-testid ac-api-key',
    adminKey: 'data-testid ac-admin-key',
    serviceUrl: 'data-testid ac-api-url',
    submit: 'data-testid ac-submit-form',
    test: 'data-testid ac-test-connection',
    testResult: 'data-testid ac-test-result',
  },
  explain: {
    lines: 'data-testid al-lines',
    summary: 'data-testid al-summary',
    reasoning: 'data-testid al-reasoning',
    run: 'data-testid al-run',
    query: 'data-testid al-query',
  },
};
