import { z } from 'zod';
import { issueList, issuePath, issueText, issueTexts } from './zod-issues';

const schema = z.object({ domains: z.array(z.object({ patterns: z.array(z.string()) })), name: z.string() });

function issuesOf(value: unknown) {
  const parsed = schema.safeParse(value);
  if (parsed.success) {
    throw new Error('expected a failure');
  }
  return parsed.error.issues;
}

describe('issuePath', () => {
  it('dots every key by default and indexes numbers in the indexed style', () => {
    expect(issuePath(['domains', 2, 'patterns', 0])).toBe('domains.2.patterns.0');
    expect(issuePath(['domains', 2, 'patterns', 0], 'indexed')).toBe('domains[2].patterns[0]');
    expect(issuePath([0, 'name'], 'indexed')).toBe('[0].name');
  });

  it('is empty at the root', () => {
    expect(issuePath([])).toBe('');
    expect(issuePath([], 'indexed')).toBe('');
  });
});

describe('issueText', () => {
  it('prints path: message, naming the root as asked', () => {
    expect(issueText({ path: ['a', 1], message: 'bad' })).toBe('a.1: bad');
    expect(issueText({ path: [], message: 'bad' })).toBe('(root): bad');
    expect(issueText({ path: [], message: 'bad' }, { root: 'record' })).toBe('record: bad');
    expect(issueText({ path: [], message: 'bad' }, { root: null })).toBe('bad');
    expect(issueText({ path: ['a'], message: 'bad' }, { root: null })).toBe('a: bad');
  });
});

describe('issueTexts / issueList', () => {
  const issues = issuesOf({ domains: [{ patterns: [1] }], name: 3 });

  it('formats real zod issues, limited when asked', () => {
    expect(issueTexts(issues, { style: 'indexed' })).toEqual([
      'domains[0].patterns[0]: Invalid input: expected string, received number',
      'name: Invalid input: expected string, received number',
    ]);
    expect(issueTexts(issues, { limit: 1 })).toHaveLength(1);
  });

  it('lists { path, message } with dotted paths', () => {
    expect(issueList(issues)[0]).toEqual({
      path: 'domains.0.patterns.0',
      message: 'Invalid input: expected string, received number',
    });
  });
});
