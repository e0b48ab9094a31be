import { PeriodicJob } from './periodic-job';

// The sweepers' timer: runs at once and then on its interval, never two runs at a time, and a
// failed run is reported and does not stop the next one.

describe('a periodic job', () => {
  it('runs at once, never twice at the same time, and stop waits for the run in progress', async () => {
    let runs = 0;
    let release: () => void = () => {};
    const job = new PeriodicJob(
      5,
      () => {
        runs++;
        return new Promise<void>((resolve) => (release = resolve));
      },
      () => {},
    );
    job.start();
    expect(runs).toBe(1);
    await new Promise((r) => setTimeout(r, 40));
    expect(runs).toBe(1); // still the first run: the intervals that passed started nothing
    let stopped = false;
    const stopping = job.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(stopped).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(runs).toBe(1);
  });

  it('hands a failed run to onError and runs again at the next interval', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const job = new PeriodicJob(
      5,
      async () => {
        runs++;
        if (runs === 1) throw new Error('database down');
      },
      (error) => errors.push(error),
    );
    job.start();
    await new Promise((r) => setTimeout(r, 40));
    await job.stop();
    expect(errors).toEqual([new Error('database down')]);
    expect(runs).toBeGreaterThan(1);
  });
});
