// #14 item 1: a damaged, missing or misplaced credentials file ends in one line that says what to fix, exit 1,
// before any work: never a stack trace, never a line of the key file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliResult, cli, expectOneCleanLine, filesUnder, project } from './cli.ts';

const EMAIL = 'release-bot@secret-project-4711.iam.gserviceaccount.com';
const KEY = 'MIIEvSECRETkeyMATERIALdoNOTprint';
const SECRETS = [EMAIL, KEY, 'BEGIN PRIVATE KEY', 'secret-project-4711'];

/** A release the memory cannot answer, so the run needs Google. */
const RELEASE = '---\ntitle: Café Lumière opens in Bangkok\nlang: en\n---\n\nThe first shop opens on Monday.\n';

async function runWithCredentials(write: (path: string) => void): Promise<CliResult & { dir: string }> {
  const dir = project({ 'r.md': RELEASE });
  const path = join(dir, 'key.json');
  write(path);
  const result = await cli(
    dir,
    ['localize', '--input', 'r.md', '--to', 'th', '--out', 'out', '--glossary', 'glossary.yaml', '--memory', 'memory'],
    { GOOGLE_APPLICATION_CREDENTIALS: path, GOOGLE_CLOUD_PROJECT: 'my-project' },
  );
  return { ...result, dir };
}

function expectRefused(result: Awaited<ReturnType<typeof runWithCredentials>>, problem: RegExp): void {
  const line = expectOneCleanLine(result);
  expect(line).toMatch(/GOOGLE_APPLICATION_CREDENTIALS=.*key\.json/);
  expect(line).toMatch(problem);
  for (const secret of SECRETS) expect(result.stderr + result.stdout).not.toContain(secret);
  expect(filesUnder(result.dir, 'out')).toEqual([]);
  expect(filesUnder(result.dir, 'memory')).toEqual([]);
}

describe('bad input: the Google credentials file', () => {
  it('a truncated service-account key prints neither the key nor a stack', async () => {
    const result = await runWithCredentials((path) =>
      writeFileSync(
        path,
        `{\n  "type": "service_account",\n  "client_email": "${EMAIL}",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\n${KEY}`,
      ),
    );
    expectRefused(result, /not valid JSON \(line 4\)/);
  });

  it('a malformed key (a missing comma after client_email) does not echo the offending line', async () => {
    const result = await runWithCredentials((path) =>
      writeFileSync(
        path,
        `{\n  "type": "service_account",\n  "client_email": "${EMAIL}"\n  "private_key": "-----BEGIN PRIVATE KEY-----\\n${KEY}\\n-----END PRIVATE KEY-----\\n"\n}\n`,
      ),
    );
    expectRefused(result, /not valid JSON \(line 4\)/);
  });

  it('a key file that is valid JSON but lacks the private key names the field, not its neighbours', async () => {
    const result = await runWithCredentials((path) =>
      writeFileSync(path, JSON.stringify({ type: 'service_account', client_email: EMAIL })),
    );
    expectRefused(result, /lacks "private_key"/);
  });

  it('a key file that does not exist', async () => {
    const result = await runWithCredentials(() => undefined);
    expectRefused(result, /no such file/);
  });

  it('a key path that is a directory', async () => {
    const result = await runWithCredentials((path) => mkdirSync(path));
    expectRefused(result, /is a folder/);
  });
});
