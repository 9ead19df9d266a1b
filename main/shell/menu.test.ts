import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { aboutText, buildMenuTemplate } from './menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

describe('menu', () => {
  it('is Czech and minimal', () => {
    const template = buildMenuTemplate({ isPackaged: true, showAbout: () => {} });
    expect(template.map((item) => item.label)).toEqual([
      'Soubor',
      'Úpravy',
      'Zobrazení',
      'Nápověda',
    ]);
    const labels = flatten(template).map((item) => item.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Konec',
        'Přiblížit',
        'Oddálit',
        'Skutečná velikost',
        'Celá obrazovka',
        'O aplikaci',
      ]),
    );
    const roles = flatten(template).map((item) => item.role);
    expect(roles).toEqual(
      expect.arrayContaining(['quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
  });

  it('has developer tools only in development', () => {
    const packaged = flatten(buildMenuTemplate({ isPackaged: true, showAbout: () => {} }));
    expect(packaged.some((item) => item.role === 'toggleDevTools' || item.role === 'reload')).toBe(
      false,
    );
    const development = flatten(buildMenuTemplate({ isPackaged: false, showAbout: () => {} }));
    expect(development.some((item) => item.role === 'toggleDevTools')).toBe(true);
  });

  it('shows the about box from Nápověda', () => {
    const showAbout = vi.fn();
    const about = flatten(buildMenuTemplate({ isPackaged: true, showAbout })).find(
      (item) => item.label === 'O aplikaci',
    );
    (about?.click as () => void)();
    expect(showAbout).toHaveBeenCalled();
    expect(aboutText('1.2.3').message).toBe('Úřadovna 1.2.3');
  });
});
