import { fileOf, publishExample } from '../support/published';

describe('the Terraform rendering', () => {
  const { publication } = publishExample();
  const variables: Record<string, any> = JSON.parse(fileOf(publication, 'terraform/main.tf.json')).variable;

  test('every check\'s message names the variable the user sets, not the template\'s parameter', () => {
    const checks = Object.entries(variables)
      .flatMap(([name, variable]) => (variable.validation ?? []).map((check: any) => [name, check.error_message]));
    expect(checks.length).toBeGreaterThan(3);
    expect(checks.filter(([name, message]) => !message.startsWith(`${name} `))).toEqual([]);
    // No message names a parameter of the template.
    const parameters = Object.keys(publication.template.Parameters);
    expect(checks.filter(([, message]) => parameters.some((parameter) => message.includes(parameter)))).toEqual([]);
  });

  test('the StackSet is named after the stack name the quick-create link offers, as the template names it after its stack', () => {
    expect(variables.name.default).toBe(new URL(publication.quickCreateUrl('x').replace('#/', '')).searchParams.get('stackName'));
  });
});
