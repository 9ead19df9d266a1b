export const settings = {
  title: 'Nastavení',
};
