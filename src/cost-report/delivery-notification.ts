import { Annotations, Aws, CfnCondition, CfnResource, Fn, Stack, Token } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { isLiteral, PropsValidator } from '../core/validation';

/**
 * Which report files a `DeliveryNotification` announces.
 */
export interface DeliveryNotificationOptions {
  /**
   * Announce only the manifests (`<name>-Manifest.json`), which AWS writes once a delivery of an
   * export is complete, rather than every data file.
   *
   * @default false - every file AWS writes under the exports' `<prefix>/<name>/`
   */
  readonly manifestsOnly?: boolean;

  /**
   * Announce the files of the export with this prefix only (one of the report's export prefixes).
   *
   * @default - the files of every export
   */
  readonly prefix?: string;
}

/** `keyPrefix` `<prefix>/<name>/` (an export's own files, not the test object AWS writes at `<prefix>/`), `keySuffix` for manifests only. */
type DeliveryKeyFilter = { readonly keyPrefix: string; readonly keySuffix?: string };

/**
 * Where the vendor learns that a report file has landed: a topic or an event bus in the vendor's
 * account that receives, for each new report file, the bucket, the key, the size and the time of
 * the object (S3's event, never the object's content).
 */
export abstract class DeliveryNotification {
  /** The construct ID of the rule that forwards S3's events to the vendor's bus. */
  public static readonly RULE_ID = 'DeliveryNotificationRule';
  /** The construct ID of the role the rule sends with. */
  public static readonly ROLE_ID = 'DeliveryNotificationRole';
  /**
   * The path of the rule's role: the vendor's bus policy admits roles of this path in any account,
   * since it cannot list its customers' accounts.
   */
  public static readonly ROLE_PATH = '/cost-report-delivery/';
  /** The suffix of the manifest AWS writes when a delivery is complete, for every kind of export. */
  public static readonly MANIFEST_SUFFIX = '-Manifest.json';

  /**
   * What each notification carries, in the fields of S3's event (the SNS message and the EventBridge event
   * hold the same): every rendering that tells the customer what leaves the account says this.
   */
  public static readonly EVENT_CONTENTS = 'the bucket name and its owner, the object key, its size, ETag, version ID and sequencer, '
    + 'the time and Region of the event, and the delivering request\'s requester (AWS\'s billing service), source IP address and request IDs';

  /**
   * S3 event notifications of the report bucket to an SNS topic of the vendor, for `s3:ObjectCreated:*`
   * under the report prefixes only. The topic must be in the bucket's Region, and its policy must admit
   * `s3.amazonaws.com` (see `OnboardingPublication.deliveryNotificationPolicy`) before the stack deploys:
   * S3 checks it when the notification is configured. Only with a bucket created by the `CostReport`.
   *
   * @param topicArn the topic's ARN
   */
  public static snsTopic(topicArn: string, options: DeliveryNotificationOptions = {}): DeliveryNotification {
    return new SnsTopicNotification(topicArn, options);
  }

  /**
   * An EventBridge rule on the customer's default bus that forwards S3's `Object Created` events of the
   * report bucket under the report prefixes to an event bus of the vendor, with a role that may call
   * `events:PutEvents` on that bus only. The bus's policy must admit the role
   * (see `OnboardingPublication.deliveryNotificationPolicy`). The bucket must send its events to
   * EventBridge, which a bucket created by the `CostReport` does.
   *
   * @param eventBusArn the bus's ARN
   */
  public static eventBus(eventBusArn: string, options: DeliveryNotificationOptions = {}): DeliveryNotification {
    return new EventBusNotification(eventBusArn, options);
  }

  /** The ARN of the vendor's topic or bus. */
  public readonly destinationArn: string;
  /** Whether only manifests are announced. */
  public readonly manifestsOnly: boolean;
  /**
   * The one export prefix announced.
   *
   * @default - every export's
   */
  public readonly prefix?: string;

  protected constructor(destinationArn: string, options: DeliveryNotificationOptions) {
    this.destinationArn = destinationArn;
    this.manifestsOnly = options.manifestsOnly ?? false;
    this.prefix = options.prefix;
  }

  /** The kind, as the vendor config and the renderings name it: `SNS_TOPIC` or `EVENT_BUS`. */
  public abstract get kind(): string;

  /**
   * The key filters of the announced exports.
   *
   * @internal
   */
  public _filters(deliveries: { prefix: string; name: string }[]): { keyPrefix: string; keySuffix?: string }[] {
    return deliveries
      .filter((delivery) => this.prefix === undefined || delivery.prefix === this.prefix)
      .map((delivery) => ({
        keyPrefix: `${delivery.prefix}/${delivery.name}/`,
        keySuffix: this.manifestsOnly ? DeliveryNotification.MANIFEST_SUFFIX : undefined,
      }));
  }

  /**
   * Records every literal AWS would reject.
   *
   * @internal
   */
  public _validate(property: string, validator: PropsValidator, deliveries: { prefix: string; name: string }[], bucketRegion: string,
    bucketGiven: boolean, ruleRegion: string): void {
    const prefixes = deliveries.map((delivery) => delivery.prefix);
    if (this.prefix !== undefined && prefixes.every(isLiteral)) {
      validator.check(!prefixes.includes(this.prefix),
        `${property} prefix must be one of the exports' prefixes (${prefixes.join(', ')}), got '${this.prefix}'`);
    }
    this._validateDestination(property, validator, bucketRegion, bucketGiven);
    // S3 sends its events to the default bus of the bucket's Region, where the rule must be.
    validator.check(this.kind === 'EVENT_BUS' && !Token.isUnresolved(bucketRegion) && !Token.isUnresolved(ruleRegion) && bucketRegion !== ruleRegion,
      `${property} needs the bucket in the stack's Region ${ruleRegion} (S3 sends its events to the default bus of the bucket's Region, where the rule is created), got a bucket in '${bucketRegion}'`);
    if (this.kind === 'SNS_TOPIC' && deliveries.every((delivery) => isLiteral(delivery.prefix) && isLiteral(delivery.name))) {
      // S3 refuses two configurations for the same event whose key prefixes overlap.
      const keys = this._filters(deliveries).map((filter) => filter.keyPrefix);
      for (const [index, key] of keys.entries()) {
        const overlapping = keys.find((other, otherIndex) => otherIndex !== index && key.startsWith(other));
        validator.check(overlapping !== undefined,
          `${property} needs exports whose <prefix>/<name>/ do not contain one another (S3 refuses overlapping notification filters), got '${key}' under '${overlapping}'`);
      }
    }
  }

  /**
   * Sets up the notification for the report's bucket.
   *
   * @internal
   */
  public abstract _bind(scope: Construct, bucket: s3.IBucket, filters: { keyPrefix: string; keySuffix?: string }[], condition?: CfnCondition): void;

  /**
   * Records the destination's problems.
   *
   * @internal
   */
  public abstract _validateDestination(property: string, validator: PropsValidator, bucketRegion: string, bucketGiven: boolean): void;
}

const TOPIC_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[\w-]{1,256}$/;
const BUS_ARN = /^arn:aws[a-z-]*:events:[a-z0-9-]+:\d{12}:event-bus\/[\w.\-/]{1,256}$/;

class SnsTopicNotification extends DeliveryNotification {
  constructor(topicArn: string, options: DeliveryNotificationOptions) {
    super(topicArn, options);
  }

  public get kind(): string {
    return 'SNS_TOPIC';
  }

  public _bind(_scope: Construct, bucket: s3.IBucket, filters: DeliveryKeyFilter[], condition?: CfnCondition): void {
    // One configuration per export: S3 matches a filter's prefix and suffix together, and admits no
    // two configurations whose filters overlap for the same event. An override, in CloudFormation's
    // spelling, leaves the EventBridge setting of the bucket as it is.
    const topicConfigurations = filters.map((filter) => ({
      Event: 's3:ObjectCreated:*',
      Topic: this.destinationArn,
      Filter: {
        S3Key: {
          Rules: [
            { Name: 'prefix', Value: filter.keyPrefix },
            ...(filter.keySuffix ? [{ Name: 'suffix', Value: filter.keySuffix }] : []),
          ],
        },
      },
    }));
    (bucket.node.defaultChild as s3.CfnBucket).addPropertyOverride('NotificationConfiguration.TopicConfigurations',
      condition ? Fn.conditionIf(condition.logicalId, topicConfigurations, Aws.NO_VALUE) : topicConfigurations);
  }

  public _validateDestination(property: string, validator: PropsValidator, bucketRegion: string, bucketGiven: boolean): void {
    validator.check(bucketGiven,
      `${property} must be unset when bucket is given: the notification configuration belongs to the bucket's own template (CloudFormation sets it whole, and a custom resource is not an option), got an SNS topic; add the topic configurations to the bucket where it is defined, or use DeliveryNotification.eventBus()`);
    if (!isLiteral(this.destinationArn)) {
      return;
    }
    validator.pattern(`${property} topicArn`, this.destinationArn, TOPIC_ARN, 'an SNS topic ARN arn:<partition>:sns:<region>:<account>:<name>');
    const topicRegion = TOPIC_ARN.test(this.destinationArn) ? this.destinationArn.split(':')[3] : undefined;
    validator.check(topicRegion !== undefined && !Token.isUnresolved(bucketRegion) && topicRegion !== bucketRegion,
      `${property} topicArn must name a topic in the bucket's Region ${bucketRegion} (S3 notifies topics of its own Region only), got '${this.destinationArn}'`);
  }
}

class EventBusNotification extends DeliveryNotification {
  constructor(eventBusArn: string, options: DeliveryNotificationOptions) {
    super(eventBusArn, options);
  }

  public get kind(): string {
    return 'EVENT_BUS';
  }

  public _bind(scope: Construct, bucket: s3.IBucket, filters: DeliveryKeyFilter[], condition?: CfnCondition): void {
    const role = new iam.Role(scope, DeliveryNotification.ROLE_ID, {
      assumedBy: new iam.ServicePrincipal('events.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(scope).account } },
      }),
      path: DeliveryNotification.ROLE_PATH,
      description: 'Forwards S3 events of new cost report files (never their content) to the vendor\'s event bus.',
    });
    // The role's default policy (an AWS::IAM::Policy, which every rendering translates) allows this alone.
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['events:PutEvents'], resources: [this.destinationArn] }));
    const rule = new events.CfnRule(scope, DeliveryNotification.RULE_ID, {
      description: 'New cost report files in the report bucket, announced to the vendor (S3 event metadata, no content).',
      eventPattern: {
        'source': ['aws.s3'],
        'detail-type': ['Object Created'],
        'detail': {
          bucket: { name: [bucket.bucketName] },
          object: {
            key: filters.map((filter) => (filter.keySuffix ? { wildcard: `${filter.keyPrefix}*${filter.keySuffix}` } : { prefix: filter.keyPrefix })),
          },
        },
      },
      targets: [{ id: 'VendorEventBus', arn: this.destinationArn, roleArn: role.roleArn }],
    });
    if (condition) {
      for (const child of [rule, ...role.node.findAll()]) {
        if (child instanceof CfnResource) {
          child.cfnOptions.condition = condition;
        }
      }
    }
    if (!bucket.node.defaultChild) {
      Annotations.of(scope).addWarningV2('cdk-account-onboarding:deliveryNotificationEventBridge',
        'The bucket is passed in: the delivery notification works only once the bucket sends its events to Amazon EventBridge (aws s3api put-bucket-notification-configuration with EventBridgeConfiguration).');
    }
  }

  public _validateDestination(property: string, validator: PropsValidator): void {
    validator.pattern(`${property} eventBusArn`, this.destinationArn, BUS_ARN, 'an event bus ARN arn:<partition>:events:<region>:<account>:event-bus/<name>');
  }
}
