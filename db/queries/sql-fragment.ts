/** One SQL statement and its parameters, built by the positions queries and run by them or the benchmark. */
export interface Fragment {
  sql: string;
  params: (string | number | bigint)[];
}

/** `?, ?, ?` for an IN list of `n` values. */
export const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(", ");
