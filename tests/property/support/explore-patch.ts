// TEMPORARY exploration: persist fieldWriters in memory (SQLite store lacks the column).
const writers = new Map<string, Record<string, string>>();
export function patchStore(store: any, dir: string) {
  const orig = store.withPushTx.bind(store);
  store.withPushTx = (ws: string, dev: string, fn: any) =>
    orig(ws, dev, (tx: any) =>
      fn({
        ...tx,
        async getRow(t: string, id: string) {
          const r = await tx.getRow(t, id);
          if (r) r.fieldWriters = writers.get(`${dir}/${t}/${id}`) ?? {};
          return r;
        },
        async putRow(t: string, id: string, row: any) {
          if (row.fieldWriters) writers.set(`${dir}/${t}/${id}`, row.fieldWriters);
          return tx.putRow(t, id, row);
        },
      }),
    );
}
