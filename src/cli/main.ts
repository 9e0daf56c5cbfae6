import { runAnalyze, ANALYZE_USAGE } from './analyze.js';
import { runAggregate, AGGREGATE_USAGE } from './aggregate.js';
import { runScore, SCORE_USAGE } from './score.js';
import { runValidate, VALIDATE_USAGE } from './validate.js';
import { UsageError } from './args.js';
import { packageVersion } from './version.js';

interface Command {
  readonly usage: string;
  run(argv: readonly string[]): Promise<number>;
}

const COMMANDS: Readonly<Record<string, Command>> = {
  analyze: { usage: ANALYZE_USAGE, run: runAnalyze },
  score: { usage: SCORE_USAGE, run: runScore },
  validate: { usage: VALIDATE_USAGE, run: runValidate },
  aggregate: { usage: AGGREGATE_USAGE, run: runAggregate },
};

const indent = (usage: string): string => usage.split('\n').join('\n  ');

const USAGE = `usage:
  ${Object.values(COMMANDS)
    .map((c) => indent(c.usage))
    .join('\n\n  ')}

  newslens --help | -h         this help; newslens <command> --help for one command
  newslens --version           the package version`;

const isHelp = (a: string): boolean => a === '--help' || a === '-h';

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    process.stderr.write(USAGE + '\n');
    return 2;
  }
  if (command === '--version' || command === '-v' || command === 'version') {
    process.stdout.write(packageVersion() + '\n');
    return 0;
  }
  if (isHelp(command) || command === 'help') {
    const about = rest[0] !== undefined && Object.hasOwn(COMMANDS, rest[0]) ? COMMANDS[rest[0]] : undefined;
    process.stdout.write((about === undefined ? USAGE : `usage:\n  ${indent(about.usage)}`) + '\n');
    return 0;
  }
  const cmd = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (cmd === undefined) throw new UsageError(`unknown command "${command}"`);
  if (rest.some(isHelp)) {
    process.stdout.write(`usage:\n  ${indent(cmd.usage)}\n`);
    return 0;
  }
  return cmd.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError) {
      process.stderr.write(`newslens: ${err.message}\n\n${USAGE}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`newslens: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    }
  },
);
