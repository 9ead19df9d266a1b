// Kept for the ISDS handler tests' import; the fixture is the credential store's own.
export { MemoryCredentials } from '../../credentials/testing/memoryCredentials';
