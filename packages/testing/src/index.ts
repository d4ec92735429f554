export * from './config';
export * from './databases';
export * from './compose';
export * from './stack';
export * from './client';
export * from './factories';
export * from './tokens';
export * from './ws-client';
