import {
  DEFAULT_TRIGGER_EVENT,
  planGroupId,
  type FilePlanGroup,
  type RetentionMark,
} from '../../common/domain/filePlan';

const PLAN_ID = 'plan-demo';
const simple = (mark: string) => mark.split('.').at(-1) ?? mark;
const version = { planId: PLAN_ID, validFrom: '2024-01-01', validTo: null };

/**
 * Spisový a skartační plán of the demo municipality — shaped like the plans small
 * Czech municipalities actually use (věcné skupiny by agenda, retention rules as the
 * archives usually approve them). Marks are dotted and fully qualified: `8`, `8.3`,
 * `8.3.1`; the parent of `8.3.1` is `8.3`. Only the lowest level carries a retention
 * rule, because only there are documents classified.
 *
 * Issue 3 moves this plan into an nsesss-plan XML file; until then it is data here.
 */

function parentOf(mark: string): string | null {
  const dot = mark.lastIndexOf('.');
  return dot < 0 ? null : mark.slice(0, dot);
}

function group(fileMark: string, title: string): FilePlanGroup {
  return {
    ...version,
    id: planGroupId(PLAN_ID, fileMark),
    simpleMark: simple(fileMark),
    fileMark,
    title,
    parentMark: parentOf(fileMark),
    retention: null,
    caseFileMode: null,
  };
}

function leaf(fileMark: string, title: string, mark: RetentionMark, period: number): FilePlanGroup {
  return {
    ...version,
    id: planGroupId(PLAN_ID, fileMark),
    simpleMark: simple(fileMark),
    fileMark,
    title,
    parentMark: parentOf(fileMark),
    retention: { mark, period, triggerEvent: DEFAULT_TRIGGER_EVENT },
    caseFileMode: 'linking',
  };
}

export const DEMO_FILE_PLAN: ReadonlyArray<FilePlanGroup> = [
  group('1', 'Organizace a řízení obce'),
  group('1.1', 'Zastupitelstvo obce'),
  leaf('1.1.1', 'Zápisy a usnesení ze zasedání zastupitelstva', 'A', 10),
  leaf('1.1.2', 'Pozvánky a podklady pro zasedání zastupitelstva', 'S', 5),
  leaf('1.2', 'Obecně závazné vyhlášky a nařízení obce', 'A', 5),
  leaf('1.3', 'Vnitřní předpisy a směrnice obce', 'A', 5),
  leaf('1.4', 'Stížnosti, petice a žádosti o informace', 'S', 5),
  leaf('1.5', 'Personální a mzdová agenda', 'S', 45),
  leaf('1.6', 'Svazky obcí a spolupráce s jinými obcemi', 'A', 10),
  leaf('1.7', 'Ostatní korespondence a oznámení', 'S', 5),

  group('2', 'Finance a rozpočet'),
  group('2.1', 'Rozpočet obce'),
  leaf('2.1.1', 'Rozpočet a rozpočtová opatření', 'A', 10),
  leaf('2.1.2', 'Závěrečný účet a přezkoumání hospodaření', 'A', 10),
  group('2.2', 'Účetnictví'),
  leaf('2.2.1', 'Přijaté faktury', 'S', 10),
  leaf('2.2.2', 'Vydané faktury a předpisy plateb', 'S', 10),
  leaf('2.2.3', 'Účetní doklady, výkazy a bankovní výpisy', 'S', 10),
  leaf('2.3', 'Místní poplatky a daně', 'S', 10),
  leaf('2.4', 'Dotace a granty', 'A', 10),

  group('3', 'Majetek obce'),
  group('3.1', 'Nemovitý majetek'),
  leaf('3.1.1', 'Nabytí a převody nemovitostí, věcná břemena', 'A', 10),
  leaf('3.1.2', 'Nájmy a pachty obecního majetku', 'S', 10),
  group('3.2', 'Smlouvy a veřejné zakázky'),
  leaf('3.2.1', 'Veřejné zakázky a smlouvy o dílo', 'A', 10),
  leaf('3.2.2', 'Ostatní smlouvy a objednávky', 'S', 10),
  leaf('3.3', 'Veřejné pohřebiště a nájem hrobových míst', 'S', 10),

  group('4', 'Územní plánování a stavební věci'),
  leaf('4.1', 'Územní plán a jeho změny', 'A', 10),
  leaf('4.2', 'Stavební a územní řízení (obec jako účastník)', 'S', 10),
  leaf('4.3', 'Investiční akce a stavby obce', 'A', 10),

  group('5', 'Evidence obyvatel'),
  leaf('5.1', 'Trvalý pobyt — přihlášení, změny a rušení', 'S', 10),
  leaf('5.2', 'Czech POINT, ověřování listin a podpisů', 'S', 10),
  leaf('5.3', 'Vítání občánků, jubilea a společenské události', 'S', 5),

  group('6', 'Školství a kultura'),
  leaf('6.1', 'Mateřská škola a školské záležitosti (zřizovatel)', 'A', 10),
  leaf('6.2', 'Kultura, spolky a sport', 'S', 5),
  leaf('6.3', 'Kronika obce', 'A', 10),

  group('7', 'Volby'),
  leaf('7.1', 'Organizace voleb a referend', 'S', 5),
  leaf('7.2', 'Zápisy o výsledcích voleb', 'A', 5),

  group('8', 'Životní prostředí'),
  group('8.1', 'Odpadové hospodářství'),
  leaf('8.1.1', 'Svoz a odstraňování odpadů', 'S', 5),
  leaf('8.1.2', 'Evidence a hlášení o odpadech', 'S', 5),
  group('8.2', 'Vodní hospodářství'),
  leaf('8.2.1', 'Vodovod a kanalizace obce', 'S', 10),
  leaf('8.2.2', 'Vodoprávní řízení', 'S', 10),
  leaf('8.3', 'Kácení dřevin rostoucích mimo les', 'S', 5),
  leaf('8.4', 'Veřejná zeleň a ochrana přírody', 'S', 5),

  group('9', 'Doprava a místní komunikace'),
  leaf('9.1', 'Správa a údržba místních komunikací', 'S', 10),
  leaf('9.2', 'Zvláštní užívání komunikací a uzavírky', 'S', 5),

  group('10', 'Krizové řízení a požární ochrana'),
  leaf('10.1', 'Jednotka sboru dobrovolných hasičů', 'S', 10),
  leaf('10.2', 'Krizový a povodňový plán, mimořádné události', 'A', 10),

  group('11', 'Sociální věci'),
  leaf('11.1', 'Sociální služby a pomoc občanům', 'S', 10),
  leaf('11.2', 'Obecní byty a bydlení', 'S', 10),

  group('12', 'Spisová služba'),
  leaf('12.1', 'Evidence dokumentů a podací deník', 'A', 10),
  leaf('12.2', 'Skartační řízení', 'A', 10),

  group('13', 'Veřejný pořádek'),
  leaf('13.1', 'Přestupky a jejich postoupení', 'S', 5),
  leaf('13.2', 'Úřední deska a zveřejňování', 'S', 5),
];
