import { session } from '../services/session';
import { useStore } from '../services/store';
import { useLoad } from './use-load';

/**
 * Loads personal data only while someone verified is logged in, and again from scratch whenever personal
 * data was dropped (logout, expiry, 5 minutes out of sight): the old answer never reappears.
 */
export function usePersonal<T>(loader: () => Promise<T>, deps: readonly unknown[] = []) {
  const { status, generation } = useStore(session);
  const verified = status === 'verified';
  const load = useLoad(loader, [generation, verified, ...deps], verified);
  return { ...load, verified };
}
