export const testIds = {
  appConfig: {
    apiKey: 'data-testid ac-api-key',
    serviceUrl: 'data-testid ac-api-url',
    submit: 'data-testid ac-submit-form',
  },
};
