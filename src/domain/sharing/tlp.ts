import { z } from 'zod';

/**
 * Traffic Light Protocol 2.0 (FIRST): who a piece of information may be shared with.
 * Ordered from least to most restricted.
 */
export const TlpSchema = z.enum(['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED']);
export type Tlp = z.infer<typeof TlpSchema>;

/** Permissible Actions Protocol: what a recipient may do with it (e.g. act visibly or not). */
export const PapSchema = z.enum(['CLEAR', 'GREEN', 'AMBER', 'RED']);
export type Pap = z.infer<typeof PapSchema>;

/** A CERT's default for a case: shared with the recipient's organisation and its clients. */
export const DEFAULT_TLP: Tlp = 'AMBER';
export const DEFAULT_PAP: Pap = 'AMBER';

/** The label as TLP 2.0 asks it to be written, e.g. "TLP:AMBER+STRICT". */
export const tlpLabel = (tlp: Tlp): string => `TLP:${tlp}`;
