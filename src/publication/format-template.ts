/**
 * A template as written: one property per line, for review and line diffs, with what reads as one
 * value on one line: lists of plain values (action lists), intrinsic functions (`{"Ref": ...}`,
 * `{"Fn::GetAtt": [...]}`) and each policy statement. The indentation of a line per nested value
 * would add a quarter to the file; this way the file itself stays close to the template without white
 * space, and within CloudFormation's 51,200-byte `TemplateBody` limit when that does.
 */
export function formatTemplate(template: unknown): string {
  const format = (value: unknown, indent: string, key?: string): string => {
    const inner = `${indent} `;
    if (Array.isArray(value)) {
      return value.every((item) => item === null || typeof item !== 'object')
        ? JSON.stringify(value)
        : `[\n${value.map((item) => `${inner}${key === 'Statement' ? JSON.stringify(item) : format(item, inner)}`).join(',\n')}\n${indent}]`;
    }
    if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      if (entries.length === 1 && /^(Ref|Condition|Fn::)/.test(entries[0][0])) {
        return JSON.stringify(value);
      }
      return entries.length === 0
        ? '{}'
        : `{\n${entries.map(([name, item]) => `${inner}${JSON.stringify(name)}: ${format(item, inner, name)}`).join(',\n')}\n${indent}}`;
    }
    return JSON.stringify(value);
  };
  return `${format(template, '')}\n`;
}
