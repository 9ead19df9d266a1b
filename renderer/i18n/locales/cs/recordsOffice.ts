/** Texts of the records office feature. */
export const recordsOffice = {
  title: 'Spisovna',
};
