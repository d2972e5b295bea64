import { z } from 'zod';
import { ERROR_CODES, parseInput, practiceOpsError } from '../../core/index.js';
import {
  AppointmentTemplateSchema,
  TemplateModelSchema,
  type AppointmentTemplate,
  type AppointmentTemplateInput,
  type DistributionSchema,
  type TemplateModelInput,
} from '../schemas.js';

type Distribution = z.output<typeof DistributionSchema>;

function checkDistribution(d: Distribution, path: readonly (string | number)[]): void {
  if (d.kind === 'uniform' && d.max < d.min) {
    throw practiceOpsError(ERROR_CODES.invalidInput, 'A uniform distribution needs max >= min', {
      path: [...path, 'max'],
      expected: `>= ${d.min}`,
      received: String(d.max),
    });
  }
  if (d.kind === 'discrete') {
    const total = d.values.reduce((s, v) => s + v.probability, 0);
    if (Math.abs(total - 1) > 1e-9) {
      throw practiceOpsError(ERROR_CODES.invalidInput, 'Discrete probabilities must sum to 1', {
        path: [...path, 'values'],
        expected: 'probabilities summing to 1',
        received: String(total),
      });
    }
  }
}

/** Parses a template and model, checks the distributions, and lists booked patients in appointment order. */
export function parseTemplateInput(template: AppointmentTemplateInput, model: TemplateModelInput) {
  const t: AppointmentTemplate = parseInput(AppointmentTemplateSchema, template, { label: 'appointment template', basePath: ['template'] });
  const m = parseInput(TemplateModelSchema, model, { label: 'template model', basePath: ['model'] });
  checkDistribution(m.serviceTime, ['model', 'serviceTime']);
  if (m.lateness !== undefined) checkDistribution(m.lateness, ['model', 'lateness']);
  const appointments: number[] = [];
  for (const slot of [...t.slots].sort((a, b) => a.atMinute - b.atMinute)) {
    for (let i = 0; i < slot.patients; i++) appointments.push(slot.atMinute);
  }
  if (appointments.length === 0) {
    throw practiceOpsError(ERROR_CODES.invalidInput, 'The template books no patients', {
      path: ['template', 'slots'],
      expected: 'at least one patient',
      received: '0',
    });
  }
  return { template: t, model: m, appointments };
}
