/**
 * Resolves the CloudFormation intrinsics that our templates use (Ref, Fn::Join, Fn::GetAtt,
 * Fn::Sub, Fn::Select, Fn::Split, Fn::If) to the values they take in one deployment, so that
 * synthesized policies can be evaluated by the IAM simulator as IAM will see them.
 */
export interface Deployment {
  readonly accountId: string;
  readonly region: string;
  readonly partition?: string;
  /** Parameter values by logical ID. */
  readonly parameters?: Record<string, string>;
  /** Condition values by logical ID. */
  readonly conditions?: Record<string, boolean>;
  /** The stack's name (`AWS::StackName`). @default 'TestStack' */
  readonly stackName?: string;
}

export function resolveIntrinsics(value: unknown, template: any, deployment: Deployment): any {
  const partition = deployment.partition ?? 'aws';
  const pseudo: Record<string, string> = {
    'AWS::Partition': partition,
    'AWS::AccountId': deployment.accountId,
    'AWS::Region': deployment.region,
    'AWS::URLSuffix': 'amazonaws.com',
    'AWS::StackName': deployment.stackName ?? 'TestStack',
  };
  const resolve = (node: unknown): any => {
    if (Array.isArray(node)) {
      return node.map(resolve).filter((item) => item !== NO_VALUE);
    }
    if (node === null || typeof node !== 'object') {
      return node;
    }
    const object = node as Record<string, any>;
    const keys = Object.keys(object);
    if (keys.length === 1) {
      const [key] = keys;
      const arg = object[key];
      switch (key) {
        case 'Ref': {
          if (arg === 'AWS::NoValue') return NO_VALUE;
          if (arg in pseudo) return pseudo[arg];
          if (deployment.parameters && arg in deployment.parameters) {
            const given = deployment.parameters[arg];
            // A CommaDelimitedList parameter is a list wherever it is referenced.
            return template.Parameters?.[arg]?.Type === 'CommaDelimitedList' ? given.split(',').map((item) => item.trim()) : given;
          }
          const parameter = template.Parameters?.[arg];
          if (parameter) {
            if (parameter.Default === undefined) throw new Error(`no value for parameter ${arg}`);
            return parameter.Type === 'CommaDelimitedList' ? String(parameter.Default).split(',').map((item) => item.trim()) : parameter.Default;
          }
          const resource = template.Resources?.[arg];
          if (resource) return physicalName(arg, resource);
          throw new Error(`unresolvable Ref ${arg}`);
        }
        case 'Fn::ImportValue':
          // Another stack's export: its value is that stack's, unknown here.
          return `imported:${resolve(arg)}`;
        case 'Fn::Join':
          return (resolve(arg[1]) as string[]).join(arg[0]);
        case 'Fn::Select':
          return resolve(arg[1])[Number(resolve(arg[0]))];
        case 'Fn::Split':
          return String(resolve(arg[1])).split(arg[0]);
        case 'Fn::If':
          return resolve(conditionValue(arg[0]) ? arg[1] : arg[2]);
        case 'Fn::GetAtt': {
          const [logicalId, attribute] = Array.isArray(arg) ? arg : String(arg).split('.');
          const resource = template.Resources?.[logicalId];
          if (!resource) throw new Error(`unresolvable GetAtt ${logicalId}`);
          const name = physicalName(logicalId, resource);
          if (attribute === 'Arn') {
            if (resource.Type === 'AWS::IAM::Role') {
              return `arn:${partition}:iam::${deployment.accountId}:role${resolve(resource.Properties?.Path) ?? '/'}${name}`;
            }
            if (resource.Type === 'AWS::S3::Bucket') return `arn:${partition}:s3:::${name}`;
          }
          return `${name}.${attribute}`;
        }
        case 'Fn::Sub': {
          const [text, variables] = Array.isArray(arg) ? arg : [arg, {}];
          return String(text).replace(/\$\{([^}]+)\}/g, (_, name: string) => {
            if (variables && name in variables) return resolve(variables[name]);
            if (name.includes('.')) return resolve({ 'Fn::GetAtt': name.split('.') });
            return resolve({ Ref: name });
          });
        }
        default:
          break;
      }
    }
    return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, resolve(v)]).filter(([, v]) => v !== NO_VALUE));
  };
  const conditionValue = (name: string): boolean => {
    if (deployment.conditions && name in deployment.conditions) return deployment.conditions[name];
    const condition = template.Conditions?.[name];
    if (!condition) throw new Error(`unknown condition ${name}`);
    return evaluateCondition(condition);
  };
  const evaluateCondition = (node: any): boolean => {
    const [key] = Object.keys(node);
    const arg = node[key];
    switch (key) {
      case 'Fn::Equals': return String(resolve(arg[0])) === String(resolve(arg[1]));
      case 'Fn::Not': return !evaluateCondition(arg[0]);
      case 'Fn::And': return arg.every(evaluateCondition);
      case 'Fn::Or': return arg.some(evaluateCondition);
      case 'Condition': return conditionValue(arg);
      default: throw new Error(`unsupported condition ${key}`);
    }
  };
  const physicalName = (logicalId: string, resource: any): string => {
    const props = resource.Properties ?? {};
    const name = props.RoleName ?? props.BucketName ?? props.ManagedPolicyName ?? props.StackSetName ?? logicalId.toLowerCase();
    return resolve(name);
  };
  return resolve(value);
}

const NO_VALUE = Symbol('AWS::NoValue');
