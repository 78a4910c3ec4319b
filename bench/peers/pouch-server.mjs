/**
 * The peer's server for bench/sync: pouchdb-server's own stack, set up as its CLI sets it up by
 * default (express + express-pouchdb, PouchDB with the LevelDB adapter, files under --dir), plus
 * the bench page served from the same origin so the browser's PouchDB needs no CORS.
 * Usage: node bench/peers/pouch-server.mjs <dataDir> <pageDir>; prints "listening <url>".
 * Its modules come from bench/peers/node_modules (npm install --prefix bench/peers --no-package-lock).
 */
import path from 'node:path';
import express from 'express';
import expressPouchDB from 'express-pouchdb';
import PouchCore from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import leveldbAdapter from 'pouchdb-adapter-leveldb';
import mapreduce from 'pouchdb-mapreduce';
import replication from 'pouchdb-replication';

const [dataDir, pageDir] = process.argv.slice(2);
if (!dataDir || !pageDir) {
  console.error('usage: pouch-server.mjs <dataDir> <pageDir>');
  process.exit(2);
}

const PouchDB = PouchCore.plugin(httpAdapter)
  .plugin(replication)
  .plugin(mapreduce)
  .plugin(leveldbAdapter);
const app = express();
const pouchApp = expressPouchDB({
  configPath: path.join(dataDir, 'config.json'),
  logPath: path.join(dataDir, 'log.txt'),
});
pouchApp.setPouchDB(PouchDB.defaults({ prefix: path.join(dataDir, path.sep) }));
app.use('/bench', express.static(pageDir));
app.use(pouchApp);

const server = app.listen(0, '127.0.0.1', () => {
  console.log(`listening http://127.0.0.1:${server.address().port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
