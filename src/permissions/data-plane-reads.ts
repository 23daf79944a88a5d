/** A group of IAM actions that return customer content rather than configuration metadata. */
export interface DataPlaneRead {
  /** The AWS service, as its IAM prefix (e.g. `s3`). */
  readonly service: string;
  /** Exact IAM action names (`s3:GetObject`), no wildcards. */
  readonly actions: readonly string[];
  /** Why these actions read customer data, in one sentence a security reviewer understands. */
  readonly reason: string;
}

/**
 * Every data-plane read that the guardrail denies.
 *
 * An action belongs here when its response (or the URL, credential or stream it hands back)
 * contains the customer's own content: stored objects and records, query results, messages,
 * log lines, source code, secrets or decrypted plaintext. Reads that only describe how a
 * resource is configured (policies, encryption settings, names, sizes, tags) stay allowed,
 * because cost, security and inventory tools depend on them.
 *
 * Exact action names are used instead of wildcards so that a newly launched metadata read
 * is never denied by accident, and so every entry can be checked against the IAM catalog.
 * Some entries are classed as Write by IAM (for example `kms:Decrypt` and
 * `rds-data:ExecuteStatement`): the access level describes the API, not whether data leaves.
 */
export const DATA_PLANE_READS: readonly DataPlaneRead[] = [
  // ---------------------------------------------------------------- object, file and block storage
  {
    service: 's3',
    actions: [
      's3:GetObject',
      's3:GetObjectVersion',
      's3:GetObjectTorrent',
      's3:GetObjectVersionTorrent',
      's3:GetObjectVersionForReplication',
    ],
    // S3 Select (SelectObjectContent) has no action of its own: s3:GetObject authorizes it.
    reason: 'These return the bytes of stored objects and their versions, directly, as a torrent, or through the replication read path.',
  },
  {
    service: 's3-object-lambda',
    actions: ['s3-object-lambda:GetObject', 's3-object-lambda:GetObjectVersion'],
    reason: 'An Object Lambda access point returns the object content after the customer\'s transformation function has processed it.',
  },
  {
    service: 's3-outposts',
    actions: [
      's3-outposts:GetObject',
      's3-outposts:GetObjectVersion',
      's3-outposts:GetObjectVersionForReplication',
    ],
    reason: 'These return the bytes of objects stored in S3 on Outposts buckets.',
  },
  {
    service: 's3express',
    actions: ['s3express:CreateSession'],
    // Directory buckets authorize GetObject only through the session token, so this is the gate.
    reason: 'Directory buckets (S3 Express One Zone) authorize object reads only through the session credentials this action issues.',
  },
  {
    service: 's3tables',
    actions: ['s3tables:GetTableData'],
    reason: 'This reads the data and metadata files that make up an S3 Tables (Apache Iceberg) table, i.e. its rows.',
  },
  {
    service: 's3vectors',
    actions: ['s3vectors:GetVectors', 's3vectors:QueryVectors'],
    reason: 'These return stored embeddings and their attached metadata, which are derived from and often quote the source documents.',
  },
  {
    service: 'elasticfilesystem',
    actions: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ReplicationRead'],
    reason: 'With IAM authorization on a file system, these allow an NFS client to mount it and read its files.',
  },
  {
    service: 'ebs',
    actions: ['ebs:GetSnapshotBlock'],
    reason: 'The EBS direct API returns raw disk blocks of a snapshot, which is the full content of the volume.',
  },
  {
    service: 'glacier',
    actions: ['glacier:GetJobOutput'],
    reason: 'This downloads the output of a retrieval job, which is the archived data itself.',
  },

  // ---------------------------------------------------------------- databases and analytics
  {
    service: 'dynamodb',
    actions: [
      'dynamodb:GetItem',
      'dynamodb:BatchGetItem',
      'dynamodb:Query',
      'dynamodb:Scan',
      'dynamodb:PartiQLSelect',
      'dynamodb:SearchVectors',
      'dynamodb:ConditionCheckItem',
      'dynamodb:GetRecords',
      'dynamodb:ReadDataForReplication',
    ],
    // ConditionCheckItem can return the existing item when a transaction condition fails.
    reason: 'These return table items and their attribute values, including change records from DynamoDB Streams and replica reads.',
  },
  {
    service: 'rds-data',
    actions: [
      'rds-data:ExecuteStatement',
      'rds-data:BatchExecuteStatement',
      'rds-data:ExecuteSql',
    ],
    reason: 'The RDS Data API runs arbitrary SQL, including SELECT, against Aurora and returns the result rows.',
  },
  {
    service: 'rds',
    actions: ['rds:DownloadDBLogFilePortion', 'rds:DownloadCompleteDBLogFile'],
    reason: 'Database engine logs (general, slow-query, audit and error logs) can contain full SQL statements and the values in them.',
  },
  {
    service: 'redshift-data',
    actions: ['redshift-data:GetStatementResult'],
    // Authorizes both the GetStatementResult and GetStatementResultV2 APIs.
    reason: 'This returns the result rows of a SQL statement run through the Redshift Data API.',
  },
  {
    service: 'redshift',
    actions: ['redshift:GetClusterCredentials', 'redshift:GetClusterCredentialsWithIAM'],
    reason: 'These return a database user name and temporary password that can sign in to the cluster and read its tables.',
  },
  {
    service: 'redshift-serverless',
    actions: ['redshift-serverless:GetCredentials'],
    reason: 'This returns a temporary database password that can sign in to the workgroup and read its tables.',
  },
  {
    service: 'cassandra',
    actions: ['cassandra:Select', 'cassandra:SelectMultiRegionResource', 'cassandra:GetRecords'],
    reason: 'These run CQL SELECT against Amazon Keyspaces tables and read their change data capture stream.',
  },
  {
    service: 'timestream',
    actions: ['timestream:Select'],
    reason: 'This runs SELECT queries that return the stored time-series records.',
  },
  {
    service: 'neptune-db',
    actions: ['neptune-db:ReadDataViaQuery', 'neptune-db:GetStreamRecords', 'neptune-db:connect'],
    // neptune-db:connect alone authorizes every data request on engines before 1.2.0.0.
    reason: 'These run Gremlin, openCypher or SPARQL reads against a Neptune cluster and read its change stream.',
  },
  {
    service: 'neptune-graph',
    actions: ['neptune-graph:ReadDataViaQuery'],
    reason: 'This runs read queries that return the vertices, edges and properties stored in a Neptune Analytics graph.',
  },
  {
    service: 'sdb',
    actions: ['sdb:GetAttributes', 'sdb:Select'],
    reason: 'These return the items and attribute values stored in SimpleDB domains.',
  },
  {
    service: 'es',
    actions: ['es:ESHttpGet', 'es:ESHttpPost'],
    // POST is included because _search, _msearch and _sql queries are sent as POST.
    reason: 'These authorize HTTP requests to an OpenSearch domain, including document GETs and search queries that return indexed documents.',
  },
  {
    service: 'aoss',
    actions: ['aoss:APIAccessAll'],
    reason: 'This is the IAM gate for every OpenSearch Serverless data-plane request, including searches that return indexed documents.',
  },
  {
    service: 'athena',
    actions: ['athena:GetQueryResults', 'athena:GetQueryResultsStream'],
    reason: 'These return the result rows of Athena queries, which can expose any table the workgroup can read.',
  },
  {
    service: 'lakeformation',
    actions: [
      'lakeformation:GetDataAccess',
      'lakeformation:GetTemporaryGlueTableCredentials',
      'lakeformation:GetTemporaryGluePartitionCredentials',
    ],
    reason: 'These vend temporary credentials that read the underlying S3 data of Lake Formation governed tables.',
  },
  {
    service: 'sagemaker',
    actions: ['sagemaker:GetRecord', 'sagemaker:BatchGetRecord'],
    reason: 'These return records from SageMaker Feature Store online stores, which hold feature values about customers\' entities.',
  },

  // ---------------------------------------------------------------- secrets and cryptographic material
  {
    service: 'secretsmanager',
    actions: ['secretsmanager:GetSecretValue', 'secretsmanager:BatchGetSecretValue'],
    reason: 'These return decrypted secret values such as database passwords, API keys and tokens.',
  },
  {
    service: 'ssm',
    actions: [
      'ssm:GetParameter',
      'ssm:GetParameters',
      'ssm:GetParametersByPath',
      'ssm:GetParameterHistory',
      'ssm:GetCommandInvocation',
    ],
    reason: 'These return Parameter Store values (SecureString decrypted on request) and the captured output of Run Command scripts on instances.',
  },
  {
    service: 'kms',
    actions: ['kms:Decrypt', 'kms:ReEncryptFrom', 'kms:DeriveSharedSecret'],
    // ReEncryptFrom lets a caller re-encrypt customer ciphertext under a key the caller controls.
    reason: 'These turn customer ciphertext into plaintext (directly or by re-encrypting it under another key) or derive shared secrets from a customer private key.',
  },
  {
    service: 'acm',
    actions: ['acm:ExportCertificate'],
    reason: 'This exports a certificate together with its private key, encrypted under a passphrase the caller chooses.',
  },
  {
    service: 'lightsail',
    actions: [
      'lightsail:GetRelationalDatabaseMasterUserPassword',
      'lightsail:GetInstanceAccessDetails',
      'lightsail:DownloadDefaultKeyPair',
      'lightsail:GetRelationalDatabaseLogEvents',
      'lightsail:GetContainerLog',
    ],
    reason: 'These return database master passwords, instance SSH keys or passwords, and database and container log lines.',
  },

  // ---------------------------------------------------------------- logs, streams and messaging
  {
    service: 'logs',
    actions: [
      'logs:GetLogEvents',
      'logs:FilterLogEvents',
      'logs:GetLogRecord',
      'logs:GetQueryResults',
      'logs:StartLiveTail',
      'logs:Unmask',
    ],
    reason: 'These return log event messages, Logs Insights results or a live tail, and Unmask reveals data hidden by a data protection policy.',
  },
  {
    service: 'kinesis',
    actions: ['kinesis:GetRecords', 'kinesis:SubscribeToShard'],
    reason: 'These return the data records written to a Kinesis data stream.',
  },
  {
    service: 'kafka-cluster',
    actions: ['kafka-cluster:ReadData'],
    reason: 'With IAM access control on an MSK cluster, this lets a client consume the messages in its topics.',
  },
  {
    service: 'sqs',
    actions: ['sqs:ReceiveMessage'],
    reason: 'This returns message bodies and attributes from a queue.',
  },
  {
    service: 'kinesisvideo',
    actions: [
      'kinesisvideo:GetMedia',
      'kinesisvideo:GetMediaForFragmentList',
      'kinesisvideo:GetClip',
      'kinesisvideo:GetImages',
      'kinesisvideo:GetHLSStreamingSessionURL',
      'kinesisvideo:GetDASHStreamingSessionURL',
      'kinesisvideo:ConnectAsViewer',
    ],
    reason: 'These return recorded or live video and audio, still images, or playback URLs for a Kinesis video stream or WebRTC channel.',
  },
  {
    service: 'iot',
    actions: ['iot:GetThingShadow', 'iot:GetRetainedMessage', 'iot:Receive'],
    reason: 'These return device shadow documents and MQTT message payloads, which carry device telemetry.',
  },

  // ---------------------------------------------------------------- compute and workflow payloads
  {
    service: 'ec2',
    actions: ['ec2:GetConsoleOutput', 'ec2:GetConsoleScreenshot', 'ec2:GetPasswordData'],
    reason: 'These return what an instance prints to its console or shows on screen, and its encrypted Windows administrator password.',
  },
  {
    service: 'lambda',
    actions: [
      'lambda:GetFunction',
      'lambda:GetLayerVersion',
      'lambda:GetDurableExecution',
      'lambda:GetDurableExecutionHistory',
      'lambda:GetDurableExecutionState',
    ],
    // Configuration stays readable through lambda:GetFunctionConfiguration and lambda:ListLayerVersions.
    reason: 'These return a download link for function and layer code, and the inputs, checkpointed state and results of durable executions.',
  },
  {
    service: 'states',
    actions: [
      'states:DescribeExecution',
      'states:GetExecutionHistory',
      'states:RevealSecrets',
      'states:GetActivityTask',
    ],
    reason: 'These return the input and output payloads that Step Functions executions and activity tasks carry, and reveal HTTP task secrets.',
  },
  {
    service: 'ecr',
    actions: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
    // ecr:DescribeImages and ecr:DescribeImageScanFindings stay allowed for inventory and findings.
    reason: 'These pull image manifests and layer downloads, i.e. the customer\'s container filesystems and code.',
  },

  // ---------------------------------------------------------------- source code and packages
  {
    service: 'codecommit',
    actions: [
      'codecommit:GitPull',
      'codecommit:GetBlob',
      'codecommit:GetFile',
      'codecommit:GetBlobDifferences',
      'codecommit:DescribeMergeConflicts',
      'codecommit:BatchDescribeMergeConflicts',
    ],
    reason: 'These return repository file contents, either through Git or as blobs, files, line diffs and merge-conflict hunks.',
  },
  {
    service: 'codeartifact',
    actions: [
      'codeartifact:ReadFromRepository',
      'codeartifact:GetPackageVersionAsset',
      'codeartifact:GetPackageVersionReadme',
    ],
    reason: 'These download the files and readmes of packages in private repositories, which are the customer\'s code.',
  },

  // ---------------------------------------------------------------- end-user and personal data
  {
    service: 'cognito-idp',
    actions: ['cognito-idp:AdminGetUser', 'cognito-idp:ListUsers', 'cognito-idp:ListUsersInGroup'],
    reason: 'These return the customer\'s end users and their profile attributes such as email address and phone number.',
  },
  {
    service: 'appsync',
    actions: ['appsync:GraphQL', 'appsync:EventSubscribe'],
    reason: 'These run GraphQL queries against the customer\'s data sources and subscribe to the events an Event API delivers.',
  },
  {
    service: 'connect',
    actions: [
      'connect:GetContactAttributes',
      'connect:GetAttachedFile',
      'connect:ListRealtimeContactAnalysisSegments',
      'connect:ListRealtimeContactAnalysisSegmentsV2',
    ],
    reason: 'These return caller-provided contact attributes, files attached to chats, emails and cases, and live call and chat transcripts.',
  },
  {
    service: 'transcribe',
    actions: ['transcribe:GetTranscriptionJob'],
    reason: 'When the transcript is kept in the service-managed bucket, the response includes a presigned URL to the transcript text.',
  },
  {
    service: 'textract',
    actions: [
      'textract:GetDocumentAnalysis',
      'textract:GetDocumentTextDetection',
      'textract:GetExpenseAnalysis',
      'textract:GetLendingAnalysis',
      'textract:GetLendingAnalysisSummary',
    ],
    reason: 'These return the text, forms, tables and field values extracted from the customer\'s scanned documents.',
  },
  {
    service: 'ses',
    actions: ['ses:GetArchiveMessage', 'ses:GetArchiveMessageContent', 'ses:GetArchiveSearchResults'],
    reason: 'These return archived email messages from Mail Manager, their bodies, and search results listing senders and subjects.',
  },
  {
    service: 'workmailmessageflow',
    actions: ['workmailmessageflow:GetRawMessageContent'],
    reason: 'This returns the full MIME content of an email message passing through WorkMail.',
  },
  {
    service: 'chime',
    actions: ['chime:GetChannelMessage', 'chime:ListChannelMessages'],
    reason: 'These return the text of messages sent in Chime SDK messaging channels.',
  },
  {
    service: 'macie2',
    actions: ['macie2:GetSensitiveDataOccurrences'],
    reason: 'This reveals the actual sensitive values, such as card numbers, that a Macie finding detected in an S3 object.',
  },
  {
    service: 'healthlake',
    actions: [
      'healthlake:ReadResource',
      'healthlake:VersionReadResource',
      'healthlake:GetHistoryByResourceId',
      'healthlake:SearchWithGet',
      'healthlake:SearchWithPost',
      'healthlake:SearchEverything',
      'healthlake:GetExportedFile',
    ],
    reason: 'These return FHIR resources, i.e. patients\' protected health information.',
  },
  {
    service: 'medical-imaging',
    actions: [
      'medical-imaging:GetImageFrame',
      'medical-imaging:GetImageSetMetadata',
      'medical-imaging:GetDICOMInstance',
      'medical-imaging:GetDICOMInstanceFrames',
      'medical-imaging:GetDICOMInstanceMetadata',
      'medical-imaging:GetDICOMSeriesMetadata',
      'medical-imaging:GetDICOMBulkdata',
    ],
    reason: 'These return medical images and their DICOM headers, which identify the patient.',
  },

  // ---------------------------------------------------------------- AI retrieval and memory
  {
    service: 'bedrock',
    actions: [
      'bedrock:Retrieve',
      'bedrock:AgenticRetrieveStream',
      'bedrock:GetAgentMemory',
      'bedrock:GetInvocationStep',
      'bedrock:GetInvoke',
    ],
    reason: 'These return knowledge base passages, agent memory summaries of user conversations, and stored session and model-response content.',
  },
  {
    service: 'bedrock-agentcore',
    actions: [
      'bedrock-agentcore:GetEvent',
      'bedrock-agentcore:ListEvents',
      'bedrock-agentcore:GetMemoryRecord',
      'bedrock-agentcore:ListMemoryRecords',
      'bedrock-agentcore:RetrieveMemoryRecords',
    ],
    reason: 'These return the conversation events and long-term memory records that AgentCore Memory keeps about users.',
  },
  {
    service: 'kendra',
    actions: ['kendra:Query', 'kendra:Retrieve'],
    reason: 'These return passages and excerpts of the documents indexed from the customer\'s content sources.',
  },
  {
    service: 'dax',
    actions: ['dax:GetItem', 'dax:BatchGetItem', 'dax:Query', 'dax:Scan'],
    reason: 'DynamoDB Accelerator serves the same table items as DynamoDB, from its cache.',
  },
  {
    service: 'rds-db',
    actions: ['rds-db:connect'],
    reason: 'Signs in to an RDS or Aurora database with IAM authentication; the session then reads whatever the database user may.',
  },
  {
    service: 'elasticache',
    actions: ['elasticache:Connect'],
    reason: 'Signs in to a Redis or Valkey cache with IAM authentication, whose keys hold application data.',
  },
  {
    service: 'memorydb',
    actions: ['memorydb:Connect'],
    reason: 'Signs in to a MemoryDB cluster with IAM authentication, whose keys hold application data.',
  },
  {
    service: 'dsql',
    actions: ['dsql:DbConnect', 'dsql:DbConnectAdmin'],
    reason: 'Sign in to an Aurora DSQL cluster, whose tables hold application data.',
  },
  {
    service: 'iotanalytics',
    actions: ['iotanalytics:GetDatasetContent'],
    reason: 'Returns the content of an IoT Analytics data set: device messages.',
  },
  {
    service: 'xray',
    actions: ['xray:BatchGetTraces'],
    reason: 'Returns full traces, whose segments carry request URLs, annotations and metadata the application recorded.',
  },
];
