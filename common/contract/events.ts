import { z } from 'zod';
import { event } from './define';

const updateStatus = z.object({
  state: z.enum(['disabled', 'idle', 'checking', 'downloading', 'ready', 'upToDate', 'error']),
  reason: z.string().nullable(),
  version: z.string().nullable(),
  percent: z.number().nullable(),
});

/** Every event main pushes to the renderer. */
export const events = {
  'update.status': event(updateStatus),
  'task.progress': event(
    z.object({ taskId: z.string(), label: z.string(), done: z.number(), total: z.number() }),
  ),
  'connectivity.changed': event(
    z.object({ online: z.boolean(), target: z.string().nullable(), checkedAt: z.string() }),
  ),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.infer<Events[E]['payload']>;
