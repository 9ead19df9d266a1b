export const intake = {
  title: 'Podatelna',
};
