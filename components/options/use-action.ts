import { useCallback, useState } from 'react';

export type ActionState = { readonly busy: boolean; readonly error: string | null };

/**
 * Runs one of the page's async actions at a time, remembering whether it is running and why it failed, so a
 * section can disable its button and show the failure next to it instead of losing it.
 */
export function useAction(): [ActionState, <T>(action: () => Promise<T>) => Promise<T | undefined>, () => void] {
  const [state, setState] = useState<ActionState>({ busy: false, error: null });
  const run = useCallback(async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    setState({ busy: true, error: null });
    try {
      const result = await action();
      setState({ busy: false, error: null });
      return result;
    } catch (error) {
      setState({ busy: false, error: error instanceof Error ? error.message : String(error) });
      return undefined;
    }
  }, []);
  const clear = useCallback(() => setState({ busy: false, error: null }), []);
  return [state, run, clear];
}
