// The database's name, apart from its schema (schema.ts): the first screen reads the wrapped key
// by this name (firstLook.ts) without loading the schema, its upgrades or Dexie.
export const DATABASE_NAME = 'sip-motesledare';
