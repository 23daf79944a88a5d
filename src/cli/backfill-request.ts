import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { BackfillRequestError, readStackOutputs, renderBackfillRequest } from '../publish/backfill-request';

const USAGE = 'usage: cdk-account-onboarding backfill-request (--template <published.json> | --outputs <outputs.json>) --from YYYY-MM --to YYYY-MM';

function readJson(file: string): any {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new BackfillRequestError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BackfillRequestError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** `backfill-request`: prints the text of a support case asking AWS to backfill report history. */
export async function backfillRequestCommand(args: string[], now: Date = new Date()): Promise<number> {
  try {
    const { values } = parseArgs({ args, options: { template: { type: 'string' }, outputs: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } }, strict: true });
    if ((!values.template && !values.outputs) || !values.from || !values.to) {
      throw new BackfillRequestError(`--template or --outputs, --from and --to are required (${USAGE})`);
    }
    const template = values.template ? readJson(values.template) : undefined;
    if (template !== undefined && (typeof template !== 'object' || template === null || typeof template.Resources !== 'object')) {
      throw new BackfillRequestError(`${values.template} is not a CloudFormation template (no Resources)`);
    }
    const outputs = values.outputs ? readStackOutputs(readJson(values.outputs)) : undefined;
    console.log(renderBackfillRequest({ template, outputs, from: values.from, to: values.to, now }));
    return 0;
  } catch (error) {
    console.error(`cdk-account-onboarding backfill-request: ${(error as Error).message}`);
    return error instanceof BackfillRequestError ? 1 : 2;
  }
}
