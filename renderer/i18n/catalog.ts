/** The English catalog must have exactly the Czech one's keys (checked by tsc). */
export type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> };
