// `npm run review`: serves the review page on 127.0.0.1 until Ctrl-C and prints its URL (with the token) on stdout.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { UserError } from '../../pipeline/errors.ts';
import { startReviewServer, type ReviewServer } from '../../review/server.ts';

export interface ReviewCommandOptions {
  cwd: string;
  port: number;
  reviewer?: string;
  input: string;
  memory: string;
  glossary: string;
  templates?: string;
  log?: (line: string) => void;
}

/** `git config user.name` in `cwd`, or undefined. */
export async function gitUserName(cwd: string): Promise<string | undefined> {
  try {
    const { stdout } = await promisify(execFile)('git', ['config', 'user.name'], { cwd, encoding: 'utf8' });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

export async function review(options: ReviewCommandOptions): Promise<ReviewServer> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const reviewer = options.reviewer?.trim() || (await gitUserName(options.cwd));
  if (!reviewer)
    throw new UserError('who is reviewing? pass --reviewer NAME or set it once with `git config user.name NAME`');
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535)
    throw new UserError(`--port must be a whole number from 0 to 65535 (found ${options.port})`);
  const server = await startReviewServer({ ...options, reviewer });
  log(server.url);
  process.stderr.write(
    `review: reviewing as ${reviewer}; open the URL above (it holds this session's token). Ctrl-C stops.\n`,
  );
  return server;
}
