export * from './benefit-criteria';
