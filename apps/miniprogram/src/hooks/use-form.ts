import { useMemo, useState } from 'react';
import { errorMessage } from '../services/errors';
import { type FormDraft, type FormKind, formDraft } from '../services/forms';
import { useStore } from '../services/store';

/**
 * A form whose contents live in memory outside the page (services/forms): a session that ends while the person
 * types sends them to log in, and the page that reopens afterwards finds what they typed and picked.
 */
export function useForm(kind: FormKind, recordId: string | null) {
  const store = useMemo(() => formDraft(kind, recordId), [kind, recordId]);
  const draft = useStore(store);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<{ message: string; error: unknown } | null>(null);
  const update = (patch: Partial<FormDraft>) => store.set((d) => ({ ...d, ...patch }));

  /** Runs the submission once at a time; a double tap or a tap while it runs does nothing. */
  const submit = async (work: () => Promise<void>) => {
    if (submitting) return;
    setSubmitting(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError({ message: errorMessage(e), error: e });
    } finally {
      setSubmitting(false);
    }
  };
  return { store, draft, update, submit, submitting, error };
}
