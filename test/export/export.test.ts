// `pledge export`: the JSON/YAML model validates against the shipped schema,
// its numbers are the ones hovers show, and the OpenSLO documents carry every
// field the OpenSLO v1 specification requires.

import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeFile, REPO, TODAY } from '../harness/analyze';
import { hover } from '../../server/src/features/hover';
import { buildExport, exportAnalysis, renderExport, SCHEMA_ID, SCHEMA_VERSION, PERIODS } from '../../server/src/features/export';
import { formatDuration, formatHours, formatMinutes } from '../../server/src/semantics/format';
import { priorityClause } from '../../server/src/semantics/facts';
import { runExport } from '../../server/src/cli/export';
import type * as A from '../../server/src/syntax/ast';

const SAMPLES = path.join(REPO, 'samples');
const samples = readdirSync(SAMPLES).filter((f) => f.endsWith('.pledge')).sort();
const SCHEMA = JSON.parse(readFileSync(path.join(REPO, 'schemas/pledge-export.v1.schema.json'), 'utf8'));

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(SCHEMA);
}

describe('pledge-export.v1.schema.json', () => {
  const validate = validator();

  it('is a versioned draft 2020-12 schema whose $id the export names', () => {
    expect(SCHEMA.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(SCHEMA.$id).toBe(SCHEMA_ID);
    expect(SCHEMA.properties.schemaVersion.const).toBe(SCHEMA_VERSION);
  });

  it.each(samples)('the JSON export of samples/%s validates', (name) => {
    const text = renderExport([{ analysis: analyzeFile(path.join(SAMPLES, name)), label: `samples/${name}` }], 'json');
    const doc = JSON.parse(text);
    expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
    const ok = validate(doc);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects an export with a wrong shape', () => {
    const doc = buildExport([{ analysis: analyzeFile(path.join(SAMPLES, 'healthy.pledge')), label: 'healthy' }]) as unknown as Record<string, any>;
    doc.files[0].agreements[0].services[0].availability.percent = '99.8';
    expect(validate(doc)).toBe(false);
    expect(validate({ ...doc, schemaVersion: '2.0' })).toBe(false);
  });

  it('writes YAML that reads back as the same model', () => {
    const inputs = samples.map((name) => ({ analysis: analyzeFile(path.join(SAMPLES, name)), label: `samples/${name}` }));
    expect(parseYaml(renderExport(inputs, 'yaml'))).toEqual(JSON.parse(renderExport(inputs, 'json')));
    // YAML 1.1 readers see strings too: times and dates are quoted.
    expect(renderExport(inputs, 'yaml')).toContain('from: "08:00"');
  });
});

describe('numbers in the export are the ones hovers show', () => {
  for (const name of samples) {
    const analysis = analyzeFile(path.join(SAMPLES, name));
    const exported = exportAnalysis(analysis);
    const services = analysis.model.agreements.flatMap((a, i) => a.services.map((s) => ({ model: s, out: exported.agreements[i]!.services.find((x) => x.name === s.name)! })));

    for (const { model, out } of services.filter((s) => s.model.availability?.percent && s.model.availability.period)) {
      it(`${name}: budget of ${model.name} per period`, () => {
        const h = hover(analysis, model.availability!.percent!.span.start + 1);
        expect(h).toBeDefined();
        for (const p of PERIODS) expect(h!.markdown).toContain(formatDuration(out.availability!.budget.perPeriod[p]));
        expect(out.availability!.budget.perPeriod[out.availability!.period]).toBe(out.availability!.budget.minutes);
      });
    }

    for (const { model, out } of services) {
      for (const p of model.priorities) {
        for (const kind of ['Respond', 'Resolve'] as const) {
          const clause = priorityClause(p, kind) as A.Respond | A.Resolve | undefined;
          if (!clause?.duration) continue;
          const exportedDuration = out.priorities.find((x) => x.name === p.name?.text)?.[kind === 'Respond' ? 'respond' : 'resolve']?.duration;
          it(`${name}: ${model.name} ${p.name?.text} ${kind.toLowerCase()} ${clause.duration.text}`, () => {
            expect(exportedDuration).toBeDefined();
            const h = hover(analysis, clause.duration!.span.start);
            expect(h!.markdown).toContain(formatMinutes(exportedDuration!.minutes));
            if (exportedDuration!.worstCaseMinutes > exportedDuration!.minutes) expect(h!.markdown).toContain(formatHours(exportedDuration!.worstCaseMinutes));
          });
        }
      }
    }
  }

  it('covers business durations whose worst case is longer than nominal', () => {
    const exported = exportAnalysis(analyzeFile(path.join(SAMPLES, 'healthy.pledge')));
    const p3 = exported.agreements[0]!.services[0]!.priorities.find((p) => p.name === 'P3')!;
    expect(p3.resolve!.duration).toMatchObject({ text: '3 business days', business: true, minutes: 1800 });
    expect(p3.resolve!.duration.worstCaseMinutes).toBeGreaterThan(1800);
  });
});

// Required by the OpenSLO v1 specification (github.com/OpenSLO/OpenSLO, README.md):
// - "General Schema" / "Notes (General Schema)": apiVersion `openslo/v1`, `kind`,
//   `metadata.name` required; names must follow RFC 1123 (at most 63
//   characters, lowercase alphanumerics or '-', alphanumeric at both ends);
//   `metadata.annotations` is map[string]string with keys `prefix/name`.
// - "SLO" / "Notes (SLO)": `spec.service`; one of `spec.indicator` or
//   `spec.indicatorRef`; `timeWindow` a list of exactly one item, calendar
//   aligned with `duration` (duration-shorthand), `calendar.startTime`,
//   `calendar.timeZone`, `isRolling: false`; `budgetingMethod` required,
//   Occurrences | Timeslices; `objectives` required.
// - "Objectives" / "Notes (Objectives)": `target` in [0.0, 1.0) (or
//   `targetPercent`); `timeSliceTarget` in (0.0, 1.0] and `timeSliceWindow`
//   required when the budgeting method is Timeslices.
// - "SLI" / "Notes (SLI)": an inline indicator has `metadata.name` and a
//   `spec` with either `thresholdMetric` or `ratioMetric`; a `raw` ratio
//   metric requires `rawType` (success | failure).
// - "Custom Data Types" / "duration-shorthand": a positive integer followed by
//   one of m h d w M Q Y.
// - "Service": `metadata.name` (spec.description optional, at most 1050 characters).
const RFC1123 = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const DURATION_SHORTHAND = /^[1-9][0-9]*[mhdwMQY]$/;
const ANNOTATION_KEY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;

function checkOpenSloObject(o: any): void {
  expect(o.apiVersion).toBe('openslo/v1');
  expect(['Service', 'SLO']).toContain(o.kind);
  expect(o.metadata.name).toMatch(RFC1123);
  for (const [k, v] of Object.entries(o.metadata.annotations ?? {})) {
    expect(k).toMatch(ANNOTATION_KEY);
    expect(typeof v).toBe('string');
  }
  if (o.spec.description !== undefined) expect(o.spec.description.length).toBeLessThanOrEqual(1050);
  if (o.kind === 'Service') return;
  const spec = o.spec;
  expect(typeof spec.service).toBe('string');
  expect(spec.indicator !== undefined || spec.indicatorRef !== undefined).toBe(true);
  if (spec.indicator) {
    expect(spec.indicator.metadata.name).toMatch(RFC1123);
    const m = spec.indicator.spec;
    expect(m.thresholdMetric !== undefined || m.ratioMetric !== undefined).toBe(true);
    if (m.ratioMetric?.raw) expect(['success', 'failure']).toContain(m.ratioMetric.rawType);
  }
  expect(spec.timeWindow).toHaveLength(1);
  const w = spec.timeWindow[0];
  expect(w.duration).toMatch(DURATION_SHORTHAND);
  expect(w.isRolling).toBe(false);
  expect(w.calendar.startTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  expect(typeof w.calendar.timeZone).toBe('string');
  expect(w.calendar.timeZone.length).toBeGreaterThan(0);
  expect(['Occurrences', 'Timeslices']).toContain(spec.budgetingMethod);
  expect(spec.objectives.length).toBeGreaterThan(0);
  for (const obj of spec.objectives) {
    expect(obj.target !== undefined || obj.targetPercent !== undefined).toBe(true);
    expect(obj.target).toBeGreaterThanOrEqual(0);
    expect(obj.target).toBeLessThan(1);
    if (spec.budgetingMethod === 'Timeslices') {
      expect(obj.timeSliceTarget).toBeGreaterThan(0);
      expect(obj.timeSliceTarget).toBeLessThanOrEqual(1);
      expect(obj.timeSliceWindow).toBeDefined();
    }
  }
}

describe('OpenSLO export', () => {
  it.each(samples)('samples/%s gives valid OpenSLO v1 documents', (name) => {
    const analysis = analyzeFile(path.join(SAMPLES, name));
    const docs = parseAllDocuments(renderExport([{ analysis }], 'openslo'));
    const objects = (Array.isArray(docs) ? docs : [docs]).map((d) => d.toJS());
    for (const o of objects) checkOpenSloObject(o);
    const names = objects.map((o) => `${o.kind}/${o.metadata.name}`);
    expect(new Set(names).size).toBe(names.length);
    // Every SLO names a Service of the same output.
    const services = new Set(objects.filter((o) => o.kind === 'Service').map((o) => o.metadata.name));
    for (const o of objects.filter((o) => o.kind === 'SLO')) expect(services.has(o.spec.service)).toBe(true);
    // One Service per service, one SLO per availability below 100%.
    const exported = exportAnalysis(analysis);
    const all = exported.agreements.flatMap((a) => a.services);
    expect(services.size).toBe(all.length);
    const availabilitySlos = objects.filter((o) => o.kind === 'SLO' && o.spec.budgetingMethod === 'Timeslices');
    expect(availabilitySlos).toHaveLength(all.filter((s) => s.availability && s.availability.percent < 100).length);
  });

  it('turns a percentage into a ratio and a period into a calendar window', () => {
    const analysis = analyzeFile(path.join(SAMPLES, 'healthy.pledge'));
    const objects = parseAllDocuments(renderExport([{ analysis }], 'openslo')).map((d) => d.toJS());
    const workplace = objects.find((o) => o.metadata.name === 'workplace-availability');
    expect(workplace.spec.objectives[0].target).toBe(0.998);
    expect(workplace.spec.timeWindow[0]).toEqual({ duration: '1Q', calendar: { startTime: '2026-01-01 00:00:00', timeZone: 'Europe/Amsterdam' }, isRolling: false });
    expect(workplace.metadata.annotations['pledge.dev/measured-by']).toBe('Noordlicht synthetic login monitoring, checked by the Regieteam');
    expect(workplace.metadata.annotations['pledge.dev/downtime-budget-minutes']).toBe('259.2');
    const kpi = objects.find((o) => o.metadata.name === 'workplace-first-time-fix');
    expect(kpi.spec.budgetingMethod).toBe('Occurrences');
    expect(kpi.spec.objectives[0].target).toBe(0.7);
    expect(kpi.spec.timeWindow[0].duration).toBe('1Q');
  });
});

describe('pledge export', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('exports files relative to the working directory and exits 0', () => {
    const out = runExport(['samples/healthy.pledge', 'samples/one-sided.pledge'], REPO, { format: 'json', today: TODAY });
    expect(out.exitCode).toBe(0);
    const doc = JSON.parse(out.stdout);
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual(['samples/healthy.pledge', 'samples/one-sided.pledge']);
    expect(doc.files[1].findings.length).toBeGreaterThan(0);
  });

  it('writes --out and exits 2 for a path it cannot read or write', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pledge-export-'));
    dirs.push(dir);
    const target = path.join(dir, 'out.yaml');
    const written = runExport(['samples/healthy.pledge'], REPO, { format: 'yaml', out: target, today: TODAY });
    expect(written.exitCode).toBe(0);
    expect(written.stdout).toBe('');
    expect(parseYaml(readFileSync(target, 'utf8')).schemaVersion).toBe(SCHEMA_VERSION);
    expect(runExport(['no/such.pledge'], REPO, { format: 'json' }).exitCode).toBe(2);
    expect(runExport(['samples/healthy.pledge'], REPO, { format: 'json', out: path.join(dir, 'missing', 'x.json') }).exitCode).toBe(2);
  });
});
