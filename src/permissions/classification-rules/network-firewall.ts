import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `network-firewall`. */
export const NETWORK_FIREWALL_RULES: ClassificationRule[] = [
  {
    id: 'network-firewall/rule-definitions',
    actionClass: ActionClass.METADATA,
    actions: ['network-firewall:Describe*', 'network-firewall:List*'],
    reason: 'The definitions in firewall policies and rule groups: variables, stateless rules and custom actions, which are packet filters the customer configured.',
    metadataFields: {
      Definition: 'the value of a rule variable: a list of IP addresses and ranges in CIDR notation, or of port ranges (API reference)',
      RuleDefinition: 'a stateless rule\'s 5-tuple match criteria (addresses, ports, protocols, TCP flags) and the action for matching packets (API reference)',
      ActionDefinition: 'a custom action, which publishes CloudWatch metric dimensions for matching packets (API reference)',
    },
  },
];
