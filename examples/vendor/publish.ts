/**
 * Publishes the example vendor config to dist/: the same as
 *   npx cdk-account-onboarding publish --config examples/vendor/onboarding.json --out dist
 * run from the repository without building the package first.
 */
import * as path from 'node:path';
import { main } from '../../cli/src/main';

main(['publish', '--config', path.join(__dirname, 'onboarding.json'), '--out', process.argv[2] ?? 'dist'])
  .then((code) => { process.exitCode = code; });
