import { isdsCodes, type IsdsStatus } from '../../common/isds/model';

/**
 * The status codes and texts the simulated ISDS answers with. Codes the client must
 * tell apart come from `isdsCodes`; the others follow libisds' doc/web_service_interface
 * (2006 unknown operation, 1201 sending from an inaccessible box) or are the sim's own
 * choice where ISDS documents none (say so in the comment).
 */
export const statuses = {
  ok: { code: isdsCodes.ok, message: 'Provedeno úspěšně.' },
  nothingFound: {
    code: isdsCodes.nothingFound,
    message: 'Podmínkám neodpovídá žádná datová schránka.',
  },
  tooGeneral: {
    code: isdsCodes.truncated,
    message: 'Výběr zadán příliš obecně, výsledků je příliš mnoho.',
  },
  notYourMessage: {
    code: isdsCodes.notYourMessage,
    message: 'Zpráva neexistuje nebo k ní nemáte přístup.',
  },
  notYetDelivered: {
    code: isdsCodes.notYetDelivered,
    message: 'Zpráva dosud nebyla dodána, doručenka neexistuje.',
  },
  boxDoesNotExist: { code: isdsCodes.boxDoesNotExist, message: 'Datová schránka neexistuje.' },
  /** libisds documents 3008 as "too many parallel requests"; the app's model uses 3009. */
  busy: {
    code: isdsCodes.busy,
    message: 'Jiný požadavek tohoto účtu se právě zpracovává, opakujte jej později.',
  },
  senderInaccessible: {
    code: '1201',
    message: 'Z neaktivní nebo znepřístupněné datové schránky nelze odesílat zprávy.',
  },
  /** The sim's code: ISDS refuses such a message too, under a code we do not know. */
  recipientInaccessible: {
    code: '1214',
    message: 'Datová schránka adresáta je znepřístupněna, zprávu nelze dodat.',
  },
  /** The sim's code for every refused envelope or attachment (size, count, main file). */
  invalidMessage: { code: '1216', message: 'Datová zpráva není přípustná.' },
  badRequest: { code: '2006', message: 'Požadavek nelze zpracovat.' },
} as const satisfies Record<string, IsdsStatus>;

export function withDetail(status: IsdsStatus, detail: string): IsdsStatus {
  return { code: status.code, message: `${status.message} ${detail}` };
}
