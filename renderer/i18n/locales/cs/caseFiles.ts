/** Texts of the case files feature. */
export const caseFiles = {
  title: 'Spisy',
};
