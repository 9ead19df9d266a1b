export * from './api';
export * from './define';
export * from './dispatch';
export * from './envelope';
export * from './events';
export * from './methods';
export * from './types';
export * from './wire';
