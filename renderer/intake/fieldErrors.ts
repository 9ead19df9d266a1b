import { createContext, useContext } from 'react';

/** The translated error text of a field (by its key), or null; provided by the form. */
export type ErrorOf = (field: string) => string | null;

export const FieldErrorsContext = createContext<ErrorOf>(() => null);

export function useFieldError(): ErrorOf {
  return useContext(FieldErrorsContext);
}
