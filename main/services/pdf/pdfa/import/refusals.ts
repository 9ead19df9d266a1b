import { ServiceError } from '../../../../../common/contract/envelope';

/** Why a PDF cannot become PDF/A here; each becomes one ServiceError (see `refusalError`). */
export type Refusal =
  | { kind: 'javascript'; what: string }
  | { kind: 'fontNotEmbedded'; font: string }
  | { kind: 'transparency'; what: string }
  | { kind: 'unsupported'; feature: string };

export function encryptedError(): ServiceError {
  return new ServiceError(
    'errors.pdf.encrypted',
    'PDF je zašifrované nebo chráněné heslem, proto je nelze převést do PDF/A. Uložte je bez ochrany a vložte znovu.',
  );
}

export function corruptedError(reason: string): ServiceError {
  return new ServiceError(
    'errors.pdf.corrupted',
    `Soubor není platné PDF nebo je poškozený (${reason}), proto jej nelze převést do PDF/A.`,
    { reason },
  );
}

/** The refusal that matters most comes first: scripts, then fonts, transparency, the rest. */
const ORDER: Refusal['kind'][] = ['javascript', 'fontNotEmbedded', 'transparency', 'unsupported'];

export function firstRefusal(refusals: Refusal[]): Refusal | undefined {
  return [...refusals].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind))[0];
}

export function refusalError(refusal: Refusal): ServiceError {
  switch (refusal.kind) {
    case 'javascript':
      return new ServiceError(
        'errors.pdf.javascript',
        `PDF obsahuje JavaScript nebo jiné akce (${refusal.what}), proto je nelze převést do PDF/A.`,
        { what: refusal.what },
      );
    case 'fontNotEmbedded':
      return new ServiceError(
        'errors.pdf.fontNotEmbedded',
        `PDF používá písmo „${refusal.font}“, které v něm není vložené, proto je nelze převést do PDF/A. Vytvořte PDF znovu s vloženými písmy.`,
        { font: refusal.font },
      );
    case 'transparency':
      return new ServiceError(
        'errors.pdf.transparency',
        `PDF používá průhlednost (${refusal.what}). Aplikace ji v PDF/A neumí ověřit, proto soubor nepřevede. Vytvořte PDF bez průhlednosti, např. jako PDF/A-1b.`,
        { what: refusal.what },
      );
    case 'unsupported':
      return new ServiceError(
        'errors.pdf.unsupportedFeature',
        `PDF obsahuje ${refusal.feature}, to aplikace do PDF/A nepřevede.`,
        { feature: refusal.feature },
      );
  }
}
