/**
 * The review domain of practiceops (being built: this subpath resolves and grows as the domain lands).
 *
 * @module review
 */
export {};
