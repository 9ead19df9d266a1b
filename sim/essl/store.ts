import type {
  EsslId,
  FileContent,
  FileExtension,
  OperationStatus,
  ReservedNumber,
} from '../../common/erms/model';
import type { ChangeClock } from './clock';
import { CASE_FILE_JOURNAL, DOCUMENT_JOURNAL } from './constants';
import { EvidenceCounter, NumberRegister } from './registers';
import type { SeedBase } from './seedBase';
import { OwnerIndex, type EntityKind, type IndexEntry } from './ownerIndex';
import type { LogRecord, StoredCaseFile, StoredDocument } from './types';

export type { EntityKind };

/** Identifikator as a map key: the pair (ZdrojID, HodnotaID). */
export function entityKey(id: EsslId): string {
  return `${id.source}\u0001${id.value}`;
}

function sortIdOf(id: EsslId): string {
  return `${id.value}\u0001${id.source}`;
}

/**
 * The eSSL's state. Every change goes through `record()`, which applies it and keeps
 * it for the log; replaying the log applies the same records. The rules live in the
 * operations — the store only keeps what they decided, and the indexes that follow.
 */
export class EsslStore {
  readonly documents = new Map<string, StoredDocument>();
  readonly caseFiles = new Map<string, StoredCaseFile>();
  readonly files = new Map<string, FileContent>();
  /** The extension a file was created with (a new version keeps it: it is the same output). */
  readonly fileExtensions = new Map<string, FileExtension>();
  /** UdalostId → the first outcome. */
  readonly events = new Map<string, OperationStatus>();
  /** `user` + IdPozadavku → the block it got. */
  readonly reservations = new Map<string, ReservedNumber[]>();
  readonly documentNumbers = new NumberRegister();
  readonly caseFileNumbers = new NumberRegister();
  readonly evidence = new EvidenceCounter();
  private readonly owners = new OwnerIndex((entry, owner) => this.isCurrent(entry, owner));
  private pending: LogRecord[] = [];

  constructor(readonly clock: ChangeClock) {}

  /** Loads the seeded base (not logged: it is rebuilt from the seed parameters). */
  loadBase(base: SeedBase): void {
    const byOwner = new Map<string, IndexEntry[]>();
    const add = (owner: string, entry: IndexEntry) => {
      let list = byOwner.get(owner);
      if (!list) byOwner.set(owner, (list = []));
      list.push(entry);
    };
    for (const doc of base.documents) {
      const key = entityKey(doc.profile.id);
      this.documents.set(key, doc);
      this.noteDocumentNumbers(doc);
      this.clock.observe(doc.changedAt);
      add(doc.profile.owner, {
        at: doc.changedAt,
        kind: 'document',
        key,
        sortId: sortIdOf(doc.profile.id),
      });
    }
    for (const file of base.caseFiles) {
      const key = entityKey(file.profile.id);
      this.caseFiles.set(key, file);
      this.noteCaseFileNumbers(file);
      this.clock.observe(file.changedAt);
      add(file.profile.owner, {
        at: file.changedAt,
        kind: 'caseFile',
        key,
        sortId: sortIdOf(file.profile.id),
      });
    }
    for (const [owner, entries] of byOwner) this.owners.load(owner, entries);
  }

  /** Applies a change and keeps it for the log. */
  record(change: LogRecord): void {
    this.apply(change);
    this.pending.push(change);
  }

  /** The changes recorded since the last call, to be written before the answer goes out. */
  drain(): LogRecord[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }

  /** Applies a change read back from the log (or just recorded). */
  apply(change: LogRecord): void {
    switch (change.k) {
      case 'document': {
        const key = entityKey(change.doc.profile.id);
        const previous = this.documents.get(key);
        this.documents.set(key, change.doc);
        this.noteDocumentNumbers(change.doc);
        this.clock.observe(change.doc.changedAt);
        this.index('document', key, change.doc, previous);
        return;
      }
      case 'caseFile': {
        const key = entityKey(change.caseFile.profile.id);
        const previous = this.caseFiles.get(key);
        this.caseFiles.set(key, change.caseFile);
        this.noteCaseFileNumbers(change.caseFile);
        this.clock.observe(change.caseFile.changedAt);
        this.index('caseFile', key, change.caseFile, previous);
        return;
      }
      case 'file': {
        const key = entityKey(change.file.id);
        this.files.set(key, change.file);
        if (change.extension) this.fileExtensions.set(key, change.extension);
        return;
      }
      case 'event':
        this.events.set(change.eventId, change.status);
        return;
      case 'reservation': {
        this.reservations.set(reservationKey(change.user, change.requestId), change.numbers);
        for (const number of change.numbers) {
          const register =
            number.register === 'documents' ? this.documentNumbers : this.caseFileNumbers;
          register.noteReserved(change.user, number.year, number.sequence);
        }
        return;
      }
    }
  }

  private noteDocumentNumbers(doc: StoredDocument): void {
    const { numbers, evidence } = doc.profile;
    if (numbers && numbers.journal === DOCUMENT_JOURNAL)
      this.documentNumbers.noteUsed(numbers.year, numbers.sequence);
    if (evidence) this.evidence.note(evidence.period, evidence.order);
  }

  private noteCaseFileNumbers(file: StoredCaseFile): void {
    const numbers = file.profile.numbers;
    if (numbers && numbers.journal === CASE_FILE_JOURNAL)
      this.caseFileNumbers.noteUsed(numbers.year, numbers.sequence);
  }

  private index(
    kind: EntityKind,
    key: string,
    current: StoredDocument | StoredCaseFile,
    previous: StoredDocument | StoredCaseFile | undefined,
  ): void {
    const owner = current.profile.owner;
    const at = current.changedAt;
    // The same version again (a replayed record): its entry is already there.
    if (previous && previous.changedAt === at && previous.profile.owner === owner) return;
    if (previous) this.owners.supersede(previous.profile.owner);
    this.owners.add(owner, { at, kind, key, sortId: sortIdOf(current.profile.id) });
  }

  private isCurrent(entry: IndexEntry, owner: string): boolean {
    const entity =
      entry.kind === 'document' ? this.documents.get(entry.key) : this.caseFiles.get(entry.key);
    return entity !== undefined && entity.changedAt === entry.at && entity.profile.owner === owner;
  }

  /**
   * Up to `count` of an owner's entities changed at or after `since`, in change order
   * then by identifier, after skipping the first `skip` of them.
   */
  ownedPage(
    owner: string,
    kind: EntityKind | null,
    since: number | null,
    skip: number,
    count: number,
  ): Array<{ kind: EntityKind; entity: StoredDocument | StoredCaseFile }> {
    return this.owners.page(owner, kind, since, skip, count).map((entry) => ({
      kind: entry.kind,
      entity:
        entry.kind === 'document' ? this.documents.get(entry.key)! : this.caseFiles.get(entry.key)!,
    }));
  }
}

export function reservationKey(user: string, requestId: string): string {
  return `${user}\u0001${requestId}`;
}
