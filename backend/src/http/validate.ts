/** Request validation against a zod schema: the first issue in the message, up to 20 in the details. */
import type { ZodType } from 'zod';
import { HttpError } from './errors';

export function validate<T>(schema: ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
    const first = issues[0]!;
    throw new HttpError(
      400,
      'validation_failed',
      `invalid ${what}: ${first.path ? `${first.path}: ` : ''}${first.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`,
      { issues: issues.slice(0, 20) }
    );
  }
  return parsed.data;
}
