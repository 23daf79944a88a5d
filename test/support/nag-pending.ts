/**
 * cdk-nag compliance findings waiting for an acknowledgement or a fix in a file outside the cdk-nag work
 * (the example apps, src/read-only-role.ts, src/onboarding-stack.ts). test/nag-packs.test.ts accepts
 * exactly these findings and fails once one of them no longer fires: then delete the entry.
 */
export interface PendingFinding {
  /** The finding ID, as cdk-nag reports it. */
  readonly id: string;
  /** The construct path of the resource. */
  readonly path: string;
  /** The file that must change. */
  readonly file: string;
  /** The change, for whoever owns the file. */
  readonly change: string;
}

export const PENDING_NAG_FINDINGS: readonly PendingFinding[] = [];
