/**
 * `cdk-account-onboarding diff <old.json> <new.json>`: explains an update of the published template
 * to a customer's security team. The report is computed by the library; this reads the files and
 * prints it.
 */
import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { criticalReplacements, diffTemplates, formatTemplateUpdateReport, templateProblem } from '../publish/template-diff';

const USAGE = `usage: cdk-account-onboarding diff <old.json> <new.json>

Explains what updating a stack from the old template to the new one changes, for a security review:
the permissions added and removed (policy statements and managed policies), the changes to who may
assume the roles (principals, conditions such as sts:ExternalId), and the resources the update would
replace or remove; the same for the member-account template embedded in each StackSet. Templates
are read as JSON.

Exit code: 0 when no role, bucket or StackSet would be replaced or removed; 1 when one would (in the
template or in the member accounts), so that a release pipeline stops there; 2 for invalid
arguments or a file that is not a readable JSON CloudFormation template.`;

/** A template file that could not be used, with the one-line reason. */
class TemplateFileError extends Error {}

/**
 * Runs the diff.
 *
 * @param args the command's arguments
 */
export async function diffCommand(args: string[]): Promise<number> {
  let parsed: { values: { help?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({ args, options: { help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: true });
  } catch (error) {
    console.error(`cdk-account-onboarding diff: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (parsed.positionals.length !== 2) {
    console.error(`cdk-account-onboarding diff: expected 2 template files, got ${parsed.positionals.length}\n${USAGE}`);
    return 2;
  }
  const [oldFile, newFile] = parsed.positionals;
  let oldTemplate: object;
  let newTemplate: object;
  try {
    oldTemplate = readTemplate(oldFile);
    newTemplate = readTemplate(newFile);
  } catch (error) {
    if (error instanceof TemplateFileError) {
      console.error(`cdk-account-onboarding diff: ${error.message}`);
      return 2;
    }
    throw error;
  }

  const report = diffTemplates(oldTemplate, newTemplate);
  console.log(formatTemplateUpdateReport(report));
  const critical = criticalReplacements(report);
  if (critical.length > 0) {
    console.log(`\nthe update replaces or removes a role, bucket or StackSet: ${critical.map((change) =>
      `${change.logicalId} (${change.type}${change.stackSetLogicalId ? `, member accounts of StackSet ${change.stackSetLogicalId}` : ''})`).join('; ')}`);
    return 1;
  }
  return 0;
}

function readTemplate(file: string): object {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf-8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file'
      : code === 'EISDIR' ? 'it is a directory'
        : code === 'EACCES' ? 'permission denied'
          : oneLine((error as Error).message);
    throw new TemplateFileError(`cannot read ${file}: ${reason}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new TemplateFileError(`${file} is not valid JSON: ${oneLine((error as Error).message)}`);
  }
  const problem = templateProblem(value);
  if (problem) {
    throw new TemplateFileError(`${file} is not a CloudFormation template: ${problem}`);
  }
  return value as object;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
