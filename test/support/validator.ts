/**
 * aws-cdk-lib's built-in CloudFormation validator costs about five seconds of schema loading in
 * every test file (jest gives each file its own module registry). It checks templates against
 * CloudFormation's schemas, so it stays on in the files that own the shipped templates: the
 * published template and its member template (cli/test/publish), every example app (test/examples),
 * and every variant of the cost report's and the StackSet's templates (test/cloudformation-schemas.test.ts).
 * Files that test behaviour (IAM evaluation, validation errors, diffs, upgrades, compliance packs)
 * call this to leave it out.
 */
export function withoutTemplateValidator(): void {
  const previous = process.env.CDK_VALIDATION;
  // Set now as well as before the tests: a describe block may synthesize while jest collects the tests.
  process.env.CDK_VALIDATION = 'false';
  beforeAll(() => {
    process.env.CDK_VALIDATION = 'false';
  });
  afterAll(() => {
    if (previous === undefined) {
      delete process.env.CDK_VALIDATION;
    } else {
      process.env.CDK_VALIDATION = previous;
    }
  });
}
