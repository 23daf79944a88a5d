import { A4B_RULES } from './a4b';
import { ACCESS_ANALYZER_RULES } from './access-analyzer';
import { ACCOUNT_RULES } from './account';
import { ACM_RULES } from './acm';
import { ACM_PCA_RULES } from './acm-pca';
import { AIOPS_RULES } from './aiops';
import { AIRFLOW_RULES } from './airflow';
import { AMPLIFY_RULES } from './amplify';
import { AOSS_RULES } from './aoss';
import { APIGATEWAY_RULES } from './apigateway';
import { APPLICATION_AUTOSCALING_RULES } from './application-autoscaling';
import { APPMESH_RULES } from './appmesh';
import { APPRUNNER_RULES } from './apprunner';
import { APPSTREAM_RULES } from './appstream';
import { APPSYNC_RULES } from './appsync';
import { ATHENA_RULES } from './athena';
import { AUDITMANAGER_RULES } from './auditmanager';
import { AUTOSCALING_RULES } from './autoscaling';
import { AUTOSCALING_PLANS_RULES } from './autoscaling-plans';
import { AWS_MARKETPLACE_RULES } from './aws-marketplace';
import { BACKUP_RULES } from './backup';
import { BATCH_RULES } from './batch';
import { BCM_DATA_EXPORTS_RULES } from './bcm-data-exports';
import { BEDROCK_RULES } from './bedrock';
import { BEDROCK_AGENTCORE_RULES } from './bedrock-agentcore';
import { BILLING_RULES } from './billing';
import { BRAKET_RULES } from './braket';
import { BUDGETS_RULES } from './budgets';
import { CASSANDRA_RULES } from './cassandra';
import { CE_RULES } from './ce';
import { CHIME_RULES } from './chime';
import { CLEANROOMS_RULES } from './cleanrooms';
import { CLOUD9_RULES } from './cloud9';
import { CLOUDFORMATION_RULES } from './cloudformation';
import { CLOUDFRONT_RULES } from './cloudfront';
import { CLOUDSEARCH_RULES } from './cloudsearch';
import { CLOUDTRAIL_RULES } from './cloudtrail';
import { CLOUDWATCH_RULES } from './cloudwatch';
import { CODEARTIFACT_RULES } from './codeartifact';
import { CODEBUILD_RULES } from './codebuild';
import { CODECOMMIT_RULES } from './codecommit';
import { CODEDEPLOY_RULES } from './codedeploy';
import { CODEPIPELINE_RULES } from './codepipeline';
import { CODESTAR_RULES } from './codestar';
import { COGNITO_IDENTITY_RULES } from './cognito-identity';
import { COGNITO_IDP_RULES } from './cognito-idp';
import { COGNITO_SYNC_RULES } from './cognito-sync';
import { COMPREHEND_RULES } from './comprehend';
import { COMPUTE_OPTIMIZER_RULES } from './compute-optimizer';
import { CONFIG_RULES } from './config';
import { CONNECT_RULES } from './connect';
import { COST_OPTIMIZATION_HUB_RULES } from './cost-optimization-hub';
import { CUR_RULES } from './cur';
import { DATABREW_RULES } from './databrew';
import { DATAPIPELINE_RULES } from './datapipeline';
import { DATASYNC_RULES } from './datasync';
import { DAX_RULES } from './dax';
import { DETECTIVE_RULES } from './detective';
import { DEVICEFARM_RULES } from './devicefarm';
import { DIRECTCONNECT_RULES } from './directconnect';
import { DISCOVERY_RULES } from './discovery';
import { DLM_RULES } from './dlm';
import { DMS_RULES } from './dms';
import { DRS_RULES } from './drs';
import { DS_RULES } from './ds';
import { DSQL_RULES } from './dsql';
import { DYNAMODB_RULES } from './dynamodb';
import { EBS_RULES } from './ebs';
import { EC2_RULES } from './ec2';
import { ECR_RULES } from './ecr';
import { ECR_PUBLIC_RULES } from './ecr-public';
import { ECS_RULES } from './ecs';
import { EKS_RULES } from './eks';
import { ELASTICACHE_RULES } from './elasticache';
import { ELASTICBEANSTALK_RULES } from './elasticbeanstalk';
import { ELASTICFILESYSTEM_RULES } from './elasticfilesystem';
import { ELASTICLOADBALANCING_RULES } from './elasticloadbalancing';
import { ELASTICMAPREDUCE_RULES } from './elasticmapreduce';
import { ELASTICTRANSCODER_RULES } from './elastictranscoder';
import { EMR_SERVERLESS_RULES } from './emr-serverless';
import { ENTITYRESOLUTION_RULES } from './entityresolution';
import { ES_RULES } from './es';
import { EVENTS_RULES } from './events';
import { EVERY_SERVICE_RULES } from './every-service';
import { FINSPACE_RULES } from './finspace';
import { FIREHOSE_RULES } from './firehose';
import { FRAUDDETECTOR_RULES } from './frauddetector';
import { FSX_RULES } from './fsx';
import { GAMELIFT_RULES } from './gamelift';
import { GEO_RULES } from './geo';
import { GLACIER_RULES } from './glacier';
import { GLUE_RULES } from './glue';
import { GRAFANA_RULES } from './grafana';
import { GUARDDUTY_RULES } from './guardduty';
import { HEALTHLAKE_RULES } from './healthlake';
import { HONEYCODE_RULES } from './honeycode';
import { IAM_RULES } from './iam';
import { IDENTITYSTORE_RULES } from './identitystore';
import { INSPECTOR_RULES } from './inspector';
import { INSPECTOR2_RULES } from './inspector2';
import { IOT_RULES } from './iot';
import { IOTANALYTICS_RULES } from './iotanalytics';
import { IOTEVENTS_RULES } from './iotevents';
import { KAFKA_RULES } from './kafka';
import { KAFKA_CLUSTER_RULES } from './kafka-cluster';
import { KAFKACONNECT_RULES } from './kafkaconnect';
import { KENDRA_RULES } from './kendra';
import { KINESIS_RULES } from './kinesis';
import { KINESISVIDEO_RULES } from './kinesisvideo';
import { KMS_RULES } from './kms';
import { LAKEFORMATION_RULES } from './lakeformation';
import { LAMBDA_RULES } from './lambda';
import { LEX_RULES } from './lex';
import { LICENSE_MANAGER_RULES } from './license-manager';
import { LIGHTSAIL_RULES } from './lightsail';
import { LOGS_RULES } from './logs';
import { LOOKOUTMETRICS_RULES } from './lookoutmetrics';
import { LOOKOUTVISION_RULES } from './lookoutvision';
import { M2_RULES } from './m2';
import { MACHINELEARNING_RULES } from './machinelearning';
import { MACIE2_RULES } from './macie2';
import { MECHANICALTURK_RULES } from './mechanicalturk';
import { MEDIACONNECT_RULES } from './mediaconnect';
import { MEDIALIVE_RULES } from './medialive';
import { MEDIAPACKAGE_RULES } from './mediapackage';
import { MEDIAPACKAGE_VOD_RULES } from './mediapackage-vod';
import { MEDIASTORE_RULES } from './mediastore';
import { MEDICAL_IMAGING_RULES } from './medical-imaging';
import { MEMORYDB_RULES } from './memorydb';
import { MOBILETARGETING_RULES } from './mobiletargeting';
import { MQ_RULES } from './mq';
import { NEPTUNE_DB_RULES } from './neptune-db';
import { NEPTUNE_GRAPH_RULES } from './neptune-graph';
import { NETWORK_FIREWALL_RULES } from './network-firewall';
import { NIMBLE_RULES } from './nimble';
import { OPSWORKS_RULES } from './opsworks';
import { OPSWORKS_CM_RULES } from './opsworks-cm';
import { ORGANIZATIONS_RULES } from './organizations';
import { OUTPOSTS_RULES } from './outposts';
import { PCS_RULES } from './pcs';
import { PRICING_RULES } from './pricing';
import { PRIVATE_NETWORKS_RULES } from './private-networks';
import { PROFILE_RULES } from './profile';
import { QLDB_RULES } from './qldb';
import { QUICKSIGHT_RULES } from './quicksight';
import { RAM_RULES } from './ram';
import { RDS_RULES } from './rds';
import { RDS_DATA_RULES } from './rds-data';
import { RDS_DB_RULES } from './rds-db';
import { REDSHIFT_RULES } from './redshift';
import { REDSHIFT_DATA_RULES } from './redshift-data';
import { REDSHIFT_SERVERLESS_RULES } from './redshift-serverless';
import { REKOGNITION_RULES } from './rekognition';
import { RESOURCE_EXPLORER_2_RULES } from './resource-explorer-2';
import { ROBOMAKER_RULES } from './robomaker';
import { ROLESANYWHERE_RULES } from './rolesanywhere';
import { ROUTE53_RULES } from './route53';
import { ROUTE53DOMAINS_RULES } from './route53domains';
import { ROUTE53PROFILES_RULES } from './route53profiles';
import { ROUTE53RESOLVER_RULES } from './route53resolver';
import { S3_RULES } from './s3';
import { S3_OBJECT_LAMBDA_RULES } from './s3-object-lambda';
import { S3_OUTPOSTS_RULES } from './s3-outposts';
import { S3EXPRESS_RULES } from './s3express';
import { S3FILES_RULES } from './s3files';
import { S3TABLES_RULES } from './s3tables';
import { S3VECTORS_RULES } from './s3vectors';
import { SAGEMAKER_RULES } from './sagemaker';
import { SAVINGSPLANS_RULES } from './savingsplans';
import { SCHEMAS_RULES } from './schemas';
import { SDB_RULES } from './sdb';
import { SECRETSMANAGER_RULES } from './secretsmanager';
import { SECURITY_IR_RULES } from './security-ir';
import { SECURITYHUB_RULES } from './securityhub';
import { SERVERLESSREPO_RULES } from './serverlessrepo';
import { SERVICECATALOG_RULES } from './servicecatalog';
import { SERVICEQUOTAS_RULES } from './servicequotas';
import { SES_RULES } from './ses';
import { SHIELD_RULES } from './shield';
import { SNS_RULES } from './sns';
import { SQS_RULES } from './sqs';
import { SSM_RULES } from './ssm';
import { SSM_INCIDENTS_RULES } from './ssm-incidents';
import { SSO_RULES } from './sso';
import { SSO_DIRECTORY_RULES } from './sso-directory';
import { STATES_RULES } from './states';
import { STORAGEGATEWAY_RULES } from './storagegateway';
import { STS_RULES } from './sts';
import { SUPPORT_RULES } from './support';
import { SYNTHETICS_RULES } from './synthetics';
import { TAG_RULES } from './tag';
import { TEXTRACT_RULES } from './textract';
import { TIMESTREAM_RULES } from './timestream';
import { TRANSCRIBE_RULES } from './transcribe';
import { TRANSFER_RULES } from './transfer';
import { TRANSLATE_RULES } from './translate';
import { TRUSTEDADVISOR_RULES } from './trustedadvisor';
import { UXC_RULES } from './uxc';
import { VOICEID_RULES } from './voiceid';
import { WAF_RULES } from './waf';
import { WAF_REGIONAL_RULES } from './waf-regional';
import { WAFV2_RULES } from './wafv2';
import { WELLARCHITECTED_RULES } from './wellarchitected';
import { WISDOM_RULES } from './wisdom';
import { WORKDOCS_RULES } from './workdocs';
import { WORKMAIL_RULES } from './workmail';
import { WORKMAILMESSAGEFLOW_RULES } from './workmailmessageflow';
import { WORKSPACES_RULES } from './workspaces';
import { XRAY_RULES } from './xray';
import { ClassificationRule } from '../classification-rule';

/**
 * Every rule of the classification, grouped by service (one file each, as cdk-nag groups its rules): the one
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
