import type { Catalog } from '../../catalog';
import type { journal as cs } from '../cs/journal';

export const journal: Catalog<typeof cs> = {
  title: 'Registry journal',
};
