// Follows the dataset's state from a page of the extension: polls while a pack is installing, stops when done.
import type { DatasetStatus } from '../core/protocol';
import { send } from './messaging';

const POLL_MS = 400;

export function watchDatasetStatus(listener: (status: DatasetStatus) => void): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const poll = async () => {
    try {
      const status = await send({ type: 'dataset-status' });
      if (stopped) return;
      listener(status);
      if (status.state === 'installing' || status.state === 'empty') timer = setTimeout(() => void poll(), POLL_MS);
    } catch (err) {
      if (!stopped) listener({ state: 'error', progress: 0, message: err instanceof Error ? err.message : String(err), pack: null });
    }
  };
  void poll();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
