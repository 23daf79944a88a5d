/**
 * A template as written: one property per line, for review and line diffs, with lists of plain
 * values (action lists) on one line, so that the file itself stays within CloudFormation's
 * 51,200-byte `TemplateBody` limit when the template does.
 */
export function formatTemplate(template: unknown): string {
  const format = (value: unknown, indent: string): string => {
    const inner = `${indent} `;
    if (Array.isArray(value)) {
      return value.every((item) => item === null || typeof item !== 'object')
        ? JSON.stringify(value)
        : `[\n${value.map((item) => `${inner}${format(item, inner)}`).join(',\n')}\n${indent}]`;
    }
    if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      return entries.length === 0
        ? '{}'
        : `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${format(item, inner)}`).join(',\n')}\n${indent}}`;
    }
    return JSON.stringify(value);
  };
  return `${format(template, '')}\n`;
}
