/**
 * The wait-time domain of practiceops (being built: this subpath resolves and grows as the domain lands).
 *
 * @module wait-time
 */
export {};
