import { ClassificationRule } from './classification-rule';
import { A4B_RULES } from './classification-rules/a4b';
import { ACCESS_ANALYZER_RULES } from './classification-rules/access-analyzer';
import { ACCOUNT_RULES } from './classification-rules/account';
import { ACM_RULES } from './classification-rules/acm';
import { ACM_PCA_RULES } from './classification-rules/acm-pca';
import { AIOPS_RULES } from './classification-rules/aiops';
import { AIRFLOW_RULES } from './classification-rules/airflow';
import { AMPLIFY_RULES } from './classification-rules/amplify';
import { AOSS_RULES } from './classification-rules/aoss';
import { APIGATEWAY_RULES } from './classification-rules/apigateway';
import { APPLICATION_AUTOSCALING_RULES } from './classification-rules/application-autoscaling';
import { APPMESH_RULES } from './classification-rules/appmesh';
import { APPRUNNER_RULES } from './classification-rules/apprunner';
import { APPSTREAM_RULES } from './classification-rules/appstream';
import { APPSYNC_RULES } from './classification-rules/appsync';
import { ATHENA_RULES } from './classification-rules/athena';
import { AUDITMANAGER_RULES } from './classification-rules/auditmanager';
import { AUTOSCALING_RULES } from './classification-rules/autoscaling';
import { AUTOSCALING_PLANS_RULES } from './classification-rules/autoscaling-plans';
import { AWS_MARKETPLACE_RULES } from './classification-rules/aws-marketplace';
import { BACKUP_RULES } from './classification-rules/backup';
import { BATCH_RULES } from './classification-rules/batch';
import { BCM_DATA_EXPORTS_RULES } from './classification-rules/bcm-data-exports';
import { BEDROCK_RULES } from './classification-rules/bedrock';
import { BEDROCK_AGENTCORE_RULES } from './classification-rules/bedrock-agentcore';
import { BILLING_RULES } from './classification-rules/billing';
import { BRAKET_RULES } from './classification-rules/braket';
import { BUDGETS_RULES } from './classification-rules/budgets';
import { CASSANDRA_RULES } from './classification-rules/cassandra';
import { CE_RULES } from './classification-rules/ce';
import { CHIME_RULES } from './classification-rules/chime';
import { CLEANROOMS_RULES } from './classification-rules/cleanrooms';
import { CLOUD9_RULES } from './classification-rules/cloud9';
import { CLOUDFORMATION_RULES } from './classification-rules/cloudformation';
import { CLOUDFRONT_RULES } from './classification-rules/cloudfront';
import { CLOUDSEARCH_RULES } from './classification-rules/cloudsearch';
import { CLOUDTRAIL_RULES } from './classification-rules/cloudtrail';
import { CLOUDWATCH_RULES } from './classification-rules/cloudwatch';
import { CODEARTIFACT_RULES } from './classification-rules/codeartifact';
import { CODEBUILD_RULES } from './classification-rules/codebuild';
import { CODECOMMIT_RULES } from './classification-rules/codecommit';
import { CODEDEPLOY_RULES } from './classification-rules/codedeploy';
import { CODEPIPELINE_RULES } from './classification-rules/codepipeline';
import { CODESTAR_RULES } from './classification-rules/codestar';
import { COGNITO_IDENTITY_RULES } from './classification-rules/cognito-identity';
import { COGNITO_IDP_RULES } from './classification-rules/cognito-idp';
import { COGNITO_SYNC_RULES } from './classification-rules/cognito-sync';
import { COMPREHEND_RULES } from './classification-rules/comprehend';
import { COMPUTE_OPTIMIZER_RULES } from './classification-rules/compute-optimizer';
import { CONFIG_RULES } from './classification-rules/config';
import { CONNECT_RULES } from './classification-rules/connect';
import { COST_OPTIMIZATION_HUB_RULES } from './classification-rules/cost-optimization-hub';
import { CUR_RULES } from './classification-rules/cur';
import { DATABREW_RULES } from './classification-rules/databrew';
import { DATAPIPELINE_RULES } from './classification-rules/datapipeline';
import { DATASYNC_RULES } from './classification-rules/datasync';
import { DAX_RULES } from './classification-rules/dax';
import { DETECTIVE_RULES } from './classification-rules/detective';
import { DEVICEFARM_RULES } from './classification-rules/devicefarm';
import { DIRECTCONNECT_RULES } from './classification-rules/directconnect';
import { DISCOVERY_RULES } from './classification-rules/discovery';
import { DLM_RULES } from './classification-rules/dlm';
import { DMS_RULES } from './classification-rules/dms';
import { DRS_RULES } from './classification-rules/drs';
import { DS_RULES } from './classification-rules/ds';
import { DSQL_RULES } from './classification-rules/dsql';
import { DYNAMODB_RULES } from './classification-rules/dynamodb';
import { EBS_RULES } from './classification-rules/ebs';
import { EC2_RULES } from './classification-rules/ec2';
import { ECR_RULES } from './classification-rules/ecr';
import { ECR_PUBLIC_RULES } from './classification-rules/ecr-public';
import { ECS_RULES } from './classification-rules/ecs';
import { EKS_RULES } from './classification-rules/eks';
import { ELASTICACHE_RULES } from './classification-rules/elasticache';
import { ELASTICBEANSTALK_RULES } from './classification-rules/elasticbeanstalk';
import { ELASTICFILESYSTEM_RULES } from './classification-rules/elasticfilesystem';
import { ELASTICLOADBALANCING_RULES } from './classification-rules/elasticloadbalancing';
import { ELASTICMAPREDUCE_RULES } from './classification-rules/elasticmapreduce';
import { ELASTICTRANSCODER_RULES } from './classification-rules/elastictranscoder';
import { EMR_SERVERLESS_RULES } from './classification-rules/emr-serverless';
import { ENTITYRESOLUTION_RULES } from './classification-rules/entityresolution';
import { ES_RULES } from './classification-rules/es';
import { EVENTS_RULES } from './classification-rules/events';
import { EVERY_SERVICE_RULES } from './classification-rules/every-service';
import { FINSPACE_RULES } from './classification-rules/finspace';
import { FIREHOSE_RULES } from './classification-rules/firehose';
import { FRAUDDETECTOR_RULES } from './classification-rules/frauddetector';
import { FSX_RULES } from './classification-rules/fsx';
import { GAMELIFT_RULES } from './classification-rules/gamelift';
import { GEO_RULES } from './classification-rules/geo';
import { GLACIER_RULES } from './classification-rules/glacier';
import { GLUE_RULES } from './classification-rules/glue';
import { GRAFANA_RULES } from './classification-rules/grafana';
import { GUARDDUTY_RULES } from './classification-rules/guardduty';
import { HEALTHLAKE_RULES } from './classification-rules/healthlake';
import { HONEYCODE_RULES } from './classification-rules/honeycode';
import { IAM_RULES } from './classification-rules/iam';
import { IDENTITYSTORE_RULES } from './classification-rules/identitystore';
import { INSPECTOR_RULES } from './classification-rules/inspector';
import { INSPECTOR2_RULES } from './classification-rules/inspector2';
import { IOT_RULES } from './classification-rules/iot';
import { IOTANALYTICS_RULES } from './classification-rules/iotanalytics';
import { IOTEVENTS_RULES } from './classification-rules/iotevents';
import { KAFKA_RULES } from './classification-rules/kafka';
import { KAFKA_CLUSTER_RULES } from './classification-rules/kafka-cluster';
import { KAFKACONNECT_RULES } from './classification-rules/kafkaconnect';
import { KENDRA_RULES } from './classification-rules/kendra';
import { KINESIS_RULES } from './classification-rules/kinesis';
import { KINESISVIDEO_RULES } from './classification-rules/kinesisvideo';
import { KMS_RULES } from './classification-rules/kms';
import { LAKEFORMATION_RULES } from './classification-rules/lakeformation';
import { LAMBDA_RULES } from './classification-rules/lambda';
import { LEX_RULES } from './classification-rules/lex';
import { LICENSE_MANAGER_RULES } from './classification-rules/license-manager';
import { LIGHTSAIL_RULES } from './classification-rules/lightsail';
import { LOGS_RULES } from './classification-rules/logs';
import { LOOKOUTMETRICS_RULES } from './classification-rules/lookoutmetrics';
import { LOOKOUTVISION_RULES } from './classification-rules/lookoutvision';
import { M2_RULES } from './classification-rules/m2';
import { MACHINELEARNING_RULES } from './classification-rules/machinelearning';
import { MACIE2_RULES } from './classification-rules/macie2';
import { MECHANICALTURK_RULES } from './classification-rules/mechanicalturk';
import { MEDIACONNECT_RULES } from './classification-rules/mediaconnect';
import { MEDIALIVE_RULES } from './classification-rules/medialive';
import { MEDIAPACKAGE_RULES } from './classification-rules/mediapackage';
import { MEDIAPACKAGE_VOD_RULES } from './classification-rules/mediapackage-vod';
import { MEDIASTORE_RULES } from './classification-rules/mediastore';
import { MEDICAL_IMAGING_RULES } from './classification-rules/medical-imaging';
import { MEMORYDB_RULES } from './classification-rules/memorydb';
import { MOBILETARGETING_RULES } from './classification-rules/mobiletargeting';
import { MQ_RULES } from './classification-rules/mq';
import { NEPTUNE_DB_RULES } from './classification-rules/neptune-db';
import { NEPTUNE_GRAPH_RULES } from './classification-rules/neptune-graph';
import { NETWORK_FIREWALL_RULES } from './classification-rules/network-firewall';
import { NIMBLE_RULES } from './classification-rules/nimble';
import { OPSWORKS_RULES } from './classification-rules/opsworks';
import { OPSWORKS_CM_RULES } from './classification-rules/opsworks-cm';
import { ORGANIZATIONS_RULES } from './classification-rules/organizations';
import { OUTPOSTS_RULES } from './classification-rules/outposts';
import { PCS_RULES } from './classification-rules/pcs';
import { PRICING_RULES } from './classification-rules/pricing';
import { PRIVATE_NETWORKS_RULES } from './classification-rules/private-networks';
import { PROFILE_RULES } from './classification-rules/profile';
import { QLDB_RULES } from './classification-rules/qldb';
import { QUICKSIGHT_RULES } from './classification-rules/quicksight';
import { RAM_RULES } from './classification-rules/ram';
import { RDS_RULES } from './classification-rules/rds';
import { RDS_DATA_RULES } from './classification-rules/rds-data';
import { RDS_DB_RULES } from './classification-rules/rds-db';
import { REDSHIFT_RULES } from './classification-rules/redshift';
import { REDSHIFT_DATA_RULES } from './classification-rules/redshift-data';
import { REDSHIFT_SERVERLESS_RULES } from './classification-rules/redshift-serverless';
import { REKOGNITION_RULES } from './classification-rules/rekognition';
import { RESOURCE_EXPLORER_2_RULES } from './classification-rules/resource-explorer-2';
import { ROBOMAKER_RULES } from './classification-rules/robomaker';
import { ROLESANYWHERE_RULES } from './classification-rules/rolesanywhere';
import { ROUTE53_RULES } from './classification-rules/route53';
import { ROUTE53DOMAINS_RULES } from './classification-rules/route53domains';
import { ROUTE53PROFILES_RULES } from './classification-rules/route53profiles';
import { ROUTE53RESOLVER_RULES } from './classification-rules/route53resolver';
import { S3_RULES } from './classification-rules/s3';
import { S3_OBJECT_LAMBDA_RULES } from './classification-rules/s3-object-lambda';
import { S3_OUTPOSTS_RULES } from './classification-rules/s3-outposts';
import { S3EXPRESS_RULES } from './classification-rules/s3express';
import { S3FILES_RULES } from './classification-rules/s3files';
import { S3TABLES_RULES } from './classification-rules/s3tables';
import { S3VECTORS_RULES } from './classification-rules/s3vectors';
import { SAGEMAKER_RULES } from './classification-rules/sagemaker';
import { SAVINGSPLANS_RULES } from './classification-rules/savingsplans';
import { SCHEMAS_RULES } from './classification-rules/schemas';
import { SDB_RULES } from './classification-rules/sdb';
import { SECRETSMANAGER_RULES } from './classification-rules/secretsmanager';
import { SECURITY_IR_RULES } from './classification-rules/security-ir';
import { SECURITYHUB_RULES } from './classification-rules/securityhub';
import { SERVERLESSREPO_RULES } from './classification-rules/serverlessrepo';
import { SERVICECATALOG_RULES } from './classification-rules/servicecatalog';
import { SERVICEQUOTAS_RULES } from './classification-rules/servicequotas';
import { SES_RULES } from './classification-rules/ses';
import { SHIELD_RULES } from './classification-rules/shield';
import { SNS_RULES } from './classification-rules/sns';
import { SQS_RULES } from './classification-rules/sqs';
import { SSM_RULES } from './classification-rules/ssm';
import { SSM_INCIDENTS_RULES } from './classification-rules/ssm-incidents';
import { SSO_RULES } from './classification-rules/sso';
import { SSO_DIRECTORY_RULES } from './classification-rules/sso-directory';
import { STATES_RULES } from './classification-rules/states';
import { STORAGEGATEWAY_RULES } from './classification-rules/storagegateway';
import { STS_RULES } from './classification-rules/sts';
import { SUPPORT_RULES } from './classification-rules/support';
import { SYNTHETICS_RULES } from './classification-rules/synthetics';
import { TAG_RULES } from './classification-rules/tag';
import { TEXTRACT_RULES } from './classification-rules/textract';
import { TIMESTREAM_RULES } from './classification-rules/timestream';
import { TRANSCRIBE_RULES } from './classification-rules/transcribe';
import { TRANSFER_RULES } from './classification-rules/transfer';
import { TRANSLATE_RULES } from './classification-rules/translate';
import { TRUSTEDADVISOR_RULES } from './classification-rules/trustedadvisor';
import { UXC_RULES } from './classification-rules/uxc';
import { VOICEID_RULES } from './classification-rules/voiceid';
import { WAF_RULES } from './classification-rules/waf';
import { WAF_REGIONAL_RULES } from './classification-rules/waf-regional';
import { WAFV2_RULES } from './classification-rules/wafv2';
import { WELLARCHITECTED_RULES } from './classification-rules/wellarchitected';
import { WISDOM_RULES } from './classification-rules/wisdom';
import { WORKDOCS_RULES } from './classification-rules/workdocs';
import { WORKMAIL_RULES } from './classification-rules/workmail';
import { WORKMAILMESSAGEFLOW_RULES } from './classification-rules/workmailmessageflow';
import { WORKSPACES_RULES } from './classification-rules/workspaces';
import { XRAY_RULES } from './classification-rules/xray';

/**
 * Every rule of the classification, grouped by service (one file each under classification-rules/, as cdk-nag groups its rules): the one
 * source of what the role may and may not read. See `ActionClassification` for how rules decide.
 */
export const CLASSIFICATION_RULES: readonly ClassificationRule[] = [
  ...A4B_RULES,
  ...ACCESS_ANALYZER_RULES,
  ...ACCOUNT_RULES,
  ...ACM_RULES,
  ...ACM_PCA_RULES,
  ...AIOPS_RULES,
  ...AIRFLOW_RULES,
  ...AMPLIFY_RULES,
  ...AOSS_RULES,
  ...APIGATEWAY_RULES,
  ...APPLICATION_AUTOSCALING_RULES,
  ...APPMESH_RULES,
  ...APPRUNNER_RULES,
  ...APPSTREAM_RULES,
  ...APPSYNC_RULES,
  ...ATHENA_RULES,
  ...AUDITMANAGER_RULES,
  ...AUTOSCALING_RULES,
  ...AUTOSCALING_PLANS_RULES,
  ...AWS_MARKETPLACE_RULES,
  ...BACKUP_RULES,
  ...BATCH_RULES,
  ...BCM_DATA_EXPORTS_RULES,
  ...BEDROCK_RULES,
  ...BEDROCK_AGENTCORE_RULES,
  ...BILLING_RULES,
  ...BRAKET_RULES,
  ...BUDGETS_RULES,
  ...CASSANDRA_RULES,
  ...CE_RULES,
  ...CHIME_RULES,
  ...CLEANROOMS_RULES,
  ...CLOUD9_RULES,
  ...CLOUDFORMATION_RULES,
  ...CLOUDFRONT_RULES,
  ...CLOUDSEARCH_RULES,
  ...CLOUDTRAIL_RULES,
  ...CLOUDWATCH_RULES,
  ...CODEARTIFACT_RULES,
  ...CODEBUILD_RULES,
  ...CODECOMMIT_RULES,
  ...CODEDEPLOY_RULES,
  ...CODEPIPELINE_RULES,
  ...CODESTAR_RULES,
  ...COGNITO_IDENTITY_RULES,
  ...COGNITO_IDP_RULES,
  ...COGNITO_SYNC_RULES,
  ...COMPREHEND_RULES,
  ...COMPUTE_OPTIMIZER_RULES,
  ...CONFIG_RULES,
  ...CONNECT_RULES,
  ...COST_OPTIMIZATION_HUB_RULES,
  ...CUR_RULES,
  ...DATABREW_RULES,
  ...DATAPIPELINE_RULES,
  ...DATASYNC_RULES,
  ...DAX_RULES,
  ...DETECTIVE_RULES,
  ...DEVICEFARM_RULES,
  ...DIRECTCONNECT_RULES,
  ...DISCOVERY_RULES,
  ...DLM_RULES,
  ...DMS_RULES,
  ...DRS_RULES,
  ...DS_RULES,
  ...DSQL_RULES,
  ...DYNAMODB_RULES,
  ...EBS_RULES,
  ...EC2_RULES,
  ...ECR_RULES,
  ...ECR_PUBLIC_RULES,
  ...ECS_RULES,
  ...EKS_RULES,
  ...ELASTICACHE_RULES,
  ...ELASTICBEANSTALK_RULES,
  ...ELASTICFILESYSTEM_RULES,
  ...ELASTICLOADBALANCING_RULES,
  ...ELASTICMAPREDUCE_RULES,
  ...ELASTICTRANSCODER_RULES,
  ...EMR_SERVERLESS_RULES,
  ...ENTITYRESOLUTION_RULES,
  ...ES_RULES,
  ...EVENTS_RULES,
  ...EVERY_SERVICE_RULES,
  ...FINSPACE_RULES,
  ...FIREHOSE_RULES,
  ...FRAUDDETECTOR_RULES,
  ...FSX_RULES,
  ...GAMELIFT_RULES,
  ...GEO_RULES,
  ...GLACIER_RULES,
  ...GLUE_RULES,
  ...GRAFANA_RULES,
  ...GUARDDUTY_RULES,
  ...HEALTHLAKE_RULES,
  ...HONEYCODE_RULES,
  ...IAM_RULES,
  ...IDENTITYSTORE_RULES,
  ...INSPECTOR_RULES,
  ...INSPECTOR2_RULES,
  ...IOTEVENTS_RULES,
  ...IOT_RULES,
  ...IOTANALYTICS_RULES,
  ...KAFKA_RULES,
  ...KAFKA_CLUSTER_RULES,
  ...KAFKACONNECT_RULES,
  ...KENDRA_RULES,
  ...KINESIS_RULES,
  ...KINESISVIDEO_RULES,
  ...KMS_RULES,
  ...LAKEFORMATION_RULES,
  ...LAMBDA_RULES,
  ...LEX_RULES,
  ...LICENSE_MANAGER_RULES,
  ...LIGHTSAIL_RULES,
  ...LOGS_RULES,
  ...LOOKOUTMETRICS_RULES,
  ...LOOKOUTVISION_RULES,
  ...M2_RULES,
  ...MACHINELEARNING_RULES,
  ...MACIE2_RULES,
  ...MECHANICALTURK_RULES,
  ...MEDIACONNECT_RULES,
  ...MEDIALIVE_RULES,
  ...MEDIAPACKAGE_RULES,
  ...MEDIAPACKAGE_VOD_RULES,
  ...MEDIASTORE_RULES,
  ...MEDICAL_IMAGING_RULES,
  ...MEMORYDB_RULES,
  ...MOBILETARGETING_RULES,
  ...MQ_RULES,
  ...NEPTUNE_DB_RULES,
  ...NEPTUNE_GRAPH_RULES,
  ...NETWORK_FIREWALL_RULES,
  ...NIMBLE_RULES,
  ...OPSWORKS_RULES,
  ...OPSWORKS_CM_RULES,
  ...ORGANIZATIONS_RULES,
  ...OUTPOSTS_RULES,
  ...PCS_RULES,
  ...PRICING_RULES,
  ...PRIVATE_NETWORKS_RULES,
  ...PROFILE_RULES,
  ...QLDB_RULES,
  ...QUICKSIGHT_RULES,
  ...RAM_RULES,
  ...RDS_RULES,
  ...RDS_DATA_RULES,
  ...RDS_DB_RULES,
  ...REDSHIFT_RULES,
  ...REDSHIFT_DATA_RULES,
  ...REDSHIFT_SERVERLESS_RULES,
  ...REKOGNITION_RULES,
  ...RESOURCE_EXPLORER_2_RULES,
  ...ROBOMAKER_RULES,
  ...ROLESANYWHERE_RULES,
  ...ROUTE53_RULES,
  ...ROUTE53DOMAINS_RULES,
  ...ROUTE53PROFILES_RULES,
  ...ROUTE53RESOLVER_RULES,
  ...S3_RULES,
  ...S3_OBJECT_LAMBDA_RULES,
  ...S3_OUTPOSTS_RULES,
  ...S3EXPRESS_RULES,
  ...S3FILES_RULES,
  ...S3TABLES_RULES,
  ...S3VECTORS_RULES,
  ...SAGEMAKER_RULES,
  ...SAVINGSPLANS_RULES,
  ...SCHEMAS_RULES,
  ...SDB_RULES,
  ...SECRETSMANAGER_RULES,
  ...SECURITY_IR_RULES,
  ...SECURITYHUB_RULES,
  ...SERVERLESSREPO_RULES,
  ...SERVICECATALOG_RULES,
  ...SERVICEQUOTAS_RULES,
  ...SES_RULES,
  ...SHIELD_RULES,
  ...SNS_RULES,
  ...SQS_RULES,
  ...SSM_RULES,
  ...SSM_INCIDENTS_RULES,
  ...SSO_DIRECTORY_RULES,
  ...SSO_RULES,
  ...STATES_RULES,
  ...STORAGEGATEWAY_RULES,
  ...STS_RULES,
  ...SUPPORT_RULES,
  ...SYNTHETICS_RULES,
  ...TAG_RULES,
  ...TEXTRACT_RULES,
  ...TIMESTREAM_RULES,
  ...TRANSCRIBE_RULES,
  ...TRANSFER_RULES,
  ...TRANSLATE_RULES,
  ...TRUSTEDADVISOR_RULES,
  ...UXC_RULES,
  ...VOICEID_RULES,
  ...WAF_RULES,
  ...WAF_REGIONAL_RULES,
  ...WAFV2_RULES,
  ...WELLARCHITECTED_RULES,
  ...WISDOM_RULES,
  ...WORKDOCS_RULES,
  ...WORKMAIL_RULES,
  ...WORKMAILMESSAGEFLOW_RULES,
  ...WORKSPACES_RULES,
  ...XRAY_RULES,
];
