/** zod schemas of the Loki HTTP API responses the client reads (Loki 2.x and 3.x shapes). */
import { z } from 'zod';

const NsString = z.string().regex(/^\d{1,19}$/, 'must be a nanosecond epoch as a decimal string');
const StringMap = z.record(z.string(), z.string());

/**
 * Third element of a value, present in Loki 3 when the request sends `X-Loki-Response-Encoding-Flags:
 * categorize-labels`: `{structuredMetadata?, parsed?}`. Older 3.x builds sent a flat metadata map; accept both.
 */
const CategorizedLabels = z.union([
  z.object({ structuredMetadata: StringMap.optional(), parsed: StringMap.optional() }).strict(),
  StringMap,
]);

export const StreamValueSchema = z.union([
  z.tuple([NsString, z.string()]),
  z.tuple([NsString, z.string(), CategorizedLabels]),
]);

export const StreamResultSchema = z.object({
  stream: StringMap,
  values: z.array(StreamValueSchema),
});

export const MatrixResultSchema = z.object({
  metric: StringMap,
  values: z.array(z.tuple([z.number(), z.string()])),
});

export const QueryRangeResponseSchema = z.object({
  status: z.literal('success'),
  data: z.discriminatedUnion('resultType', [
    z.object({
      resultType: z.literal('streams'),
      result: z.array(StreamResultSchema),
      encodingFlags: z.array(z.string()).optional(),
      stats: z.unknown().optional(),
    }),
    z.object({
      resultType: z.literal('matrix'),
      result: z.array(MatrixResultSchema),
      stats: z.unknown().optional(),
    }),
  ]),
});

export const LabelsResponseSchema = z.object({ status: z.literal('success'), data: z.array(z.string()) });
export const SeriesResponseSchema = z.object({ status: z.literal('success'), data: z.array(StringMap) });

export type StreamValue = z.infer<typeof StreamValueSchema>;
export type StreamResult = z.infer<typeof StreamResultSchema>;
export type MatrixResult = z.infer<typeof MatrixResultSchema>;
export type QueryRangeResponse = z.infer<typeof QueryRangeResponseSchema>;
