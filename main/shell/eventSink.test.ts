import { describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL } from '../../common/contract/api';
import { createWindowEventSink, type EventWindow } from './eventSink';

describe('window event sink', () => {
  it('sends events with their name and payload on the event channel', () => {
    const send = vi.fn();
    const window: EventWindow = { isDestroyed: () => false, webContents: { send } };
    const sink = createWindowEventSink(() => window);
    const payload = { state: 'ready' as const, reason: null, version: '0.2.0', percent: null };
    sink.emit('update.status', payload);
    expect(send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, { event: 'update.status', payload });
  });

  it('drops events when there is no live window', () => {
    const send = vi.fn();
    createWindowEventSink(() => null).emit('task.progress', {
      taskId: 't',
      label: 'x',
      done: 1,
      total: 2,
    });
    createWindowEventSink(() => ({ isDestroyed: () => true, webContents: { send } })).emit(
      'task.progress',
      {
        taskId: 't',
        label: 'x',
        done: 1,
        total: 2,
      },
    );
    expect(send).not.toHaveBeenCalled();
  });
});
