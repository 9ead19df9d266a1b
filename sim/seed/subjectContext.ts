import type { Random } from './prng';

/** What a subject template may draw on: the moment of registration and the PRNG. */
export interface SubjectContext {
  rng: Random;
  /** Year of registration (office time). */
  year: number;
  /** Month of registration, 1–12. */
  month: number;
  /**
   * The details already named in the matter the letter belongs to, so that the reply
   * speaks of the same parcel, project or sitting as the request; null for a letter
   * about nothing else.
   */
  memo: Map<string, string | number> | null;
}

/** A detail drawn once per matter (or each time, for a letter on its own). */
function remember<T extends string | number>(c: SubjectContext, key: string, draw: () => T): T {
  if (!c.memo) return draw();
  const known = c.memo.get(key);
  if (known !== undefined) return known as T;
  const value = draw();
  c.memo.set(key, value);
  return value;
}

const MONTHS = [
  'leden',
  'únor',
  'březen',
  'duben',
  'květen',
  'červen',
  'červenec',
  'srpen',
  'září',
  'říjen',
  'listopad',
  'prosinec',
];

const CADASTRAL_AREAS = [
  'Horní Lhota',
  'Horní Lhota',
  'Podlesí u Horní Lhoty',
  'Dolní Lhota u Tábora',
];

const PLACES = [
  'na návsi',
  'u rybníka Hořejšák',
  'v lokalitě Za Humny',
  'u hřbitova',
  'u hasičské zbrojnice',
  'v lokalitě Na Vyhlídce',
  'u kaple sv. Jana Nepomuckého',
  'u mateřské školy',
  'v Podlesí',
  'u autobusové zastávky',
  'podél cesty k Dolní Lhotě',
  'u požární nádrže',
];

const TREES = [
  'lípa srdčitá',
  'bříza bělokorá',
  'smrk ztepilý',
  'jasan ztepilý',
  'javor mléč',
  'dub letní',
  'topol černý',
  'vrba bílá',
  'olše lepkavá',
  'jírovec maďal',
];

const PROJECTS = [
  'Rekonstrukce místní komunikace k Podlesí',
  'Oprava střechy hasičské zbrojnice',
  'Výstavba chodníku podél silnice III/1372',
  'Obnova veřejného osvětlení v obci',
  'Rekonstrukce kaple sv. Jana Nepomuckého',
  'Dětské hřiště na návsi',
  'Intenzifikace čistírny odpadních vod Horní Lhota',
  'Prodloužení vodovodního řadu v lokalitě Za Humny',
  'Zateplení budovy mateřské školy',
  'Revitalizace návesního rybníka Hořejšák',
  'Úprava veřejného prostranství u obecního úřadu',
  'Výměna oken v budově obecního úřadu',
];

const EVENTS = [
  'masopustní průvod',
  'pálení čarodějnic',
  'dětský den',
  'pouťové posvícení',
  'rozsvícení vánočního stromu',
  'hasičská soutěž O pohár starosty',
  'setkání rodáků',
  'Mikulášská nadílka',
  'letní kino na návsi',
  'drakiáda',
  'vítání jara',
];

/** The elections held in a year (the Czech cycle since 2020). */
export function electionsOf(year: number): string[] {
  const out: string[] = [];
  if (year % 4 === 2) out.push('volby do zastupitelstev obcí');
  if (year % 4 === 0) out.push('volby do zastupitelstev krajů');
  if (year % 4 === 1) out.push('volby do Poslanecké sněmovny Parlamentu ČR');
  if (year % 5 === 4) out.push('volby do Evropského parlamentu');
  if (year % 5 === 3) out.push('volba prezidenta republiky');
  if (year % 2 === 0) out.push('volby do Senátu Parlamentu ČR');
  if (out.length === 0) out.push('doplňovací volby do Senátu Parlamentu ČR');
  return out;
}

export const subjectParts = {
  /** Month name of the month before registration — what an invoice usually bills. */
  billedMonth(c: SubjectContext): string {
    const index = (c.month + 10) % 12;
    const year = c.month === 1 ? c.year - 1 : c.year;
    return `${MONTHS[index]} ${year}`;
  },
  parcel: (c: SubjectContext) =>
    remember(c, 'parcel', () => {
      const base = c.rng.between(1, 1450);
      return c.rng.chance(0.6) ? `${base}/${c.rng.between(1, 30)}` : String(base);
    }),
  cadastralArea: (c: SubjectContext) => remember(c, 'area', () => c.rng.pick(CADASTRAL_AREAS)),
  place: (c: SubjectContext) => remember(c, 'place', () => c.rng.pick(PLACES)),
  tree: (c: SubjectContext) => remember(c, 'tree', () => c.rng.pick(TREES)),
  project: (c: SubjectContext) => remember(c, 'project', () => c.rng.pick(PROJECTS)),
  event: (c: SubjectContext) => remember(c, 'event', () => c.rng.pick(EVENTS)),
  election: (c: SubjectContext) => remember(c, 'election', () => c.rng.pick(electionsOf(c.year))),
  houseNumber: (c: SubjectContext) => remember(c, 'house', () => c.rng.between(1, 190)),
  invoiceNumber: (c: SubjectContext) =>
    `${c.year}-${String(c.rng.between(1, 2999)).padStart(4, '0')}`,
  amount: (c: SubjectContext) =>
    remember(c, 'amount', () => {
      const value = String(c.rng.between(5, 900) * 1000);
      // Czech groups thousands with a space: 125 000 Kč. (Intl would be slow at 100k rows.)
      return `${value.replace(/\B(?=(\d{3})+$)/g, ' ')} Kč`;
    }),
  quarter: (c: SubjectContext) => `${Math.ceil(c.month / 3)}. čtvrtletí ${c.year}`,
  sitting: (c: SubjectContext) =>
    remember(c, 'sitting', () => `${Math.max(1, Math.ceil(c.month / 2))}/${c.year}`),
  /** Number of a municipal decree (obecně závazná vyhláška) in its year. */
  decree: (c: SubjectContext) => remember(c, 'decree', () => `${c.rng.between(1, 4)}/${c.year}`),
  graveNumber: (c: SubjectContext) => remember(c, 'grave', () => c.rng.between(1, 320)),
};
