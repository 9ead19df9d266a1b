import { createContext, useContext, type ReactNode } from 'react';
import type { Api } from '../../common/contract/api';
import type { UradovnaDatabase } from '../db/schema';

export interface Services {
  api: Api;
  db: UradovnaDatabase;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({
  services,
  children,
}: {
  services: Services;
  children: ReactNode;
}) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/** The contract and the database, for components (injected, so tests can replace them). */
export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
