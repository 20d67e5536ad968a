// The `pledge` command line.

import { Command, InvalidArgumentError, Option } from 'commander';
import pc from 'picocolors';
import { runCheck, type Format, type Output } from './check';
import { runExplain } from './explain';
import { runExport } from './export';
import { runDiff } from './diff';
import type { ExportFormat } from '../features/export';
import type { DiffFormat } from '../features/diff';
import { runRender } from './render';
import { LOCALES, setLocale, t, type Locale } from '../i18n/index';
import { chooseLocale } from './locale';
import { helpConfiguration, outputConfiguration } from './usage';
import { VERSION } from '../rules/version';

function integer(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(t('cli.usage.wholeNumber'));
  return n;
}

function emit(out: Output): void {
  process.stdout.write(out.stdout);
  process.stderr.write(out.stderr);
  process.exitCode = out.exitCode;
}

export function buildProgram(): Command {
  // Texts are read when the program is built: choose the locale first (`main` does).
  const program = new Command('pledge')
    .description(t('cli.program.description'))
    .version(VERSION, '-V, --version', t('cli.option.version'))
    .helpOption('-h, --help', t('cli.option.help'))
    .helpCommand('help [command]', t('cli.command.help'))
    .configureHelp(helpConfiguration())
    .configureOutput(outputConfiguration())
    .addOption(new Option('--locale <locale>', t('cli.option.locale')).choices(LOCALES))
    .hook('preAction', (cmd) => {
      // `main` has set it already; this keeps buildProgram().parse(…) right too.
      const locale = cmd.opts<{ locale?: Locale }>().locale;
      if (locale) setLocale(locale);
    })
    .showHelpAfterError()
    .exitOverride((err) => {
      // Usage errors exit 2; --help and --version exit 0.
      process.exit(err.exitCode === 0 ? 0 : 2);
    });

  program
    .command('check')
    .description(t('cli.check.description'))
    .argument('[paths...]', t('cli.check.paths'), [])
    .addOption(new Option('-f, --format <format>', t('cli.check.format')).choices(['stylish', 'json', 'sarif']).default('stylish'))
    .option('--max-warnings <n>', t('cli.check.maxWarnings'), integer)
    .option('--quiet', t('cli.check.quiet'), false)
    .option('--root <dir>', t('cli.check.root'))
    .option('--config <file>', t('cli.check.config'))
    .option('--fix', t('cli.check.fix'), false)
    .option('--fix-dry-run', t('cli.check.fixDryRun'), false)
    .option('--no-color', t('cli.option.noColor'))
    .action(
      (
        paths: string[],
        opts: { format: Format; maxWarnings?: number; quiet: boolean; root?: string; color: boolean; config?: string; fix: boolean; fixDryRun: boolean },
      ) => {
        emit(
          runCheck(paths, process.cwd(), {
            format: opts.format,
            maxWarnings: opts.maxWarnings,
            quiet: opts.quiet,
            root: opts.root,
            config: opts.config,
            fix: opts.fix && !opts.fixDryRun,
            fixDryRun: opts.fixDryRun,
            version: VERSION,
            color: opts.color && pc.isColorSupported && process.stdout.isTTY === true,
          }),
        );
      },
    );

  program
    .command('render')
    .description(t('render.cli.description'))
    .argument('<paths...>', t('render.cli.paths'))
    .addOption(new Option('-f, --format <format>', t('render.cli.format')).choices(['html', 'md']).default('html'))
    .option('-o, --out <path>', t('render.cli.out'))
    .option('--root <dir>', t('cli.check.root'))
    .action((paths: string[], opts: { format: 'html' | 'md'; out?: string; root?: string }) => {
      emit(runRender(paths, process.cwd(), { format: opts.format, out: opts.out, root: opts.root }));
    });

  program
    .command('explain')
    .description(t('cli.explain.description'))
    .argument('<rule>', t('cli.explain.rule'))
    .option('--no-color', t('cli.option.noColor'))
    .action((rule: string, opts: { color: boolean }) => {
      emit(runExplain(rule, { color: opts.color && pc.isColorSupported && process.stdout.isTTY === true }));
    });

  program
    .command('export')
    .description(t('export.cli.description'))
    .argument('[paths...]', t('export.cli.files'), [])
    .addOption(new Option('-f, --format <format>', t('export.cli.format')).choices(['json', 'yaml', 'openslo']).default('json'))
    .option('-o, --out <file>', t('export.cli.out'))
    .option('--root <dir>', t('cli.check.root'))
    .option('--config <file>', t('cli.check.config'))
    .action((paths: string[], opts: { format: ExportFormat; out?: string; root?: string; config?: string }) => {
      emit(runExport(paths, process.cwd(), opts));
    });

  program
    .command('diff')
    .description(t('diff.cli.description'))
    .argument('<files...>', t('diff.cli.files'))
    .addOption(new Option('-f, --format <format>', t('diff.cli.format')).choices(['stylish', 'json', 'md']).default('stylish'))
    .option('--git <rev>', t('diff.cli.git'))
    .option('--root <dir>', t('cli.check.root'))
    .option('--config <file>', t('cli.check.config'))
    .action(async (files: string[], opts: { format: DiffFormat; git?: string; root?: string; config?: string }) => {
      emit(await runDiff(files, process.cwd(), opts));
    });

  return program;
}

export async function main(argv: string[]): Promise<void> {
  const choice = chooseLocale(argv.slice(2), process.env);
  if ('error' in choice) {
    process.stderr.write(`pledge: ${choice.error}\n`);
    process.exitCode = 2;
    return;
  }
  setLocale(choice.locale);
  try {
    // parseAsync: `diff` reads committed versions asynchronously; a failure there is a one-line error too.
    await buildProgram().parseAsync(argv);
  } catch (e) {
    process.stderr.write(`pledge: ${(e as Error).message}\n`);
    process.exitCode = 2;
  }
}

void main(process.argv);
