/**
 * Write actions that no read-only role may hold, not even as an opt-in write: each lets the holder
 * act as another principal, obtain credentials, change permissions or run code with the account's
 * privileges. `writeActions` (and every other grant) that matches one is refused at synth, as is
 * any action of the 'Permissions management' access level.
 */
export interface EscalationGroup {
  /** Exact actions or patterns (matched case-insensitively against each expanded action). */
  readonly actions: readonly string[];
  /** How the actions escalate. */
  readonly reason: string;
}

export const PRIVILEGE_ESCALATION: readonly EscalationGroup[] = [
  {
    actions: ['iam:PassRole'],
    reason: 'hands a role, and its permissions, to a service the holder controls',
  },
  {
    actions: ['sts:AssumeRole', 'sts:AssumeRoleWithSAML', 'sts:AssumeRoleWithWebIdentity', 'sts:AssumeRoot', 'sts:GetFederationToken', 'sts:GetSessionToken', 'sts:SetSourceIdentity', 'sts:TagSession'],
    reason: 'obtains credentials of another principal or of a federated session',
  },
  {
    actions: ['iam:CreateAccessKey', 'iam:UpdateAccessKey', 'iam:CreateLoginProfile', 'iam:UpdateLoginProfile', 'iam:CreateServiceSpecificCredential', 'iam:ResetServiceSpecificCredential', 'iam:UpdateServiceSpecificCredential', 'iam:UploadSSHPublicKey', 'iam:UpdateSSHPublicKey', 'iam:UploadSigningCertificate', 'iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:ResyncMFADevice', 'iam:DeactivateMFADevice', 'iam:AddUserToGroup', 'iam:UpdateAssumeRolePolicy', 'iam:CreateUser', 'iam:CreateRole'],
    reason: 'creates or changes IAM credentials, identities or trust, which lets the holder sign in as someone else',
  },
  {
    actions: ['ssm:SendCommand', 'ssm:StartSession', 'ssm:StartAutomationExecution', 'ec2-instance-connect:SendSSHPublicKey', 'ec2-instance-connect:SendSerialConsoleSSHPublicKey', 'ec2-instance-connect:OpenTunnel', 'lambda:CreateFunction', 'lambda:UpdateFunctionCode', 'lambda:UpdateFunctionConfiguration', 'lambda:InvokeFunction', 'glue:CreateDevEndpoint', 'glue:UpdateDevEndpoint', 'cloudformation:CreateStack', 'cloudformation:UpdateStack', 'cloudformation:CreateStackSet', 'cloudformation:UpdateStackSet', 'cloudformation:CreateStackInstances', 'cloudformation:CreateChangeSet', 'cloudformation:ExecuteChangeSet',
      'codebuild:StartBuild', 'codebuild:StartBuildBatch', 'codebuild:RetryBuild', 'codebuild:UpdateProject', 'ec2:RunInstances', 'ec2:ModifyInstanceAttribute', 'ecs:RunTask', 'ecs:StartTask', 'ecs:ExecuteCommand',
      'ssm:CreateAssociation', 'ssm:UpdateAssociation', 'eks:CreateAccessEntry', 'eks:AssociateAccessPolicy', 'sagemaker:CreatePresignedNotebookInstanceUrl', 'sagemaker:CreatePresignedDomainUrl',
      'cognito-idp:AdminSetUserPassword', 'sso:CreateAccountAssignment', 'identitystore:CreateGroupMembership'],
    reason: 'runs code or commands with a role of the customer\'s, or grants access to an account',
  },
];
