/**
 * `anomaly-lens reasoning-score --candidates a.jsonl --references b.jsonl`: corpus BLEU-4 (brevity penalty; no
 * smoothing unless --smoothing add-one) and mean ROUGE-1/2/L F-scores of generated reasoning.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { scoreTexts, type BleuSmoothing, type ReasoningScore } from '../../distill/metrics';
import { pairRecords, readTextRecords } from '../../distill/jsonl';
import { CliError, report } from '../output';

interface ReasoningScoreOptions {
  candidates: string;
  references: string;
  smoothing: string;
  json?: boolean;
}

export function registerReasoningScore(program: Command): void {
  program
    .command('reasoning-score')
    .description(
      'BLEU-4 and ROUGE-1/2/L of generated reasoning against references (JSONL: text, output or conversations)'
    )
    .requiredOption('--candidates <file>', 'generated reasoning, one JSON record per line')
    .requiredOption(
      '--references <file>',
      'reference reasoning, one JSON record per line (paired by id, else by position)'
    )
    .option('--smoothing <method>', 'BLEU smoothing: none or add-one (orders 2–4, Lin & Och 2004)', 'none')
    .option('--json', 'print one JSON document')
    .action((opts: ReasoningScoreOptions) => {
      if (opts.smoothing !== 'none' && opts.smoothing !== 'add-one') {
        throw new CliError(`--smoothing must be none or add-one, got "${opts.smoothing}"`);
      }
      for (const [flag, path] of [
        ['--candidates', opts.candidates],
        ['--references', opts.references],
      ]) {
        if (!existsSync(path)) {
          throw new CliError(`${flag} ${path}: no such file`);
        }
      }
      let result: ReasoningScore;
      try {
        const paired = pairRecords(readTextRecords(opts.candidates), readTextRecords(opts.references));
        result = scoreTexts(paired.candidates, paired.references, opts.smoothing as BleuSmoothing);
      } catch (err) {
        throw new CliError((err as Error).message);
      }
      report(opts.json, result, (r) =>
        [
          `Pairs: ${r.pairs} (tokens: ${r.tokenization})`,
          `BLEU-4 (corpus, smoothing ${r.bleu4.smoothing}): ${r.bleu4.bleu.toFixed(4)}  ` +
            `p1..p4 ${r.bleu4.precisions.map((p) => p.toFixed(4)).join(' ')}  BP ${r.bleu4.brevityPenalty.toFixed(4)} ` +
            `(c ${r.bleu4.candidateLength}, r ${r.bleu4.referenceLength})`,
          `ROUGE-1 F ${r.rouge1.f.toFixed(4)}  ROUGE-2 F ${r.rouge2.f.toFixed(4)}  ROUGE-L F ${r.rougeL.f.toFixed(4)}`,
        ].join('\n')
      );
    });
}
