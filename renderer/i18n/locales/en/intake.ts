import type { Catalog } from '../../catalog';
import type { intake as cs } from '../cs/intake';

export const intake: Catalog<typeof cs> = {
  title: 'Intake',
};
