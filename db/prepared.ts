/**
 * A query's statements built once per connection instead of once per call: drizzle assembles a
 * query's SQL and its parameter mapping anew on every call (about 0.1-0.3 ms each on this machine),
 * which the intake pays many times a second. The handle stands for its connection (the writer's
 * transaction handle, the reader), so the statements run inside whatever transaction it has open.
 * Values go in through `sql.placeholder`; a nullable JSON column takes an already encoded value
 * (drizzle would encode a null placeholder as the text `null`).
 */
export function perConnection<H extends object, S>(make: (handle: H) => S): (handle: H) => S {
  const built = new WeakMap<H, S>();
  return (handle) => {
    let statements = built.get(handle);
    if (!statements) {
      statements = make(handle);
      built.set(handle, statements);
    }
    return statements;
  };
}
