import { UradovnaDatabase } from './schema';

let instance: UradovnaDatabase | null = null;

/** The device's database; one per renderer. */
export function getDatabase(): UradovnaDatabase {
  instance ??= new UradovnaDatabase();
  return instance;
}
