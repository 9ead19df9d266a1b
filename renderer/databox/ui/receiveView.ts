/** What the screen shows of the data-box engine's downloading, already in words. */
export interface ReceiveView {
  busy: boolean;
  /** "Stahuji z Obec Horní Lhota: 3 z 10"; null when nothing runs. */
  progress: string | null;
  /** The last download's result ("Staženo 3 zprávy, 1 selhala: …"). */
  result: { tone: 'ok' | 'warning' | 'error'; text: string } | null;
  /** The last failure of each box, by its key. */
  boxErrors: Map<string, string>;
  receive: (boxes: string[] | 'all') => void;
}
