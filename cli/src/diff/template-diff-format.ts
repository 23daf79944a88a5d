/** The text of a template update report, one section per question a security review asks. */
import { bySubjectAndText } from './template-diff';
import { TemplateUpdateReport } from './template-update-report';

/** Renders the report as plain text, one section per question, `no changes` where there are none. */
export function formatTemplateUpdateReport(report: TemplateUpdateReport): string {
  return formatLines(report).join('\n');
}

function formatLines(report: TemplateUpdateReport): string[] {
  const lines: string[] = [];
  const section = (title: string, body: string[]) => {
    lines.push(title, ...(body.length > 0 ? body : ['no changes']).map((line) => `  ${line}`));
  };
  if (report.warnings.length > 0) {
    section('Warnings', report.warnings);
  }
  section('Permissions', grouped([...report.permissions, ...report.managedPolicies]));
  section('Trust', grouped(report.trust));
  section('Replaced or removed resources', report.replacements.map((change) => change.text));
  section('Other changes', [...report.otherResourceChanges.map((change) => change.text), ...report.templateChanges]);
  for (const member of report.memberTemplates) {
    section(`Member accounts (StackSet ${member.stackSetLogicalId})`,
      member.report ? formatLines(member.report) : [`not compared: ${member.problem}`]);
  }
  return lines;
}

/** Lines under a heading per subject. */
function grouped(changes: Array<{ subject: string; subjectType?: string; change: string; text: string }>): string[] {
  const groups = new Map<string, string[]>();
  for (const change of [...changes].sort(bySubjectAndText)) {
    const heading = change.subjectType ? `${change.subject} (${change.subjectType})` : change.subject;
    groups.set(heading, [...groups.get(heading) ?? [], `  ${change.text}`]);
  }
  return [...groups].flatMap(([heading, texts]) => [heading, ...texts]);
}
