import type { Account } from './schemas.js';

/**
 * A starter chart of accounts laid out like the cost and revenue categories that medical practices
 * report to MGMA's cost survey: support staff, general operating costs (information technology,
 * medical and surgical supplies, building and occupancy, malpractice insurance...), provider cost,
 * and medical revenue. Use it as is, or as a model for a practice's own chart.
 *
 * @example
 * ```ts
 * const budget = parseBudget({ name: 'FY2026', currency: 'USD', fiscalYearStart: '2026-01-01', accounts: MGMA_CHART_OF_ACCOUNTS, lines: [] });
 * ```
 * @category Budget
 */
export const MGMA_CHART_OF_ACCOUNTS: readonly Account[] = Object.freeze([
  { id: 'medical-revenue', name: 'Total medical revenue', kind: 'revenue', category: 'revenue' },
  { id: 'fee-for-service-revenue', name: 'Fee-for-service revenue', kind: 'revenue', parent: 'medical-revenue', category: 'revenue' },
  { id: 'capitation-revenue', name: 'Capitation revenue', kind: 'revenue', parent: 'medical-revenue', category: 'revenue' },
  { id: 'other-medical-revenue', name: 'Other medical revenue', kind: 'revenue', parent: 'medical-revenue', category: 'revenue' },
  { id: 'operating-cost', name: 'Total operating cost', kind: 'cost', category: 'operating-cost' },
  { id: 'support-staff', name: 'Support staff cost', kind: 'cost', parent: 'operating-cost', category: 'support-staff' },
  { id: 'support-staff-salaries', name: 'Support staff salaries', kind: 'cost', parent: 'support-staff', category: 'support-staff' },
  { id: 'support-staff-benefits', name: 'Support staff benefits', kind: 'cost', parent: 'support-staff', category: 'support-staff' },
  { id: 'general-operating', name: 'General operating cost', kind: 'cost', parent: 'operating-cost', category: 'general-operating' },
  { id: 'information-technology', name: 'Information technology', kind: 'cost', parent: 'general-operating', category: 'information-technology' },
  { id: 'medical-surgical-supplies', name: 'Medical and surgical supplies', kind: 'cost', parent: 'general-operating', category: 'medical-surgical-supplies' },
  { id: 'drug-supplies', name: 'Drug supplies', kind: 'cost', parent: 'general-operating', category: 'drug-supplies' },
  { id: 'building-occupancy', name: 'Building and occupancy', kind: 'cost', parent: 'general-operating', category: 'building-occupancy' },
  { id: 'furniture-equipment', name: 'Furniture and equipment', kind: 'cost', parent: 'general-operating', category: 'furniture-equipment' },
  { id: 'malpractice-insurance', name: 'Professional liability (malpractice) insurance', kind: 'cost', parent: 'general-operating', category: 'malpractice-insurance' },
  { id: 'clinical-laboratory', name: 'Clinical laboratory', kind: 'cost', parent: 'general-operating', category: 'laboratory' },
  { id: 'radiology-imaging', name: 'Radiology and imaging', kind: 'cost', parent: 'general-operating', category: 'radiology-imaging' },
  { id: 'administrative-supplies', name: 'Administrative supplies and services', kind: 'cost', parent: 'general-operating', category: 'administrative-supplies' },
  { id: 'other-operating', name: 'Other operating cost', kind: 'cost', parent: 'general-operating', category: 'other-operating' },
  { id: 'provider-cost', name: 'Total provider cost', kind: 'cost', category: 'provider-cost' },
  { id: 'physician-compensation', name: 'Physician compensation and benefits', kind: 'cost', parent: 'provider-cost', category: 'provider-cost' },
  { id: 'app-compensation', name: 'Advanced practice provider compensation and benefits', kind: 'cost', parent: 'provider-cost', category: 'provider-cost' },
] satisfies Account[]);
