/** Texts of the file plan feature. */
export const filePlan = {
  title: 'Spisový plán',
};
