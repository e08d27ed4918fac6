import { ModelManager, type LoadedModel } from './models';
import { FakeEngine } from './__fixtures__/fake-engine';

describe('ModelManager.reload', () => {
  it('a waiting reload queues behind one in progress instead of failing (a retrain swap was thrown away)', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let loads = 0;
    const manager = new ModelManager(async (): Promise<LoadedModel> => {
      loads++;
      if (loads === 2) {
        await gate;
      }
      return { engine: new FakeEngine() };
    });
    await manager.start();
    const operator = manager.reload();
    await expect(manager.reload()).rejects.toMatchObject({ status: 409 });
    const swap = manager.reload({ wait: true });
    release();
    await expect(operator).resolves.toMatchObject({ model: expect.any(Object) });
    await expect(swap).resolves.toMatchObject({ model: expect.any(Object) });
    expect(loads).toBe(3);
    await manager.close();
  });
});
