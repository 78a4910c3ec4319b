// Unit and integration tests run IndexedDB on fake-indexeddb, a complete in-memory implementation.
import 'fake-indexeddb/auto';
