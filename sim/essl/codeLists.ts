import { retentionLabel } from '../../common/domain/filePlan';
import {
  statusCodes,
  type CodeListInfo,
  type CodeListItem,
  type ReservedNumber,
} from '../../common/erms/model';
import {
  FILE_PLAN_CODE_LIST,
  RESERVATION_CODE_LIST,
  type RequestOf,
  type ResponseOf,
} from '../../common/erms/operations';
import { CASE_FILE_JOURNAL, DOCUMENT_JOURNAL, MAX_RESERVATION } from './constants';
import { caseFileReference, documentReference } from './numbering';
import { OK, invalid, periodOf, status, type CallContext, type EsslCore } from './rules';
import { reservationKey } from './store';

type Item = Pick<CodeListItem, 'id' | 'text'>;

/** Small code lists a hosted eSSL typically offers besides the file plan. */
const STATIC_LISTS: Readonly<Record<string, { name: string; items: ReadonlyArray<Item> }>> = {
  ZpusobDoruceni: {
    name: 'Způsob doručení',
    items: [
      { id: 'Posta', text: 'Poštou' },
      { id: 'Osobne', text: 'Osobně' },
      { id: 'DatovaSchranka', text: 'Datovou schránkou' },
      { id: 'ElektronickaPosta', text: 'Elektronickou poštou' },
      { id: 'Kuryr', text: 'Kurýrem' },
    ],
  },
  TypDokumentu: {
    name: 'Typ dokumentu',
    items: [
      { id: 'Dopis', text: 'Dopis' },
      { id: 'Zadost', text: 'Žádost' },
      { id: 'Rozhodnuti', text: 'Rozhodnutí' },
      { id: 'Oznameni', text: 'Oznámení' },
      { id: 'Smlouva', text: 'Smlouva' },
      { id: 'Faktura', text: 'Faktura' },
      { id: 'Zapis', text: 'Zápis' },
    ],
  },
};

export function codeListsOverview(core: EsslCore): ResponseOf<'CiselnikySeznam'> {
  const lists: CodeListInfo[] = [
    {
      id: RESERVATION_CODE_LIST,
      name: 'Rezervace čísel jednacích a spisových značek',
      itemCount: null,
      changedAt: null,
    },
    {
      id: FILE_PLAN_CODE_LIST,
      name: `Spisový plán: ${core.plan.title}`,
      itemCount: core.plan.leaves.length,
      changedAt: null,
    },
    ...Object.entries(STATIC_LISTS).map(([id, list]) => ({
      id,
      name: list.name,
      itemCount: list.items.length,
      changedAt: null,
    })),
  ];
  return { lists };
}

function plainItem(item: Item): CodeListItem {
  return { ...item, description: null, active: true, validFrom: null, validTo: null };
}

function reservedItem(number: ReservedNumber): CodeListItem {
  return plainItem({ id: `${number.year}/${number.sequence}`, text: number.reference });
}

type CodeListReply = ResponseOf<'CiselnikZadost'>;

export function codeList(
  core: EsslCore,
  ctx: CallContext,
  request: RequestOf<'CiselnikZadost'>,
): CodeListReply {
  const { listId } = request;
  if (listId === RESERVATION_CODE_LIST) return reservations(core, ctx, request);
  const refused = (text: string, code: string = statusCodes.invalid): CodeListReply => ({
    listId,
    items: [],
    reserved: [],
    status: status(code, text),
  });
  if (request.reservation) {
    return refused(`Rezervace čísel se žádá číselníkem ${RESERVATION_CODE_LIST}, ne ${listId}.`);
  }
  if (listId === FILE_PLAN_CODE_LIST) {
    const items = core.plan.leaves.map((group) => ({
      id: group.fileMark,
      text: group.title,
      description: group.retention
        ? `${retentionLabel(group.retention)}, ${group.retention.triggerEvent}`
        : null,
      active: group.validTo === null,
      validFrom: group.validFrom,
      validTo: group.validTo,
    }));
    return { listId, items, reserved: [], status: OK };
  }
  const list = STATIC_LISTS[listId];
  if (!list) return refused(`Číselník ${listId} eSSL nevede.`, statusCodes.notFound);
  return { listId, items: list.items.map(plainItem), reserved: [], status: OK };
}

/**
 * The reservation extension: a block of the next numbers of a register for the calling
 * user; the same IdPozadavku gets the same block. Without `Rezervace`, the list shows
 * the user's reserved numbers that no entity carries yet.
 */
function reservations(
  core: EsslCore,
  ctx: CallContext,
  request: RequestOf<'CiselnikZadost'>,
): CodeListReply {
  const { listId, reservation } = request;
  const reply = (reserved: ReservedNumber[]): CodeListReply => ({
    listId,
    items: reserved.map(reservedItem),
    reserved,
    status: OK,
  });
  if (!reservation) return reply(openReservations(core, ctx.user));

  const key = reservationKey(ctx.user, reservation.requestId);
  const earlier = core.store.reservations.get(key);
  if (earlier) return reply(earlier);

  const refuse = (text: string): CodeListReply => ({
    listId,
    items: [],
    reserved: [],
    status: invalid(text),
  });
  if (
    !Number.isInteger(reservation.count) ||
    reservation.count < 1 ||
    reservation.count > MAX_RESERVATION
  ) {
    return refuse(`Počet rezervovaných čísel musí být od 1 do ${MAX_RESERVATION}.`);
  }
  const year = periodOf(core.clock.now());
  if (reservation.year !== year && reservation.year !== year + 1) {
    return refuse(
      `Rezervovat lze jen čísla roku ${year} nebo ${year + 1}, ne ${reservation.year}.`,
    );
  }
  const documents = reservation.register === 'documents';
  const register = documents ? core.store.documentNumbers : core.store.caseFileNumbers;
  const numbers = register
    .reserve(ctx.user, reservation.year, reservation.count)
    .map((sequence): ReservedNumber => ({
      register: reservation.register,
      year: reservation.year,
      sequence,
      reference: documents
        ? documentReference(core, reservation.year, sequence)
        : caseFileReference(core, reservation.year, sequence, ''),
      journal: documents ? DOCUMENT_JOURNAL : CASE_FILE_JOURNAL,
    }));
  core.store.record({
    k: 'reservation',
    user: ctx.user,
    requestId: reservation.requestId,
    numbers,
  });
  return reply(numbers);
}

function openReservations(core: EsslCore, user: string): ReservedNumber[] {
  const open: ReservedNumber[] = [];
  const prefix = reservationKey(user, '');
  for (const [key, block] of core.store.reservations) {
    if (!key.startsWith(prefix)) continue;
    for (const number of block) {
      const register =
        number.register === 'documents' ? core.store.documentNumbers : core.store.caseFileNumbers;
      if (register.isOpenReservation(user, number.year, number.sequence)) open.push(number);
    }
  }
  return open;
}
