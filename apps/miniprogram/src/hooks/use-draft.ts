import { useEffect } from 'react';
import { type Draft, draft } from '../services/draft';
import { session } from '../services/session';

/** Remembers which form is open, so that a session expiry can bring the person back to it after logging in. */
export function useDraft(current: Draft | null) {
  const form = current?.form;
  const recordId = current?.recordId;
  useEffect(() => {
    if (!form || !recordId) return;
    draft.set({ form, recordId });
    return () => {
      // Left on purpose (still logged in): nothing to come back to. Left by expiry: keep it for the login screen.
      if (session.get().status !== 'anonymous') draft.set(null);
    };
  }, [form, recordId]);
}
