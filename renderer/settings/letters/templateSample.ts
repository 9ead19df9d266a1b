import type { LetterContent, LetterTemplate } from '../../../common/letters/model';

/**
 * The made-up letter a template is previewed with: every part a real letter has, so
 * the letterhead, the reference block, the body markup and the signature all show.
 * Letters are written in Czech whatever the UI language, and so is the sample.
 */
export function sampleLetterContent(template: LetterTemplate, today: string): LetterContent {
  return {
    addressee: {
      name: 'Jan Novák',
      lines: ['Lipová 12', '391 99 Horní Lhota'],
      databoxId: 'abc1234',
    },
    ourRef: 'OU 123/2026',
    theirRef: 'ZN-15/2026',
    theirDate: today,
    handler: { name: 'Marie Dvořáková', phone: '381 000 111', email: 'podatelna@obec.cz' },
    date: today,
    subject: 'Ukázka dopisu',
    body: [
      'Vážený pane Nováku,',
      '',
      'toto je **ukázka** dopisu napsaného s touto šablonou. Text může obsahovat *kurzívu* i odrážky:',
      '- první bod,',
      '- druhý bod.',
      '',
      'Děkujeme za spolupráci.',
    ].join('\n'),
    attachments: ['situační výkres'],
    // A template may leave the signer empty (each letter names one); the sample needs one.
    signer: {
      name: template.signer.name || 'Jana Ukázková',
      function: template.signer.function || 'starostka',
    },
  };
}
