import type { TxEntityType } from '../../domain/transactionLog';
import type { Identifier } from './elements';
import type { SipComponent } from './types';

/**
 * The entities of one package as METS sees them: each has an xs:ID in the NSESSS
 * metadata (METS DMDID), an identifier its transaction log is filed under, and its
 * place in the tree from the file plan down to the components (METS structMap).
 */

export type DivType = 'spisový plán' | 'věcná skupina' | 'spis' | 'dokument' | 'komponenta';

export interface SipNode {
  divType: DivType;
  xmlId: string;
  identifier: Identifier;
  /** TypObjektuId of nsesss-TrP. */
  objectType: 'SpisovyPlan' | 'VecnaSkupina' | 'Spis' | 'Dokument' | 'Komponenta';
  /** Which entries of the device's log are this entity's; null when it has none. */
  log: { entityType: TxEntityType; entityId: string } | null;
  component: SipComponent | null;
  children: SipNode[];
}

/** Hands out xs:ID values, unique within one METS document. */
export class SipIds {
  private readonly counters = new Map<string, number>();

  next(prefix: string): string {
    const count = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, count);
    return `${prefix}${count}`;
  }
}

export function* walk(node: SipNode): Generator<SipNode> {
  yield node;
  for (const child of node.children) yield* walk(child);
}
