import { of } from 'rxjs';
import { getBackendSrv } from '@grafana/runtime';
import { explainHdfs } from '../__fixtures__/explainHdfs';
import { annotationFor, postAnnotation } from './annotations';

jest.mock('@grafana/runtime', () => ({ getBackendSrv: jest.fn() }));

describe('annotations', () => {
  it('spans the sequence with the summary text and domain tags', () => {
    expect(annotationFor(explainHdfs)).toEqual({
      time: 1226263168000,
      timeEnd: 1226263172000,
      text: explainHdfs.reasoning.summary.text,
      tags: ['anomaly-lens', 'storage'],
    });
  });

  it('falls back to the line times when the sequence has none', () => {
    const untimed = { ...explainHdfs, sequence: { ...explainHdfs.sequence, start: null, end: null } };
    expect(annotationFor(untimed, [5000, 2000, 9000])).toMatchObject({ time: 2000, timeEnd: 9000 });
  });

  it('posts to /api/annotations', async () => {
    const fetch = jest.fn(() => of({ data: { id: 7, message: 'Annotation added' } }));
    jest.mocked(getBackendSrv).mockReturnValue({ fetch } as unknown as ReturnType<typeof getBackendSrv>);
    const body = annotationFor(explainHdfs);
    await expect(postAnnotation(body)).resolves.toEqual({ id: 7 });
    expect(fetch).toHaveBeenCalledWith(
      expect.objectContaining({ url: '/api/annotations', method: 'POST', data: body })
    );
  });
});
