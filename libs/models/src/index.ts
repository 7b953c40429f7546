export * from './clinical';
export * from './medication';
export * from './thresholds';
