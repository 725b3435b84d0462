// The credentials file (`GOOGLE_APPLICATION_CREDENTIALS`), checked before Google's client reads it: the client's
// own errors for a damaged file end in a stack trace, and Node prints the offending line of the file with it —
// a private key or an account address. Every message here names the file and the fix, never what is in it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { GoogleConfigError } from './google-options.ts';

/** A key file is a few kilobytes; anything far larger is not one. */
const MAX_CREDENTIALS_BYTES = 1024 * 1024;

/** The fields each kind of Application Default Credentials file must have (by name only). */
const REQUIRED_FIELDS: Record<string, readonly string[]> = {
  service_account: ['client_email', 'private_key'],
  authorized_user: ['client_id', 'client_secret', 'refresh_token'],
};

/** The file the client would read: `GOOGLE_APPLICATION_CREDENTIALS`, else gcloud's, when there is one. */
function credentialsFile(
  env: Readonly<Record<string, string | undefined>>,
): { path: string; named: string } | undefined {
  const path = env.GOOGLE_APPLICATION_CREDENTIALS;
  if (path) return { path, named: `GOOGLE_APPLICATION_CREDENTIALS=${path}` };
  const config = env.CLOUDSDK_CONFIG || join(env.HOME || homedir(), '.config', 'gcloud');
  const gcloud = join(config, 'application_default_credentials.json');
  return existsSync(gcloud) ? { path: gcloud, named: gcloud } : undefined;
}

/** Checks the credentials file the client would read, when there is one. */
export function checkCredentialsFile(env: Readonly<Record<string, string | undefined>>): void {
  const file = credentialsFile(env);
  if (file === undefined) return;
  const { path } = file;
  const refused = (problem: string): GoogleConfigError =>
    new GoogleConfigError(
      `${file.named}: ${problem}; use the JSON key file downloaded from Google Cloud, or run \`gcloud auth application-default login\``,
    );
  let text: string;
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw refused('is a folder, not a key file');
    if (!info.isFile()) throw refused('is not a regular file');
    if (info.size > MAX_CREDENTIALS_BYTES) throw refused('is too large to be a key file');
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof GoogleConfigError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw refused(code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // V8's message quotes the text around the error: only the position is kept, as a line number.
    const position = /at position (\d+)/.exec((error as Error).message)?.[1];
    const line = position === undefined ? undefined : text.slice(0, Number(position)).split('\n').length;
    throw refused(`is not valid JSON${line === undefined ? ' (it may be cut short)' : ` (line ${line})`}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw refused('is not a JSON object');
  const fields = json as Record<string, unknown>;
  if (typeof fields.type !== 'string') throw refused('has no "type" field');
  const missing = (REQUIRED_FIELDS[fields.type] ?? []).filter(
    (name) => typeof fields[name] !== 'string' || fields[name] === '',
  );
  if (missing.length > 0)
    throw refused(`lacks ${missing.map((name) => `"${name}"`).join(', ')} for a ${fields.type} key`);
}
