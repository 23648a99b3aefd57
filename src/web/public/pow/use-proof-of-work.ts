import { useEffect, useState, useSyncExternalStore } from 'react';
import { createProofOfWork, type PowSnapshot, type ProofOfWork } from './proof-of-work.ts';

/** A proof of work that starts when the form appears and stops when it goes away. */
export function useProofOfWork(): { pow: ProofOfWork; state: PowSnapshot } {
  const [pow] = useState(createProofOfWork);
  useEffect(() => {
    pow.start();
    return () => pow.dispose();
  }, [pow]);
  const state = useSyncExternalStore(pow.subscribe, pow.getSnapshot);
  return { pow, state };
}
