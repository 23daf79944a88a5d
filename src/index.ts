export * from './external-id';
export * from './trusted-principal';
export * from './read-only-role';
export * from './permissions/permission-grant';
export * from './permissions/permission-profile';
export * from './permissions/data-access-guardrail';
