import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  /** Packaged builds have no developer tools entry (and so no shortcut to them). */
  isPackaged: boolean;
  showAbout: () => void;
}

/** A small Czech menu: the app's own navigation lives in its sidebar. */
export function buildMenuTemplate({
  isPackaged,
  showAbout,
}: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'zoomIn', label: 'Přiblížit' },
    { role: 'zoomOut', label: 'Oddálit' },
    { role: 'resetZoom', label: 'Skutečná velikost' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Celá obrazovka' },
  ];
  if (!isPackaged) {
    view.push(
      { type: 'separator' },
      { role: 'reload', label: 'Znovu načíst' },
      { role: 'toggleDevTools', label: 'Nástroje pro vývojáře' },
    );
  }
  return [
    { label: 'Soubor', submenu: [{ role: 'quit', label: 'Konec' }] },
    {
      label: 'Úpravy',
      submenu: [
        { role: 'undo', label: 'Zpět' },
        { role: 'redo', label: 'Znovu' },
        { type: 'separator' },
        { role: 'cut', label: 'Vyjmout' },
        { role: 'copy', label: 'Kopírovat' },
        { role: 'paste', label: 'Vložit' },
        { role: 'selectAll', label: 'Vybrat vše' },
      ],
    },
    { label: 'Zobrazení', submenu: view },
    { label: 'Nápověda', submenu: [{ label: 'O aplikaci', click: showAbout }] },
  ];
}

export function aboutText(version: string): { title: string; message: string; detail: string } {
  return {
    title: 'O aplikaci',
    message: `Úřadovna ${version}`,
    detail: 'Spisová služba pro malé obce: podatelna, podací deník a vyřizování dokumentů.',
  };
}
