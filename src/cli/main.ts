import { runAnalyze, ANALYZE_USAGE } from './analyze.js';
import { runScore, SCORE_USAGE } from './score.js';
import { runValidate, VALIDATE_USAGE } from './validate.js';
import { UsageError } from './args.js';

const USAGE = `usage:
  ${ANALYZE_USAGE.split('\n').join('\n  ')}

  ${SCORE_USAGE.split('\n').join('\n  ')}

  ${VALIDATE_USAGE.split('\n').join('\n  ')}`;

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'analyze':
      return runAnalyze(rest);
    case 'score':
      return runScore(rest);
    case 'validate':
      return runValidate(rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE + '\n');
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
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
