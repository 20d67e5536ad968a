import type en from '../en/export';

export default {
  'export.cannotWrite': 'kan "{file}" niet schrijven: {reason}',
  'export.written': '{file} geschreven ({count, plural, one {# bestand} other {# bestanden}} geëxporteerd)',
  'export.openslo.sloAvailability': 'beschikbaarheid {service} {percent} per {period}',
  'export.openslo.objective': '{percent} per {period}',
  'export.openslo.kpiAtLeast': 'minstens {percent} per {period}',
  'export.openslo.kpiAtMost': 'hoogstens {percent} per {period}',
  'export.openslo.availability': 'beschikbaarheid {percent} per {period}',
  'export.openslo.kpi': 'KPI {kpi}',
  'export.openslo.timeZoneAssumed': 'niet vastgelegd in de overeenkomst; UTC aangenomen',
  'export.cli.description': 'exporteer overeenkomsten als JSON of YAML (het uitgewerkte model met berekende toegestane storingstijden en bevindingen) of als OpenSLO-documenten',
  'export.cli.files': 'bestanden, mappen of glob-patronen',
  'export.cli.format': 'uitvoerformaat',
  'export.cli.out': 'schrijf naar dit bestand in plaats van naar standaarduitvoer',
} satisfies Record<keyof typeof en, string>;
