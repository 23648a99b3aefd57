import { useCallback, useRef, useState } from 'react';
import { uploadFile, type ReporterCredentials } from './upload-file.ts';

export type UploadItem = {
  id: number;
  file: File;
  state: 'waiting' | 'sending' | 'done' | 'failed';
  progress: number;
  /** Set while waiting because the server asked to slow down (429): seconds to wait. */
  pausedFor: number | null;
  /** The server's words about a refused file; null for a network failure. */
  serverMessage: string | null;
  /** A failure that may go away (connection, server busy), as opposed to a refused file. */
  retryable: boolean;
};

const MAX_PAUSE_SECONDS = 60;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends files one after another (each with its own progress and its own answer), and
 * waits and tries again when the server says too many requests came at once.
 */
export function useUploads(credentials: ReporterCredentials, onUploaded?: () => void) {
  const items = useRef<UploadItem[]>([]);
  const [snapshot, setSnapshot] = useState<UploadItem[]>([]);
  const running = useRef(false);
  const nextId = useRef(1);

  const update = useCallback((id: number, change: Partial<UploadItem>) => {
    items.current = items.current.map((item) => (item.id === id ? { ...item, ...change } : item));
    setSnapshot(items.current);
  }, []);

  const pump = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    try {
      for (;;) {
        const next = items.current.find((item) => item.state === 'waiting');
        if (!next) break;
        update(next.id, { state: 'sending', progress: 0, pausedFor: null });
        const outcome = await uploadFile(credentials, next.file, (progress) =>
          update(next.id, { progress }),
        );
        if (outcome.ok) {
          update(next.id, { state: 'done', progress: 1 });
          onUploaded?.();
        } else if (outcome.status === 429) {
          const seconds = Math.min(outcome.retryAfter ?? 20, MAX_PAUSE_SECONDS);
          update(next.id, { state: 'waiting', progress: 0, pausedFor: seconds });
          await sleep(seconds * 1000);
        } else {
          update(next.id, {
            state: 'failed',
            serverMessage: outcome.message,
            retryable: outcome.status === 0 || outcome.status >= 500,
          });
        }
      }
    } finally {
      running.current = false;
    }
  }, [credentials, onUploaded, update]);

  const add = useCallback(
    (files: readonly File[]) => {
      const added = files.map<UploadItem>((file) => ({
        id: nextId.current++,
        file,
        state: 'waiting',
        progress: 0,
        pausedFor: null,
        serverMessage: null,
        retryable: false,
      }));
      items.current = [...items.current, ...added];
      setSnapshot(items.current);
      void pump();
    },
    [pump],
  );

  const retry = useCallback(
    (id: number) => {
      update(id, { state: 'waiting', progress: 0, serverMessage: null, retryable: false });
      void pump();
    },
    [pump, update],
  );

  return { items: snapshot, add, retry };
}
