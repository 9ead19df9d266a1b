import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { journalTestT } from '../../journal/testI18n';
import { sampleEnvelope } from '../testing/sampleMessages';
import {
  counterpartyText,
  flagText,
  legalTitleText,
  stateName,
  subjectText,
  suspicionSummary,
} from './messageText';
import { testRecord } from './testRecord';

let t: TFunction;
let en: TFunction;
beforeAll(async () => {
  t = await journalTestT('cs');
  en = await journalTestT('en');
});

describe('stateName', () => {
  it('names every dmMessageStatus 1–10 in Czech, and 0 as waiting in our queue', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((state) => stateName(t, state))).toEqual([
      'Čeká na odeslání',
      'Podána',
      'Opatřena časovým razítkem',
      'Zachycen škodlivý kód',
      'Dodána do schránky',
      'Doručena fikcí',
      'Doručena přihlášením',
      'Přečtena',
      'Nedoručitelná',
      'Obsah smazán',
      'V datovém trezoru',
    ]);
  });

  it('shows a code it does not know as a number, in either language', () => {
    expect(stateName(t, 42)).toBe('Stav 42');
    expect(stateName(en, 6)).toBe('Accepted by login');
  });
});

describe('subjectText', () => {
  it('keeps markup in a subject as the characters it is made of', () => {
    const message = testRecord({
      envelope: sampleEnvelope({ dmAnnotation: '<b>Výzva</b> & <img src=x onerror=alert(1)>' }),
    });
    expect(subjectText(t, message)).toBe('<b>Výzva</b> & <img src=x onerror=alert(1)>');
  });

  it('says so when a message has no subject', () => {
    expect(subjectText(t, testRecord({ envelope: sampleEnvelope({ dmAnnotation: '  ' }) }))).toBe(
      '(bez věci)',
    );
  });
});

describe('counterpartyText', () => {
  it('is the sender of a received message and the recipient of a sent one', () => {
    expect(counterpartyText(testRecord())).toBe('Jan Novák');
    expect(
      counterpartyText(
        testRecord({
          direction: 'sent',
          envelope: sampleEnvelope({ dmRecipient: null, dbIDRecipient: 'xyz9876' }),
        }),
      ),
    ).toBe('xyz9876');
  });
});

describe('legalTitleText', () => {
  it('writes the legal title as lawyers do, leaving out what is missing', () => {
    const envelope = sampleEnvelope({
      dmLegalTitleLaw: 500,
      dmLegalTitleYear: 2004,
      dmLegalTitleSect: '19',
      dmLegalTitlePar: '3',
      dmLegalTitlePoint: 'a',
    });
    expect(legalTitleText(t, envelope)).toBe('zákon č. 500/2004 Sb., § 19 odst. 3 písm. a');
    expect(legalTitleText(t, sampleEnvelope({ dmLegalTitleLaw: 300 }))).toBe('zákon č. 300');
    expect(legalTitleText(t, sampleEnvelope())).toBe('');
  });
});

describe('flags and suspicion', () => {
  it('tells yes, no and not stated apart', () => {
    expect([true, false, null].map((value) => flagText(t, value))).toEqual([
      'ano',
      'ne',
      'neuvedeno',
    ]);
  });

  it('lists every reason a message is suspicious', () => {
    expect(suspicionSummary(t, ['sealInvalid', 'executableAttachment'])).toBe(
      'Pečeť zprávy je neplatná — zpráva mohla být změněna.; Příloha je spustitelný program nebo skript.',
    );
  });
});
