/** Texts of the transaction log feature. */
export const txlog = {
  title: 'Transakční protokol',
};
