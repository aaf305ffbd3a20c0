// Every schema of the wire format; the route table (routes.ts) names them and the server looks them up here.
export * from './benefits';
export * from './credit-queries';
export * from './errors';
export * from './health';
export * from './monitoring';
export * from './objections-repairs';
export * from './public-credit';
export * from './repair-progress';
export * from './reports';
export * from './self-service';
export * from './staff';
