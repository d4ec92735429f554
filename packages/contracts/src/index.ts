export * from './event-contract';
export * from './sales.events';
export * from './finance.events';
export * from './operations.events';
export * from './production.events';
export * from './hr.events';
export * from './catalogue';
