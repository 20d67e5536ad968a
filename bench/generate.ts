// Deterministic generator of realistic Pledge agreements and workspaces for the
// benchmark. The same seed always gives the same bytes: a small linear
// congruential generator drives every choice, never Math.random or the clock.

import * as fs from 'node:fs';
import * as path from 'node:path';

/** A seeded pseudo-random source (mulberry32). */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

const SERVICES = ['Workplace', 'Hosting', 'Network', 'CaseManagement', 'Payroll', 'Identity', 'Backup', 'Telephony', 'Portal', 'Archive'];
const DESCRIPTIONS = [
  'Digital workplace for municipal employees',
  'Hosting and application management',
  'Wide-area network and Wi-Fi at every location',
  'Case management system and its integrations',
  'Payroll processing and HR self-service',
  'Identity and access management',
  'Backup and restore of every business application',
  'Telephony and contact centre platform',
];
const AVAILABILITY = ['99.5', '99.7', '99.8', '99.9', '99.95', '99.0'];
const PERIODS = ['month', 'quarter', 'year'];
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The shared parties and calendars file every agreement in a folder imports. */
export function partiesFile(rng: Rng, n: number): string {
  return `// Parties and calendars shared by the agreements of department ${n}.
party Provider${n} "Provider ${n} B.V." {
  contact ServiceDesk "Service desk" phone "+31 20 555 ${String(1000 + n).slice(-4)}" email "desk${n}@provider.example"
  contact DutyManager "Duty manager" phone "+31 6 5555 ${String(2000 + n).slice(-4)}"
}

party Customer${n} "Municipality ${n}" {
  contact Regie "Regieteam" phone "+31 30 555 ${String(3000 + n).slice(-4)}" email "regie${n}@customer.example"
  contact Contract "Contract manager" email "contract${n}@customer.example"
}

calendar Office Mon-Fri 08:00-18:00 timezone "Europe/Amsterdam" holidays "NL"
calendar Extended Mon-Sat 07:00-22:00 timezone "Europe/Amsterdam" holidays "NL"
calendar RoundTheClock 24x7 timezone "Europe/Amsterdam"
`;
}

function service(rng: Rng, name: string): string {
  const support = rng.pick(['Office', 'Extended', '24x7']);
  const availability = rng.pick(AVAILABILITY);
  const period = rng.pick(PERIODS);
  const day = rng.pick(DAYS);
  const start = rng.int(0, 3) * 2;
  const p1Respond = rng.pick(['15 minutes', '30 minutes', '1 hour']);
  const p1Resolve = rng.pick(['2 hours', '4 hours', '8 hours', '1 business day']);
  const p2Resolve = rng.pick(['1 business day', '2 business days', '16 hours']);
  const p3 = rng.next() < 0.6
    ? `
    priority P3 "A single employee is hindered" {
      respond within ${rng.int(2, 8)} business hours
      resolve within ${rng.int(2, 5)} business days
      clock from report
    }`
    : '';
  return `  // ${rng.pick(DESCRIPTIONS)}: ${availability}% per ${period}.
  service ${name} "${rng.pick(DESCRIPTIONS)}" {
    support ${support}
    availability ${availability}% per ${period} measured by "synthetic monitoring, shared with the Regieteam" excluding maintenance downtime counted from detection
    maintenance ${day} 0${start}:00-${String(start + 4).padStart(2, '0')}:00 notice ${rng.int(2, 10)} days

    priority P1 "${name} unavailable" {
      respond within ${p1Respond}
      resolve within ${p1Resolve}${rng.next() < 0.5 ? ' as effort' : ''}
      clock from detection
    }
    priority P2 "${name} degraded" {
      respond within ${rng.int(1, 4)} hours
      resolve within ${p2Resolve}
      clock from report
    }${p3}
  }
`;
}

/** One agreement of `services` services, using the parties of department `dept`. */
export function agreement(rng: Rng, dept: number, id: number, services: number): string {
  const names: string[] = [];
  for (let i = 0; i < services; i++) names.push(`${rng.pick(SERVICES)}${id}x${i}`);
  const parts: string[] = [];
  parts.push(`agreement "Managed services ${dept}-${id}" {
  provider Provider${dept}
  customer Customer${dept}
  version "1.${rng.int(0, 9)}"
  effective 2026-01-01 until 20${rng.int(27, 30)}-12-31
`);
  for (const n of names) parts.push(service(rng, n));
  for (const n of names) {
    parts.push(`  escalation for ${n} {
    level 1 ServiceDesk after 0 minutes
    level 2 DutyManager after ${rng.int(1, 4)} hours
    level 3 Regie after ${rng.pick(['4 hours', '1 business day', '8 hours'])}
  }
`);
    if (rng.next() < 0.8) {
      parts.push(`  emergency for ${n} {
    reachable RoundTheClock via Provider${dept}.DutyManager phone
    respond within ${rng.pick(['15 minutes', '30 minutes', '1 hour'])}
    afterwards "Register the emergency as a P1 incident on the next working day"
  }
`);
    }
    parts.push(`  credits for ${n} {
    below ${rng.pick(AVAILABILITY)}% credit ${rng.int(2, 10)}%
    below 98.0% credit ${rng.int(11, 25)}%
    cap 25%
    claim within ${rng.pick(['14 days', '30 days', '60 days'])}
  }
`);
    parts.push(`  kpi Fix${n} "Incidents solved at first contact" {
    for ${n}
    target at least ${rng.int(60, 90)}% per ${rng.pick(PERIODS)}
    measured by "ITSM ticket export"
    reported by Provider${dept} to Customer${dept} every month
  }
`);
  }
  parts.push(`  obligation RootCause${id} Provider${dept} "Deliver a root-cause analysis after a P1 incident" as result within ${rng.int(3, 10)} days
  obligation Forecast${id} Customer${dept} "Deliver a 12-month forecast of licences" as effort every quarter
  remedy Customer${dept} to Provider${dept} "Statutory commercial interest on invoices paid late"
  termination Provider${dept} notice ${rng.int(3, 12)} months
  termination Customer${dept} notice ${rng.int(1, 6)} months
  change by both notice ${rng.int(4, 12)} weeks
  review every ${rng.pick(PERIODS)} by both
}
`);
  return parts.join('\n');
}

/** A self-contained file (parties, calendars, agreements) of at least `bytes` bytes. */
export function agreementFile(bytes: number, seed = 1): string {
  const rng = new Rng(seed);
  const parts = [partiesFile(rng, 0)];
  let size = parts[0]!.length;
  for (let id = 0; size < bytes; id++) {
    const a = agreement(rng, 0, id, rng.int(2, 4));
    parts.push(a);
    size += a.length + 1;
  }
  return parts.join('\n');
}

/** A file of about `lines` lines. */
export function fileOfLines(lines: number, seed = 1): string {
  const rng = new Rng(seed);
  const parts = [partiesFile(rng, 0)];
  let count = parts[0]!.split('\n').length;
  for (let id = 0; count < lines; id++) {
    const a = agreement(rng, 0, id, rng.int(2, 4));
    parts.push(a);
    count += a.split('\n').length;
  }
  return parts.join('\n');
}

export interface GeneratedWorkspace {
  root: string;
  files: string[];
  bytes: number;
}

/**
 * A workspace of `files` files under `root`: folders of ten, each with a
 * `parties.pledge` and agreements that import it (about 5 KB each).
 */
export function generateWorkspace(root: string, files: number, seed = 7): GeneratedWorkspace {
  const rng = new Rng(seed);
  fs.rmSync(root, { recursive: true, force: true });
  const out: string[] = [];
  let bytes = 0;
  const write = (file: string, text: string) => {
    fs.writeFileSync(file, text);
    out.push(file);
    bytes += Buffer.byteLength(text);
  };
  for (let dept = 0; out.length < files; dept++) {
    const dir = path.join(root, `department-${String(dept).padStart(4, '0')}`);
    fs.mkdirSync(dir, { recursive: true });
    write(path.join(dir, 'parties.pledge'), partiesFile(rng, dept));
    for (let k = 0; k < 9 && out.length < files; k++) {
      write(path.join(dir, `agreement-${k}.pledge`), `import "parties.pledge"\n\n` + agreement(rng, dept, k, rng.int(2, 4)));
    }
  }
  return { root, files: out, bytes };
}
