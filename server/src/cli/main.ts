// The `pledge` command line.

import { Command, InvalidArgumentError, Option } from 'commander';
import pc from 'picocolors';
import { runCheck, type Format, type Output } from './check';
import { runExplain } from './explain';

const VERSION = process.env.PLEDGE_VERSION ?? '0.1.0';

function integer(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number of 0 or more');
  return n;
}

function emit(out: Output): void {
  process.stdout.write(out.stdout);
  process.stderr.write(out.stderr);
  process.exitCode = out.exitCode;
}

export function buildProgram(): Command {
  const program = new Command('pledge')
    .description('Check Pledge service agreements for promises that cannot be kept, missing emergency cover and one-sided terms.')
    .version(VERSION)
    .showHelpAfterError()
    .exitOverride((err) => {
      // Usage errors exit 2; --help and --version exit 0.
      process.exit(err.exitCode === 0 ? 0 : 2);
    });

  program
    .command('check')
    .description('check files, directories (recursively, *.pledge) and glob patterns')
    .argument('[paths...]', 'files, directories or globs', [])
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'sarif']).default('stylish'))
    .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this', integer)
    .option('--quiet', 'report errors only', false)
    .option('--root <dir>', 'workspace folder that imports must stay inside (default: the working directory)')
    .option('--config <file>', 'use this configuration file instead of the nearest .pledgerc.json')
    .option('--fix', 'apply every automatic fix and write the files', false)
    .option('--fix-dry-run', 'show what --fix would change without writing', false)
    .option('--no-color', 'never colour the output')
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
    .command('explain')
    .description("print a rule's documentation")
    .argument('<rule>', 'rule id (PL201) or name (missing-emergency)')
    .option('--no-color', 'never colour the output')
    .action((rule: string, opts: { color: boolean }) => {
      emit(runExplain(rule, { color: opts.color && pc.isColorSupported && process.stdout.isTTY === true }));
    });

  return program;
}

export function main(argv: string[]): void {
  try {
    buildProgram().parse(argv);
  } catch (e) {
    process.stderr.write(`pledge: ${(e as Error).message}\n`);
    process.exitCode = 2;
  }
}

main(process.argv);
