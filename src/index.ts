/**
 * practiceops: the business side of a medical practice as typed, pure modules. The root entry
 * holds the kernel (money, time, errors, results); each domain has its own subpath:
 * `practiceops/rules`, `practiceops/rota`, `practiceops/credentials`, `practiceops/inventory`,
 * `practiceops/budget`, `practiceops/wait-time` and `practiceops/review`.
 *
 * @module practiceops
 */
export * from './core/index.js';
