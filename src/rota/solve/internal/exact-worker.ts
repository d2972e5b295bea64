/**
 * Source of the worker thread that runs HiGHS (CommonJS, evaluated with `eval: true` so it needs
 * no separate file in the build). It loads `highs` from the path resolved by the caller and keeps
 * the model it was started with; each `solve` message solves that model (with the column bounds
 * the message gives, if any) from its warm start, posts incumbents as they improve and the result.
 */
export const EXACT_WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const loaderModule = require(workerData.highsPath);
const loader = typeof loaderModule === 'function' ? loaderModule : loaderModule.default;
const ready = loader();
const solve = (highs, job) => {
  const data = job.colLower ? Object.assign({}, workerData.model, { colLower: job.colLower, colUpper: job.colUpper }) : workerData.model;
  const model = highs.createModel(data);
  try {
    model.options.set({ time_limit: job.timeLimitSeconds, mip_rel_gap: job.relGap, output_flag: false, random_seed: job.seed });
    if (job.start) {
      try { model.setSolution({ colValue: job.start }); } catch (e) { /* a start HiGHS rejects is ignored */ }
    }
    const callbacks = {};
    const improving = highs.constants && highs.constants.callbackType ? highs.constants.callbackType.mipImprovingSolution : 4;
    callbacks[improving] = (event) => {
      parentPort.postMessage({ kind: 'incumbent', objective: event.data.objective_function_value, bound: event.data.mip_dual_bound, gap: event.data.mip_gap, elapsed: event.data.running_time });
      return undefined;
    };
    const result = model.run(callbacks);
    let bound = NaN, gap = NaN;
    try { bound = Number(model.info.get('mip_dual_bound')); } catch (e) {}
    try { gap = Number(model.info.get('mip_gap')); } catch (e) {}
    let colValue = null, objective = NaN;
    try { colValue = model.getSolution().colValue; objective = model.getObjectiveValue(); } catch (e) {}
    parentPort.postMessage({ kind: 'done', status: result.modelStatus, objective, bound, gap, colValue });
  } finally {
    model.dispose();
  }
};
parentPort.on('message', (job) => {
  ready.then((highs) => solve(highs, job)).catch((error) => parentPort.postMessage({ kind: 'error', message: String((error && error.stack) || error) }));
});
`;
