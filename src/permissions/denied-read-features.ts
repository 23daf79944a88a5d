import { ActionClass } from './action-class';
import { OptInFeature } from './permission-grant';

/**
 * A read a scanner needs although its response is in a denied class: the calls that Prowler's and
 * Cartography's checks make (test/fixtures/peers) and that the guardrail refuses, named with their class.
 */
interface DeniedReadFeatureData {
  readonly name: string;
  readonly deniedClass: ActionClass;
  readonly actions: string[];
  readonly reason: string;
}

/** The denied-read features, as data: one source for the constructs, the vendor config and PERMISSIONS.md. */
const DENIED_READ_FEATURES: readonly DeniedReadFeatureData[] = [
  {
    name: 'AccountContacts',
    deniedClass: ActionClass.PERSONAL_DATA,
    actions: ['account:GetContactInformation', 'account:GetAlternateContact'],
    reason: 'Reads the account\'s primary contact (name, address, phone number) and its billing, operations and security contacts, which CIS AWS Foundations checks (Prowler\'s account_maintain_current_contact_details and account_security_contact_information_is_registered) verify are kept current. They are people\'s names, e-mail addresses and phone numbers.',
  },
];

/**
 * Opt-in features for reads that security scanners need although their responses are in a class the
 * data-access guardrail denies. Each names its class, is off by default, and when switched on lifts the
 * guardrail for its actions alone: the customer allows them knowingly.
 */
export class DeniedReadFeatures {
  /**
   * The account's contacts (`account:GetContactInformation`, `account:GetAlternateContact`): personal data
   * that CIS checks read.
   *
   * @param enabled `'true'`, `'false'` or a parameter's value; off unless given
   */
  public static accountContacts(enabled?: string): OptInFeature {
    return DeniedReadFeatures.named('AccountContacts', enabled);
  }

  /**
   * Every denied-read feature, off unless `enabled` is given.
   *
   * @param enabled `'true'`, `'false'` or a parameter's value; off unless given
   */
  public static all(enabled?: string): OptInFeature[] {
    return DENIED_READ_FEATURES.map((feature) => DeniedReadFeatures.named(feature.name, enabled));
  }

  /**
   * The denied-read feature of this name (`AccountContacts`).
   *
   * @param enabled `'true'`, `'false'` or a parameter's value; off unless given
   */
  public static named(name: string, enabled?: string): OptInFeature {
    const feature = DENIED_READ_FEATURES.find((candidate) => candidate.name === name);
    if (!feature) {
      throw new Error(`denied-read feature must be one of ${DENIED_READ_FEATURES.map((candidate) => candidate.name).join(', ')}, got '${name}'`);
    }
    return { name: feature.name, deniedClass: feature.deniedClass, actions: [...feature.actions], reason: feature.reason, ...(enabled !== undefined ? { enabled } : {}) };
  }

  private constructor() {}
}
