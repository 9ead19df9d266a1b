import type { UradovnaDatabase } from '../../db/schema';

/**
 * Opening a received message marks it read on this PC (ISDS learns nothing of it: the
 * legal delivery happened at the login that downloaded it).
 */
export async function markMessageRead(db: UradovnaDatabase, id: string): Promise<void> {
  await db.isdsMessages.update(id, { unread: false });
}
