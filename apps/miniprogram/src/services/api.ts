import { createClient } from '@xinyong/api-client';
import { sessionEnded } from './session';

// h5 is served by the API under /m/, so it calls the same origin; weapp gets an https URL at build time.
export const api = createClient({ baseURL: API_BASE_URL, onSessionEnded: sessionEnded });
