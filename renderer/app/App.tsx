import { useEffect } from 'react';
import { CaseFilesScreen } from '../caseFiles/CaseFilesScreen';
import { useConversionQueue } from '../conversion/sync/useConversionQueue';
import { ConversionScreen } from '../conversion/ui/screen/ConversionScreen';
import { useDataboxSchedule } from '../databox/engineHooks';
import { DataboxScreen } from '../databox/ui/DataboxScreen';
import { FilePlanScreen } from '../filePlan/FilePlanScreen';
import { IntakeScreen } from '../intake/IntakeScreen';
import { RecordsOfficeScreen } from '../recordsOffice/RecordsOfficeScreen';
import { TxLogScreen } from '../txlog/TxLogScreen';
import { JournalScreen } from '../journal/JournalScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { SigningScreen } from '../signing/ui/SigningScreen';
import { SyncControlProvider } from '../sync/ui/syncControl';
import { SyncScreen } from '../sync/ui/SyncScreen';
import { useSyncEngine } from '../sync/ui/useSyncEngine';
import { navigated, screenFromHash } from './appSlice';
import { Notices } from './Notices';
import { useServices } from './services';
import { Sidebar } from './Sidebar';
import { StatusBar } from './StatusBar';
import { useAppDispatch, useAppSelector } from './store';
import { UpdateBanner } from './UpdateBanner';
import { useMainEvents } from './useMainEvents';
import { useShortcuts } from './useShortcuts';

/** Keeps the visible screen in the URL hash, so a reload stays where the clerk was. */
function useHashNavigation(): void {
  const dispatch = useAppDispatch();
  const screen = useAppSelector((state) => state.app.screen);
  useEffect(() => {
    const target = `#/${screen}`;
    if (window.location.hash !== target) window.history.replaceState(null, '', target);
  }, [screen]);
  useEffect(() => {
    const onHash = () => dispatch(navigated(screenFromHash(window.location.hash)));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [dispatch]);
}

export function App() {
  const { api, db } = useServices();
  const screen = useAppSelector((state) => state.app.screen);
  useMainEvents(api);
  useShortcuts();
  useHashNavigation();
  const sync = useSyncEngine(api, db);
  // Queued data messages go out on start and reconnect; gateway boxes are polled on their schedule.
  useDataboxSchedule(api, db);
  // Conversions waiting for their register number are asked for on start, reconnect and every minute.
  useConversionQueue(api, db);
  return (
    <SyncControlProvider control={sync}>
      <div className="app">
        <Sidebar />
        <div className="app__body">
          <header className="app__header">
            <StatusBar />
          </header>
          <UpdateBanner />
          <main className="app__main" id="main">
            {screen === 'intake' ? <IntakeScreen /> : null}
            {screen === 'journal' ? <JournalScreen /> : null}
            {screen === 'databox' ? <DataboxScreen /> : null}
            {screen === 'signing' ? <SigningScreen /> : null}
            {screen === 'conversion' ? <ConversionScreen /> : null}
            {screen === 'caseFiles' ? <CaseFilesScreen /> : null}
            {screen === 'recordsOffice' ? <RecordsOfficeScreen /> : null}
            {screen === 'filePlan' ? <FilePlanScreen /> : null}
            {screen === 'txlog' ? <TxLogScreen /> : null}
            {screen === 'sync' ? <SyncScreen /> : null}
            {screen === 'settings' ? <SettingsScreen /> : null}
          </main>
        </div>
        <Notices />
      </div>
    </SyncControlProvider>
  );
}
