import type { Catalog } from '../../catalog';
import type { settings as cs } from '../cs/settings';

export const settings: Catalog<typeof cs> = {
  title: 'Settings',
};
