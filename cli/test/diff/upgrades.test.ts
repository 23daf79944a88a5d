import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bumpVersion, isReleasedTemplate, publishConfig, releaseTemplates, VENDOR_DIR, vendorConfigFiles } from '../../../scripts/release-templates';
import { withoutTemplateValidator } from '../../../test/support/validator';
import { allReplacements, criticalReplacements, diffTemplates } from '../../src/diff/template-diff';

// The templates are validated where they are shipped (see test/support/validator.ts).
withoutTemplateValidator();

const RELEASED = path.join(VENDOR_DIR, 'released');

describe('safe upgrades from the last released templates', () => {
  const configs = vendorConfigFiles();

  test('every supported combination of options has a released template to upgrade from', () => {
    // The example (COST with CUR 2.0 and FOCUS, member accounts) and the variants: SECURITY_AUDIT with an
    // account principal and member accounts, INVENTORY with the role only, COST with a legacy report and FOCUS.
    expect(configs.length).toBeGreaterThanOrEqual(4);
    const released = fs.readdirSync(RELEASED);
    for (const file of configs) {
      const { templateName } = JSON.parse(fs.readFileSync(file, 'utf8'));
      const count = released.filter((name) => isReleasedTemplate(name, templateName)).length;
      expect({ templateName, released: count }).toEqual({ templateName, released: 1 });
    }
  });

  test.each(vendorConfigFiles().map((file) => [path.basename(file), file]))('%s: the update replaces or removes no role, bucket, export or StackSet', (_name, file) => {
    const current = publishConfig(file);
    const releasedName = fs.readdirSync(RELEASED).find((name) => isReleasedTemplate(name, current.templateName))!;
    const previous = JSON.parse(fs.readFileSync(path.join(RELEASED, releasedName), 'utf8'));
    // A member template taken from its URL is read as the diff command reads it: the released file
    // of that name, and the one this publication writes.
    const report = diffTemplates(previous, current.template, {
      old: (url) => {
        const member = path.join(RELEASED, path.posix.basename(url));
        return fs.existsSync(member) ? JSON.parse(fs.readFileSync(member, 'utf8')) : undefined;
      },
      new: (url) => (current.memberFile && url.endsWith(`/${current.memberFile.path}`) ? JSON.parse(current.memberFile.content) : undefined),
    });
    expect(criticalReplacements(report)).toEqual([]);
    const exportsOrReports = allReplacements(report).filter((change) => ['AWS::BCMDataExports::Export', 'AWS::CUR::ReportDefinition'].includes(change.type));
    expect(exportsOrReports).toEqual([]);
    expect(report.memberTemplates.every((member) => member.problem === undefined)).toBe(true);
  });
});

describe('the release step', () => {
  test('keeps the released template of each config current and bumps its version', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'release-'));
    try {
      fs.mkdirSync(path.join(work, 'released'));
      const config = JSON.parse(fs.readFileSync(path.join(VENDOR_DIR, 'variants', 'inventory-role-only.json'), 'utf8'));
      fs.writeFileSync(path.join(work, 'onboarding.json'), JSON.stringify({ ...config, templateVersion: '2.3.4' }));
      fs.writeFileSync(path.join(work, 'released', `${config.templateName}-2.3.3.json`), '{}');
      fs.writeFileSync(path.join(work, 'released', 'another-vendor-1.0.0.json'), '{}');
      expect(releaseTemplates('minor', work)).toEqual([`${config.templateName}-2.3.4.json (next: 2.4.0)`]);
      expect(fs.readdirSync(path.join(work, 'released')).sort()).toEqual(['another-vendor-1.0.0.json', `${config.templateName}-2.3.4.json`]);
      expect(JSON.parse(fs.readFileSync(path.join(work, 'released', `${config.templateName}-2.3.4.json`), 'utf8')).Outputs.TemplateVersion.Value).toBe('2.3.4');
      expect(JSON.parse(fs.readFileSync(path.join(work, 'onboarding.json'), 'utf8')).templateVersion).toBe('2.4.0');
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });

  test.each([
    ['1.4.2', 'patch', '1.4.3'], ['1.4.2', 'minor', '1.5.0'], ['1.4.2', 'major', '2.0.0'],
  ] as const)('bumps %s by %s to %s', (version, level, next) => {
    expect(bumpVersion(version, level)).toBe(next);
  });

  test('fails on a version that is not semantic', () => {
    expect(() => bumpVersion('v1', 'minor')).toThrow(/templateVersion must be a semantic version such as 1\.4\.0, got 'v1'/);
  });
});
