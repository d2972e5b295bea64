import type { Finding } from '../../rules/index.js';
import type { ReviewDomain, ReviewFinding, ReviewSection } from '../report.js';

/** What reviewing one domain yields: its findings and its report section. */
export interface DomainReview {
  readonly findings: readonly ReviewFinding[];
  readonly section: ReviewSection;
}

/** Tags the rule engine's findings with their domain. */
export function tagFindings(domain: ReviewDomain, findings: readonly Finding[]): ReviewFinding[] {
  return findings.map((finding) => ({ ...finding, domain, data: { ...finding.data } }) as ReviewFinding);
}

/** Formats a decimal string with thousands separators and two decimals: 12345.5 -> 12,345.50. */
export function formatAmount(amount: string, digits = 2): string {
  const value = Number(amount);
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
