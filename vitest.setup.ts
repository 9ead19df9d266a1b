// Renderer code runs against IndexedDB; in Node that is fake-indexeddb.
import 'fake-indexeddb/auto';
