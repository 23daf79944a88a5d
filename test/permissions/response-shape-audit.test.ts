import { auditActions, nameClasses } from '../../scripts/response-shape-audit';

/** A model of one service, as botocore's data files have it. */
const MODEL = {
  dir: 'widgets',
  metadata: { signingName: 'widgets', endpointPrefix: 'widgets-api' },
  operations: {
    GetWidget: { name: 'GetWidget', output: { shape: 'GetWidgetResponse' } },
    ListWidgets: { name: 'ListWidgets', output: { shape: 'ListWidgetsResponse' } },
  },
  shapes: {
    GetWidgetResponse: { type: 'structure', members: { Widget: { shape: 'Widget' }, NextToken: { shape: 'String' } } },
    ListWidgetsResponse: { type: 'structure', members: { Widgets: { shape: 'WidgetList' }, NextToken: { shape: 'Token' } } },
    WidgetList: { type: 'list', member: { shape: 'Widget' } },
    Widget: {
      type: 'structure',
      members: {
        Name: { shape: 'String' },
        SecretArn: { shape: 'String' },
        KmsKeyId: { shape: 'String' },
        Owner: { shape: 'Owner' },
        Environment: { shape: 'Environment' },
        Tags: { shape: 'TagMap' },
        PasswordLastUsed: { shape: 'Timestamp' },
        Code: { shape: 'String' },
        Parent: { shape: 'Widget' },
      },
    },
    Owner: { type: 'structure', members: { Email: { shape: 'String' }, Label: { shape: 'Secret' } } },
    Environment: { type: 'structure', members: { Variables: { shape: 'VariableMap' }, Error: { shape: 'String' } } },
    VariableMap: { type: 'map', key: { shape: 'String' }, value: { shape: 'Secret' } },
    TagMap: { type: 'map', key: { shape: 'String' }, value: { shape: 'Secret' } },
    Secret: { type: 'string', sensitive: true },
    Token: { type: 'string', sensitive: true },
    String: { type: 'string' },
    Timestamp: { type: 'timestamp' },
  },
};

describe('the response-shape audit', () => {
  const audit = auditActions(['widgets:GetWidget', 'widgets:ListWidgets', 'widgets:GetWidgetConsole'], [MODEL as any]);

  test('finds the operation of the same name by signing name, and lists actions no model has', () => {
    expect(audit['widgets:GetWidget'].operations).toEqual(['widgets:GetWidget']);
    expect(audit['widgets:GetWidgetConsole']).toEqual({ operations: [], flagged: [] });
  });

  test('flags fields the model marks sensitive and fields named like a denied class, through lists, maps and cycles', () => {
    expect(audit['widgets:ListWidgets'].flagged).toEqual([
      { path: 'NextToken', flags: ['sensitive'] },
      // Widget.Parent is a Widget again: the walk stops at the cycle, whose fields are listed once.
      { path: 'Widgets[].Environment', flags: ['environment'] },
      { path: 'Widgets[].Owner.Email', flags: ['contact'] },
      { path: 'Widgets[].Owner.Label', flags: ['sensitive'] },
      { path: 'Widgets[].Tags{}', flags: ['sensitive'] },
    ]);
  });

  test('does not flag identifiers, scalars, error codes or pagination tokens by name', () => {
    const string = { type: 'string' };
    expect(['SecretArn', 'KmsKeyId', 'NextToken', 'ClientToken', 'Code', 'Name'].flatMap((name) => nameClasses(name, string))).toEqual([]);
    expect(nameClasses('PasswordLastUsed', { type: 'timestamp' })).toEqual([]);
    expect(nameClasses('SessionToken', string)).toEqual(['token']);
    expect(nameClasses('SecretAccessKey', string)).toEqual(['secret', 'key']);
    expect(nameClasses('Code', { type: 'structure' })).toEqual(['code']);
    expect(nameClasses('SystemPrompt', string)).toEqual(['prompt']);
    expect(nameClasses('QueryString', string)).toEqual(['query']);
    // Words, not substrings: Descriptions and Subscriptions hold no script.
    expect(['Descriptions', 'Subscriptions', 'Scriptless'].flatMap((name) => nameClasses(name, string))).toEqual([]);
    expect(nameClasses('AfterConnectScript', string)).toEqual(['code']);
  });

  test('names a structure, or a list of structures, by its last word only, and walks into the rest', () => {
    const shapes = { Summary: { type: 'structure', members: {} }, Summaries: { type: 'list', member: { shape: 'Summary' } } };
    expect(nameClasses('PromptSummaryList', shapes.Summaries, shapes)).toEqual([]);
    expect(nameClasses('ResolverQueryLogConfig', shapes.Summary, shapes)).toEqual([]);
    expect(nameClasses('Environment', shapes.Summary, shapes)).toEqual(['environment']);
    expect(nameClasses('PromptTemplates', shapes.Summaries, shapes)).toEqual([]);
    expect(nameClasses('SystemPrompts', { type: 'list', member: { shape: 'String' } }, { String: { type: 'string' } })).toEqual(['prompt']);
  });
});
