import { emptyEnvelopeSub, type EnvelopeSub, type MessageFile } from '../../common/isds/model';
import { createRandom } from '../seed/prng';
import { DAY_MS } from './clock';
import { DEMO_ATTACHMENT_BYTES, letterFiles, letterPdf, structuredXml } from './content';
import type { IsdsStore, NewMessage } from './store';
import type { BoxRole, SimBox } from './types';

/** An envelope with what a sender usually fills in; the rest empty. */
export function envelopeFor(
  recipient: SimBox,
  subject: string,
  extra: Partial<EnvelopeSub> = {},
): NewMessage['envelope'] {
  return {
    ...emptyEnvelopeSub,
    dmAnnotation: subject,
    dmPersonalDelivery: false,
    dmAllowSubstDelivery: true,
    ...extra,
    dbIDRecipient: recipient.dbID,
  };
}

const SUBJECTS_FROM: Readonly<Record<BoxRole, ReadonlyArray<string>>> = {
  authority: [
    'Oznámení o zahájení přezkoumání hospodaření obce',
    'Výzva k doplnění podkladů žádosti o dotaci',
    'Rozhodnutí o umístění stavby vodovodního řadu',
    'Vyrozumění o provedeném zápisu do katastru nemovitostí',
    'Sdělení k daňové povinnosti obce',
    'Informace k přípravě voleb do zastupitelstev obcí',
  ],
  firm: [
    'Faktura za svoz komunálního odpadu',
    'Nabídka na opravu místní komunikace',
    'Předávací protokol k opravě veřejného osvětlení',
    'Vyúčtování vodného a stočného',
  ],
  citizen: [
    'Žádost o povolení kácení dřevin',
    'Žádost o informace podle zákona č. 106/1999 Sb.',
    'Námitka k návrhu změny územního plánu',
    'Žádost o pronájem sálu kulturního domu',
  ],
  municipality: [
    'Rozhodnutí o povolení kácení dřevin',
    'Objednávka opravy veřejného osvětlení',
    'Vyjádření obce k projektové dokumentaci',
    'Odpověď na žádost o informace',
    'Pozvánka na zasedání zastupitelstva obce',
    'Smlouva o pronájmu sálu kulturního domu',
  ],
  school: ['Výroční zpráva o činnosti školy'],
  kindergarten: ['Žádost o navýšení příspěvku na provoz'],
  closed: [],
};

type Action =
  | { at: number; kind: 'submit'; input: NewMessage; ref: string }
  | { at: number; kind: 'login'; box: string }
  | { at: number; kind: 'read'; ref: string };

/**
 * The demo's message history, replayed through the store's own state machine (so
 * that states, times and state changes agree with what the sim would have made):
 * letters waiting for the municipality (state 4, not yet listed), one whose ten days
 * have run out (delivered by fiction at the first look), older ones delivered and read,
 * letters the municipality sent, and a few waiting for its school and kindergarten.
 * Deterministic for the same boxes, `today` and `seed`.
 */
export function seedMessages(
  store: IsdsStore,
  boxes: ReadonlyArray<SimBox>,
  today: number,
  seed: number,
): void {
  const random = createRandom((seed ^ 0x15d5) >>> 0);
  const byRole = (role: BoxRole) => boxes.filter((entry) => entry.role === role);
  const [municipality] = byRole('municipality');
  const [school] = byRole('school');
  const [kindergarten] = byRole('kindergarten');
  if (!municipality || !school || !kindergarten) throw new Error('Chybí schránky obce.');
  const outsiders = [...byRole('authority'), ...byRole('firm'), ...byRole('citizen')];
  const actions: Action[] = [];
  let counter = 0;

  const ago = (days: number) =>
    today - days * DAY_MS - random.between(10, 8 * 60) * 60_000 - random.int(60_000);

  const letter = (sender: SimBox, recipient: SimBox, at: number, withXml = false): string => {
    const subject = random.pick(
      SUBJECTS_FROM[sender.role].length ? SUBJECTS_FROM[sender.role] : ['Dopis'],
    );
    counter += 1;
    const ref = `seed-${counter}`;
    const size = DEMO_ATTACHMENT_BYTES + random.between(-2048, 4096);
    const files: MessageFile[] = [letterPdf(subject, sender, recipient, size, random.int(2 ** 31))];
    if (withXml)
      files.push(structuredXml(subject, sender, `${new Date(at).getUTCFullYear()}-${counter}`));
    else if (random.chance(0.3))
      files.push(
        ...letterFiles(subject, sender, recipient, 2, size / 2, random.int(2 ** 31)).slice(1),
      );
    const senderRef =
      sender.role === 'authority' || sender.role === 'municipality'
        ? `${sender.role === 'municipality' ? 'OUHL' : 'KU'}/${random.between(100, 2999)}/${new Date(at).getUTCFullYear()}`
        : null;
    actions.push({
      at,
      kind: 'submit',
      ref,
      input: {
        sender: sender.dbID,
        recipient: recipient.dbID,
        envelope: envelopeFor(recipient, subject, { dmSenderRefNumber: senderRef }),
        dmType: sender.dbType === 'OVM' ? null : 'V',
        files,
      },
    });
    return ref;
  };

  // Older letters to the municipality: delivered by the clerk's login and read.
  for (let i = 0; i < 6; i++) {
    const at = ago(15 + i * 5);
    const ref = letter(random.pick(outsiders), municipality, at, i === 2);
    const login = at + random.between(1, 40) * 3_600_000;
    actions.push({ at: login, kind: 'login', box: municipality.dbID });
    if (i !== 4) actions.push({ at: login + 60_000, kind: 'read', ref });
  }
  // One whose ten days ran out yesterday: the first look delivers it by fiction.
  letter(random.pick(byRole('authority')), municipality, ago(11));
  // Waiting for the clerk: delivered, nobody has logged in since.
  const firms = byRole('firm');
  letter(random.pick(byRole('authority')), municipality, ago(1));
  letter(random.pick(firms), municipality, ago(2), true);
  letter(random.pick(byRole('citizen')), municipality, ago(3));
  letter(random.pick(byRole('authority')), municipality, ago(5));
  letter(random.pick(firms), municipality, ago(8));

  // What the municipality sent: accepted by login, by fiction (a citizen who never
  // logged in), and recent ones not yet accepted.
  const [silentCitizen] = byRole('citizen');
  if (!silentCitizen) throw new Error('Chybí schránky občanů.');
  const addressees = outsiders.filter((entry) => entry !== silentCitizen);
  for (let i = 0; i < 6; i++) {
    const days = [40, 33, 26, 19, 2, 1][i] ?? 1;
    const recipient = i === 1 ? silentCitizen : random.pick(addressees);
    const at = ago(days);
    const ref = letter(municipality, recipient, at);
    if (days > 10 && i !== 1) {
      const login = at + random.between(2, 72) * 3_600_000;
      actions.push({ at: login, kind: 'login', box: recipient.dbID });
      if (random.chance(0.6)) actions.push({ at: login + 120_000, kind: 'read', ref });
    }
  }

  // The school and the kindergarten have their own waiting letters.
  for (const own of [school, kindergarten]) {
    letter(random.pick(byRole('authority')), own, ago(random.between(1, 6)));
    letter(municipality, own, ago(random.between(1, 6)));
  }

  actions.sort((a, b) => a.at - b.at);
  const ids = new Map<string, string>();
  for (const action of actions) {
    if (action.kind === 'submit') ids.set(action.ref, store.submit(action.input, action.at).dmID);
    else if (action.kind === 'login') store.login(action.box, action.at);
    else {
      const dmID = ids.get(action.ref);
      if (dmID) store.read(dmID, action.at);
    }
  }
  // The seed is rebuilt at every start; none of it goes to the log.
  store.drain();
}
