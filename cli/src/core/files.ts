/** Reading the inputs and writing the outputs of the commands, each in one step. */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliError } from './cli-io';

/** A file's text, or a one-line error naming the file and why it cannot be read (exit code 1). */
export function readTextFile(file: string, what: string = 'file'): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file'
      : code === 'EISDIR' ? 'it is a directory'
        : code === 'EACCES' ? 'permission denied'
          : (error as Error).message.replace(/\s*\n\s*/g, ' ');
    throw CliError.failed(`cannot read ${what} ${file}: ${reason}`);
  }
}

/** A JSON file's value, or a one-line error naming the file (exit code 1). */
export function readJsonFile(file: string, what: string = 'file'): unknown {
  const text = readTextFile(file, what);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw CliError.failed(`${file} is not valid JSON: ${(error as Error).message.replace(/\s*\n\s*/g, ' ')}`);
  }
}

/**
 * Writes every file into a temporary folder next to the output folder first, then moves each into
 * place, so that a failure while writing leaves nothing half-written in the output folder. Other
 * files there (earlier template versions) are kept.
 */
export function writeFilesAtomically(outDir: string, files: { path: string; content: string }[]): void {
  const target = path.resolve(outDir);
  fs.mkdirSync(target, { recursive: true });
  const staging = fs.mkdtempSync(path.join(path.dirname(target), `.${path.basename(target)}.staging-`));
  try {
    for (const file of files) {
      const staged = path.join(staging, file.path);
      fs.mkdirSync(path.dirname(staged), { recursive: true });
      fs.writeFileSync(staged, file.content);
    }
    for (const file of files) {
      const destination = path.join(target, file.path);
      fs.mkdirSync(path.dirname(destination), { recursive: true });
      // A rename within one file system replaces the destination in one step.
      fs.renameSync(path.join(staging, file.path), destination);
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Writes the file in one step: the content goes to a temporary file in the same folder, which then
 * replaces the file by a rename, so a reader sees the old file or the new one and never half of
 * one. Keeps the file's permissions (new files: 0600), and writes through a symbolic link to its
 * target rather than replacing the link.
 */
export function writeFileAtomically(file: string, content: string): void {
  let target = path.resolve(file);
  try {
    target = fs.realpathSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const folder = path.dirname(target);
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  let mode = 0o600;
  try {
    mode = fs.statSync(target).mode % 0o1000;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const temporary = path.join(folder, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const descriptor = fs.openSync(temporary, 'wx', mode);
  try {
    try {
      fs.fchmodSync(descriptor, mode);
      fs.writeFileSync(descriptor, content);
      fs.fsyncSync(descriptor);
    } finally {
      fs.closeSync(descriptor);
    }
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
