/**
 * A template value as a reviewer reads it in PERMISSIONS.md: literals as they are, and each value
 * known only at deployment as a placeholder that says where it comes from, such as
 * `arn:aws:s3:::<bucket in output CostReportBucketName>/cur2/*` or `<parameter ReportBucket>`.
 * Every CloudFormation intrinsic the constructs write is rendered; any other is shown as the
 * intrinsic itself (its JSON), never as an object stringified.
 */

/** The name property of each resource type whose `Ref` is its name (a literal or a parameter). */
const NAME_PROPERTIES: Record<string, string> = { 'AWS::S3::Bucket': 'BucketName', 'AWS::IAM::Role': 'RoleName' };

/** What the placeholders of values known at deployment say. */
const ACCOUNT = '<your account ID>';

/**
 * Renders a resolved template value (a literal, or CloudFormation intrinsics as `stack.resolve`
 * returns them) as text.
 *
 * @param value the resolved value
 * @param template the synthesized template the value belongs to, for the names of its parameters, resources and outputs
 * @param partition the partition the template is published for
 */
export function renderForReview(value: unknown, template: any, partition: string): string {
  const parameters: Record<string, unknown> = template.Parameters ?? {};
  const resources: Record<string, any> = template.Resources ?? {};
  const outputs: Record<string, any> = template.Outputs ?? {};
  const pseudo: Record<string, string> = {
    'AWS::Partition': partition,
    'AWS::AccountId': ACCOUNT,
    'AWS::Region': '<the stack\'s Region>',
    'AWS::StackName': '<the stack\'s name>',
    'AWS::URLSuffix': partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com',
    'AWS::NoValue': '',
  };

  /** What a resource's `Ref` gives: its literal (or parameter) name, else the output that shows it, else its logical ID. */
  const resourceName = (logicalId: string): string => {
    const property = NAME_PROPERTIES[resources[logicalId]?.Type];
    const given = property === undefined ? undefined : resources[logicalId].Properties?.[property];
    if (given !== undefined) {
      return render(given);
    }
    const output = Object.keys(outputs).find((name) => JSON.stringify(outputs[name].Value) === JSON.stringify({ Ref: logicalId }));
    const kind = String(resources[logicalId]?.Type ?? 'resource').split('::').pop()!.toLowerCase();
    return output ? `<${kind} in output ${output}>` : `<${kind} ${logicalId}>`;
  };

  const attribute = (logicalId: string, name: string): string => {
    const type = resources[logicalId]?.Type;
    if (name === 'Arn' && type === 'AWS::S3::Bucket') {
      return `arn:${partition}:s3:::${resourceName(logicalId)}`;
    }
    if (name === 'Arn' && type === 'AWS::IAM::Role') {
      return `arn:${partition}:iam::${ACCOUNT}:role${render(resources[logicalId].Properties?.Path ?? '/')}${resourceName(logicalId)}`;
    }
    return `<${name} of ${logicalId}>`;
  };

  const render = (node: unknown): string => {
    if (typeof node === 'string') {
      return node;
    }
    if (typeof node === 'number' || typeof node === 'boolean') {
      return String(node);
    }
    if (Array.isArray(node)) {
      return node.map(render).join(', ');
    }
    if (node === null || typeof node !== 'object') {
      return JSON.stringify(node) ?? '';
    }
    const [key, ...others] = Object.keys(node);
    const arg = (node as Record<string, any>)[key];
    if (others.length === 0) {
      switch (key) {
        case 'Ref':
          if (arg in pseudo) return pseudo[arg];
          if (arg in parameters) return `<parameter ${arg}>`;
          if (arg in resources) return resourceName(arg);
          break;
        case 'Fn::GetAtt': {
          const [logicalId, name] = Array.isArray(arg) ? arg : String(arg).split('.');
          return attribute(logicalId, name);
        }
        case 'Fn::Join':
          return Array.isArray(arg[1]) ? arg[1].map(render).join(arg[0]) : render(arg[1]);
        case 'Fn::Sub': {
          const [text, variables] = Array.isArray(arg) ? arg : [arg, {}];
          return String(text).replace(/\$\{([^}!][^}]*)\}/g, (_, name: string) => {
            if (variables && name in variables) return render(variables[name]);
            return name.includes('.') ? attribute(name.split('.')[0], name.split('.').slice(1).join('.')) : render({ Ref: name });
          });
        }
        case 'Fn::If': {
          const [condition, whenTrue, whenFalse] = arg;
          const otherwise = render(whenFalse);
          return otherwise === '' ? `${render(whenTrue)} (if ${condition})` : `${render(whenTrue)} (if ${condition}; otherwise ${otherwise})`;
        }
        case 'Fn::ImportValue':
          return `<export ${render(arg)}>`;
        default:
          break;
      }
    }
    // An intrinsic the constructs do not write: shown as it is in the template.
    return JSON.stringify(node);
  };

  return render(value);
}
