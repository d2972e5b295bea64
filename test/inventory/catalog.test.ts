import { describe, expect, it } from 'vitest';
import { compilePolicy, evaluate, parsePolicy, type Finding } from '../../src/rules/index.js';
import { inventoryCatalog, inventoryPolicyJsonSchema, parseInventory, type InventoryContext, type InventorySubject } from '../../src/inventory/index.js';
import { samplePractice, TODAY } from './sample-practice.js';

const inventory = parseInventory(samplePractice());
const context: InventoryContext = { today: TODAY };

function review(policy: Parameters<typeof compilePolicy>[1] = { extends: 'recommended' }): Finding[] {
  return evaluate(compilePolicy<InventorySubject, InventoryContext>(inventoryCatalog, policy), inventory, context);
}

describe('inventoryCatalog', () => {
  it('has one rule per file name, all with the inventory prefix', () => {
    expect([...inventoryCatalog.rules.keys()]).toEqual([
      'inventory/expires-before-use',
      'inventory/funding-mix',
      'inventory/lot-expired',
      'inventory/lot-expiring',
      'inventory/order-overdue',
      'inventory/reorder-due',
      'inventory/stock-out',
      'inventory/storage-capacity',
    ]);
    expect(Object.keys(inventoryCatalog.presets).sort()).toEqual(['recommended', 'strict']);
  });

  it('gives the daily review of the sample practice, in severity, rule, subject order', () => {
    const findings = review();
    const summary = findings.map((f) => `${f.severity} ${f.ruleId} ${f.subject.type}:${f.subject.id.replace(/#\d+$/, '#n')}`);
    expect(summary).toEqual([
      'error inventory/funding-mix location:main-fridge:flu-vaccine',
      'error inventory/funding-mix movement:flu-v-a#n',
      'error inventory/lot-expired lot:sanitizer-a',
      'warn inventory/expires-before-use lot:tb-ppd-a',
      'warn inventory/lot-expiring lot:flu-p-a',
      'warn inventory/lot-expiring lot:tb-ppd-a',
      'warn inventory/order-overdue purchase-order:PO-1001',
      'warn inventory/reorder-due item:exam-paper:private',
      'warn inventory/reorder-due item:flu-vaccine:vfc',
      'warn inventory/reorder-due item:sanitizer:private',
    ]);
  });

  it('puts the suggested order line on reorder findings', () => {
    const paper = review().find((f) => f.ruleId === 'inventory/reorder-due' && f.subject.id === 'exam-paper:private');
    expect(paper?.message).toBe('Exam table paper (private): par-level triggered at position 20 (level 40); order 2 case from Acme Medical by 2026-11-23');
    expect(paper?.suggestedAction?.kind).toBe('order');
    expect(paper?.suggestedAction?.data).toMatchObject({ vendorId: 'acme-medical', funding: 'private', line: { itemId: 'exam-paper', packs: 2 } });
    expect(paper?.actual).toBe(20);
    expect(paper?.threshold).toBe(40);
  });

  it('reports expiry: expired lots as errors, soon-expiring ones with a window option', () => {
    const expired = review().find((f) => f.ruleId === 'inventory/lot-expired');
    expect(expired?.message).toBe('Lot sanitizer-a of Hand sanitizer 500 mL (3 bottle at Supply room) expired on 2026-11-20');
    expect(expired?.suggestedAction?.kind).toBe('discard');
    const narrow = review({ rules: { 'inventory/lot-expiring': ['warn', { days: 7 }] } }).filter((f) => f.ruleId === 'inventory/lot-expiring');
    expect(narrow.map((f) => f.subject.id)).toEqual(['tb-ppd-a']);
  });

  it('flags VFC doses given to private patients and VFC stock stored with private stock', () => {
    const mix = review().filter((f) => f.ruleId === 'inventory/funding-mix');
    expect(mix.map((f) => f.messageId).sort()).toEqual(['shared', 'wrongStock']);
    expect(mix.find((f) => f.messageId === 'wrongStock')?.message).toBe('On 2026-11-20, 1 dose of vfc Influenza vaccine 2026-27 (lot FV-C3) went to a private patient');
    const quiet = review({ rules: { 'inventory/funding-mix': ['error', { flagSharedLocations: false, days: 1 }] } }).filter((f) => f.ruleId === 'inventory/funding-mix');
    expect(quiet).toEqual([]);
  });

  it('reports stock-outs and low cover', () => {
    const empty = parseInventory({ ...samplePractice(), lots: (samplePractice().lots ?? []).map((lot) => (lot.itemId === 'syringe-3ml' ? { ...lot, quantity: 0 } : lot)) });
    const findings = evaluate(compilePolicy(inventoryCatalog), empty, context).filter((f) => f.ruleId === 'inventory/stock-out');
    expect(findings.map((f) => f.subject.id)).toEqual(['syringe-3ml:private']);
    expect(findings[0]?.message).toBe('Syringe 3 mL (private) is out of usable stock (200 on order)');
    // strict asks for 7 days of cover: the sample's sanitizer (2 usable bottles) and others fall short
    const strict = review({ extends: 'strict' }).filter((f) => f.ruleId === 'inventory/stock-out' && f.messageId === 'low');
    expect(strict.map((f) => f.subject.id)).toContain('sanitizer:private');
  });

  it('checks storage: a fridge item kept at room temperature, a full fridge', () => {
    const misplaced = parseInventory({
      ...samplePractice(),
      lots: [...(samplePractice().lots ?? []), { id: 'flu-room', itemId: 'flu-vaccine', locationId: 'supply-room', expiresOn: '2027-01-01', quantity: 600 }],
    });
    const findings = evaluate(compilePolicy(inventoryCatalog), misplaced, context).filter((f) => f.ruleId === 'inventory/storage-capacity');
    expect(findings.map((f) => f.messageId)).toEqual(['wrongStorage']);
    const full = parseInventory({
      ...samplePractice(),
      lots: [...(samplePractice().lots ?? []), { id: 'flu-many', itemId: 'flu-vaccine', locationId: 'main-fridge', expiresOn: '2027-01-01', quantity: 500 }],
    });
    const fullFindings = evaluate(compilePolicy(inventoryCatalog), full, context).filter((f) => f.ruleId === 'inventory/storage-capacity');
    expect(fullFindings.map((f) => f.message)).toEqual(['Main fridge is 113.8% full (limit 100%)']);
  });

  it('rejects bad policies and a missing context date', () => {
    expect(parsePolicy(inventoryCatalog, { rules: { 'inventory/lot-expiring': ['warn', { days: -1 }] } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(parsePolicy(inventoryCatalog, { rules: { 'inventory/nope': 'warn' } })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_RULE' } });
    expect(() => evaluate(compilePolicy(inventoryCatalog), inventory, {} as InventoryContext)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('accepts an unparsed snapshot and rejects a malformed one with a typed error', () => {
    const raw = samplePractice() as unknown as InventorySubject;
    const compiled = compilePolicy<InventorySubject, InventoryContext>(inventoryCatalog);
    expect(evaluate(compiled, raw, context).map((f) => f.message)).toEqual(review().map((f) => f.message));
    const broken = { ...samplePractice(), lots: [{ id: 'x', itemId: 'ghost', locationId: 'supply-room', expiresOn: '2027-01-01', quantity: 1 }] } as unknown as InventorySubject;
    expect(() => evaluate(compiled, broken, context)).toThrowError(expect.objectContaining({ code: 'UNKNOWN_REFERENCE' }));
  });

  it('exports the JSON Schema of its policies', () => {
    const schema = inventoryPolicyJsonSchema() as { properties: { rules: { properties: Record<string, unknown> } } };
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual([...inventoryCatalog.rules.keys()].sort());
  });
});
