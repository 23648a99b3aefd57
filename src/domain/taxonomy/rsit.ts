import rsitTaxonomy from './data/rsit.machinetag.json' with { type: 'json' };

/** One RSIT class (the taxonomy's predicate) and its types (the predicate's values). */
export type RsitClass = { id: string; label: string; types: readonly string[] };

type MachineTag = {
  predicates: { value: string; expanded?: string }[];
  values: { predicate: string; entry: { value: string }[] }[];
};

const taxonomy = rsitTaxonomy as MachineTag;

export const RSIT_CLASSES: readonly RsitClass[] = taxonomy.predicates.map((predicate) => ({
  id: predicate.value,
  label: predicate.expanded ?? predicate.value,
  types: taxonomy.values
    .filter((value) => value.predicate === predicate.value)
    .flatMap((value) => value.entry.map((entry) => entry.value)),
}));

export function isRsitType(classId: string, typeId: string): boolean {
  return RSIT_CLASSES.some((entry) => entry.id === classId && entry.types.includes(typeId));
}

/** The MISP machine tag, e.g. rsit:fraud="phishing". */
export const rsitMachineTag = (classId: string, typeId: string): string =>
  `rsit:${classId}="${typeId}"`;
