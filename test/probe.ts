import * as fs from 'fs';
import { ActionClassification } from '../src/permissions/action-classification';
import { profileAllowedActions } from '../src/permissions/effective-actions';
import { DataAccessGuardrail } from '../src/permissions/data-access-guardrail';
import { PermissionProfile } from '../src/permissions/permission-profile';
import { ActionCatalog } from '../src/private/action-catalog';
const c = new ActionClassification(); const cat = new ActionCatalog();
for (const [file, prof] of [['/work/shared/peers/prowler-actions.json', PermissionProfile.SECURITY_AUDIT], ['/tmp/review/cartography-actions.json', PermissionProfile.INVENTORY]] as const) {
  const list = Object.keys(JSON.parse(fs.readFileSync(file, 'utf8')).actions);
  const allowed = new Set(profileAllowedActions(prof).map((a) => a.toLowerCase()));
  const denied = new Set(DataAccessGuardrail.actions(prof).map((a) => a.toLowerCase()));
  const notGranted: string[] = []; const den: string[] = []; let ok = 0;
  for (const a of list) {
    const canon = cat.canonical(a) ?? a;
    if (denied.has(canon.toLowerCase())) den.push(`${canon}(${c.classify(canon).actionClass})`);
    else if (allowed.has(canon.toLowerCase())) ok++;
    else notGranted.push(`${canon}[${c.classify(canon).actionClass ?? '?'}]`);
  }
  console.log(prof.name, list.length, 'ok', ok, '\nDENIED', den.join(' '), '\nNOT GRANTED', notGranted.join(' '));
}
