import { describe, expect, it } from 'vitest';
import {
  continuousSchedule,
  createRng,
  createScoreNetwork,
  type DsmBatch,
  dsmLoss,
  NetworkScratch,
  ScoreTrainer,
  shapeCloud,
} from '../../../src/core';

function tinyBatch(seed: number, B: number): DsmBatch {
  const rng = createRng(seed);
  const schedule = continuousSchedule('linear');
  const t = Float64Array.from({ length: B }, () => 0.05 + 0.9 * rng.uniform());
  return {
    x0: rng.fillNormal(new Float64Array(2 * B)),
    eps: rng.fillNormal(new Float64Array(2 * B)),
    t,
    alphaBar: t.map((s) => schedule.alphaBar(s)),
  };
}

describe('the score network', () => {
  it('has the gradient of central finite differences (relative error < 1e-5 on every parameter of a tiny net)', () => {
    const net = createScoreNetwork(4, 3);
    const batch = tinyBatch(4, 5);
    const scratch = new NetworkScratch(4);
    const grad = new Float64Array(net.params.length);
    dsmLoss(net, batch, scratch, grad);
    const h = 1e-5;
    let worst = 0;
    for (let i = 0; i < net.params.length; i++) {
      const keep = net.params[i];
      net.params[i] = keep + h;
      const up = dsmLoss(net, batch, scratch);
      net.params[i] = keep - h;
      const down = dsmLoss(net, batch, scratch);
      net.params[i] = keep;
      const numeric = (up - down) / (2 * h);
      // relative to the gradient's own scale, so parameters with a near-zero derivative do not divide by ~0
      worst = Math.max(
        worst,
        Math.abs(numeric - grad[i]) / Math.max(1e-3, Math.abs(numeric) + Math.abs(grad[i])),
      );
    }
    expect(worst).toBeLessThan(1e-5);
  });

  it('lowers the loss on a fixed batch with Adam, and is deterministic by seed', () => {
    const data = shapeCloud('twoMoons', 100, createRng(1));
    const schedule = continuousSchedule('linear');
    const make = (seed: number) =>
      new ScoreTrainer({ data, sigma0: 0.08, schedule, hidden: 16, seed, batchSize: 32 });
    const a = make(7);
    const b = make(7);
    const c = make(8);
    const batch = tinyBatch(9, 64);
    const scratch = new NetworkScratch(16);
    const before = dsmLoss(a.net, batch, scratch);
    a.train(300);
    b.train(100);
    b.train(200);
    c.train(300);
    expect(dsmLoss(a.net, batch, scratch)).toBeLessThan(0.8 * before);
    expect(Array.from(b.net.params)).toEqual(Array.from(a.net.params));
    expect(Array.from(c.net.params)).not.toEqual(Array.from(a.net.params));
  });
});
