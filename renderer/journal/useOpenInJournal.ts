import { navigated } from '../app/appSlice';
import { useAppDispatch } from '../app/store';
import { detailOpened } from './journalSlice';

/** Shows a document's detail in the journal (from a data message, a letter, …). */
export function useOpenInJournal(): (pid: string) => void {
  const dispatch = useAppDispatch();
  return (pid: string) => {
    dispatch(detailOpened(pid));
    dispatch(navigated('journal'));
  };
}
