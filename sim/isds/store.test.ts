import { describe, expect, it } from 'vitest';
import { messageStates } from '../../common/isds/model';
import { seedBoxes } from './boxes';
import { DAY_MS } from './clock';
import { letterFiles } from './content';
import { FICTION_MS } from './fiction';
import { envelopeFor, seedMessages } from './seedMessages';
import { IsdsStore, serializeMessage } from './store';
import type { SimBox } from './types';

const T0 = Date.parse('2026-05-01T10:00:00Z');

function setup() {
  const boxes = seedBoxes();
  const store = new IsdsStore(boxes);
  const role = (name: SimBox['role']) => {
    const found = boxes.find((box) => box.role === name);
    if (!found) throw new Error(name);
    return found;
  };
  const send = (from: SimBox, to: SimBox, at: number) =>
    store.submit(
      {
        sender: from.dbID,
        recipient: to.dbID,
        envelope: envelopeFor(to, 'Test'),
        dmType: null,
        files: letterFiles('Test', from, to, 1, 2000, 1),
      },
      at,
    );
  return { store, role, send };
}

describe('IsdsStore state machine', () => {
  it('delivers a new message to the box at once (1 → 2 → 4)', () => {
    const { role, send } = setup();
    const message = send(role('authority'), role('municipality'), T0);
    expect(message.state).toBe(messageStates.deliveredToBox);
    expect(message.deliveredAt).toBe(T0);
    expect(message.changes.map((c) => c.state)).toEqual([1, 2, 4]);
    expect(message.hash).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });

  it('delivers by login every waiting message of that box only', () => {
    const { store, role, send } = setup();
    const a = send(role('authority'), role('municipality'), T0);
    const b = send(role('firm'), role('municipality'), T0 + 1000);
    const other = send(role('authority'), role('school'), T0);
    expect(store.login(role('municipality').dbID, T0 + DAY_MS)).toBe(2);
    for (const message of [a, b]) {
      expect(message.state).toBe(messageStates.deliveredByLogin);
      expect(message.acceptedAt).toBe(T0 + DAY_MS);
    }
    expect(other.state).toBe(messageStates.deliveredToBox);
  });

  it('delivers by fiction ten days after delivery, at that moment', () => {
    const { store, role, send } = setup();
    const message = send(role('municipality'), role('citizen'), T0);
    store.settle(T0 + FICTION_MS - 1);
    expect(message.state).toBe(messageStates.deliveredToBox);
    store.settle(T0 + FICTION_MS + 5 * DAY_MS);
    expect(message.state).toBe(messageStates.deliveredByFiction);
    expect(message.acceptedAt).toBe(T0 + FICTION_MS);
    // A login after the fiction changes nothing.
    store.login(role('citizen').dbID, T0 + 20 * DAY_MS);
    expect(message.state).toBe(messageStates.deliveredByFiction);
  });

  it('a login after ten days finds the message already delivered by fiction', () => {
    const { store, role, send } = setup();
    const message = send(role('authority'), role('municipality'), T0);
    store.login(role('municipality').dbID, T0 + 11 * DAY_MS);
    expect(message.state).toBe(messageStates.deliveredByFiction);
  });

  it('reads a downloaded message, accepting it first when it waited', () => {
    const { store, role, send } = setup();
    const message = send(role('authority'), role('municipality'), T0);
    store.read(message.dmID, T0 + 3600_000);
    expect(message.changes.map((c) => c.state)).toEqual([1, 2, 4, 6, 7]);
    expect(message.readAt).toBe(T0 + 3600_000);
  });

  it('replays its log into the same state', () => {
    const first = setup();
    const a = first.send(first.role('authority'), first.role('municipality'), T0);
    first.send(first.role('municipality'), first.role('citizen'), T0 + 1000);
    first.store.login(first.role('municipality').dbID, T0 + DAY_MS);
    first.store.markDownloaded(a.dmID, T0 + 2 * DAY_MS);
    first.store.registerZfo(new Uint8Array([1, 2, 3]));
    first.store.settle(T0 + 30 * DAY_MS);
    const records = first.store.drain();
    expect(records.map((r) => r.t)).toEqual([
      'message',
      'message',
      'login',
      'read',
      'downloaded',
      'zfo',
    ]);

    const second = setup();
    for (const record of JSON.parse(JSON.stringify(records)) as typeof records)
      second.store.apply(record);
    second.store.settle(T0 + 30 * DAY_MS);
    const dump = (store: IsdsStore) =>
      [...store.messages.values()].map((message) => serializeMessage(message));
    expect(dump(second.store)).toEqual(dump(first.store));
    expect(second.store.isIssuedZfo(new Uint8Array([1, 2, 3]))).toBe(true);
    expect(second.store.drain()).toEqual([]);
  });
});

describe('seeded messages', () => {
  it('are the same for the same today and seed', () => {
    const make = () => {
      const boxes = seedBoxes();
      const store = new IsdsStore(boxes);
      seedMessages(store, boxes, T0, 7);
      return [...store.messages.values()].map((message) => serializeMessage(message));
    };
    const first = make();
    expect(first.length).toBeGreaterThan(20);
    expect(make()).toEqual(first);
  });

  it('leave letters waiting for the municipality, its school and kindergarten', () => {
    const boxes = seedBoxes();
    const store = new IsdsStore(boxes);
    seedMessages(store, boxes, T0, 7);
    const waiting = (role: SimBox['role']) =>
      store
        .receivedBy(boxes.find((box) => box.role === role)?.dbID ?? '')
        .filter((m) => m.state === messageStates.deliveredToBox);
    expect(waiting('municipality').length).toBe(5);
    expect(waiting('school').length).toBe(2);
    expect(waiting('kindergarten').length).toBe(2);
    const municipality = boxes.find((box) => box.role === 'municipality')?.dbID ?? '';
    // The one whose ten days ran out during the seeded history.
    expect(store.receivedBy(municipality).filter((m) => m.state === 5)).toHaveLength(1);
    const files = store.receivedBy(municipality).flatMap((m) => m.files);
    expect(files.some((f) => f.dmMimeType === 'application/xml')).toBe(true);
    expect(
      files.filter((f) => f.dmMimeType === 'application/pdf').every((f) => f.content.length > 8000),
    ).toBe(true);
    expect(store.messages.size).toBeGreaterThan(0);
    expect(
      [...store.messages.values()].every((m) => (m.deliveredAt ?? 0) < T0 && m.submittedAt < T0),
    ).toBe(true);
  });

  it('use 7-character box IDs, unique, with one inaccessible box', () => {
    const boxes = seedBoxes();
    expect(boxes.every((box) => /^[a-z0-9]{7}$/.test(box.dbID))).toBe(true);
    expect(new Set(boxes.map((box) => box.dbID)).size).toBe(boxes.length);
    expect(boxes.filter((box) => box.dbState !== 1).map((box) => box.role)).toEqual(['closed']);
    expect(boxes.find((box) => box.role === 'municipality')?.name).toBe('Obec Horní Lhota');
  });
});
