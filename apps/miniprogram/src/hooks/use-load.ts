import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../services/errors';

export type LoadState<T> = { status: 'loading' } | { status: 'error'; message: string; error: unknown } | { status: 'ready'; data: T };

/**
 * Loads once and on every change of deps; reload() is the 重试. Answers that arrive after the deps changed
 * (for example after personal data was dropped) are ignored, so they never repaint a cleared page.
 */
export function useLoad<T>(loader: () => Promise<T>, deps: readonly unknown[], enabled = true) {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  const run = useRef(0);
  const loadNow = async (quiet = false) => {
    const id = ++run.current;
    if (!quiet) setState({ status: 'loading' });
    try {
      const data = await loader();
      if (id === run.current) setState({ status: 'ready', data });
    } catch (error) {
      if (id === run.current) setState({ status: 'error', message: errorMessage(error), error });
    }
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller lists what the loader depends on
  const load = useCallback(loadNow, deps);
  useEffect(() => {
    if (enabled) void load();
    else {
      run.current++;
      setState({ status: 'loading' });
    }
  }, [load, enabled]);
  return { state, reload: () => load(), refresh: () => load(true), setState };
}
