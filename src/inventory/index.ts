/**
 * The inventory domain of practiceops (being built: this subpath resolves and grows as the domain lands).
 *
 * @module inventory
 */
export {};
