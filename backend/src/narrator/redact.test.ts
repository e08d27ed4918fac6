import { buildUserPrompt, maskedLines } from './prompt';
import { redactSecrets } from './redact';
import type { ReasoningEvent } from '../reasoning/types';
import type { Reasoning } from '../contract';

const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqYW5lLmRvZUBleGFtcGxlLmNvbSIsIm5hbWUiOiJKYW5lIERvZSJ9.c2lnbmF0dXJl';

describe('narrator redaction', () => {
  it.each([
    ['login failed password=hunter2 for user', 'password=<SECRET>'],
    ['{"api_key": "sk-live-abcdef", "ok": true}', '"api_key": <SECRET>'],
    ['db_password: s3cr3t retry', 'db_password: <SECRET>'],
    ['Authorization: Bearer abcdefghijklmnop', 'Bearer <SECRET>'],
    [`token ${JWT} expired`, 'token <JWT> expired'],
    ['mail to jane.doe@example.com bounced', 'mail to <EMAIL> bounced'],
    ['GET https://admin:letmein@db.internal/x', 'https://<SECRET>@db.internal/x'],
  ])('%s', (line, expected) => {
    const out = redactSecrets(line);
    expect(out).toContain(expected);
    expect(out).not.toMatch(/hunter2|sk-live|s3cr3t|abcdefghijklmnop|jane\.doe|letmein|eyJzdWIi/);
  });

  it('leaves ordinary text alone and stays linear on hostile input', () => {
    expect(redactSecrets('connection reset by peer after 3 retries')).toBe('connection reset by peer after 3 retries');
    const hostile = [
      `${'password'.repeat(20_000)}=${'a'.repeat(100_000)}@${'b.'.repeat(50_000)}`,
      `eyJ${'eyJ.'.repeat(50_000)}`,
      `x ${'-'.repeat(100_000)}token=`,
      `${'a.'.repeat(50_000)}@${'a'.repeat(100_000)}`,
      `Bearer ${'a'.repeat(200_000)}`,
    ];
    const started = performance.now();
    hostile.forEach(redactSecrets);
    // Unbounded repetitions took 137 s on these; bounded ones take milliseconds. The margin absorbs a loaded CI box.
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('masks the prompt lines (before: password=hunter2, the e-mail and the JWT payload went out) and says what is masked', () => {
    const events = [
      {
        number: 1,
        message: `user jane.doe@example.com password=hunter2 token=${JWT}`,
        level: 'ERROR',
        component: 'auth',
      },
    ] as unknown as ReasoningEvent[];
    const [line] = maskedLines(events);
    expect(line).not.toMatch(/hunter2|jane\.doe|eyJ/);
    const reasoning = {
      summary: { text: 'jane.doe@example.com failed with password=hunter2' },
    } as unknown as Reasoning;
    const prompt = buildUserPrompt(reasoning, events, false);
    expect(prompt).not.toMatch(/hunter2|jane\.doe|eyJ/);
    expect(prompt).toMatch(/masked: .*e-mail addresses, key=value secrets, bearer tokens and JWTs/);
    // Raw text only on the explicit opt-in.
    expect(buildUserPrompt(reasoning, events, true)).toContain('password=hunter2');
  });
});
