/**
 * Child process of durability.test.ts: observes lines into a store in BASELINE_DIR as fast as it can, flushing
 * every 50 ms, and after each flush prints how many lines had been observed when it committed. Test support only.
 */
import { BaselineStore } from '../store';

const store = BaselineStore.open(process.env.BASELINE_DIR!, { flushMs: 0 });
let observed = 0;
const t0 = Date.UTC(2026, 0, 5);
setInterval(() => {
  store.flush(Infinity);
  process.stdout.write(`${JSON.stringify({ flushed: observed })}\n`);
}, 50);
setInterval(() => {
  for (let i = 0; i < 500; i++) {
    store.observe(
      'job=x',
      { job: 'x' },
      { id: `t${observed % 7}`, text: `t ${observed % 7}` },
      t0 + observed * 1000,
      1
    );
    observed++;
  }
}, 1);
