import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `firehose`. */
export const FIREHOSE_RULES: ClassificationRule[] = [
  {
    id: 'firehose/describe-delivery-stream',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['firehose:DescribeDeliveryStream'],
    reason: 'The Splunk destination description returns the HEC token, and the HTTP endpoint destination returns its common attributes, where endpoints take API keys.',
    fields: {
      HECToken: 'the Splunk HTTP Event Collector token, a GUID that authorizes sending events to the Splunk cluster',
      AttributeValue: 'the value of an HTTP endpoint common attribute, sent with every request, where endpoints take API keys',
    },
    metadataFields: {
      'AttributeName': 'the name of an HTTP endpoint common attribute',
      'Url': 'the URL of the HTTP endpoint destination; its access key is not returned (model HttpEndpointDescription has only Url and Name)',
      'Processors[].Parameters': 'the record processor\'s parameters: Lambda ARN, retry count, buffer size and interval, delimiter settings',
      'CopyCommand': 'the Redshift COPY target: table name, column list and COPY options; no data and no password',
      'Username': 'the Redshift user name Firehose connects as; the password is not returned',
      'User': 'the Snowflake login name; the private key is not returned',
      'AccountUrl': 'the URL of the customer\'s Snowflake account',
      'Database': 'the Snowflake database name',
      'Schema': 'the Snowflake schema name',
      'Table': 'the Snowflake table name',
      'ContentColumnName': 'the name of the Snowflake column that receives the record content, not the content',
      'MetaDataColumnName': 'the name of the Snowflake column that receives the record metadata',
      'SnowflakeRole': 'the Snowflake role Firehose uses',
      'PrivateLinkVpceId': 'the ID of the VPC endpoint service for Snowflake PrivateLink',
    },
  },
];
