import { App } from 'aws-cdk-lib';

/**
 * A value the customer must pass with `-c key=value`. There is deliberately no default: a role that
 * trusted a placeholder vendor with a published example external ID would be an open door.
 */
export function requireContext(app: App, key: string, example: string): string {
  const value = app.node.tryGetContext(key);
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`context ${key} is required: pass -c ${key}=<value>, for example -c ${key}=${example}`);
  }
  return value;
}
