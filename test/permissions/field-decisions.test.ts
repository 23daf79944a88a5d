import { ActionClass, ActionClassification, ClassificationRule } from '../../src';

/** The rules of a small world: verb rules, a service fallback, a field rule and an exact rule. */
const RULES: ClassificationRule[] = [
  { id: 'every-service/verb-list', fallback: true, actionClass: ActionClass.METADATA, actions: ['*:List*'], reason: 'Fallback, not a finding: lists.' },
  { id: 'lambda/fallback-reads', fallback: true, actionClass: ActionClass.METADATA, actions: ['lambda:GetPolicy'], reason: 'Fallback, not a finding: lambda reads.' },
  {
    id: 'lambda/function-environment',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['lambda:*'],
    reason: 'Environment maps carry secrets.',
    fields: { Environment: 'the function\'s environment variables' },
  },
  {
    id: 'lambda/get-function',
    actionClass: ActionClass.CODE,
    actions: ['lambda:GetFunction'],
    reason: 'A presigned link to the code.',
    fields: { 'Code.Location': 'a presigned URL of the deployment package' },
    metadataFields: { KMSKeyArn: 'the ARN of a key, not key material' },
  },
  {
    id: 'lambda/list-layers',
    actionClass: ActionClass.METADATA,
    actions: ['lambda:ListLayers'],
    reason: 'Layer names and versions.',
    metadataFields: { Environment: 'never returned by this call (API reference)' },
  },
];
const FLAGGED = {
  'lambda:ListFunctions': 'Functions[].Environment:environment',
  'lambda:GetFunction': 'Code.Location:url Configuration.Environment:environment Configuration.KMSKeyArn:key',
  'lambda:GetPolicy': 'Policy:sensitive',
  'lambda:ListLayers': 'Layers[].Environment:environment',
  'lambda:ListAliases': 'Aliases[].Description:sensitive',
};

describe('field decisions', () => {
  const classification = new ActionClassification({ rules: RULES, flaggedFields: FLAGGED });

  test('a pattern rule that names a field puts every action whose response has it in its class, over the verb rules', () => {
    // GIVEN lambda:ListFunctions, a List whose response has Functions[].Environment
    const result = classification.classify('lambda:ListFunctions');
    // THEN the field rule decides, not *:List*
    expect(result).toMatchObject({ actionClass: ActionClass.SECRET_BEARING_CONFIGURATION, ruleId: 'lambda/function-environment', fallback: false });
    expect(result.fields).toEqual([{ field: 'Functions[].Environment', flags: ['environment'], actionClass: ActionClass.SECRET_BEARING_CONFIGURATION, holds: 'the function\'s environment variables', ruleId: 'lambda/function-environment' }]);
  });

  test('an exact rule decides its action and names fields by path; other fields are decided by the rules that name them', () => {
    const result = classification.classify('lambda:GetFunction');
    expect(result).toMatchObject({ actionClass: ActionClass.CODE, ruleId: 'lambda/get-function' });
    expect(result.fields!.map((field) => [field.field, field.actionClass, field.ruleId])).toEqual([
      ['Code.Location', ActionClass.CODE, 'lambda/get-function'],
      ['Configuration.Environment', ActionClass.SECRET_BEARING_CONFIGURATION, 'lambda/function-environment'],
      ['Configuration.KMSKeyArn', ActionClass.METADATA, 'lambda/get-function'],
    ]);
  });

  test('an exact rule may decide a field as metadata with its evidence, over a pattern rule that names it', () => {
    const result = classification.classify('lambda:ListLayers');
    expect(result).toMatchObject({ actionClass: ActionClass.METADATA, ruleId: 'lambda/list-layers' });
    expect(result.fields![0]).toMatchObject({ actionClass: ActionClass.METADATA, holds: 'never returned by this call (API reference)' });
  });

  test('a flagged field that no rule names is undecided, and the fallback that classifies the action says it is one', () => {
    const policy = classification.classify('lambda:GetPolicy');
    expect(policy).toMatchObject({ actionClass: ActionClass.METADATA, fallback: true });
    expect(policy.fields).toEqual([{ field: 'Policy', flags: ['sensitive'] }]);
    expect(classification.classify('lambda:ListAliases').fields).toEqual([{ field: 'Aliases[].Description', flags: ['sensitive'] }]);
  });

  test('rules of two classes naming the same field at the same level are a conflict', () => {
    const conflicting = new ActionClassification({
      rules: [...RULES, { id: 'lambda/environment-again', actionClass: ActionClass.CREDENTIALS, actions: ['lambda:List*'], reason: 'Environment maps carry secrets.', fields: { Environment: 'secrets' } }],
      flaggedFields: FLAGGED,
    });
    // lambda:* and lambda:List* are both service patterns naming Environment in different classes.
    expect(conflicting.classify('lambda:ListFunctions').actionClass).toBeUndefined();
    expect(conflicting.classify('lambda:ListFunctions').conflicts!.join(' ')).toContain('lambda/environment-again decides Functions[].Environment as credentials');
  });

  test('an action without flagged fields is decided by the fallbacks, and a field rule never classifies it', () => {
    // lambda:ListVersionsByFunction is in the AWS-managed policies, so the verb rule applies.
    expect(classification.classify('lambda:ListVersionsByFunction')).toMatchObject({ actionClass: ActionClass.METADATA, ruleId: 'every-service/verb-list', fallback: true });
    expect(classification.classify('lambda:ListVersionsByFunction').fields).toBeUndefined();
    // Without the flagged field, lambda/function-environment does not decide lambda:ListFunctions.
    expect(new ActionClassification({ rules: RULES, flaggedFields: {} }).classify('lambda:ListFunctions')).toMatchObject({ actionClass: ActionClass.METADATA, ruleId: 'every-service/verb-list' });
    // A Get that no rule names stays unclassified.
    expect(classification.classify('lambda:GetAlias').actionClass).toBeUndefined();
  });
});
