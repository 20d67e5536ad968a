// Texts of `pledge export`.

export default {
  'export.cannotWrite': 'cannot write "{file}": {reason}',
  'export.written': 'wrote {file} ({count, plural, one {# file} other {# files}} exported)',
  'export.openslo.sloAvailability': '{service} availability {percent} per {period}',
  'export.openslo.objective': '{percent} per {period}',
  'export.openslo.kpiAtLeast': 'at least {percent} per {period}',
  'export.openslo.kpiAtMost': 'at most {percent} per {period}',
  'export.openslo.availability': 'availability {percent} per {period}',
  'export.openslo.kpi': 'KPI {kpi}',
  'export.openslo.timeZoneAssumed': 'not stated in the agreement; UTC assumed',
  'export.cli.description': 'export agreements as JSON or YAML (the resolved model with computed budgets and findings) or as OpenSLO documents',
  'export.cli.files': 'files, directories or globs',
  'export.cli.format': 'output format',
  'export.cli.out': 'write to this file instead of standard output',
} as const;
