import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastDemand, forecastError } from '../../src/inventory/index.js';

describe('forecastDemand', () => {
  it('moving average (Heizer & Render, Donna\'s Garden Supply)', () => {
    // Heizer & Render, Operations Management, 3-month moving average of storage shed sales
    // 10, 12, 13, 16, 19, 23, 26: forecasts 11.67 (Apr), 13.67 (May), 16.00 (Jun), 19.33 (Jul).
    const r = forecastDemand([10, 12, 13, 16, 19, 23, 26], { method: 'moving-average', window: 3 });
    expect(r.fitted.slice(0, 3)).toEqual([null, null, null]);
    expect(r.fitted[3]).toBeCloseTo(11.67, 2);
    expect(r.fitted[4]).toBeCloseTo(13.67, 2);
    expect(r.fitted[5]).toBeCloseTo(16.0, 2);
    expect(r.fitted[6]).toBeCloseTo(19.33, 2);
    expect(r.next).toBeCloseTo((19 + 23 + 26) / 3, 12);
  });

  it('simple exponential smoothing and its errors (Heizer & Render, Port of Baltimore)', () => {
    // Heizer & Render: tonnage unloaded 180, 168, 159, 175, 190, 205, 180, 182, initial forecast 175:
    // alpha 0.10: MAD 10.31, MSE 190.8, MAPE 5.59 %; alpha 0.50: MAD 12.33, MSE 195.2, MAPE 6.76 %.
    const tonnage = [180, 168, 159, 175, 190, 205, 180, 182];
    const low = forecastDemand(tonnage, { method: 'exponential-smoothing', alpha: 0.1, initial: 175 });
    expect(low.error.mad).toBeCloseTo(10.31, 2);
    expect(low.error.mse).toBeCloseTo(190.8, 1);
    expect(low.error.mape).toBeCloseTo(5.59, 2);
    expect(low.next).toBeCloseTo(178.6, 1);
    const high = forecastDemand(tonnage, { method: 'exponential-smoothing', alpha: 0.5, initial: 175 });
    expect(high.error.mad).toBeCloseTo(12.33, 2);
    expect(high.error.mse).toBeCloseTo(195.2, 1);
    expect(high.error.mape).toBeCloseTo(6.76, 2);
  });

  it('Holt\'s linear trend (Heizer & Render, Portland manufacturer)', () => {
    // Heizer & Render, trend-adjusted exponential smoothing: alpha 0.2, beta 0.4, F1 = 11, T1 = 2, demand 12, 17, 20, ...:
    // FIT1 = 13.00, FIT2 = 14.72, FIT3 = 17.28.
    const r = forecastDemand([12, 17, 20, 19, 24, 21, 31, 28, 36], { method: 'holt', alpha: 0.2, beta: 0.4, initialLevel: 11, initialTrend: 2 }, 3);
    expect(r.fitted[0]).toBeCloseTo(13, 10);
    expect(r.fitted[1]).toBeCloseTo(14.72, 2);
    expect(r.fitted[2]).toBeCloseTo(17.28, 2);
    expect(r.ahead).toHaveLength(3);
    const a = r.ahead as number[];
    expect((a[2] as number) - (a[1] as number)).toBeCloseTo((a[1] as number) - (a[0] as number), 10);
  });

  it('Croston and SBA on intermittent demand', () => {
    // Croston (1972); Syntetos & Boylan (2005) correction factor 1 - alpha/2.
    // Worked by hand: demand 0,0,5,0,0,0,3 with alpha 0.1: first size 5, first interval 3; then
    // size 0.1*3 + 0.9*5 = 4.8, interval 0.1*4 + 0.9*3 = 3.1; Croston 4.8 / 3.1 = 1.548387.
    const history = [0, 0, 5, 0, 0, 0, 3];
    const c = forecastDemand(history, { method: 'croston', alpha: 0.1, variant: 'croston' });
    expect(c.next).toBeCloseTo(4.8 / 3.1, 12);
    expect(c.fitted[3]).toBeCloseTo(5 / 3, 12);
    const sba = forecastDemand(history, { method: 'croston', alpha: 0.1, variant: 'sba' });
    expect(sba.next).toBeCloseTo(0.95 * (4.8 / 3.1), 12);
  });

  it('Croston is exact on perfectly regular intermittent demand', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 2, max: 10 }), (interval, size, cycles) => {
        const history: number[] = [];
        for (let c = 0; c < cycles; c++) for (let k = 1; k <= interval; k++) history.push(k === interval ? size : 0);
        return Math.abs(forecastDemand(history, { method: 'croston', alpha: 0.2, variant: 'croston' }).next - size / interval) < 1e-9;
      }),
    );
  });

  it('rejects an empty or negative history and a window longer than the history', () => {
    expect(() => forecastDemand([], { method: 'moving-average' })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => forecastDemand([1, -2], { method: 'moving-average', window: 1 })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT', path: [1] }));
    expect(() => forecastDemand([1, 2], { method: 'moving-average', window: 3 })).toThrowError(expect.objectContaining({ code: 'OUT_OF_DOMAIN' }));
    expect(() => forecastDemand([1, 2], { method: 'exponential-smoothing', alpha: 0 })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('forecastError', () => {
  it('computes MAD, RMSE, bias and tracking signal, skipping periods without a forecast', () => {
    const r = forecastError([10, 12, 8, 11], [null, 10, 10, 10]);
    expect(r.count).toBe(3);
    expect(r.mad).toBeCloseTo(5 / 3, 12);
    expect(r.rmse).toBeCloseTo(Math.sqrt(9 / 3), 12);
    expect(r.bias).toBeCloseTo(1 / 3, 12);
    expect(r.trackingSignal).toBeCloseTo(1 / (5 / 3), 12);
  });

  it('rejects series of different lengths', () => {
    expect(() => forecastError([1, 2], [1])).toThrowError(expect.objectContaining({ code: 'CONFLICT' }));
  });
});
