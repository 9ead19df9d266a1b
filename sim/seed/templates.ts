import type { Direction } from '../../common/domain/document';
import type { AuthorityKey, Trade } from './parties';
import { subjectParts as p, type SubjectContext } from './subjectContext';

/**
 * What the demo municipality's mail is about: for each leaf of the file plan, the
 * kinds of letters that arrive or go out, from or to whom, how often. A generated
 * document takes its subject, counterparty and file mark from one template, so the
 * subject always fits the group it is classified under.
 */

export type CounterpartyRule =
  | { kind: 'person' }
  | { kind: 'firm'; trades: ReadonlyArray<Trade> }
  | { kind: 'authority'; keys: ReadonlyArray<AuthorityKey> };

export interface DocumentTemplate {
  fileMark: string;
  direction: Direction;
  counterparty: CounterpartyRule;
  /** Relative frequency among templates of the same direction and counterparty kind. */
  weight: number;
  subject: (c: SubjectContext) => string;
  /** Descriptions to pick attachments from; a generic list when absent. */
  attachments?: ReadonlyArray<string>;
  /** The sender's own number for firms and citizens (authorities have their format). */
  reference?: (c: SubjectContext) => string;
  /** Names the template for the matters (matters.ts) it is a step of. */
  key?: string;
}

const person: CounterpartyRule = { kind: 'person' };
const firm = (...trades: Trade[]): CounterpartyRule => ({ kind: 'firm', trades });
const authority = (...keys: AuthorityKey[]): CounterpartyRule => ({ kind: 'authority', keys });

function t(
  fileMark: string,
  direction: Direction,
  counterparty: CounterpartyRule,
  weight: number,
  subject: (c: SubjectContext) => string,
  extra: Pick<DocumentTemplate, 'attachments' | 'reference' | 'key'> = {},
): DocumentTemplate {
  return { fileMark, direction, counterparty, weight, subject, ...extra };
}

const IN = 'incoming';
const OWN = 'own';

const invoiceReference = (c: SubjectContext) =>
  `FV${c.year}${String(c.rng.between(1, 99999)).padStart(5, '0')}`;
const TREE_ATTACHMENTS = [
  'snímek katastrální mapy',
  'fotodokumentace dřevin',
  'souhlas vlastníka pozemku',
  'plná moc',
];
const BUILDING_ATTACHMENTS = [
  'projektová dokumentace',
  'situační výkres',
  'technická zpráva',
  'CD s projektovou dokumentací',
];
const INVOICE_ATTACHMENTS = [
  'dodací list',
  'soupis provedených prací',
  'předávací protokol',
  'vážní lístky',
];

export const DOCUMENT_TEMPLATES: ReadonlyArray<DocumentTemplate> = [
  // 1 Organizace a řízení obce
  t(
    '1.1.1',
    OWN,
    authority('region', 'interior'),
    3,
    (c) => `Zaslání zápisu a usnesení ze zasedání zastupitelstva obce č. ${p.sitting(c)}`,
    { key: 'councilMinutesSent' },
  ),
  t(
    '1.1.1',
    OWN,
    authority('council'),
    4,
    (c) => `Zápis ze zasedání zastupitelstva obce č. ${p.sitting(c)}`,
    { key: 'councilMinutes' },
  ),
  t(
    '1.1.1',
    IN,
    person,
    1,
    (c) => `Žádost o kopii usnesení zastupitelstva obce č. ${p.sitting(c)}`,
  ),
  t(
    '1.1.2',
    OWN,
    authority('council'),
    5,
    (c) => `Pozvánka na zasedání zastupitelstva obce č. ${p.sitting(c)}`,
  ),
  t(
    '1.1.2',
    OWN,
    authority('council'),
    2,
    () => 'Podklady pro zasedání zastupitelstva – návrh rozpočtového opatření a smluv',
  ),
  t('1.1.2', IN, person, 1, () => 'Návrh bodu na program zasedání zastupitelstva obce'),
  t(
    '1.2',
    OWN,
    authority('interior'),
    2,
    (c) =>
      `Obecně závazná vyhláška č. ${p.decree(c)} o místním poplatku za obecní systém odpadového hospodářství`,
    { key: 'decree' },
  ),
  t(
    '1.2',
    IN,
    authority('interior'),
    2,
    (c) => `Sdělení k obecně závazné vyhlášce č. ${p.decree(c)} – posouzení souladu se zákonem`,
    { key: 'decreeReview' },
  ),
  t(
    '1.2',
    OWN,
    authority('interior'),
    1,
    (c) =>
      `Obecně závazná vyhláška č. ${c.rng.between(1, 4)}/${c.year} o nočním klidu a regulaci hlučných činností`,
  ),
  t(
    '1.3',
    OWN,
    authority('council'),
    1,
    (c) =>
      `Směrnice č. ${c.rng.between(1, 6)}/${c.year} o zadávání veřejných zakázek malého rozsahu`,
  ),
  t('1.3', OWN, authority('council'), 1, () => 'Spisový a skartační řád obce – aktualizace'),
  t('1.4', IN, person, 4, () => 'Žádost o poskytnutí informace podle zákona č. 106/1999 Sb.', {
    key: 'infoRequest',
  }),
  t('1.4', OWN, person, 4, () => 'Poskytnutí informace podle zákona č. 106/1999 Sb.', {
    key: 'infoReply',
  }),
  t('1.4', IN, person, 2, (c) => `Stížnost na hluk z provozovny ${p.place(c)}`, {
    key: 'complaint',
  }),
  t('1.4', IN, person, 1, (c) => `Petice občanů za opravu cesty ${p.place(c)}`),
  t('1.4', OWN, person, 2, () => 'Vyřízení stížnosti – sdělení výsledku prošetření', {
    key: 'complaintReply',
  }),
  t('1.4', IN, firm('association'), 1, () => 'Podnět k řešení parkování u mateřské školy'),
  t(
    '1.5',
    IN,
    authority('socialSecurity'),
    3,
    (c) => `Oznámení o výši pojistného za ${p.quarter(c)}`,
  ),
  t(
    '1.5',
    OWN,
    authority('socialSecurity'),
    2,
    () => 'Oznámení o nástupu do zaměstnání (přihláška zaměstnance)',
  ),
  t(
    '1.5',
    IN,
    firm('accounting'),
    2,
    (c) => `Rekapitulace mezd a odměn zastupitelů za ${p.billedMonth(c)}`,
  ),
  t('1.5', IN, person, 1, () => 'Žádost o přijetí do pracovního poměru – údržba obce'),
  t('1.5', OWN, person, 1, () => 'Dohoda o provedení práce – úklid budovy obecního úřadu'),
  t(
    '1.6',
    IN,
    authority('microregion'),
    3,
    () => 'Pozvánka na valnou hromadu svazku obcí Mikroregion Lužnice',
  ),
  t(
    '1.6',
    IN,
    authority('microregion'),
    2,
    (c) => `Zápis z valné hromady svazku obcí a rozpočet svazku na rok ${c.year + 1}`,
  ),
  t(
    '1.6',
    OWN,
    authority('microregion', 'neighbour'),
    2,
    (c) => `Úhrada členského příspěvku svazku obcí na rok ${c.year}`,
  ),
  t(
    '1.6',
    IN,
    authority('neighbour'),
    2,
    () => 'Žádost o spolupráci při zajištění zimní údržby společné komunikace',
  ),
  t(
    '1.7',
    IN,
    authority('statistics'),
    3,
    () => 'Výzva ke splnění zpravodajské povinnosti – statistický výkaz',
  ),
  t(
    '1.7',
    IN,
    firm('telecom', 'energy', 'software'),
    3,
    () => 'Oznámení o změně obchodních podmínek',
  ),
  t('1.7', IN, person, 2, () => 'Poděkování obecnímu úřadu za pomoc při řešení záležitosti'),
  t('1.7', OWN, authority('statistics'), 1, () => 'Odeslání statistického výkazu – výkaz o úřadu'),
  t('1.7', IN, authority('bailiff'), 2, () => 'Exekuční příkaz – dotaz na povinného', {
    key: 'bailiffQuery',
  }),
  t(
    '1.7',
    OWN,
    authority('bailiff', 'court'),
    2,
    () => 'Odpověď na dotaz exekutora – sdělení údajů z evidence obce',
    { key: 'bailiffReply' },
  ),
  t(
    '1.7',
    IN,
    authority('court'),
    2,
    () => 'Žádost o vyvěšení písemnosti na úřední desce – doručení veřejnou vyhláškou',
  ),

  // 2 Finance a rozpočet
  t(
    '2.1.1',
    OWN,
    authority('council'),
    3,
    (c) => `Rozpočtové opatření č. ${c.rng.between(1, 9)}/${c.year}`,
  ),
  t(
    '2.1.1',
    OWN,
    authority('council'),
    1,
    (c) => `Návrh rozpočtu obce na rok ${c.year + 1} – zveřejnění`,
  ),
  t(
    '2.1.1',
    IN,
    authority('region'),
    2,
    (c) => `Oznámení o výši příspěvku na výkon státní správy na rok ${c.year}`,
  ),
  t(
    '2.1.2',
    IN,
    authority('region'),
    2,
    (c) => `Zpráva o výsledku přezkoumání hospodaření obce za rok ${c.year - 1}`,
  ),
  t(
    '2.1.2',
    OWN,
    authority('region'),
    2,
    (c) => `Žádost o přezkoumání hospodaření obce za rok ${c.year}`,
  ),
  t(
    '2.1.2',
    OWN,
    authority('council'),
    1,
    (c) => `Závěrečný účet obce za rok ${c.year - 1} – návrh ke zveřejnění`,
  ),
  t(
    '2.2.1',
    IN,
    firm('waste'),
    8,
    (c) => `Faktura č. ${p.invoiceNumber(c)} – svoz komunálního odpadu za ${p.billedMonth(c)}`,
    { reference: invoiceReference, attachments: INVOICE_ATTACHMENTS },
  ),
  t(
    '2.2.1',
    IN,
    firm('energy'),
    5,
    (c) => `Faktura – vyúčtování elektřiny pro veřejné osvětlení za ${p.billedMonth(c)}`,
    { reference: invoiceReference },
  ),
  t(
    '2.2.1',
    IN,
    firm('water'),
    3,
    (c) => `Faktura – vodné a stočné, budova obecního úřadu, ${p.quarter(c)}`,
    { reference: invoiceReference },
  ),
  t(
    '2.2.1',
    IN,
    firm('construction', 'roads', 'electric'),
    4,
    (c) => `Faktura č. ${p.invoiceNumber(c)} – ${p.project(c)}, dílčí plnění`,
    { reference: invoiceReference, attachments: INVOICE_ATTACHMENTS },
  ),
  t(
    '2.2.1',
    IN,
    firm('office', 'print', 'telecom', 'software'),
    5,
    (c) => `Faktura č. ${p.invoiceNumber(c)} – dodávka a služby za ${p.billedMonth(c)}`,
    { reference: invoiceReference },
  ),
  t(
    '2.2.1',
    IN,
    firm('transport'),
    2,
    (c) => `Faktura – zimní údržba místních komunikací za ${p.billedMonth(c)}`,
    { reference: invoiceReference, attachments: ['výkaz prací'] },
  ),
  t(
    '2.2.1',
    IN,
    firm('accounting'),
    2,
    (c) => `Faktura za zpracování účetní agendy a mezd – ${p.billedMonth(c)}`,
    { reference: invoiceReference },
  ),
  t(
    '2.2.2',
    OWN,
    firm('farm', 'association'),
    2,
    (c) => `Vydaná faktura č. ${p.invoiceNumber(c)} – pachtovné za obecní pozemky`,
  ),
  t(
    '2.2.2',
    OWN,
    person,
    2,
    (c) => `Předpis platby – nájem hrobového místa na období ${c.year}–${c.year + 9}`,
  ),
  t(
    '2.2.2',
    OWN,
    firm('transport', 'farm'),
    1,
    (c) => `Vydaná faktura č. ${p.invoiceNumber(c)} – přefakturace elektrické energie`,
  ),
  t('2.2.3', IN, firm('bank'), 4, (c) => `Výpis z běžného účtu obce za ${p.billedMonth(c)}`),
  t(
    '2.2.3',
    OWN,
    authority('finance'),
    2,
    (c) => `Účetní výkazy obce k ${p.quarter(c)} – rozvaha, výkaz zisku a ztráty, FIN 2-12`,
  ),
  t('2.2.3', IN, authority('finance'), 1, () => 'Upozornění na nesoulad účetních výkazů v CSÚIS'),
  t(
    '2.3',
    OWN,
    person,
    4,
    (c) =>
      `Výzva k úhradě místního poplatku za obecní systém odpadového hospodářství na rok ${c.year}`,
  ),
  t(
    '2.3',
    IN,
    person,
    3,
    (c) => `Žádost o osvobození od místního poplatku za odpady – č. p. ${p.houseNumber(c)}`,
    { key: 'feeRequest' },
  ),
  t(
    '2.3',
    OWN,
    person,
    1,
    (c) =>
      `Rozhodnutí o žádosti o osvobození od místního poplatku za odpady – č. p. ${p.houseNumber(c)}`,
    { key: 'feeReply' },
  ),
  t('2.3', IN, person, 2, () => 'Ohlášení držení psa – přihlášení k místnímu poplatku ze psů'),
  t(
    '2.3',
    IN,
    authority('taxOffice'),
    3,
    (c) => `Daň z nemovitých věcí – převod výnosu daně obci za ${p.billedMonth(c)}`,
  ),
  t(
    '2.3',
    IN,
    authority('taxOffice'),
    1,
    (c) => `Žádost o součinnost – místní šetření k dani z nemovitých věcí, parc. č. ${p.parcel(c)}`,
  ),
  t(
    '2.4',
    IN,
    authority('region'),
    3,
    (c) => `Rozhodnutí o přidělení dotace z Programu obnovy venkova – ${p.project(c)}`,
  ),
  t(
    '2.4',
    OWN,
    authority('region', 'regionalDevelopment', 'environmentFund'),
    3,
    (c) => `Žádost o dotaci na akci ${p.project(c)}`,
    {
      key: 'grantApplication',
      attachments: [
        'rozpočet akce',
        'položkový rozpočet',
        'usnesení zastupitelstva',
        'fotodokumentace současného stavu',
      ],
    },
  ),
  t(
    '2.4',
    IN,
    authority('region', 'regionalDevelopment', 'environmentFund'),
    1,
    (c) => `Rozhodnutí o poskytnutí dotace na akci ${p.project(c)}`,
    { key: 'grantDecision' },
  ),
  t(
    '2.4',
    IN,
    authority('regionalDevelopment', 'environmentFund'),
    2,
    (c) => `Registrace akce a stanovení výdajů – ${p.project(c)}`,
  ),
  t(
    '2.4',
    OWN,
    authority('region', 'regionalDevelopment'),
    2,
    (c) => `Závěrečné vyúčtování dotace – ${p.project(c)}`,
    { key: 'grantStatement', attachments: ['kopie účetních dokladů', 'fotodokumentace'] },
  ),
  t(
    '2.4',
    IN,
    firm('association'),
    3,
    (c) => `Žádost o poskytnutí příspěvku z rozpočtu obce na rok ${c.year} – ${p.event(c)}`,
    { key: 'grantRequest' },
  ),
  t(
    '2.4',
    OWN,
    firm('association'),
    2,
    (c) => `Veřejnoprávní smlouva o poskytnutí dotace z rozpočtu obce ve výši ${p.amount(c)}`,
    { key: 'grantContract' },
  ),

  // 3 Majetek obce
  t(
    '3.1.1',
    IN,
    person,
    3,
    (c) => `Žádost o koupi obecního pozemku parc. č. ${p.parcel(c)} v k. ú. ${p.cadastralArea(c)}`,
    { key: 'landRequest', attachments: ['snímek katastrální mapy', 'geometrický plán'] },
  ),
  t(
    '3.1.1',
    OWN,
    person,
    2,
    (c) => `Záměr obce prodat pozemek parc. č. ${p.parcel(c)} – vyrozumění žadatele`,
    { key: 'landIntent' },
  ),
  t(
    '3.1.1',
    OWN,
    authority('cadastre'),
    2,
    (c) => `Návrh na vklad vlastnického práva – kupní smlouva, parc. č. ${p.parcel(c)}`,
    { key: 'landDeposit', attachments: ['kupní smlouva', 'geometrický plán'] },
  ),
  t(
    '3.1.1',
    IN,
    authority('cadastre'),
    3,
    (c) => `Vyrozumění o provedeném vkladu do katastru nemovitostí, parc. č. ${p.parcel(c)}`,
    { key: 'landRegistered' },
  ),
  t(
    '3.1.1',
    IN,
    firm('energy', 'telecom'),
    2,
    (c) => `Smlouva o zřízení věcného břemene – služebnosti, parc. č. ${p.parcel(c)}`,
  ),
  t(
    '3.1.1',
    IN,
    authority('landOffice'),
    1,
    (c) => `Bezúplatný převod pozemku parc. č. ${p.parcel(c)} do vlastnictví obce`,
  ),
  t('3.1.2', IN, person, 3, () => 'Žádost o pronájem obecní místnosti v kulturním domě'),
  t(
    '3.1.2',
    OWN,
    person,
    2,
    (c) => `Nájemní smlouva – pronájem části pozemku parc. č. ${p.parcel(c)}`,
  ),
  t(
    '3.1.2',
    IN,
    firm('farm'),
    2,
    (c) => `Žádost o uzavření pachtovní smlouvy na obecní pozemky v k. ú. ${p.cadastralArea(c)}`,
  ),
  t(
    '3.2.1',
    OWN,
    firm('construction', 'roads', 'design', 'electric'),
    3,
    (c) => `Výzva k podání nabídky – veřejná zakázka malého rozsahu „${p.project(c)}“`,
    { key: 'tenderInvite' },
  ),
  t(
    '3.2.1',
    IN,
    firm('construction', 'roads', 'electric'),
    3,
    (c) => `Nabídka na veřejnou zakázku „${p.project(c)}“`,
    {
      key: 'tenderOffer',
      attachments: ['položkový rozpočet', 'čestné prohlášení', 'výpis z obchodního rejstříku'],
    },
  ),
  t(
    '3.2.1',
    OWN,
    firm('construction', 'roads', 'design', 'electric'),
    2,
    (c) => `Smlouva o dílo – ${p.project(c)}`,
    { key: 'tenderContract' },
  ),
  t(
    '3.2.1',
    IN,
    firm('design'),
    2,
    (c) => `Projektová dokumentace pro provedení stavby – ${p.project(c)}`,
    { attachments: BUILDING_ATTACHMENTS },
  ),
  t(
    '3.2.1',
    OWN,
    firm('construction', 'roads'),
    1,
    (c) => `Oznámení o výběru dodavatele – ${p.project(c)}`,
    { key: 'tenderAward' },
  ),
  t(
    '3.2.2',
    OWN,
    firm('office', 'garden', 'print', 'forestry', 'fire', 'software'),
    4,
    (c) => `Objednávka č. ${c.rng.between(1, 120)}/${c.year}`,
  ),
  t(
    '3.2.2',
    IN,
    firm('insurance'),
    2,
    () => 'Pojistná smlouva – pojištění majetku a odpovědnosti obce, dodatek',
  ),
  t(
    '3.2.2',
    IN,
    firm('software', 'telecom'),
    2,
    () => 'Smlouva o poskytování služeb – servis výpočetní techniky',
  ),
  t(
    '3.2.2',
    IN,
    firm('insurance'),
    1,
    () => 'Vyrozumění o likvidaci pojistné události – poškození autobusové čekárny',
  ),
  t('3.3', IN, person, 3, () => 'Žádost o pronájem hrobového místa na veřejném pohřebišti', {
    key: 'graveRequest',
  }),
  t('3.3', OWN, person, 3, (c) => `Smlouva o nájmu hrobového místa č. ${p.graveNumber(c)}`, {
    key: 'graveContract',
  }),
  t(
    '3.3',
    IN,
    firm('stone'),
    1,
    (c) => `Oznámení o provedení kamenických prací na hrobovém místě č. ${c.rng.between(1, 320)}`,
  ),

  // 4 Územní plánování a stavební věci
  t(
    '4.1',
    IN,
    person,
    2,
    (c) =>
      `Návrh na změnu územního plánu – pozemek parc. č. ${p.parcel(c)} v k. ú. ${p.cadastralArea(c)}`,
  ),
  t(
    '4.1',
    IN,
    authority('building'),
    2,
    () => 'Oznámení o projednání zprávy o uplatňování územního plánu Horní Lhota',
  ),
  t(
    '4.1',
    OWN,
    authority('building'),
    1,
    () => 'Žádost o pořízení změny č. 2 územního plánu Horní Lhota',
  ),
  t(
    '4.1',
    IN,
    person,
    2,
    (c) => `Žádost o územně plánovací informaci k pozemku parc. č. ${p.parcel(c)}`,
  ),
  t(
    '4.2',
    IN,
    authority('building'),
    5,
    (c) => `Oznámení o zahájení stavebního řízení – rodinný dům na pozemku parc. č. ${p.parcel(c)}`,
    { key: 'buildingStart' },
  ),
  t(
    '4.2',
    IN,
    person,
    4,
    (c) =>
      `Žádost o vyjádření obce ke stavbě rodinného domu na parc. č. ${p.parcel(c)} v k. ú. ${p.cadastralArea(c)}`,
    { key: 'buildingRequest', attachments: BUILDING_ATTACHMENTS },
  ),
  t(
    '4.2',
    OWN,
    person,
    2,
    (c) =>
      `Vyjádření obce ke stavbě rodinného domu na parc. č. ${p.parcel(c)} v k. ú. ${p.cadastralArea(c)}`,
    { key: 'buildingOpinion' },
  ),
  t(
    '4.2',
    OWN,
    person,
    4,
    (c) => `Vyjádření obce k projektové dokumentaci – přístavba č. p. ${p.houseNumber(c)}`,
  ),
  t('4.2', IN, authority('building'), 3, () => 'Rozhodnutí o povolení stavby – veřejná vyhláška', {
    key: 'buildingPermit',
  }),
  t(
    '4.2',
    IN,
    firm('energy', 'telecom'),
    3,
    (c) => `Žádost o vyjádření k umístění sítě elektronických komunikací ${p.place(c)}`,
  ),
  t(
    '4.3',
    IN,
    firm('construction', 'design'),
    2,
    (c) => `Zápis z kontrolního dne stavby – ${p.project(c)}`,
    { key: 'siteMeeting' },
  ),
  t(
    '4.3',
    OWN,
    authority('building'),
    2,
    (c) => `Žádost o vydání kolaudačního souhlasu – ${p.project(c)}`,
    { key: 'occupancyRequest' },
  ),
  t('4.3', IN, authority('building'), 2, (c) => `Kolaudační souhlas – ${p.project(c)}`, {
    key: 'occupancyConsent',
  }),

  // 5 Evidence obyvatel
  t(
    '5.1',
    IN,
    person,
    5,
    (c) => `Přihlášení k trvalému pobytu – Horní Lhota č. p. ${p.houseNumber(c)}`,
  ),
  t(
    '5.1',
    IN,
    person,
    3,
    (c) => `Návrh na zrušení údaje o místu trvalého pobytu – č. p. ${p.houseNumber(c)}`,
    { key: 'residenceProposal' },
  ),
  t(
    '5.1',
    OWN,
    person,
    2,
    () => 'Oznámení o zahájení řízení o zrušení údaje o místu trvalého pobytu',
    { key: 'residenceNotice' },
  ),
  t('5.1', OWN, person, 2, () => 'Rozhodnutí o zrušení údaje o místu trvalého pobytu', {
    key: 'residenceDecision',
  }),
  t(
    '5.1',
    IN,
    authority('police', 'offences'),
    2,
    () => 'Žádost o sdělení údajů z evidence obyvatel',
    { key: 'residenceQuery' },
  ),
  t('5.1', OWN, authority('police', 'offences'), 1, () => 'Sdělení údajů z evidence obyvatel', {
    key: 'residenceQueryReply',
  }),
  t('5.2', IN, person, 3, () => 'Žádost o výpis z rejstříku trestů přes Czech POINT'),
  t('5.2', IN, person, 2, () => 'Žádost o ověření podpisu na plné moci'),
  t(
    '5.2',
    OWN,
    authority('interior'),
    1,
    (c) => `Hlášení o počtu provedených legalizací a vidimací za rok ${c.year - 1}`,
  ),
  t('5.3', OWN, person, 3, () => 'Pozvánka na slavnostní vítání občánků'),
  t('5.3', OWN, person, 3, () => 'Blahopřání k životnímu jubileu'),
  t('5.3', IN, person, 1, () => 'Souhlas se zveřejněním jména v obecním zpravodaji – jubilea'),

  // 6 Školství a kultura
  t(
    '6.1',
    IN,
    firm('school'),
    4,
    (c) => `Návrh rozpočtu mateřské školy na rok ${c.year + 1} a střednědobý výhled`,
  ),
  t(
    '6.1',
    OWN,
    firm('school'),
    3,
    (c) => `Schválení účetní závěrky příspěvkové organizace za rok ${c.year - 1}`,
  ),
  t(
    '6.1',
    IN,
    authority('region'),
    2,
    () => 'Rozhodnutí o změně zápisu v rejstříku škol a školských zařízení',
  ),
  t('6.1', IN, firm('school'), 2, () => 'Žádost o souhlas zřizovatele s přijetím věcného daru'),
  t(
    '6.1',
    IN,
    authority('hygiene'),
    1,
    () => 'Protokol o kontrole hygienických požadavků ve školní jídelně',
  ),
  t(
    '6.2',
    IN,
    firm('association'),
    4,
    (c) => `Žádost o povolení akce „${p.event(c)}“ a zapůjčení obecního inventáře`,
    { key: 'eventRequest' },
  ),
  t('6.2', OWN, firm('association'), 2, (c) => `Souhlas s konáním akce „${p.event(c)}“`, {
    key: 'eventConsent',
  }),
  t('6.2', IN, person, 2, (c) => `Příspěvek do obecního zpravodaje – ${p.event(c)}`),
  t(
    '6.2',
    OWN,
    firm('print'),
    1,
    (c) => `Objednávka tisku obecního zpravodaje Lhotecké listy ${c.rng.between(1, 4)}/${c.year}`,
  ),
  t('6.3', OWN, person, 1, (c) => `Zápis do kroniky obce za rok ${c.year - 1} – předání kronikáři`),
  t('6.3', IN, person, 1, (c) => `Kronika obce – záznamy a fotografie za rok ${c.year - 1}`, {
    attachments: ['fotografie', 'USB flash disk s fotodokumentací'],
  }),

  // 7 Volby
  t(
    '7.1',
    IN,
    authority('region', 'interior'),
    4,
    (c) => `Pokyny k zajištění voleb – ${p.election(c)}`,
  ),
  t(
    '7.1',
    OWN,
    person,
    3,
    (c) => `Jmenování zapisovatele okrskové volební komise – ${p.election(c)}`,
  ),
  t('7.1', IN, person, 2, (c) => `Žádost o vydání voličského průkazu – ${p.election(c)}`),
  t(
    '7.1',
    OWN,
    authority('region'),
    1,
    (c) => `Oznámení o počtu a sídle volebních okrsků – ${p.election(c)}`,
  ),
  t(
    '7.1',
    IN,
    authority('statistics'),
    1,
    (c) => `Harmonogram předávání výsledků hlasování – ${p.election(c)}`,
  ),
  t(
    '7.2',
    OWN,
    authority('statistics', 'region'),
    1,
    (c) => `Zápis o průběhu a výsledku hlasování ve volebním okrsku č. 1 – ${p.election(c)}`,
    { key: 'electionResult' },
  ),

  // 8 Životní prostředí
  t(
    '8.1.1',
    IN,
    firm('waste'),
    4,
    (c) => `Harmonogram svozu komunálního a tříděného odpadu na rok ${c.year + 1}`,
  ),
  t(
    '8.1.1',
    OWN,
    firm('waste'),
    2,
    (c) => `Objednávka přistavení velkoobjemového kontejneru ${p.place(c)}`,
  ),
  t('8.1.1', IN, person, 2, (c) => `Oznámení o černé skládce ${p.place(c)}`),
  t(
    '8.1.2',
    OWN,
    authority('environment', 'region'),
    2,
    (c) => `Hlášení o produkci a nakládání s odpady za rok ${c.year - 1}`,
  ),
  t(
    '8.1.2',
    IN,
    firm('waste'),
    2,
    (c) => `Osvědčení o úspoře emisí a přehled vytříděného odpadu za ${p.quarter(c)}`,
  ),
  t(
    '8.2.1',
    IN,
    firm('water'),
    3,
    (c) => `Rozbor vzorku pitné vody – vodovod Horní Lhota, ${p.quarter(c)}`,
  ),
  t(
    '8.2.1',
    IN,
    person,
    3,
    (c) => `Žádost o napojení na veřejný vodovod a kanalizaci – č. p. ${p.houseNumber(c)}`,
    { key: 'connectionRequest' },
  ),
  t(
    '8.2.1',
    OWN,
    person,
    2,
    (c) => `Souhlas s připojením na kanalizaci – č. p. ${p.houseNumber(c)}`,
    { key: 'connectionConsent' },
  ),
  t(
    '8.2.1',
    IN,
    authority('hygiene'),
    1,
    () => 'Výsledek kontroly kvality pitné vody z veřejného vodovodu',
  ),
  t(
    '8.2.2',
    IN,
    authority('environment'),
    4,
    (c) => `Oznámení o zahájení vodoprávního řízení – studna na pozemku parc. č. ${p.parcel(c)}`,
  ),
  t(
    '8.2.2',
    IN,
    authority('environment'),
    2,
    (c) => `Povolení k nakládání s povrchovými vodami – rybník ${p.place(c)}`,
  ),
  t(
    '8.2.2',
    IN,
    authority('riverBasin'),
    2,
    () => 'Vyjádření správce povodí k odbahnění návesního rybníka Hořejšák',
  ),
  t(
    '8.2.2',
    OWN,
    authority('environment'),
    1,
    () => 'Žádost o povolení k vypouštění odpadních vod z ČOV Horní Lhota',
  ),
  t(
    '8.3',
    IN,
    person,
    6,
    (c) => `Žádost o povolení kácení dřevin rostoucích mimo les – parc. č. ${p.parcel(c)}`,
    { key: 'treeRequest', attachments: TREE_ATTACHMENTS },
  ),
  t(
    '8.3',
    IN,
    firm('energy', 'farm', 'forestry'),
    2,
    (c) => `Oznámení o kácení dřevin z důvodu údržby ochranného pásma – ${p.place(c)}`,
    { attachments: TREE_ATTACHMENTS },
  ),
  t(
    '8.3',
    OWN,
    person,
    4,
    (c) => `Rozhodnutí o povolení kácení dřevin – ${p.tree(c)}, parc. č. ${p.parcel(c)}`,
    { key: 'treeDecision' },
  ),
  t('8.3', OWN, person, 2, () => 'Oznámení o zahájení správního řízení o povolení kácení dřevin', {
    key: 'treeNotice',
  }),
  t(
    '8.3',
    OWN,
    authority('environment'),
    1,
    (c) => `Oznámení o zahájení řízení o kácení dřevin – ${p.tree(c)} ${p.place(c)}`,
  ),
  t('8.4', IN, person, 2, () => 'Stížnost na obtěžování kouřem ze spalování odpadu v domácnosti'),
  t('8.4', IN, firm('garden'), 1, (c) => `Nabídka ošetření a výsadby stromů ${p.place(c)}`),
  t(
    '8.4',
    OWN,
    firm('garden', 'forestry'),
    2,
    (c) => `Objednávka ošetření vzrostlé zeleně – ${p.tree(c)} ${p.place(c)}`,
  ),

  // 9 Doprava a místní komunikace
  t('9.1', IN, person, 3, (c) => `Upozornění na výtluky na místní komunikaci ${p.place(c)}`),
  t(
    '9.1',
    OWN,
    firm('roads', 'transport'),
    2,
    (c) => `Objednávka opravy povrchu místní komunikace ${p.place(c)}`,
  ),
  t(
    '9.1',
    IN,
    authority('transport'),
    2,
    () => 'Stanovení místní úpravy provozu na místních komunikacích',
  ),
  t(
    '9.1',
    OWN,
    authority('transport'),
    1,
    () => 'Žádost o stanovení přechodné úpravy provozu – uzavírka návsi',
  ),
  t(
    '9.2',
    IN,
    person,
    3,
    (c) =>
      `Žádost o zvláštní užívání místní komunikace – uložení stavebního materiálu ${p.place(c)}`,
    { key: 'roadUseRequest' },
  ),
  t('9.2', OWN, person, 2, () => 'Povolení zvláštního užívání místní komunikace', {
    key: 'roadUsePermit',
  }),
  t(
    '9.2',
    IN,
    authority('transport'),
    2,
    () => 'Rozhodnutí o uzavírce silnice III/1372 a nařízení objížďky',
  ),

  // 10 Krizové řízení a požární ochrana
  t(
    '10.1',
    IN,
    authority('fireService'),
    3,
    (c) => `Výsledek kontroly akceschopnosti jednotky SDH obce v roce ${c.year}`,
  ),
  t(
    '10.1',
    OWN,
    authority('fireService'),
    2,
    (c) => `Žádost o dotaci na vybavení jednotky SDH obce na rok ${c.year + 1}`,
  ),
  t('10.1', IN, firm('fire'), 2, () => 'Revize hasicích přístrojů a požárních hydrantů – protokol'),
  t(
    '10.1',
    IN,
    firm('association'),
    1,
    () => 'Žádost o proplacení výdajů na odbornou přípravu členů jednotky',
  ),
  t(
    '10.2',
    IN,
    authority('fireService'),
    2,
    () => 'Aktualizace krizového plánu ORP Tábor – výpis pro obec',
  ),
  t(
    '10.2',
    OWN,
    authority('fireService'),
    1,
    () => 'Povodňový plán obce Horní Lhota – aktualizace kontaktů',
  ),
  t(
    '10.2',
    IN,
    authority('region'),
    1,
    () => 'Vyhlášení stupně povodňové aktivity – informace pro obce',
  ),

  // 11 Sociální věci
  t('11.1', IN, authority('social'), 2, () => 'Žádost o sociální šetření – součinnost obce'),
  t(
    '11.1',
    IN,
    authority('labourOffice'),
    3,
    () => 'Dohoda o vytvoření pracovních příležitostí v rámci veřejně prospěšných prací',
  ),
  t('11.1', IN, person, 2, () => 'Žádost o zajištění pečovatelské služby'),
  t(
    '11.1',
    OWN,
    authority('labourOffice'),
    2,
    (c) => `Vyúčtování příspěvku na veřejně prospěšné práce za ${p.billedMonth(c)}`,
  ),
  t('11.2', IN, person, 3, () => 'Žádost o přidělení obecního bytu'),
  t('11.2', OWN, person, 2, () => 'Dodatek k nájemní smlouvě k obecnímu bytu – úprava nájemného'),

  // 12 Spisová služba
  t(
    '12.1',
    IN,
    firm('software'),
    1,
    () => 'Aktualizace elektronické spisové služby – informace pro uživatele',
  ),
  t('12.1', OWN, authority('archive'), 1, (c) => `Předání podacího deníku za rok ${c.year - 1}`),
  t('12.2', OWN, authority('archive'), 1, () => 'Skartační návrh obce Horní Lhota'),
  t('12.2', IN, authority('archive'), 1, () => 'Protokol o provedení skartačního řízení'),

  // 13 Veřejný pořádek
  t(
    '13.1',
    IN,
    authority('police'),
    3,
    () => 'Oznámení podezření ze spáchání přestupku proti občanskému soužití',
    { key: 'offenceReport' },
  ),
  t(
    '13.1',
    OWN,
    authority('offences'),
    2,
    () => 'Postoupení oznámení o přestupku příslušnému správnímu orgánu',
    { key: 'offenceForward' },
  ),
  t('13.1', IN, authority('offences'), 1, () => 'Sdělení o výsledku přestupkového řízení', {
    key: 'offenceResult',
  }),
  t(
    '13.2',
    IN,
    authority('building', 'environment', 'cadastre', 'landOffice', 'court'),
    5,
    () => 'Žádost o zveřejnění písemnosti na úřední desce obce',
    { key: 'boardRequest' },
  ),
  t(
    '13.2',
    OWN,
    authority('building', 'environment', 'cadastre', 'landOffice', 'court'),
    3,
    () => 'Potvrzení o vyvěšení písemnosti na úřední desce',
    { key: 'boardConfirm' },
  ),
  t('13.2', IN, firm('association'), 1, () => 'Žádost o vyhlášení informace místním rozhlasem'),
];
