/**
 * `diff <old.json> <new.json>`: explains an update of the published template to a customer's
 * security team. The analysis is in template-diff.ts, its text in template-diff-format.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command } from 'commander';
import type { MemberTemplateReader } from './template-diff';
import { CliError, CliIo, EXIT } from '../core/cli-io';
import { readJsonFile } from '../core/files';

export function diffCommand(io: CliIo, exit: (code: number) => void): Command {
  return new Command('diff')
    .summary('explain an update of the template for a security review: permissions, trust, replacements')
    .description('Explains what updating a stack from the old template to the new one changes, for a security review: '
      + 'the permissions added and removed (policy statements and managed policies), the changes to who may assume the '
      + 'roles (principals, conditions such as sts:ExternalId), and the resources the update would replace or remove; '
      + 'the same for the member-account template of each StackSet, embedded or, for a TemplateURL, the file of that name beside the template file '
      + '(as publish writes them).')
    .argument('<old>', 'the template deployed now (JSON)')
    .argument('<new>', 'the template to update to (JSON)')
    .addHelpText('after', '\nExit code 1 also when a role, bucket or StackSet would be replaced or removed, so that a release pipeline stops there.')
    .action(async (oldFile: string, newFile: string) => {
      // Loaded on use, with the template differ: other commands do not load it.
      /* eslint-disable @typescript-eslint/no-require-imports */
      const { criticalReplacements, diffTemplates } = require('./template-diff') as typeof import('./template-diff');
      const { formatTemplateUpdateReport } = require('./template-diff-format') as typeof import('./template-diff-format');
      /* eslint-enable @typescript-eslint/no-require-imports */
      const oldTemplate = readTemplate(oldFile);
      const newTemplate = readTemplate(newFile);
      const report = diffTemplates(oldTemplate, newTemplate, { old: besideFile(oldFile), new: besideFile(newFile) });
      io.out(formatTemplateUpdateReport(report));
      const critical = criticalReplacements(report);
      if (critical.length > 0) {
        io.out(`\nthe update replaces or removes a role, bucket or StackSet: ${critical.map((change) =>
          `${change.logicalId} (${change.type}${change.stackSetLogicalId ? `, member accounts of StackSet ${change.stackSetLogicalId}` : ''})`).join('; ')}`);
        exit(EXIT.FAILED);
        return;
      }
      exit(EXIT.OK);
    });
}

/** A TemplateURL's file, read from the folder of the template file, where publish writes the member template. */
function besideFile(templateFile: string): MemberTemplateReader {
  return (templateUrl) => {
    let name: string;
    try {
      name = path.posix.basename(new URL(templateUrl).pathname);
    } catch {
      return undefined;
    }
    const file = path.join(path.dirname(templateFile), name);
    return name && fs.existsSync(file) ? readJsonFile(file, 'member template') : undefined;
  };
}

function readTemplate(file: string): object {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { templateProblem } = require('./template-diff') as typeof import('./template-diff');
  const value = readJsonFile(file, 'template');
  const problem = templateProblem(value);
  if (problem) {
    throw CliError.failed(`${file} is not a CloudFormation template: ${problem}`);
  }
  return value as object;
}
