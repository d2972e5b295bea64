import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The Curtois & Qu data folder, `../shared/data/rostering/curtois-qu/` next to the repository. */
export const CURTOIS_DIR = fileURLToPath(new URL('../../../../shared/data/rostering/curtois-qu/', import.meta.url));

/** Whether the benchmark data is at hand (the tests that need it are skipped, loudly, when it is not). */
export const HAS_CURTOIS = existsSync(`${CURTOIS_DIR}Instance1.txt`);

/** Reads a file of the benchmark folder. */
export function readCurtois(name: string): string {
  return readFileSync(`${CURTOIS_DIR}${name}`, 'utf8');
}
