/** The two ways a file is refused before anything about it can be reported. */
import { ServiceError } from '../../../../common/contract/envelope';

/** Not a CMS SignedData with encapsulated content: a PDF renamed, a cut-off download, noise. */
export function notZfo(): ServiceError {
  return new ServiceError(
    'errors.zfo.notZfo',
    'Soubor není datová zpráva ve formátu ZFO (podepsaná zpráva ISDS) nebo je poškozený či neúplný.',
  );
}

/** A sound SignedData whose content is none of the three things ISDS seals. */
export function notMessage(): ServiceError {
  return new ServiceError(
    'errors.zfo.notMessage',
    'Podepsaný soubor neobsahuje datovou zprávu ani doručenku z datové schránky.',
  );
}
