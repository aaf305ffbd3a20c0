export * from './route-docs';
export * from './routes';
export * from './schemas';
