import type { Catalog } from '../../catalog';
import type { txlog as cs } from '../cs/txlog';

export const txlog: Catalog<typeof cs> = {
  title: 'Transaction log',
};
