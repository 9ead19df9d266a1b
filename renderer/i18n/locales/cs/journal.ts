export const journal = {
  title: 'Podací deník',
};
